// Package pgtest gives tests a PostgreSQL store of their own on the server
// that the environment names, so that tests against a real server can run
// in parallel and leave nothing behind.
//
// DYAD_TEST_POSTGRES is the server's DSN, for a role that may create
// schemas (.ci/run starts a throwaway cluster and sets it). Without it the
// tests that need a server skip, unless DYAD_REQUIRE_POSTGRES=1, when they
// fail: CI sets both, so that a broken set-up cannot pass as skipped tests.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Environment variables.
const (
	EnvDSN     = "DYAD_TEST_POSTGRES"
	EnvRequire = "DYAD_REQUIRE_POSTGRES"
)

// Server returns the server's DSN from the environment, or skips t
// (fails it, when DYAD_REQUIRE_POSTGRES=1) when there is none.
func Server(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv(EnvDSN)
	if dsn == "" {
		msg := EnvDSN + " not set: no PostgreSQL server to test against (.ci/run starts one; or set it to " +
			"postgres://USER@HOST:PORT/DB?sslmode=disable)"
		if os.Getenv(EnvRequire) == "1" {
			t.Fatal(msg + ", and " + EnvRequire + "=1")
		}
		t.Skip(msg)
	}
	return dsn
}

// DSN creates an empty schema for t on the server, dropped with all it
// holds when t ends, and returns a DSN whose search_path is that schema,
// so that a store opened with it keeps its tables there. It skips t as
// Server does.
func DSN(t testing.TB) string {
	t.Helper()
	server := Server(t)
	var b [6]byte
	rand.Read(b[:])
	schema := "dyadtest_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn, err := pgx.Connect(ctx, server)
	if err != nil {
		t.Fatalf("%s: %v", EnvDSN, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("%s: %v", EnvDSN, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		conn, err := pgx.Connect(ctx, server)
		if err != nil {
			t.Errorf("dropping schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("dropping schema %s: %v", schema, err)
		}
	})
	return WithSearchPath(server, schema)
}

// WithSearchPath returns dsn with its search_path set to schema.
func WithSearchPath(dsn, schema string) string {
	if u, err := url.Parse(dsn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		// Appended, not re-encoded: pgx reads "+" in a query as itself.
		if u.RawQuery != "" {
			u.RawQuery += "&"
		}
		u.RawQuery += "search_path=" + url.QueryEscape(schema)
		return u.String()
	}
	return strings.TrimSpace(dsn) + " search_path=" + schema
}
