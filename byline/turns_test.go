package byline

import (
	"strings"
	"testing"
)

func TestTurns(t *testing.T) {
	text := "MS. PSAKI: Hi, everyone.\n\nSo I have a little news.\n\n" +
		"Q: Thank you, Jen. Will he go?\n\n(Laughter.)\n\nMS. PSAKI: He will not.\n\n" +
		"Not this week.\n\nEND 2:45 P.M. EST\n\nThis line follows no label.\n"
	var got []string
	for _, tr := range Turns(text) {
		label := text[tr.LabelStart:tr.LabelEnd]
		if label != tr.Speaker {
			t.Errorf("label bytes %q, speaker %q", label, tr.Speaker)
		}
		if !tr.Continued && text[tr.ColonStart] != ':' {
			t.Errorf("colon at %d: %q", tr.ColonStart, text[tr.ColonStart])
		}
		got = append(got, tr.Speaker+"="+text[tr.Start:tr.End])
	}
	want := []string{"MS. PSAKI=Hi, everyone.", "MS. PSAKI=So I have a little news.",
		"MS. PSAKI=He will not.", "MS. PSAKI=Not this week."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("turns\n%q\nwant\n%q", got, want)
	}
}

func TestNoTranscript(t *testing.T) {
	for _, text := range []string{
		"UPDATE: more.\n\nNOTE: less.\n",
		"Seoul and Washington said: talks will resume.\nKim said: no.",
	} {
		if ts := Turns(text); ts != nil {
			t.Errorf("%q: turns %+v", text, ts)
		}
	}
}

func TestOneLabel(t *testing.T) {
	ts := Turns("THE PRESIDENT: Thank you.\n\nWe will stand with Ukraine.\n")
	if len(ts) != 2 || Labelled(ts) != 1 || !ts[1].Continued {
		t.Errorf("turns %+v", ts)
	}
}

func TestInterjection(t *testing.T) {
	text := "THE PRESIDENT: Thank you.\n\nAUDIENCE: Four more years!\n\nWe will win.\n"
	var got []string
	for _, tr := range Turns(text) {
		got = append(got, tr.Speaker+"="+text[tr.Start:tr.End])
	}
	want := "THE PRESIDENT=Thank you.|AUDIENCE=Four more years!|THE PRESIDENT=We will win."
	if strings.Join(got, "|") != want {
		t.Errorf("turns %q, want %q", got, want)
	}
}
