// Command gen writes the generated tables of package cameo from the
// codebooks in the shared data directory:
//
//	go run ./internal/gen -codebook DIR -plover DIR [-ngec DIR] [-out DIR]
//
// -codebook is the folder with cameo-codes.csv (andybega/icews, MIT),
// -plover the folder with PLOVER_MANUAL.tex and CAMEO2PLOVER-2021.txt
// (openeventdata/PLOVER, CC BY-SA 4.0) and -ngec, optional, the folder with
// PLOVER_structured_codebook_updated.csv (NGEC-2025, MIT), used for the
// PLOVER event definitions and to cross-check the modes. It writes
// tables.go, plover_tables.go and DISAGREEMENTS.md into -out (default ".").
// Nothing is written unless every input reads cleanly.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	codebookDir := flag.String("codebook", "", "folder holding cameo-codes.csv and SOURCE.md")
	ploverDir := flag.String("plover", "", "folder holding PLOVER_MANUAL.tex, CAMEO2PLOVER-2021.txt and SOURCE.md")
	ngecDir := flag.String("ngec", "", "optional folder holding PLOVER_structured_codebook_updated.csv")
	outDir := flag.String("out", ".", "folder to write tables.go, plover_tables.go and DISAGREEMENTS.md into")
	flag.Parse()
	if *codebookDir == "" || *ploverDir == "" {
		fmt.Fprintln(os.Stderr, "gen: both -codebook and -plover are required")
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*codebookDir, *ploverDir, *ngecDir, *outDir); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(codebookDir, ploverDir, ngecDir, outDir string) error {
	read := func(dir, name, what string) ([]byte, error) {
		p := filepath.Join(dir, name)
		b, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s not found at %s: the shared data (../shared/data from the repository root) is needed to regenerate the tables", what, p)
		}
		return b, err
	}
	csvBytes, err := read(codebookDir, "cameo-codes.csv", "the CAMEO codebook")
	if err != nil {
		return err
	}
	cbSource, _ := read(codebookDir, "SOURCE.md", "the codebook's SOURCE.md")
	manualBytes, err := read(ploverDir, "PLOVER_MANUAL.tex", "the PLOVER manual")
	if err != nil {
		return err
	}
	tableBytes, err := read(ploverDir, "CAMEO2PLOVER-2021.txt", "the CAMEO to PLOVER table")
	if err != nil {
		return err
	}
	plSource, _ := read(ploverDir, "SOURCE.md", "PLOVER's SOURCE.md")
	var ngecBytes, ngecSource []byte
	if ngecDir != "" {
		if ngecBytes, err = read(ngecDir, "PLOVER_structured_codebook_updated.csv", "the NGEC structured PLOVER codebook"); err != nil {
			return err
		}
		ngecSource, _ = read(ngecDir, "SOURCE.md", "NGEC's SOURCE.md")
	}

	g := &gen{
		cbSource:   parseSource(cbSource),
		plSource:   parseSource(plSource),
		ngecSource: parseSource(ngecSource),
		cbCaveat:   caveat(cbSource),
	}
	if err := g.readCodebook(csvBytes); err != nil {
		return fmt.Errorf("cameo-codes.csv: %w", err)
	}
	if err := g.readManual(string(manualBytes)); err != nil {
		return fmt.Errorf("PLOVER_MANUAL.tex: %w", err)
	}
	if err := g.readTable(string(tableBytes)); err != nil {
		return fmt.Errorf("CAMEO2PLOVER-2021.txt: %w", err)
	}
	if ngecBytes != nil {
		if err := g.readNGEC(ngecBytes); err != nil {
			return fmt.Errorf("PLOVER_structured_codebook_updated.csv: %w", err)
		}
	}
	g.resolve()

	files := map[string][]byte{}
	if files["tables.go"], err = g.codebookGo(); err != nil {
		return err
	}
	if files["plover_tables.go"], err = g.ploverGo(); err != nil {
		return err
	}
	files["DISAGREEMENTS.md"] = g.disagreementsMD()
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(outDir, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// source is what a SOURCE.md says about where its files came from.
type source struct{ repo, commit string }

func parseSource(b []byte) source {
	var s source
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), "-"))
		if v, ok := strings.CutPrefix(line, "Repository:"); ok && s.repo == "" {
			s.repo = strings.TrimSpace(v)
		}
		if v, ok := strings.CutPrefix(line, "Commit:"); ok && s.commit == "" {
			v = strings.TrimSpace(v)
			if i := strings.IndexByte(v, ' '); i > 0 {
				v = v[:i]
			}
			s.commit = v
		}
	}
	return s
}

func (s source) String() string {
	if s.repo == "" {
		return "(SOURCE.md not found)"
	}
	if s.commit == "" {
		return s.repo
	}
	return s.repo + " at commit " + s.commit
}

// caveat returns the "Caveat on values" paragraph of a SOURCE.md, if any.
func caveat(b []byte) string {
	for line := range strings.SplitSeq(string(b), "\n") {
		if strings.HasPrefix(line, "Caveat on values") {
			return strings.TrimSpace(line)
		}
	}
	return ""
}

// writeWrapped writes text as comment lines of at most width columns.
func writeWrapped(b *bytes.Buffer, prefix, text string, width int) {
	line := prefix
	for _, w := range strings.Fields(text) {
		if len(line) > len(prefix) && len(line)+1+len(w) > width {
			b.WriteString(strings.TrimRight(line, " ") + "\n")
			line = prefix
		}
		if len(line) > len(prefix) {
			line += " "
		}
		line += w
	}
	if len(line) > len(prefix) {
		b.WriteString(line + "\n")
	}
}
