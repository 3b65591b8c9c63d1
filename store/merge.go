package store

import (
	"context"
	"sync"
)

// EventSource streams events in the order of Events, calling fn for each
// and stopping at its first error.
type EventSource func(ctx context.Context, fn func(EventRow) error) error

// MergeEvents calls fn for the events of own (dyad's) and imported, each in
// Events order, in one order: by date, dyad's own first on a day, each
// stream keeping its own order otherwise. It stops after limit rows (0: no
// limit) or at fn's first error. A backend whose SQL cannot combine the two
// queries answers Filter.Dataset "all" with it; the two run side by side.
func MergeEvents(ctx context.Context, limit int, own, imported EventSource, fn func(EventRow) error) error {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait() // after cancel: the streams end before the caller goes on
	defer cancel()
	type item struct {
		row EventRow
		err error
		end bool
	}
	stream := func(src EventSource) <-chan item {
		ch := make(chan item, 256)
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := src(ctx, func(r EventRow) error {
				select {
				case ch <- item{row: r}:
					return nil
				case <-ctx.Done():
					return ctx.Err()
				}
			})
			select {
			case ch <- item{err: err, end: true}:
			case <-ctx.Done():
			}
		}()
		return ch
	}
	next := func(ch <-chan item) (item, error) {
		select {
		case it := <-ch:
			return it, it.err
		case <-ctx.Done():
			return item{}, ctx.Err()
		}
	}
	a, b := stream(own), stream(imported)
	x, err := next(a)
	if err != nil {
		return err
	}
	y, err := next(b)
	if err != nil {
		return err
	}
	for n := 0; limit <= 0 || n < limit; n++ {
		var take *item
		var from <-chan item
		switch {
		case x.end && y.end:
			return nil
		case y.end || !x.end && x.row.Date <= y.row.Date:
			take, from = &x, a
		default:
			take, from = &y, b
		}
		if err := fn(take.row); err != nil {
			return err
		}
		if *take, err = next(from); err != nil {
			return err
		}
	}
	return nil
}
