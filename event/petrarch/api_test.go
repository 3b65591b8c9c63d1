package petrarch

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/dyadproject/dyad/cameo"
)

func TestCodes(t *testing.T) {
	tests := []struct {
		in            string
		event, rev    string
		null, invalid bool
	}{
		{"0332", "0332", "", false, false},
		{"---", "---", "", true, false},
		{"042:043", "042", "043", false, false},
		{":173", "", "173", false, false},
		{"075A", "075A", "", false, false},
		{"025?", "025?", "", false, false},
		{"+++", "+++", "", false, false},
		{"", "", "", false, true},
		{"04 2", "", "", false, true},
		{"042:", "", "", false, true},
		{"1:2:3", "", "", false, true},
	}
	for _, tt := range tests {
		c, err := parseCode(tt.in)
		if (err != nil) != tt.invalid {
			t.Errorf("parseCode(%q) error %v", tt.in, err)
			continue
		}
		if tt.invalid {
			continue
		}
		if c.Event != tt.event || c.Reverse != tt.rev || c.Null() != tt.null || c.String() != tt.in {
			t.Errorf("parseCode(%q) = %+v null=%v string=%q", tt.in, c, c.Null(), c)
		}
	}
	if !(Code{}).IsZero() || (Code{Event: "010"}).IsZero() {
		t.Error("IsZero")
	}
}

func TestPatternParts(t *testing.T) {
	p, err := parsePattern(" $ NOT * ^ TO_ + [124]")
	if err != nil {
		t.Fatal(err)
	}
	if p.Verb() != 2 || len(p.Upper()) != 2 || len(p.Lower()) != 3 {
		t.Errorf("verb %d, upper %v, lower %v", p.Verb(), p.Upper(), p.Lower())
	}
	if got := p.String(); got != "- $ NOT * ^ TO_ + [124]" {
		t.Errorf("String %q", got)
	}
	if SynsetRef.String() != "synset" || Kind(99).String() != "Kind(99)" {
		t.Error("Kind.String")
	}
}

func TestSynsetLookup(t *testing.T) {
	d, err := ReadVerbs(strings.NewReader("&AUX_\n+HAVE\n&CURRENCY\n+DOLLAR\n"), "x")
	if err != nil {
		t.Fatal(err)
	}
	if s := d.Synset("&AUX"); s == nil || !s.NoPlural || len(s.Members) != 1 {
		t.Errorf("Synset(&AUX) = %+v", s)
	}
	if s := d.Synset("&AUX_"); s == nil {
		t.Error("Synset(&AUX_) is nil")
	}
	if d.Synset("&NONE") != nil {
		t.Error("Synset(&NONE) found")
	}
}

func TestReadErrors(t *testing.T) {
	bad := iotest.ErrReader(errors.New("disk on fire"))
	if _, err := ReadVerbs(bad, "x"); err == nil || !strings.Contains(err.Error(), "fire") {
		t.Errorf("ReadVerbs: %v", err)
	}
	if _, err := ReadRecords(bad, "x"); err == nil || !strings.Contains(err.Error(), "fire") {
		t.Errorf("ReadRecords: %v", err)
	}
	var el ErrorList
	if el.Err() != nil || el.Error() != "no errors" {
		t.Error("empty ErrorList")
	}
	el.add("f", 9, "b")
	el.add("f", 2, "a")
	err := el.Err()
	if err == nil || err.Error() != "f:2: a (and 1 more errors)" {
		t.Errorf("ErrorList: %v", err)
	}
	if e := (&Error{Line: 3, Msg: "m"}); e.Error() != "line 3: m" {
		t.Errorf("Error without file: %v", e)
	}
}

func TestRecordsExtras(t *testing.T) {
	const in = `<Environment><Verbfile>v.txt</Verbfile><Actorfile>/abs/a.txt</Actorfile><Extra>x</Extra></Environment>
<Sentence id="A" date="19950101"><Text>One &#65;&#x42; &amp;c.</Text>
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="0332"/>
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="903"/></Sentence>
<Stop></Stop>
<Sentence id="B" date="19950101"><Text>Two.</Text></Sentence>`
	rs, err := ReadRecords(strings.NewReader(in), filepath.Join("dir", "recs.xml"))
	if err != nil {
		t.Fatal(err)
	}
	e := rs.Environment
	if e.Path(e.Verbfile) != filepath.Join("dir", "v.txt") || e.Path(e.Actorfiles[0]) != "/abs/a.txt" || e.Other["Extra"] != "x" {
		t.Errorf("environment %+v", e)
	}
	if rs.Stop != 1 || len(rs.Records) != 2 {
		t.Errorf("stop %d, %d records", rs.Stop, len(rs.Records))
	}
	r := rs.Records[0]
	if r.Text != "One AB &c." {
		t.Errorf("text %q", r.Text)
	}
	if c, err := r.Events[0].CAMEO(); err != nil || c != cameo.MustParse("0332") {
		t.Errorf("CAMEO() = %v, %v", c, err)
	}
	if _, err := r.Events[1].CAMEO(); err == nil {
		t.Error("test code 903 parsed as CAMEO")
	}
}
