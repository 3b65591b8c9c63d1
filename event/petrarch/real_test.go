package petrarch

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// The shared data's PETRARCH files, and what reading them gives. The
// errors are defects in the files themselves; each is listed by line in
// the test log (go test -v -run RealFiles).
func TestRealVerbFiles(t *testing.T) {
	tests := []struct {
		file                                   string
		blocks, verbs, patterns, synsets, trns int
		errors                                 int
	}{
		// 4,668 pattern lines: 2 unreadable ("VISIT)" and "^)" left over
		// after a ")"), 2 using the undefined &WEATHER and &DEMONSTRATION.
		{"petrarch2-dictionaries/CAMEO.2.0.txt", 397, 1817, 4664, 40, 8, 4},
		// "--- DELAY [120] [031:031] ---", the verbs "LASH OUT" and
		// "RULE OUT", and the deliberately broken "* DIPLXMATIC [".
		{"petrarch-unittest/PETR.Validate.verbs.txt", 261, 267, 473, 17, 0, 4},
		// &PREPOSIT1 twice, a pattern line without "-", DIPLXMATIC, and
		// &SECURITY undefined.
		{"petrarch-unittest/PETR.Validate.verbs.2.0.txt", 69, 125, 450, 31, 0, 4},
		// as above, and &DEFENSE, &PKO (twice) and &REFUGEE undefined.
		{"udpetrarch-validation/PETR_Validate_verbs_2_02.txt", 69, 127, 352, 31, 0, 8},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d, err := readVerbFile(t, tt.file)
			var el ErrorList
			if err != nil {
				var ok bool
				if el, ok = err.(ErrorList); !ok {
					t.Fatal(err)
				}
			}
			for _, e := range el {
				t.Log(e)
				if e.File != tt.file || e.Line < 1 {
					t.Errorf("error without file and line: %v", e)
				}
			}
			got := []int{len(d.Blocks), d.NumVerbs(), d.NumPatterns(), len(d.Synsets), len(d.Transformations), len(el)}
			want := []int{tt.blocks, tt.verbs, tt.patterns, tt.synsets, tt.trns, tt.errors}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("blocks, verbs, patterns, synsets, transformations, errors = %v, want %v", got, want)
			}
			// Every pattern writes back to text that reads the same.
			for _, b := range d.Blocks {
				for _, p := range b.Patterns {
					q, err := parsePattern(strings.TrimPrefix(p.String(), "-"))
					if err != nil || !reflect.DeepEqual(q.Elems, p.Elems) || q.Code != p.Code {
						t.Errorf("line %d: %s does not read back: %v", p.Line, p, err)
					}
				}
			}
		})
	}
}

func TestRealRecordFiles(t *testing.T) {
	tests := []struct {
		file                                                 string
		records, events, noEvents, expectErr, pl, noEval, cf int
		errors                                               int
		checkEnv                                             bool
	}{
		// 284 sentences, 385 <EventCoding>: 359 events, 19 noevents, 7 error=.
		// AGENTS-18 and AGENTS-19 are used twice.
		{"petrarch-unittest/PETR.UnitTest.records.xml", 284, 359, 19, 7, 0, 0, 29, 2, true},
		// 274 sentences (SOURCE.md's 275 counts a "<Sentence ..." in the
		// header comment), 10 evaluate="false", 38 PLEvents (39 with the
		// header's mention). DEMO-32 is used twice.
		{"udpetrarch-validation/PETR_Validate_records_2_02.xml", 274, 322, 20, 7, 38, 10, 24, 1, true},
		// 78 sentences; abc12_3 has an empty <Text>.
		{"udpetrarch-validation/PETR2_GSR_validation.xml", 77, 79, 12, 0, 0, 0, 0, 1, false},
		// 76 sentences without expected codes; TEST_1 to TEST_9 have
		// empty <Text>; GOLD_9 is used twice.
		{"petrarch-unittest/GigaWord.sample.PETR.xml", 67, 0, 0, 0, 0, 0, 0, 10, false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := dataPath(t, tt.file)
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			rs, err := ReadRecords(f, p)
			var el ErrorList
			if err != nil {
				var ok bool
				if el, ok = err.(ErrorList); !ok {
					t.Fatal(err)
				}
			}
			for _, e := range el {
				t.Log(e)
			}
			var events, noEvents, expectErr, pl, noEval, cameoCodes int
			for _, r := range rs.Records {
				events += len(r.Events)
				pl += len(r.PLEvents)
				if r.NoEvents {
					noEvents++
				}
				if r.ExpectError != "" {
					expectErr++
				}
				if !r.Evaluate {
					noEval++
				}
				if r.Text == "" || strings.Contains(r.Text, "\n") {
					t.Errorf("record %s text %q", r.ID, r.Text)
				}
				for _, c := range r.Events {
					if _, err := c.CAMEO(); err == nil {
						cameoCodes++
					}
				}
			}
			t.Logf("%d records, %d events (%d with CAMEO codebook codes)", len(rs.Records), events, cameoCodes)
			got := []int{len(rs.Records), events, noEvents, expectErr, pl, noEval, len(rs.Config), len(el)}
			want := []int{tt.records, tt.events, tt.noEvents, tt.expectErr, tt.pl, tt.noEval, tt.cf, tt.errors}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("records, events, noevents, error=, plevents, evaluate=false, config, errors = %v, want %v", got, want)
			}
			if tt.checkEnv {
				e := rs.Environment
				for _, f := range append([]string{e.Verbfile, e.Agentfile, e.Discardfile}, e.Actorfiles...) {
					if _, err := os.Stat(e.Path(f)); err != nil {
						t.Errorf("environment file: %v", err)
					}
				}
			}
		})
	}
}
