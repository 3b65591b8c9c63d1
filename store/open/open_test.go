package open

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/store/postgres"
	"github.com/dyadproject/dyad/store/postgres/pgtest"
	"github.com/dyadproject/dyad/store/sqlite"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		dsn        string
		kind       Kind
		path, name string
		err        string
	}{
		{"dyad.db", SQLite, "dyad.db", "dyad.db", ""},
		{"/tmp/x/dyad.db", SQLite, "/tmp/x/dyad.db", "/tmp/x/dyad.db", ""},
		{"sqlite:corpus.db", SQLite, "corpus.db", "corpus.db", ""},
		{"sqlite:///abs/corpus.db", SQLite, "/abs/corpus.db", "/abs/corpus.db", ""},
		{"postgres://u:pw@h:5/db", Postgres, "", "postgres://u:xxxxx@h:5/db", ""},
		{"postgresql://u@h/db?sslmode=disable", Postgres, "", "postgresql://u@h/db?sslmode=disable", ""},
		{"POSTGRES://u:pw@h/db", Postgres, "", "postgres://u:xxxxx@h/db", ""},
		{"", "", "", "", "empty DSN"},
		{"sqlite:", "", "", "", "no file name"},
	} {
		d, err := Parse(tc.dsn)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Parse(%q): %v, want an error with %q", tc.dsn, err, tc.err)
			}
			continue
		}
		if err != nil || d.Kind != tc.kind || d.Path != tc.path || d.Name != tc.name {
			t.Errorf("Parse(%q) = %+v, %v; want %s %q %q", tc.dsn, d, err, tc.kind, tc.path, tc.name)
		}
	}
}

func TestOpenSQLite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.db")
	for _, dsn := range []string{path, "sqlite:" + path} {
		st, err := Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := st.(*sqlite.DB); !ok {
			t.Errorf("%s: a %T", dsn, st)
		}
		st.Close()
	}
	if _, err := Open(context.Background(), filepath.Join(t.TempDir(), "no", "such", "dir", "a.db")); err == nil ||
		!strings.Contains(err.Error(), "a.db") {
		t.Errorf("a file in a missing directory: %v", err)
	}
}

func TestOpenPostgres(t *testing.T) {
	_, err := Open(context.Background(), "postgres://dyad:s3cret@127.0.0.1:1/dyad?sslmode=disable&connect_timeout=5")
	if err == nil || !strings.Contains(err.Error(), "postgres://dyad:xxxxx@127.0.0.1:1/dyad") ||
		strings.Contains(err.Error(), "s3cret") {
		t.Errorf("no server: %v", err)
	}
	st, err := Open(context.Background(), pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, ok := st.(*postgres.DB); !ok {
		t.Errorf("a %T", st)
	}
}
