package store

import (
	"context"
	"errors"
	"slices"
	"testing"
)

func source(dates ...string) EventSource {
	return func(ctx context.Context, fn func(EventRow) error) error {
		for i, d := range dates {
			if err := fn(EventRow{Date: d, Sentence: i}); err != nil {
				return err
			}
		}
		return nil
	}
}

func TestMergeEvents(t *testing.T) {
	boom := errors.New("boom")
	failing := func(ctx context.Context, fn func(EventRow) error) error {
		if err := fn(EventRow{Date: "2023-01-01"}); err != nil {
			return err
		}
		return boom
	}
	for _, tc := range []struct {
		name       string
		own, other EventSource
		limit      int
		want       []string
		err        error
	}{
		{"both empty", source(), source(), 0, nil, nil},
		{"own only", source("2023-01-01", "2023-01-02"), source(), 0, []string{"2023-01-01", "2023-01-02"}, nil},
		{"imported only", source(), source("2022", "2024"), 0, []string{"2022", "2024"}, nil},
		{"interleaved, own first on a day", source("", "2023-01-02", "2023-01-03"),
			source("2023-01-01", "2023-01-02", "2023-01-04"), 0,
			[]string{"", "2023-01-01", "2023-01-02", "2023-01-02", "2023-01-03", "2023-01-04"}, nil},
		{"limit", source("2023-01-02", "2023-01-03"), source("2023-01-01", "2023-01-04"), 3,
			[]string{"2023-01-01", "2023-01-02", "2023-01-03"}, nil},
		{"error", source("2023-01-02"), failing, 0, []string{"2023-01-01"}, boom},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			err := MergeEvents(context.Background(), tc.limit, tc.own, tc.other, func(r EventRow) error {
				got = append(got, r.Date)
				return nil
			})
			if !errors.Is(err, tc.err) || !slices.Equal(got, tc.want) {
				t.Errorf("got %q, %v; want %q, %v", got, err, tc.want, tc.err)
			}
		})
	}
	// fn's error stops both streams.
	stop := errors.New("stop")
	n := 0
	err := MergeEvents(context.Background(), 0, source("1", "2", "3"), source("1", "2"), func(EventRow) error {
		if n++; n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("got %v after %d rows", err, n)
	}
}
