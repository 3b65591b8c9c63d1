package ner

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestReadIOB2(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []Sentence
	}{
		{"uner", "# newdoc id = d1\n# sent_id = d1-0001\n# text = Kim met UN staff\n" +
			"1\tKim\tB-PER\t-\tann\n2\tmet\tO\n3\tUN\tB-ORG\t-\tann\n4\tstaff\tO\n\n",
			[]Sentence{{ID: "d1-0001", Doc: "d1", Forms: []string{"Kim", "met", "UN", "staff"},
				Labels: []string{"B-PER", "O", "B-ORG", "O"}}}},
		{"oth and stray O become O", "1\tAmerican\tB-OTH\t-\ta\n2\tforces\tI-OTH\t-\ta\n3\tleft\tO\n4\t.\tB-O\t-\ta\n",
			[]Sentence{{Forms: []string{"American", "forces", "left", "."}, Labels: []string{"O", "O", "O", "O"}}}},
		{"I- without B- is repaired", "1\tin\tO\n2\tNew\tI-LOC\n3\tYork\tI-LOC\n4\tAl\tI-PER\n",
			[]Sentence{{Forms: []string{"in", "New", "York", "Al"}, Labels: []string{"O", "B-LOC", "I-LOC", "B-PER"}}}},
		{"I-O after an entity", "1\tParis\tB-LOC\n2\tis\tI-O\n",
			[]Sentence{{Forms: []string{"Paris", "is"}, Labels: []string{"B-LOC", "O"}}}},
		{"two columns, CRLF, no final blank line", "Kim\tB-PER\r\nsaid\tO\r\n\r\nBye\tO",
			[]Sentence{{Forms: []string{"Kim", "said"}, Labels: []string{"B-PER", "O"}}, {Forms: []string{"Bye"}, Labels: []string{"O"}}}},
		{"a comment after words starts a sentence", "1\tA\tO\n# sent_id = s2\n1\tB\tO\n",
			[]Sentence{{Forms: []string{"A"}, Labels: []string{"O"}}, {ID: "s2", Forms: []string{"B"}, Labels: []string{"O"}}}},
		{"documents carry over", "# newdoc id = d\n# sent_id = d-1\n1\tA\tO\n\n# sent_id = d-2\n1\tB\tO\n\n",
			[]Sentence{{ID: "d-1", Doc: "d", Forms: []string{"A"}, Labels: []string{"O"}},
				{ID: "d-2", Doc: "d", Forms: []string{"B"}, Labels: []string{"O"}}}},
		{"empty", "\n\n# only comments\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadIOB2(strings.NewReader(tc.in), "x.iob2")
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestReadIOB2Errors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1\tKim\tB-PER\n2\tsaid\tB-MISC\n", "x.iob2:2: bad tag \"B-MISC\": entity type must be PER, ORG or LOC"},
		{"# c\n\n1\tKim\tPER\n", "x.iob2:3: bad tag \"PER\""},
		{"1\tKim\tE-PER\n", "x.iob2:1: bad tag \"E-PER\""},
		{"one\tKim\tO\n", "x.iob2:1: token index \"one\" is not a number"},
		{"1\tKim\tO\nKim\n", "x.iob2:2: want tab-separated index, word and tag"},
		{"1\t\tO\n", "x.iob2:1: empty word"},
		{"1\tK\xffm\tO\n", "x.iob2:1: invalid UTF-8"},
	} {
		_, err := ReadIOB2(strings.NewReader(tc.in), "x.iob2")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.in, err, tc.want)
		}
	}
}

func FuzzReadIOB2(f *testing.F) {
	f.Add("# sent_id = a-1\n1\tKim\tB-PER\t-\tx\n2\tsaid\tO\n\n")
	f.Add("1\tNew\tI-LOC\n2\tYork\tI-LOC\n3\t.\tB-O\t-\tx\n")
	f.Add("Kim\tB-PER\r\n\r\nx\tB-OTH\n")
	f.Add("1\tKim\tB-\n")
	lineRE := regexp.MustCompile(`^f:[0-9]+: `)
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadIOB2(strings.NewReader(in), "f")
		if err != nil {
			if !lineRE.MatchString(err.Error()) {
				t.Errorf("error %q does not name the line", err)
			}
			return
		}
		for _, s := range sents {
			if len(s.Forms) == 0 || len(s.Forms) != len(s.Labels) {
				t.Fatalf("sentence with %d words and %d labels", len(s.Forms), len(s.Labels))
			}
			// Labels come out normalised: Labels(Entities(l)) gives them back.
			if got := Labels(len(s.Labels), Entities(s.Labels)); !reflect.DeepEqual(got, s.Labels) {
				t.Errorf("labels %q not normalised (round trip %q)", s.Labels, got)
			}
		}
	})
}

func ent(start, end int, t dyad.EntityType) dyad.Entity {
	return dyad.Entity{Span: dyad.Span{Start: start, End: end}, Type: t}
}

func TestEntities(t *testing.T) {
	for _, tc := range []struct {
		labels []string
		want   []dyad.Entity
	}{
		{[]string{"O", "O"}, nil},
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []dyad.Entity{ent(0, 2, dyad.PER), ent(3, 4, dyad.LOC)}},
		{[]string{"B-PER", "B-PER"}, []dyad.Entity{ent(0, 1, dyad.PER), ent(1, 2, dyad.PER)}},
		// conlleval: an I- that does not continue its type starts an entity
		{[]string{"I-ORG", "I-ORG", "I-LOC"}, []dyad.Entity{ent(0, 2, dyad.ORG), ent(2, 3, dyad.LOC)}},
		{[]string{"B-PER", "I-LOC"}, []dyad.Entity{ent(0, 1, dyad.PER), ent(1, 2, dyad.LOC)}},
		// unknown types and malformed labels are skipped
		{[]string{"B-OTH", "I-OTH", "X", "B-", "B-LOC"}, []dyad.Entity{ent(4, 5, dyad.LOC)}},
	} {
		if got := Entities(tc.labels); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Entities(%q) = %v, want %v", tc.labels, got, tc.want)
		}
	}
}

func TestLabels(t *testing.T) {
	got := Labels(6, []dyad.Entity{ent(0, 2, dyad.PER), ent(1, 3, dyad.ORG), ent(3, 4, dyad.LOC),
		ent(5, 7, dyad.LOC), ent(4, 5, dyad.NoEntity)})
	want := []string{"B-PER", "I-PER", "O", "B-LOC", "O", "O"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
