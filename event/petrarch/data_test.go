package petrarch

import (
	"os"
	"path/filepath"
	"testing"
)

// dataPath returns the path of a file under the shared data directory:
// $DYAD_DATA if set, else the first shared/data found walking up from the
// package directory (normally ../../../shared/data). The test is skipped
// when the file is absent.
func dataPath(t testing.TB, rel string) string {
	t.Helper()
	var p string
	if d := os.Getenv("DYAD_DATA"); d != "" {
		p = filepath.Join(d, rel)
	} else if dir, err := os.Getwd(); err == nil {
		for {
			p = filepath.Join(dir, "shared", "data", rel)
			if _, err := os.Stat(p); err == nil {
				break
			}
			up := filepath.Dir(dir)
			if up == dir {
				break
			}
			dir = up
		}
	}
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data file %s not found (set DYAD_DATA or put the data at ../shared/data from the repository root)", rel)
	}
	return p
}

func readVerbFile(t *testing.T, rel string) (*VerbDictionary, error) {
	t.Helper()
	p := dataPath(t, rel)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return ReadVerbs(f, rel)
}
