package nlp

import (
	"regexp"
	"testing"
)

func TestManifestIdentity(t *testing.T) {
	m := Manifest{Name: "en", Version: "0.1.0", Files: map[string]string{"tagger.bin": "aa", "parser.bin": "bb"}}
	id := m.Identity()
	if !regexp.MustCompile(`^en 0\.1\.0 sha256:[0-9a-f]{12}$`).MatchString(id) {
		t.Fatalf("identity %q", id)
	}
	m2 := Manifest{Name: "en", Version: "0.1.0", Files: map[string]string{"parser.bin": "bb", "tagger.bin": "aa"}}
	if m2.Identity() != id {
		t.Error("identity depends on map order")
	}
	m2.Files["parser.bin"] = "bc"
	if m2.Identity() == id {
		t.Error("a changed model file leaves the identity as it was")
	}
}
