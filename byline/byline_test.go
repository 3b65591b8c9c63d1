package byline

import (
	"strings"
	"testing"
)

func TestAuthor(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Statement by President Joe Biden on the Occasion of World Press Freedom Day 2024", "President Joe Biden"},
		{"Statement from NSC Spokesperson Adrienne Watson on the Meeting of the Quad", "NSC Spokesperson Adrienne Watson"},
		{"Statement by White House Press Secretary Karine Jean-Pierre", "White House Press Secretary Karine Jean-Pierre"},
		{"Statement by Secretary-General António Guterres at the Security Council", "Secretary-General António Guterres"},
		{"Remarks by Secretary-General António Guterres at the Security Council", ""},
		{"Message from the Secretary-General: a call for peace", "the Secretary-General"},
		{"Statement by President Biden and Prime Minister Kishida of Japan on the Alliance", ""},
		{"Joint Statement from the United States and Japan", ""},
		{"Readout of President Biden's Call with President Yoon", ""},
		{"FACT SHEET: President Biden Announces New Actions", ""},
		{"Statement by", ""},
		{"", ""},
	} {
		if got := Author(tc.title); got != tc.want {
			t.Errorf("Author(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

func TestSpeakers(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Remarks by President Biden and Vice President Harris in a Meeting on Immigration", "President Biden|Vice President Harris"},
		{"Remarks by President Biden Before Boarding Air Force One", "President Biden"},
		{"Press Briefing by Press Secretary Jen Psaki, January 21, 2021", "Press Secretary Jen Psaki|January 21|2021"},
		{"Remarks by the First Lady at a Reception", "the First Lady"},
		{"Fact Sheet: New Sanctions on Russia", ""},
	} {
		if got := strings.Join(Speakers(tc.title), "|"); got != tc.want {
			t.Errorf("Speakers(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}
