package main

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
)

// actorNames returns the names of dyad's built-in actor dictionary with
// the entity types the recogniser learns them as: people PER; countries,
// regions, cities and capitals LOC; organizations, armed groups, IGOs and
// seats of government ("the Kremlin", coded with a sector) ORG. Role
// words, blocked names and names written in lower case are left out, and
// a leading "the" is dropped.
func actorNames() (map[string]dyad.EntityType, error) {
	d, err := actor.Default()
	if err != nil {
		return nil, err
	}
	out := map[string]dyad.EntityType{}
	d.EachName(func(name string, kind actor.Kind, code string) {
		var t dyad.EntityType
		switch kind {
		case actor.Person:
			t = dyad.PER
		case actor.Country, actor.Region:
			t = dyad.LOC
		case actor.Metonym:
			t = dyad.LOC
			if len(code) > 3 {
				t = dyad.ORG
			}
		case actor.IGO, actor.Group, actor.Org:
			t = dyad.ORG
		default:
			return
		}
		name = strings.TrimPrefix(name, "the ")
		if name == "" || strings.ToLower(name) == name {
			return
		}
		out[name] = t
	})
	return out, nil
}
