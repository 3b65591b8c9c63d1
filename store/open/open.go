// Package open opens the store a DSN names, so that commands take one
// --db flag for every backend:
//
//	postgres://USER:PASSWORD@HOST:PORT/DB?sslmode=disable   PostgreSQL (store/postgres)
//	postgresql://...                                        the same
//	sqlite:PATH                                             a SQLite file (store/sqlite)
//	PATH                                                    the same
//
// Errors and names meant for people carry the DSN without its password.
package open

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/postgres"
	"github.com/dyadproject/dyad/store/sqlite"
)

// Kind is a store backend.
type Kind string

const (
	SQLite   Kind = "sqlite"
	Postgres Kind = "postgres"
)

// DSN is a parsed data source name.
type DSN struct {
	Kind Kind
	// Path is the SQLite file; "" for PostgreSQL.
	Path string
	// Name is the DSN to show people: the file, or the URL without its
	// password.
	Name string

	dsn string
}

// Parse tells which backend dsn names.
func Parse(dsn string) (DSN, error) {
	for _, scheme := range []string{"postgres://", "postgresql://"} {
		if len(dsn) >= len(scheme) && strings.EqualFold(dsn[:len(scheme)], scheme) {
			dsn = scheme + dsn[len(scheme):] // pgx takes the scheme in lower case only
			return DSN{Kind: Postgres, Name: postgres.Redact(dsn), dsn: dsn}, nil
		}
	}
	if strings.TrimSpace(dsn) == "" {
		return DSN{}, errors.New("empty DSN: give a SQLite file name or a postgres:// URL")
	}
	path := strings.TrimPrefix(dsn, "sqlite:")
	path = strings.TrimPrefix(path, "//")
	if path == "" {
		return DSN{}, fmt.Errorf("%s: no file name", dsn)
	}
	return DSN{Kind: SQLite, Path: path, Name: path, dsn: dsn}, nil
}

// Open opens (creating, when it does not exist) and migrates the store d
// names.
func (d DSN) Open(ctx context.Context) (store.Store, error) {
	switch d.Kind {
	case Postgres:
		db, err := postgres.Open(ctx, d.dsn)
		if err != nil {
			return nil, err
		}
		return db, nil
	case SQLite:
		db, err := sqlite.Open(d.Path)
		if err != nil {
			return nil, err
		}
		return db, nil
	}
	return nil, fmt.Errorf("%s: unknown kind of store %q", d.Name, d.Kind)
}

// Open opens the store dsn names.
func Open(ctx context.Context, dsn string) (store.Store, error) {
	d, err := Parse(dsn)
	if err != nil {
		return nil, err
	}
	return d.Open(ctx)
}
