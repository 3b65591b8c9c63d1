package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// dataDir finds the shared data: $DYAD_DATA if set, else the first
// shared/data found walking up from this directory.
func dataDir(t *testing.T) string {
	if d := os.Getenv("DYAD_DATA"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "shared", "data")
		if _, err := os.Stat(filepath.Join(p, "cameo-codebook", "cameo-codes.csv")); err == nil {
			return p
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Skip("shared data not found (set DYAD_DATA or put it at ../shared/data): cannot check the generated tables")
		}
		dir = up
	}
}

// TestGeneratedFilesUpToDate regenerates the tables and checks that the
// committed files match.
func TestGeneratedFilesUpToDate(t *testing.T) {
	d := dataDir(t)
	out := t.TempDir()
	if err := run(filepath.Join(d, "cameo-codebook"), filepath.Join(d, "plover"), filepath.Join(d, "ngec-plover-assets"), out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"tables.go", "plover_tables.go", "DISAGREEMENTS.md"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		have, err := os.ReadFile(filepath.Join("..", "..", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, have) {
			t.Errorf("cameo/%s is out of date: run go generate ./cameo", name)
		}
	}
}

func TestMissingData(t *testing.T) {
	err := run(t.TempDir(), t.TempDir(), "", t.TempDir())
	if err == nil || !bytes.Contains([]byte(err.Error()), []byte("not found")) {
		t.Errorf("run without data: %v", err)
	}
}

func TestUnMojibake(t *testing.T) {
	for in, want := range map[string]string{
		"Moscow‚Äôs will": "Moscow’s will",
		"‚Äúquoted‚Äù":    "“quoted”",
		"¬£12m":           "£12m",
		"plain":           "plain",
	} {
		if got, bad := unMojibake(in); got != want || bad != nil {
			t.Errorf("unMojibake(%q) = %q, %q", in, got, bad)
		}
	}
	if got, bad := unMojibake("C¬? x"); got != "C¬? x" || len(bad) != 1 {
		t.Errorf("unrepairable run: %q %q", got, bad)
	}
	if got := decodeCP1252([]byte{'a', 0x92, 0xE9}); got != "a’é" {
		t.Errorf("decodeCP1252 = %q", got)
	}
}
