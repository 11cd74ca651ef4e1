package crosscheck

import (
	"fmt"
	"sort"

	"github.com/dossier-project/dossier"
)

// contrastConflicts reports the competing accounts inside one text that the claim stage read:
// "some reports claim he headed to A …, other reports claim he headed to B". The sides are the
// two clauses.
func (k *Checker) contrastConflicts(c *corpus, di int, add addFunc) {
	d := c.docs[di]
	for _, cl := range d.claimsOf(dossier.ClaimAccounts) {
		if cl.Other == nil {
			continue
		}
		a, b := cl.Span, *cl.Other
		around := dossier.Span{Start: sentenceAt(d, a.Start).Start, End: sentenceAt(d, b.Start).End}
		about := k.contrastAbout(c, d, a, b, around)
		if len(about) == 0 {
			continue
		}
		kind, what := KindAccount, "what happened"
		switch {
		case cl.Object == "travel":
			kind = KindPlace
			what = "where " + c.name(about[0]) + " went"
			if len(cl.About) == 2 {
				da, db := c.placeName(d, cl.About[0]), c.placeName(d, cl.About[1])
				if da != "" && db != "" {
					what += ": " + da + " or " + db
				}
			}
		case d.reasonAt(a) != "" && d.reasonAt(b) != "":
			kind, what = KindCause, "why it happened"
		}
		add(d.story, kind, about, []side{{di, a}, {di, b}},
			fmt.Sprintf("%s gives competing accounts of %s", d.sourceName(), what))
	}
}

// placeName is the name of the entity a party of d stands for, "" when it joined none.
func (c *corpus) placeName(d *doc, p dossier.Party) string {
	if e := c.partyEnt(d, p); e >= 0 {
		return c.name(c.entIDs[e])
	}
	return ""
}

// contrastAbout lists the entities the accounts concern: people first, those in the accounts
// before those only in the surrounding sentence, places last.
func (k *Checker) contrastAbout(c *corpus, d *doc, a, b, around dossier.Span) []string {
	type cand struct {
		id    string
		rank  int
		order int
	}
	best := map[string]cand{}
	for i, m := range d.ms {
		if !around.Contains(m.span()) {
			continue
		}
		id, ok := d.entAt(int(m.Chain))
		if !ok {
			continue
		}
		rank := 2
		switch d.entType(m) {
		case dossier.PER:
			rank = 0
		case dossier.ORG, dossier.MISC:
			rank = 1
		}
		rank *= 2
		if !a.Contains(m.span()) && !b.Contains(m.span()) {
			rank++
		}
		if d.entType(m) == dossier.LOC {
			rank = 10
		}
		if x, ok := best[id]; !ok || rank < x.rank {
			best[id] = cand{id, rank, i}
		}
	}
	list := make([]cand, 0, len(best))
	for _, x := range best {
		list = append(list, x)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].rank != list[j].rank {
			return list[i].rank < list[j].rank
		}
		return list[i].order < list[j].order
	})
	var out []string
	for _, x := range list {
		out = append(out, x.id)
	}
	return out
}
