package crosscheck

import (
	"fmt"
	"github.com/dossier-project/dossier"
	"sort"
	"strings"
)

const maxSidesPerCamp = 3

// characterisationConflicts reports actors that one source puts in the backed camp ("formed with
// support from …", "a US proxy") and another, of a different origin, in the hostile one ("a
// terrorist group", "an offshoot of …").
func (k *Checker) characterisationConflicts(c *corpus, org *origins, camps map[int][]*stance, add addFunc) {
	ents := make([]int, 0, len(camps))
	for e := range camps {
		ents = append(ents, e)
	}
	sort.Ints(ents)
	for _, e := range ents {
		if c.entType[e] == dossier.LOC {
			continue // places are not characterised as allies or enemies
		}
		var backed, hostile []*stance
		for _, s := range camps[e] {
			switch s.camp() {
			case "backed":
				backed = append(backed, s)
			case "hostile":
				hostile = append(hostile, s)
			}
		}
		if len(backed) == 0 || len(hostile) == 0 {
			continue
		}
		apart := false
		for _, b := range backed {
			for _, h := range hostile {
				if org.of(b.doc) != org.of(h.doc) {
					apart = true
				}
			}
		}
		if !apart {
			continue
		}
		var sides []side
		var words [2][]string
		for ci, group := range [][]*stance{backed, hostile} {
			camp := []string{"backed", "hostile"}[ci]
			for i, s := range group {
				if i == maxSidesPerCamp {
					break
				}
				for _, ev := range s.evidence {
					if ev.camp == camp {
						sides = append(sides, side{s.doc, sentenceAt(c.docs[s.doc], ev.span.Start)})
						words[ci] = appendString(words[ci], fmt.Sprintf("%q (%s)", ev.cue, c.docs[s.doc].sourceName()))
						break
					}
				}
			}
		}
		story := c.docs[backed[0].doc].story
		add(story, KindCharacterisation, []string{c.entIDs[e]}, sides,
			fmt.Sprintf("%s is described as backed by a patron (%s) and as hostile (%s)",
				c.name(c.entIDs[e]), strings.Join(words[0], ", "), strings.Join(words[1], ", ")))
	}
}
