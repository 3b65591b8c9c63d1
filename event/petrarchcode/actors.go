package petrarchcode

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/dyadproject/dyad/actor"
)

// Actors codes noun phrases the way PETRARCH does: the first actor of the
// phrase gives the base code, and every agent elsewhere in the phrase adds
// its code, after it ("Arnor diplomat": ARN + GOV = ARNGOV) or, for an agent
// written "[NGO~]", before it ("MSF Arnor diplomat": NGOARNGOV). An agent
// whose code the code already holds adds nothing and ends the search
// ("Quibbler government newspaper" stays HGWGOVMED). A phrase with agents
// and no actor is coded "---" plus the agents ("officials": ---GOV).
//
// Actors and agents are two actor.Dictionary values, filled with
// AddPetrarchActors and AddPetrarchAgents (or dyad's own format), so that
// names, synonyms, plurals, substitution sets and dated codes are read as
// package actor reads them. Actors is safe for concurrent use once built.
type Actors struct {
	actors *actor.Dictionary
	agents *actor.Dictionary
	// probe holds the agents and one placeholder actor: composing an agent
	// with it shows whether the agent goes before the actor code.
	probe *actor.Dictionary

	mu     sync.Mutex
	prefix map[string]bool
}

// probeName is the placeholder actor of Actors.probe; probeCode its code.
const (
	probeName = "zzqprobeqzz"
	probeCode = "QQQ"
)

// NewActors returns an empty Actors.
func NewActors() *Actors {
	a := &Actors{actors: actor.New(), agents: actor.New(), probe: actor.New(), prefix: map[string]bool{}}
	_ = a.probe.AddPetrarchActors(strings.NewReader(strings.ToUpper(probeName)+" ["+probeCode+"]\n"), "probe")
	return a
}

// AddActors adds a PETRARCH actor dictionary read from r; name labels
// errors. The error, an actor.ErrorList, lists the lines that were
// skipped; the rest is added.
func (a *Actors) AddActors(r io.Reader, name string) error {
	return a.actors.AddPetrarchActors(r, name)
}

// AddAgents adds a PETRARCH agent dictionary read from r; name labels
// errors. The error lists the lines that were skipped; the rest is added.
func (a *Actors) AddAgents(r io.Reader, name string) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	err = a.agents.AddPetrarchAgents(bytes.NewReader(data), name)
	_ = a.probe.AddPetrarchAgents(bytes.NewReader(data), name)
	return err
}

// maxNameWords is the length, in words, of the longest actor or agent
// name looked for.
const maxNameWords = 8

// NullCode is the code of a noun phrase with no actor and no agent.
const NullCode = "---"

// Code returns the code of a noun phrase, given as its words, on date (the
// zero Time for none). It returns NullCode when the phrase names no actor
// and no agent.
func (a *Actors) Code(words []string, date time.Time) string {
	n := len(words)
	actorCode := ""
	as, ae := -1, -1
	for i := 0; i < n && actorCode == ""; i++ {
		if !wordy(words[i]) {
			continue
		}
		for j := min(n, i+maxNameWords); j > i; j-- {
			if !wordy(words[j-1]) {
				continue
			}
			if c, ok := exact(a.actors, words[i:j], date); ok {
				actorCode, as, ae = c, i, j
				break
			}
		}
	}
	var agents []string
	var prefixes []bool
	for k := 0; k < n; {
		if k >= as && k < ae || !wordy(words[k]) {
			k++
			continue
		}
		found := false
		for j := min(n, k+maxNameWords); j > k; j-- {
			if j > as && k < ae && as >= 0 {
				continue // agents do not overlap the actor
			}
			if !wordy(words[j-1]) {
				continue
			}
			c, ok := exact(a.agents, words[k:j], time.Time{})
			if !ok {
				continue
			}
			agents = append(agents, c)
			prefixes = append(prefixes, a.isPrefix(words[k:j], c))
			k, found = j, true
			break
		}
		if !found {
			k++
		}
	}
	if actorCode == "" && len(agents) == 0 {
		return NullCode
	}
	if actorCode == "" {
		actorCode = NullCode
	}
	for i, agc := range agents {
		if hasBlock(actorCode, agc) {
			break // PETRARCH stops at the first agent the code already has
		}
		if prefixes[i] {
			actorCode = agc + actorCode
		} else {
			actorCode += agc
		}
	}
	return actorCode
}

// hasBlock reports whether code holds agc at a multiple of three letters.
func hasBlock(code, agc string) bool {
	for k := 0; k+len(agc) <= len(code); k += 3 {
		if code[k:k+len(agc)] == agc {
			return true
		}
	}
	return false
}

// wordy reports whether a word can start or end a name: not punctuation
// alone and not the possessive.
func wordy(w string) bool {
	if w == "'S" || w == "'" || w == "’S" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80 {
			return true
		}
	}
	return false
}

// exact resolves words with d and reports a code only when the match
// covers them all.
func exact(d *actor.Dictionary, words []string, date time.Time) (string, bool) {
	text := strings.Join(words, " ")
	m, ok := d.Resolve(text, date)
	if !ok || m.Code == "" || m.Start != 0 || m.End != len(text) {
		return "", false
	}
	return m.Code, true
}

// isPrefix reports whether an agent goes in front of the actor's code.
func (a *Actors) isPrefix(words []string, code string) bool {
	key := strings.ToUpper(strings.Join(words, " "))
	a.mu.Lock()
	p, ok := a.prefix[key]
	a.mu.Unlock()
	if ok {
		return p
	}
	m, _ := a.probe.Resolve(strings.Join(words, " ")+" "+probeName, time.Time{})
	p = m.Code == code+probeCode && code != probeCode
	a.mu.Lock()
	a.prefix[key] = p
	a.mu.Unlock()
	return p
}
