package quote

import (
	"testing"

	"github.com/dyadproject/dyad"
)

func TestAuthor(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Statement by President Joe Biden on the Occasion of World Press Freedom Day 2024", "President Joe Biden"},
		{"Statement from NSC Spokesperson Adrienne Watson on the Meeting of the Quad", "NSC Spokesperson Adrienne Watson"},
		{"Statement by White House Press Secretary Karine Jean-Pierre", "White House Press Secretary Karine Jean-Pierre"},
		{"Remarks by Secretary-General António Guterres at the Security Council", "Secretary-General António Guterres"},
		{"Message from the Secretary-General: a call for peace", "the Secretary-General"},
		{"Remarks by President Biden and Prime Minister Kishida of Japan in Joint Press Conference", ""},
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

func TestByline(t *testing.T) {
	qs := []dyad.Quote{
		{Speaker: "I", SpeakerStart: 10, SpeakerEnd: 11},
		{Speaker: "we"},
		{Speaker: "Kim Yo-jong", SpeakerActor: "PRKGOV"},
		{Speaker: "analysts"},
		{Speaker: "I", SpeakerActor: "USAGOV"},
		{Speaker: "me"},
	}
	if n := Byline(qs, "President Joe Biden", "USAGOV"); n != 2 {
		t.Errorf("changed %d, want 2", n)
	}
	if q := qs[0]; q.Speaker != "President Joe Biden" || q.SpeakerActor != "USAGOV" || q.SpeakerStart != 10 {
		t.Errorf("first person: %+v", q)
	}
	if qs[2].Speaker != "Kim Yo-jong" || qs[3].Speaker != "analysts" || qs[3].SpeakerActor != "" {
		t.Errorf("others changed: %+v", qs)
	}
}
