package crosscheck

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// denial is one sentence in which an actor denies having done something ("the council has
// denied any role in the decision", "it had no part in the change of command"), or denies an
// account ("the army denied shelling the village").
type denial struct {
	doc    int
	sent   dossier.Span
	denier int    // entity number
	role   bool   // a denial of having a part in something, not of one named act
	object string // lower-case words after the cue: what is denied
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

// firstCue returns where the first cue of group occurs in low, and its length; -1 when none.
func (k *Checker) firstCue(low, group string) (int, int) {
	at, n := -1, 0
	for _, cu := range k.cues.group(k.cues.Slots, group) {
		if i := indexWord(low, cu); i >= 0 && (at < 0 || i < at) {
			at, n = i, len(cu)
		}
	}
	return at, n
}

// denials finds the denials of one document and who makes them.
func (k *Checker) denials(c *corpus, di int) []denial {
	d := c.docs[di]
	text := d.a.Doc.Text
	low := strings.ToLower(text)
	if at, _ := k.firstCue(low, "deny"); at < 0 {
		if at, _ := k.firstCue(low, "nopart"); at < 0 {
			return nil
		}
	}
	heads := commonNounHeads(c, d)
	var out []denial
	done := map[int]bool{}
	for _, s := range d.a.Doc.Sentences {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End || done[s.Start] {
			continue
		}
		done[s.Start] = true
		sl := low[s.Start:s.End]
		at, n := k.firstCue(sl, "deny")
		role := false
		if at >= 0 {
			if r, _ := k.firstCue(sl[at+n:], "role"); r >= 0 {
				role = true
			}
		}
		if np, nn := k.firstCue(sl, "nopart"); np >= 0 && (at < 0 || !role) {
			at, n, role = np, nn, true
		}
		if at < 0 {
			continue
		}
		cue := s.Start + at
		denier := k.denier(c, d, s, cue, heads)
		if denier < 0 {
			continue
		}
		out = append(out, denial{doc: di, sent: s, denier: denier, role: role, object: sl[at+n:]})
	}
	return out
}

// denier is the actor that makes a denial: the named actor nearest before the cue, or a short
// common-noun form ("the council") whose head word is the last word of exactly one actor the
// document names. It is -1 when neither is there.
func (k *Checker) denier(c *corpus, d *doc, s dossier.Span, cue int, heads map[string]int) int {
	text := d.a.Doc.Text
	best, bestEnd := -1, -1
	for _, mi := range d.mentionsFrom(s.Start) {
		m := &d.a.Mentions[mi]
		if m.Start >= cue {
			break
		}
		if m.End > cue || m.Type == dossier.LOC {
			continue
		}
		id, ok := d.ent[m.Chain]
		if !ok || c.entType[c.entNum[id]] == dossier.LOC {
			continue
		}
		if m.End > bestEnd {
			best, bestEnd = c.entNum[id], m.End
		}
	}
	ts := tokenize(text[s.Start:cue], s.Start)
	for i := len(ts) - 1; i >= 1; i-- {
		if ts[i].end <= bestEnd {
			break
		}
		e, ok := heads[ts[i].low]
		if !ok || e < 0 {
			continue
		}
		switch ts[i-1].low {
		case "the", "its", "their", "this", "that":
			return e
		}
	}
	return best
}

// commonNounHeads maps the last word of every actor the document names to that actor, or to -1
// when two actors share it: "council" → the Regional Security Council.
func commonNounHeads(c *corpus, d *doc) map[string]int {
	heads := map[string]int{}
	for _, m := range d.a.Mentions {
		if m.Type == dossier.LOC || m.Type == dossier.PER {
			continue
		}
		id, ok := d.ent[m.Chain]
		if !ok {
			continue
		}
		ws := strings.Fields(m.Text)
		if len(ws) < 2 {
			continue // a one-word name is its own head: "the Brigade" is a name, not a reference
		}
		h := strings.ToLower(strings.Trim(ws[len(ws)-1], ".,;:’'\""))
		e := c.entNum[id]
		if x, ok := heads[h]; ok && x != e {
			heads[h] = -1
			continue
		}
		heads[h] = e
	}
	return heads
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
			low := strings.ToLower(c.docs[r.doc].a.Doc.Text[sent.Start:sent.End])
			if a, _ := k.firstCue(low, "deny"); a >= 0 {
				continue
			}
			if a, _ := k.firstCue(low, "nopart"); a >= 0 {
				continue
			}
			accuse := r.e.Type == dossier.Accuse && !containsInt(r.actor, kk.denier)
			ok := false
			for _, dn := range dns {
				if dn.doc == r.doc && dn.sent.Overlaps(sent) {
					ok = false
					break
				}
				if accuse || dn.role && roleDeed(r.e.Type) || !speechAct(r.e.Type) && k.namesTrigger(c, r, dn.object) {
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

// namesTrigger reports whether a denial's object names the report's act: a stem of its
// trigger word ("denied shelling the village" against "shelled").
func (k *Checker) namesTrigger(c *corpus, r report, object string) bool {
	d := c.docs[r.doc]
	t := r.e.Trigger
	if t.End <= t.Start || t.End > len(d.a.Doc.Text) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(d.a.Doc.Text[t.Start:t.End])) {
		if st := triggerStem(w); len(st) >= 3 && hasCue(object, st) {
			return true
		}
	}
	return false
}
