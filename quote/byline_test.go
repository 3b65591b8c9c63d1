package quote

import (
	"testing"

	"github.com/dyadproject/dyad"
)

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
