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
		{Speaker: "I", SpeakerActor: "USAGOV"}, // the author's own pronoun
		{Speaker: "me"},
		{Speaker: "I", SpeakerActor: "RUSGOV"}, // someone else's
	}
	if n := Byline(qs, "President Joe Biden", "USAGOV"); n != 3 {
		t.Errorf("changed %d, want 3", n)
	}
	if qs[4].Speaker != "President Joe Biden" || qs[6].Speaker != "I" {
		t.Errorf("coded first persons: %+v %+v", qs[4], qs[6])
	}
	if q := qs[0]; q.Speaker != "President Joe Biden" || q.SpeakerActor != "USAGOV" || q.SpeakerStart != 10 {
		t.Errorf("first person: %+v", q)
	}
	if qs[2].Speaker != "Kim Yo-jong" || qs[3].Speaker != "analysts" || qs[3].SpeakerActor != "" {
		t.Errorf("others changed: %+v", qs)
	}
}

func TestTurns(t *testing.T) {
	d := &dyad.Document{Text: "THE PRESIDENT: I told Xi. ... THE PRESIDENT: We agree. Kim Yo-jong said no. I did.",
		Quotes: []dyad.Quote{
			{Start: 20, Speaker: "I"}, // first person in a turn
			{Start: 50, Speaker: "Xi", SpeakerActor: "CHNGOV", SpeakerStart: 0, SpeakerEnd: 13},           // a label, misread
			{Start: 60, Speaker: "Kim Yo-jong", SpeakerActor: "PRKGOV", SpeakerStart: 57, SpeakerEnd: 68}, // named
			{Start: 80, Speaker: "I"}, // outside any turn
		}}
	turn := func(off int) (string, string, string, bool) {
		if off < 75 {
			return "Joe Biden", "USAGOV", "THE PRESIDENT", true
		}
		return "", "", "", false
	}
	if n := Turns(d, turn); n != 2 {
		t.Errorf("changed %d, want 2", n)
	}
	for i, want := range []string{"Joe Biden", "Joe Biden", "Kim Yo-jong", "I"} {
		if d.Quotes[i].Speaker != want {
			t.Errorf("quote %d: speaker %q, want %q", i, d.Quotes[i].Speaker, want)
		}
	}
}
