package main

import (
	"slices"
	"strconv"
	"strings"
)

// section keys for notes, in the order DISAGREEMENTS.md lists them.
const (
	secGoldsteinRoot = "goldstein-root"
	secGoldsteinSign = "goldstein-sign"
	secDropped       = "dropped"
	secInherited     = "inherited"
	secNotInCodebook = "not-in-codebook"
	secDuplicate     = "duplicate"
	secCue           = "cue"
	secModeContext   = "mode-context"
	secMode          = "mode"
	secContext       = "context"
	secQuad          = "quad"
	secNGEC          = "ngec"
)

// cameoQuad is the standard CAMEO quad class of a root: 01–05 verbal
// cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20
// material conflict.
func cameoQuad(code string) int {
	r, _ := strconv.Atoi(code[:2])
	switch {
	case r >= 1 && r <= 5:
		return 1
	case r <= 8:
		return 2
	case r <= 13:
		return 3
	case r <= 20:
		return 4
	}
	return 0
}

var quadLabel = [...]string{"none", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

func (g *gen) rule(code string) (cueRule, bool) {
	for _, r := range g.cue {
		if r.root != code[:2] {
			continue
		}
		if r.lo == "" {
			return r, true
		}
		if len(code) < 3 {
			continue // a split root: no single rule for the root itself
		}
		if c := code[:3]; c >= r.lo && c <= r.hi {
			return r, true
		}
	}
	return cueRule{}, false
}

func (g *gen) isMode(m string) bool {
	for _, ms := range g.modes {
		if slices.Contains(ms, m) {
			return true
		}
	}
	return false
}

func (g *gen) resolve() {
	g.mapped = make([]mapping, len(g.codes))
	set := make([]bool, len(g.codes))
	first := map[string]tableLine{}

	// Goldstein: roots against their "x0" codes, and signs against quads.
	for _, c := range g.codes {
		if len(c.code) == 2 {
			if i, ok := g.index[c.code+"0"]; ok && g.codes[i].goldstein != c.goldstein {
				x := g.codes[i]
				g.note(secGoldsteinRoot, c.code, "%s %s is %s; %s %s is %s", c.code, c.name, c.gsText, x.code, x.name, x.gsText)
			}
		}
		q := cameoQuad(c.code)
		if (q <= 2 && c.goldstein < 0) || (q >= 3 && c.goldstein > 0) {
			g.note(secGoldsteinSign, c.code, "%s %s: %s in quad %d (%s)", c.code, c.name, c.gsText, q, quadLabel[q])
		}
	}

	for _, tl := range g.table {
		i, ok := g.index[tl.code]
		if !ok {
			g.note(secNotInCodebook, tl.code, "line %d `%s`: %s is not in the codebook", tl.line, tl.text, tl.code)
			continue
		}
		if set[i] {
			prev := first[tl.code]
			same := prev.typ == tl.typ && prev.mode == tl.mode && slices.Equal(prev.contexts, tl.contexts)
			how := "differs"
			if same {
				how = "same mapping"
			}
			g.note(secDuplicate, tl.code, "%s on line %d (`%s`) and line %d (`%s`): %s; line %d kept", tl.code, prev.line, prev.text, tl.line, tl.text, how, prev.line)
			continue
		}
		set[i] = true
		first[tl.code] = tl
		m := mapping{typ: tl.typ, mode: tl.mode, contexts: slices.Clone(tl.contexts), from: tl.code}

		if tl.heading != "" && tl.heading != tl.code[:2] && len(tl.code) > 2 {
			g.note(secCue, tl.code, "%s (%s) is listed under the `%s: %s` heading, not under %s", tl.code, g.codes[i].name, tl.heading, tl.headingTyp, tl.code[:2])
		} else if tl.headingTyp != "" && tl.headingTyp != tl.typ && len(tl.code) > 2 {
			g.note(secCue, tl.code, "%s (%s) maps to %s under the `%s: %s` heading", tl.code, g.codes[i].name, tl.typ, tl.heading, tl.headingTyp)
		}
		if r, ok := g.rule(tl.code); ok && r.typ != tl.typ && slices.Contains(g.types, r.typ) {
			g.note(secCue, tl.code, "%s (%s): table says %s, the manual's cue-category row `%s` says %s", tl.code, g.codes[i].name, tl.typ, r.raw, r.typ)
		}

		if m.mode != "" && !slices.Contains(g.modes[m.typ], m.mode) {
			if slices.Contains(g.contexts, m.mode) && !g.isMode(m.mode) {
				g.note(secModeContext, tl.code, "%s (%s): `%s` is in the mode column but is a context, not a mode; moved to the contexts", tl.code, g.codes[i].name, m.mode)
				m.contexts = append([]string{m.mode}, m.contexts...)
				m.mode = ""
			} else {
				known := "no event type of the manual has it"
				if g.isMode(m.mode) {
					known = "the manual has it for another event type"
				}
				if slices.Contains(g.ngecModes[m.typ], m.mode) {
					known += "; NGEC lists it for " + m.typ
				}
				g.note(secMode, tl.code, "%s (%s): %s mode `%s` (%s)", tl.code, g.codes[i].name, m.typ, m.mode, known)
			}
		}
		for _, c := range m.contexts {
			if !slices.Contains(g.contexts, c) {
				g.note(secContext, tl.code, "%s (%s): context `%s`", tl.code, g.codes[i].name, c)
			}
		}
		g.mapped[i] = m
	}
	// The manual's cue table may name categories the manual does not define.
	for _, r := range g.cue {
		if r.typ != "" && !slices.Contains(g.types, r.typ) {
			var got []string
			for _, tl := range g.table {
				if tl.code[:2] == r.root && !slices.Contains(got, tl.typ) {
					got = append(got, tl.typ)
				}
			}
			g.note(secCue, r.root, "the manual's cue-category row `%s` names %s, which is not an event type of the manual; the table maps root %s to %s", r.raw, r.typ, r.root, strings.Join(got, ", "))
		}
	}

	// Codes the table leaves out.
	var dropped []string
	for i, c := range g.codes {
		if set[i] {
			continue
		}
		if r, ok := g.rule(c.code); ok && r.typ == "" {
			dropped = append(dropped, c.code)
			continue
		}
		if len(c.code) == 2 {
			g.note(secInherited, c.code, "%s (%s) has no line; no PLOVER type", c.code, c.name)
			continue
		}
		for p := c.code[:len(c.code)-1]; len(p) >= 2; p = p[:len(p)-1] {
			if j, ok := g.index[p]; ok && set[j] {
				m := g.mapped[j]
				m.contexts = slices.Clone(m.contexts)
				m.from = p
				m.comments = nil
				g.mapped[i] = m
				g.note(secInherited, c.code, "%s (%s) has no line; takes %s from %s", c.code, c.name, describe(m), p)
				break
			}
		}
	}
	if len(dropped) > 0 {
		g.note(secDropped, "", "%s", strings.Join(dropped, ", "))
	}

	// Quad classes.
	for i, c := range g.codes {
		m := g.mapped[i]
		if m.typ == "" {
			continue
		}
		if q, pq := cameoQuad(c.code), g.quad[m.typ]; q != pq {
			g.note(secQuad, c.code, "%s (%s): CAMEO quad %d (%s); %s is quad %d (%s)", c.code, c.name, q, quadLabel[q], m.typ, pq, quadLabel[pq])
		}
	}

	// Modes in the manual against NGEC.
	if g.ngecModes != nil {
		for _, t := range g.types {
			var manualOnly, ngecOnly []string
			for _, m := range g.modes[t] {
				if !slices.Contains(g.ngecModes[t], m) {
					manualOnly = append(manualOnly, m)
				}
			}
			for _, m := range g.ngecModes[t] {
				if !slices.Contains(g.modes[t], m) {
					ngecOnly = append(ngecOnly, m)
				}
			}
			if len(manualOnly)+len(ngecOnly) > 0 {
				g.note(secNGEC, "", "%s: only in the manual: %s; only in NGEC: %s", t, orNone(manualOnly), orNone(ngecOnly))
			}
		}
	}

	// Per-code notes become comments in the generated table.
	for _, sec := range []string{secDuplicate, secCue, secModeContext, secMode, secContext, secInherited} {
		for _, n := range g.notes[sec] {
			if i, ok := g.index[n.code]; ok {
				g.mapped[i].comments = append(g.mapped[i].comments, n.text)
			}
		}
	}
}

func describe(m mapping) string {
	s := m.typ
	if m.mode != "" {
		s += " " + m.mode
	}
	if len(m.contexts) > 0 {
		s += " (" + strings.Join(m.contexts, ", ") + ")"
	}
	return s
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return "`" + strings.Join(s, "`, `") + "`"
}
