package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dyadproject/dyad/actor"
	"github.com/spf13/cobra"
)

func newActorsCmd() *cobra.Command {
	return groupCmd("actors", "Resolve noun phrases to CAMEO actor codes",
		`Actors resolves noun phrases that name who acts ("the North Korean Foreign
Ministry", "Russia's defence minister", "Kim Jong Un") to CAMEO actor codes
(PRKGOV, RUSGOVMIL, PRKGOV) with dyad's built-in dictionaries of countries,
seats of power, international organizations, armed groups, persons with
dated roles, and titles. Dictionaries of your own, in dyad's format or in
PETRARCH's, extend or replace them.`,
		newActorsResolveCmd(), newActorsEvalCmd(), newActorsStatsCmd())
}

// dictFlags are the flags that choose the dictionaries.
type dictFlags struct {
	actors, agents []string
	noBuiltin      bool
}

func (f *dictFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringArrayVar(&f.actors, "actors", nil,
		"add the actor dictionary `FILE` (dyad's format or PETRARCH's); repeatable, later files win")
	fl.StringArrayVar(&f.agents, "agents", nil,
		"add the agent dictionary `FILE` (dyad's format or PETRARCH's); repeatable, later files win")
	fl.BoolVar(&f.noBuiltin, "no-builtin", false, "use only the files given, not the built-in dictionaries")
}

// load builds the dictionary: the built-in one unless --no-builtin, then
// each --actors and --agents file in order. Lines a PETRARCH file has that
// PETRARCH would skip are reported on warn and skipped; an error in a file
// in dyad's format fails.
func (f *dictFlags) load(warn io.Writer) (*actor.Dictionary, error) {
	d := actor.New()
	if !f.noBuiltin {
		var err error
		if d, err = actor.Default(); err != nil {
			return nil, err
		}
	}
	add := func(name string, petrarch actor.Format) error {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		format := actor.DetectFormat(b)
		if format != actor.FormatDyad {
			format = petrarch
		}
		err = d.AddFormat(strings.NewReader(string(b)), name, format)
		var list actor.ErrorList
		if format != actor.FormatDyad && errors.As(err, &list) {
			for _, e := range list {
				fmt.Fprintf(warn, "dyad: warning: %v\n", e)
			}
			return nil
		}
		return err
	}
	for _, name := range f.actors {
		if err := add(name, actor.FormatPetrarchActors); err != nil {
			return nil, err
		}
	}
	for _, name := range f.agents {
		if err := add(name, actor.FormatPetrarchAgents); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func newActorsResolveCmd() *cobra.Command {
	var (
		dicts   dictFlags
		date    string
		context []string
		long    bool
	)
	cmd := &cobra.Command{
		Use:   "resolve [--date YYYY-MM-DD] [--actors FILE]... [--agents FILE]... [PHRASE...]",
		Short: "Print the actor code of each noun phrase",
		Long: `Resolve prints, for each PHRASE, a line "PHRASE<TAB>CODE": the CAMEO actor code
the phrase resolves to, or an empty code when it names no actor. With no
PHRASE arguments it reads phrases from standard input, one a line, and
prints one line for each, blank ones included.

Persons resolve by --date, the date of the document: "Donald Trump" is
USAGOV in 2019 and USAELI (a former office-holder) in 2022. With no date,
each person takes their most recent role. --context names countries the
document has mentioned, which "the North" and "the South" need.

--actors and --agents add dictionaries, in dyad's format (see the actor
package) or PETRARCH's; a PETRARCH file given to --actors is read as an
actor dictionary and one given to --agents as an agent dictionary. Entries in
later files replace those of the same name before them; --no-builtin leaves
out dyad's own dictionaries. Lines of a PETRARCH file that PETRARCH would skip
are reported on standard error and skipped.

--long adds three columns: the canonical name of the actor, the person (if
any), and the part of the phrase that gave the code.`,
		Example: `  dyad actors resolve --date 2023-03-01 "the North Korean Foreign Ministry" "Russia's defence minister"
  dyad actors resolve --date 2022-06-01 "Donald Trump"
  dyad actors resolve --context KOR "the North"
  dyad actors resolve --date 2012-06-01 --no-builtin \
    --actors Phoenix.Countries.actors.txt --agents Phoenix.agents.txt "Russian police"
  cut -f2 phrases.tsv | dyad actors resolve --date 2024-01-05 --long`,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			t, err := actor.ParseDate(date)
			if err != nil {
				return usageErrorf(cmd, "--date: %v", err)
			}
			d, err := dicts.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			var ctx *actor.Context
			if len(context) > 0 {
				ctx = &actor.Context{Countries: context}
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			emit := func(phrase string) {
				m, _ := d.ResolveIn(phrase, t, ctx)
				fmt.Fprintf(out, "%s\t%s", phrase, m.Code)
				if long {
					span := ""
					if m.Code != "" {
						span = phrase[m.Start:m.End]
					}
					fmt.Fprintf(out, "\t%s\t%s\t%s", m.Name, m.Person, span)
				}
				fmt.Fprintln(out)
			}
			if len(args) > 0 {
				for _, p := range args {
					emit(p)
				}
				return out.Flush()
			}
			sc := bufio.NewScanner(cmd.InOrStdin())
			sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
			for sc.Scan() {
				emit(strings.TrimRight(sc.Text(), "\r"))
			}
			if err := sc.Err(); err != nil {
				return err
			}
			return out.Flush()
		},
	}
	dicts.register(cmd)
	f := cmd.Flags()
	f.StringVar(&date, "date", "", "the document's `DATE`, YYYY-MM-DD (default: none; persons take their latest role)")
	f.StringSliceVar(&context, "context", nil, "`CODES` of countries the document has named (comma-separated)")
	f.BoolVar(&long, "long", false, "add the canonical name, the person and the matched text")
	return cmd
}

func newActorsEvalCmd() *cobra.Command {
	var (
		dicts dictFlags
		gold  string
		floor float64
	)
	cmd := &cobra.Command{
		Use:   "eval --gold FILE [--actors FILE]... [--agents FILE]... [--min-accuracy X]",
		Short: "Score phrase resolution against a gold list",
		Long: `Eval resolves each phrase of a gold list and compares the code with the
expected one. The gold file has one phrase a line, "DATE<TAB>PHRASE<TAB>CODE",
with DATE as YYYY-MM-DD (or empty) and an empty CODE for a phrase that names
no actor; blank lines and lines starting with "#" are skipped. The
dictionaries are chosen as for "dyad actors resolve".

Each phrase resolved wrongly is printed as "FILE:LINE: DATE PHRASE: got CODE,
want CODE". The last line of standard output is one JSON object: phrases,
correct and accuracy (correct over phrases, from 0 to 1). With
--min-accuracy, eval fails when the accuracy is lower.`,
		Example: `  dyad actors eval --gold actor/testdata/gold.tsv
  dyad actors eval --gold gold.tsv --actors ours.txt --min-accuracy 0.9
  dyad actors eval --gold actor/testdata/gold.tsv | tail -n 1 | jq .accuracy`,
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" {
				return usageErrorf(cmd, "--gold is required")
			}
			cases, err := readActorGold(gold)
			if err != nil {
				return err
			}
			if len(cases) == 0 {
				return fmt.Errorf("%s: no phrases", gold)
			}
			d, err := dicts.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			correct := 0
			for _, c := range cases {
				m, _ := d.Resolve(c.phrase, c.date)
				if m.Code == c.want {
					correct++
					continue
				}
				fmt.Fprintf(out, "%s:%d: %s %q: got %q, want %q\n", gold, c.line, c.dateText, c.phrase, m.Code, c.want)
			}
			rep := actorsEvalReport{Phrases: len(cases), Correct: correct,
				Accuracy: round(float64(correct)/float64(len(cases)), 6)}
			if err := json.NewEncoder(out).Encode(rep); err != nil {
				return err
			}
			if err := out.Flush(); err != nil {
				return err
			}
			if rep.Accuracy < floor {
				return fmt.Errorf("accuracy %.4f is below --min-accuracy %.4f", rep.Accuracy, floor)
			}
			return nil
		},
	}
	dicts.register(cmd)
	f := cmd.Flags()
	f.StringVar(&gold, "gold", "", "the gold list `FILE` (required)")
	f.Float64Var(&floor, "min-accuracy", 0, "fail when the accuracy is below `X` (0 to 1)")
	return cmd
}

// actorsEvalReport is the JSON summary of "dyad actors eval".
type actorsEvalReport struct {
	Phrases  int     `json:"phrases"`
	Correct  int     `json:"correct"`
	Accuracy float64 `json:"accuracy"`
}

type actorGoldCase struct {
	line             int
	dateText, phrase string
	date             time.Time
	want             string
}

// readActorGold reads a gold list of DATE<TAB>PHRASE<TAB>CODE lines.
func readActorGold(name string) ([]actorGoldCase, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var cases []actorGoldCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s:%d: want DATE<TAB>PHRASE<TAB>CODE, have %d fields", name, n, len(fields))
		}
		t, err := actor.ParseDate(fields[0])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		cases = append(cases, actorGoldCase{line: n, dateText: fields[0], phrase: fields[1], date: t,
			want: strings.TrimSpace(fields[2])})
	}
	return cases, sc.Err()
}

func newActorsStatsCmd() *cobra.Command {
	var dicts dictFlags
	cmd := &cobra.Command{
		Use:   "stats [--actors FILE]... [--agents FILE]...",
		Short: "Count the entries of the dictionaries",
		Long: `Stats prints what the dictionaries hold: entries by kind (country, region,
metonym, igo, group, org, person, agent, block, imported), names, and
persons' dated roles, as one JSON object. The dictionaries are chosen as for
"dyad actors resolve".`,
		Example: `  dyad actors stats
  dyad actors stats --no-builtin --actors Phoenix.Countries.actors.txt`,
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := dicts.load(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			s := d.Stats()
			kinds := map[string]int{}
			for k, n := range s.Kinds {
				kinds[k.String()] = n
			}
			return json.NewEncoder(cmd.OutOrStdout()).Encode(struct {
				Entries int            `json:"entries"`
				Names   int            `json:"names"`
				Roles   int            `json:"person_roles"`
				Kinds   map[string]int `json:"kinds"`
			}{s.Entries, s.Names, s.Roles, kinds})
		},
	}
	dicts.register(cmd)
	return cmd
}
