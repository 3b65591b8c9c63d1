package byline

import "testing"

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
