package affix

import "testing"

func TestAffixes(t *testing.T) {
	tests := []struct {
		s        string
		k        int
		pre, suf string
	}{
		{"Pyongyang", 3, "Pyo", "ang"},
		{"Élysée", 2, "Él", "ée"},
		{"ab", 4, "ab", "ab"},
		{"", 1, "", ""},
	}
	for _, tt := range tests {
		if got := Prefix(tt.s, tt.k); got != tt.pre {
			t.Errorf("Prefix(%q, %d) = %q, want %q", tt.s, tt.k, got, tt.pre)
		}
		if got := Suffix(tt.s, tt.k); got != tt.suf {
			t.Errorf("Suffix(%q, %d) = %q, want %q", tt.s, tt.k, got, tt.suf)
		}
	}
}
