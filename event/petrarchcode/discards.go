package petrarchcode

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dyadproject/dyad/event/petrarch"
)

// Discards is a PETRARCH discard dictionary: phrases whose presence in a
// sentence ("baseball", "African Nations Cup") means it reports no
// political event, so nothing in it is coded. A phrase written with a
// leading "+" discards the whole story in PETRARCH; here, where each
// sentence is coded on its own, it discards the sentence.
type Discards struct {
	phrases [][]string // upper-case words
	story   []bool
}

// ReadDiscards reads a discard dictionary: one phrase a line, "#" or ";"
// starting a comment, "<!-- -->" comments skipped, words joined by spaces or
// "_".
func ReadDiscards(r io.Reader, name string) (*Discards, error) {
	d := &Discards{}
	sc := bufio.NewScanner(r)
	n := 0
	inComment := false
	var errs petrarch.ErrorList
	for sc.Scan() {
		n++
		line := sc.Text()
		if inComment {
			i := strings.Index(line, "-->")
			if i < 0 {
				continue
			}
			line, inComment = line[i+3:], false
		}
		for {
			i := strings.Index(line, "<!--")
			if i < 0 {
				break
			}
			j := strings.Index(line[i:], "-->")
			if j < 0 {
				line, inComment = line[:i], true
				break
			}
			line = line[:i] + " " + line[i+j+3:]
		}
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		story := strings.HasPrefix(line, "+")
		line = strings.TrimPrefix(line, "+")
		ws := strings.Fields(strings.ToUpper(strings.ReplaceAll(line, "_", " ")))
		if len(ws) == 0 {
			errs = append(errs, &petrarch.Error{File: name, Line: n, Msg: "empty discard phrase"})
			continue
		}
		d.phrases = append(d.phrases, ws)
		d.story = append(d.story, story)
	}
	if err := sc.Err(); err != nil {
		return d, fmt.Errorf("%s: %w", name, err)
	}
	return d, errs.Err()
}

// Len returns the number of phrases.
func (d *Discards) Len() int { return len(d.phrases) }

// Match returns the first discard phrase found among words (upper case,
// one word a string), and whether it discards the story.
func (d *Discards) Match(words []string) (phrase string, story, ok bool) {
	for k, p := range d.phrases {
		for i := 0; i+len(p) <= len(words); i++ {
			hit := true
			for j, w := range p {
				if words[i+j] != w {
					hit = false
					break
				}
			}
			if hit {
				return strings.Join(p, " "), d.story[k], true
			}
		}
	}
	return "", false, false
}

// PICO is UD-PETRARCH's internal coding ontology (the PICOfile of a
// records file's environment): each CAMEO code as a number in which a
// negated event is the event's number plus 0xFFFF ("110 Disapprove" is
// "not 050 Diplomatic cooperation"). The coder uses it to code a negated
// verb ("will not wire tap") as the negation of its code.
type PICO struct {
	value map[string]int64
	code  map[int64]string
}

// ReadPICO reads a PICO file: "CODE:VALUE[#comment]" lines, where VALUE is
// a sum of hexadecimal terms ("0xFFFF+0x0080", "-0xFFFF+0x0070").
func ReadPICO(r io.Reader, name string) (*PICO, error) {
	p := &PICO{value: map[string]int64{}, code: map[int64]string{}}
	sc := bufio.NewScanner(r)
	n := 0
	var errs petrarch.ErrorList
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		code, val, ok := strings.Cut(line, ":")
		if !ok {
			errs = append(errs, &petrarch.Error{File: name, Line: n, Msg: "want CODE:VALUE"})
			continue
		}
		val, _, _ = strings.Cut(val, "#")
		v, err := sumHex(val)
		if err != nil {
			errs = append(errs, &petrarch.Error{File: name, Line: n, Msg: err.Error()})
			continue
		}
		code = strings.TrimSpace(code)
		p.value[code] = v
		if _, dup := p.code[v]; !dup {
			p.code[v] = code
		}
	}
	if err := sc.Err(); err != nil {
		return p, fmt.Errorf("%s: %w", name, err)
	}
	return p, errs.Err()
}

func sumHex(s string) (int64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	if s == "" {
		return 0, fmt.Errorf("empty value")
	}
	var sum int64
	for s != "" {
		sign := int64(1)
		switch s[0] {
		case '+':
			s = s[1:]
		case '-':
			sign, s = -1, s[1:]
		}
		i := strings.IndexAny(s, "+-")
		if i < 0 {
			i = len(s)
		}
		term := s[:i]
		s = s[i:]
		v, err := strconv.ParseInt(strings.TrimPrefix(strings.ToLower(term), "0x"), 16, 64)
		if err != nil {
			return 0, fmt.Errorf("bad value term %q", term)
		}
		sum += sign * v
	}
	return sum, nil
}

// Negate returns the code of the negation of c: its number less 0xFFFF
// when it is a negation already ("not 050" is 110, and "not 110" is 050),
// else plus 0xFFFF. It returns the zero Code when the table has no code
// for the result or does not know c. A pair "A:B" negates both parts.
func (p *PICO) Negate(c petrarch.Code) petrarch.Code {
	neg := func(s string) (string, bool) {
		if s == "" {
			return "", true
		}
		v, ok := p.value[s]
		if !ok {
			return "", false
		}
		if v >= 0xFFFF {
			v -= 0xFFFF
		} else {
			v += 0xFFFF
		}
		out, ok := p.code[v]
		return out, ok
	}
	e, ok1 := neg(c.Event)
	r, ok2 := neg(c.Reverse)
	if !ok1 || !ok2 {
		return petrarch.Code{}
	}
	return petrarch.Code{Event: e, Reverse: r}
}
