package crosscheck

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// denial is one sentence in which an actor denies having done something ("the council has
// denied any role in the decision", "it had no part in the change of command"), or denies an
// account ("the army denied shelling the village"), as the claim stage stored it.
type denial struct {
	doc    int
	sent   dossier.Span
	denier int             // entity number
	role   bool            // a denial of having a part in something, not of one named act
	object string          // lower-case words after the cue: what is denied
	matter map[string]bool // the content words of what is denied, names and generic nouns left out
	echo   string
}

// denierAt is the entity that makes the first denial of a sentence overlapping s, -1 when none.
func (c *corpus) denierAt(d *doc, s dossier.Span) int {
	deny := d.claims().deny
	for i := sort.Search(len(deny), func(i int) bool { return deny[i].End > s.Start }); i < len(deny) && deny[i].Start < s.End; i++ {
		if !deny[i].Span.Overlaps(s) {
			continue
		}
		if e := c.partyEnt(d, deny[i].By); e >= 0 && c.entType[e] != dossier.LOC {
			return e
		}
	}
	return -1
}

// roleDeeds are the types whose doer a denial of "any role" or "any part" disowns.
func roleDeed(t dossier.EventType) bool {
	switch t {
	case dossier.Dismiss, dossier.Appoint, dossier.Assault, dossier.Coerce, dossier.Sanction,
		dossier.Aid, dossier.Mobilize, dossier.Cooperate:
		return true
	}
	return false
}

// speechAct lists types that are saying, not doing: no denial disowns them as deeds.
func speechAct(t dossier.EventType) bool {
	switch t {
	case dossier.Support, dossier.Consult, dossier.Agree, dossier.Request, dossier.Accuse,
		dossier.Reject, dossier.Threaten, dossier.Protest, dossier.Concede:
		return true
	}
	return false
}

// denials returns the denials of one document that an actor named there makes.
func (k *Checker) denials(c *corpus, di int) []denial {
	d := c.docs[di]
	var out []denial
	for _, cl := range d.claimsOf(dossier.ClaimDeny) {
		e := c.partyEnt(d, cl.By)
		if e < 0 || c.entType[e] == dossier.LOC {
			continue
		}
		out = append(out, denial{doc: di, sent: cl.Span, denier: e, role: cl.Role, object: cl.Object, matter: contentWords(strings.Join(cl.Words, " ")), echo: cl.Echo})
	}
	return out
}

// denialConflicts sets each denial against what other sentences, of the same document or
// others of its story, assert the denier did: "the dismissal was ordered by the council" and
// "the council has denied any role in the decision".
func (k *Checker) denialConflicts(c *corpus, grouped [][]report, add addFunc) {
	type key struct{ story, denier int }
	byKey := map[key][]denial{}
	var keys []key
	for di := range c.docs {
		for _, dn := range k.denials(c, di) {
			kk := key{c.docs[di].story, dn.denier}
			if _, ok := byKey[kk]; !ok {
				keys = append(keys, kk)
			}
			byKey[kk] = append(byKey[kk], dn)
		}
	}
	if len(keys) == 0 {
		return
	}
	// The deeds each actor is said to have done, by story.
	deeds := map[key][]report{}
	for _, g := range grouped {
		for _, r := range g {
			kk := key{c.docs[r.doc].story, -1}
			for _, e := range r.actor {
				kk.denier = e
				if _, ok := byKey[kk]; ok {
					deeds[kk] = append(deeds[kk], r)
				}
			}
			if r.e.Type == dossier.Accuse {
				for _, e := range without(r.core, r.actor) {
					kk.denier = e
					if _, ok := byKey[kk]; ok {
						deeds[kk] = append(deeds[kk], r)
					}
				}
			}
		}
	}
	for _, kk := range keys {
		dns := byKey[kk]
		var asserts []report
		for _, r := range deeds[kk] {
			if r.e.Modality == dossier.Denied || r.e.Modality == dossier.Future || r.e.Modality == dossier.Uncertain {
				continue
			}
			sent := reportSide(c, r).span
			if c.docs[r.doc].denyAt(sent) {
				continue
			}
			accuse := r.e.Type == dossier.Accuse && !containsInt(r.actor, kk.denier)
			var matter map[string]bool
			if accuse {
				if cl := c.docs[r.doc].eventClaim(dossier.ClaimAccuse, r.ev); cl != nil {
					matter = contentWords(strings.Join(cl.Words, " "))
				}
			}
			stems := triggerStems(r.e.Word)
			ok := false
			for _, dn := range dns {
				if dn.doc == r.doc && dn.sent.Overlaps(sent) {
					ok = false
					break
				}
				// An accusation is denied only by a denial of the same matter: one that names
				// what the accusation names ("accused of shelling the market", "denied shelling
				// the market"), not a denial of something else the same actor is accused of.
				if accuse && overlaps(matter, dn.matter) || dn.role && roleDeed(r.e.Type) || !speechAct(r.e.Type) && namesAny(dn.object, stems) {
					ok = true
				}
			}
			if ok {
				asserts = append(asserts, r)
			}
		}
		if len(asserts) == 0 {
			continue
		}
		// Deeds first, accusations after; one side per document, two documents a side at most.
		sort.SliceStable(asserts, func(i, j int) bool {
			ai, aj := asserts[i].e.Type == dossier.Accuse, asserts[j].e.Type == dossier.Accuse
			if ai != aj {
				return !ai
			}
			return asserts[i].doc < asserts[j].doc
		})
		var sides []side
		var says []saying
		seen := map[int]bool{}
		main := asserts[0]
		who := c.name(c.entIDs[kk.denier])
		for _, r := range asserts {
			if seen[r.doc] || len(seen) == 2 {
				continue
			}
			seen[r.doc] = true
			sides = append(sides, reportSide(c, r))
			what := fmt.Sprintf("%s was behind the %s", who, eventNoun(r.e.Type))
			if tg := without(without(r.core, r.actor), []int{kk.denier}); len(tg) > 0 && r.e.Type != dossier.Accuse {
				what += " of " + c.names(tg[:1])
			}
			if r.e.Type == dossier.Accuse {
				what = fmt.Sprintf("%s is accused over it", who)
			}
			says = append(says, saying{c.docs[r.doc].sourceName(), what})
		}
		seen = map[int]bool{}
		for _, dn := range dns {
			if seen[dn.doc] || len(seen) == 2 {
				continue
			}
			seen[dn.doc] = true
			sides = append(sides, side{dn.doc, dn.sent})
			what := who + " denies it"
			if dn.role {
				what = who + " denies any part in it"
			}
			says = append(says, saying{c.docs[dn.doc].sourceName(), what})
		}
		about := []int{kk.denier}
		for _, e := range without(main.core, main.actor) {
			if len(about) < 3 && c.entType[e] != dossier.LOC && e != kk.denier {
				about = appendUnique(about, e)
			}
		}
		add(kk.story, KindDenial, c.ids(about), sides, sayLine(says))
	}
}

// triggerStems are the stems of a trigger's words ("shelled" → "shell"), of three letters or more.
func triggerStems(word string) []string {
	var out []string
	for _, w := range strings.Fields(word) {
		if st := triggerStem(w); len(st) >= 3 {
			out = append(out, st)
		}
	}
	return out
}

// namesAny reports whether a denial's object names an act by one of its trigger stems
// ("denied shelling the village" against "shelled").
func namesAny(object string, stems []string) bool {
	for _, st := range stems {
		if hasCue(object, st) {
			return true
		}
	}
	return false
}
