package cameo

import (
	"slices"
	"testing"
)

// TestReciprocal lists the codes the codebook calls reciprocal.
func TestReciprocal(t *testing.T) {
	var got []string
	for _, e := range codebook {
		if c, err := Parse(e.code); err == nil && c.Reciprocal() {
			got = append(got, e.code)
		}
	}
	want := []string{"019", "030", "031", "0311", "0312", "0313", "0314", "0356", "036", "040", "041", "044",
		"046", "050", "057", "060", "061", "062", "164", "196"}
	if !slices.Equal(got, want) {
		t.Errorf("reciprocal codes %v, want %v", got, want)
	}
	for _, code := range []string{"0231", "1031", "032", "111", "190"} {
		if c, _ := Parse(code); c.Reciprocal() {
			t.Errorf("%s is reciprocal", code)
		}
	}
}
