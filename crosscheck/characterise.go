package crosscheck

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
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
		var says []saying
		for ci, group := range [][]*stance{backed, hostile} {
			camp := []string{"backed", "hostile"}[ci]
			var order []string
			cues := map[string][]string{}
			for i, s := range group {
				if i == maxSidesPerCamp {
					break
				}
				for _, ev := range s.evidence {
					if ev.camp == camp {
						sides = append(sides, side{s.doc, ev.sent})
						src := c.docs[s.doc].sourceName()
						if ev.holder != "" {
							src = fmt.Sprintf("%s (as %s tells it)", ev.holder, src)
						}
						if _, ok := cues[src]; !ok {
							order = append(order, src)
						}
						cues[src] = appendString(cues[src], fmt.Sprintf("%q", ev.cue))
						break
					}
				}
			}
			note := " (backed by a patron)"
			if camp == "hostile" {
				note = " (hostile)"
			}
			for _, src := range order {
				says = append(says, saying{src, strings.Join(cues[src], " and ") + note})
			}
		}
		story := c.docs[backed[0].doc].story
		add(story, KindCharacterisation, []string{c.entIDs[e]}, sides,
			fmt.Sprintf("how %s is described: %s", c.name(c.entIDs[e]), sayLine(says)))
	}
}
