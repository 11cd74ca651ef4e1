package crosscheck

import (
	"fmt"
	"slices"
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
	denier int      // entity number
	role   bool     // a denial of having a part in something, not of one named act
	object string   // lower-case words after the cue: what is denied
	matter []string // the content words of what is denied, names and generic words left out, in order
	echo   string
	place  bool  // the denier is a country, or a capital standing for it ("Moscow denied …")
	places []int // the places named in what is denied (see deniedPlaces)
	ev     int   // the event of its document the denial is about, -1 when none
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

// deniedPlaces are the places, finer than a country, that a denial names in the clause after
// its cue, up to a comma: "denied any role in the air raid on Tovin, near Karsa" names Tovin.
func (c *corpus) deniedPlaces(d *doc, cl *dossier.Claim) []int {
	end := cl.Span.End
	if i := strings.IndexAny(cl.Object, ",;:"); i >= 0 {
		end = min(end, cl.Cue.End+i)
	}
	var out []int
	for _, m := range d.ms {
		if int(m.start) < cl.Cue.End || int(m.end) > end {
			continue
		}
		if e, ok := d.ent.at(int(m.Chain)); ok {
			if p := c.place(e, d.entType(m)); p >= 0 {
				out = appendUnique(out, p)
			}
		}
	}
	return c.specific(out)
}

// elsewhere reports whether a denial names places that the places of deed r do not meet: a
// denial of a raid on one town is not the other side of a report of shelling in another.
func (c *corpus) elsewhere(dn denial, r *report) bool {
	if len(dn.places) == 0 {
		return false
	}
	rp := c.reportPlaces(r)
	return len(rp) > 0 && !c.placesMeet(dn.places, rp)
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

// denials returns the denials of one document that an actor named there makes. A place that
// denies is a country, or a capital the claim stage took for its country: its denial is set only
// against deeds of a happening its own document tells (see matters).
func (k *Checker) denials(c *corpus, di int) []denial {
	d := c.docs[di]
	var out []denial
	for _, cl := range d.claimsOf(dossier.ClaimDeny) {
		e := c.partyEnt(d, cl.By)
		if e < 0 {
			continue
		}
		out = append(out, denial{doc: di, sent: cl.Span, denier: e, role: cl.Role, object: cl.Object, matter: c.lang().contentList(cl.Words), echo: cl.Echo,
			place: c.entType[e] == dossier.LOC, places: c.deniedPlaces(d, cl), ev: cl.Event})
	}
	return out
}

// denialConflicts sets each denial against what other sentences, of the same document or
// others of its story, assert the denier did: "the dismissal was ordered by the council" and
// "the council has denied any role in the decision".
//
// grouped are the happenings of documents docs (indexes into c.docs, ascending), every document
// of their stories.
func (k *Checker) denialConflicts(c *corpus, grouped [][]report, docs []int, add addFunc) {
	type key struct{ story, denier int }
	byKey := map[key][]denial{}
	var keys []key
	for _, di := range docs {
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
	told := newToldHappenings(grouped)
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
		for _, g := range k.matters(c, kk.denier, dns, deeds[kk], told) {
			g.denials = withLeads(c, g.denials, dns)
			if outletsApart(c, g) {
				k.denialConflict(c, kk.story, kk.denier, g, add)
			}
		}
	}
}

// denialConflict reports one matter's reports against its denials: deeds first, accusations
// after; one side per document, maxPerSide documents a side at most.
func (k *Checker) denialConflict(c *corpus, story, denier int, g matter, add addFunc) {
	asserts := g.reports
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
	who := c.name(c.entIDs[denier])
	for _, r := range asserts {
		if seen[int(r.doc)] || len(seen) == maxPerSide {
			continue
		}
		seen[int(r.doc)] = true
		sides = append(sides, reportSide(c, r))
		what := fmt.Sprintf("%s was behind the %s", who, eventNoun(r.e.Type))
		if tg := without(without(r.core, r.actor), []int{denier}); len(tg) > 0 && r.e.Type != dossier.Accuse {
			what += " of " + c.names(tg[:1])
		}
		if r.e.Type == dossier.Accuse {
			what = fmt.Sprintf("%s is accused over it", who)
		}
		says = append(says, saying{c.docs[r.doc].sourceName(), what})
	}
	seen = map[int]bool{}
	for _, dn := range fullestDenials(g.denials) {
		if seen[dn.doc] || len(seen) == maxPerSide {
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
	about := []int{denier}
	for _, e := range without(main.core, main.actor) {
		if len(about) < 3 && c.entType[e] != dossier.LOC && e != denier {
			about = appendUnique(about, e)
		}
	}
	add(story, KindDenial, c.ids(about), sides, sayLine(says))
}

// withLeads adds to a matter's denials those its documents tell after a denial in their first
// sentence: a headline's denial ("X denies bombing") is told again in the body, more fully, even
// where the body's words ("any role in Thursday's explosion") are not the matter's own.
func withLeads(c *corpus, in, all []denial) []denial {
	out := in
	for _, dn := range in {
		ss := c.docs[dn.doc].a.Doc.Sentences
		if len(ss) == 0 || !dn.sent.Overlaps(ss[0]) {
			continue
		}
		for _, o := range all {
			if o.doc == dn.doc && o.sent.Start >= ss[0].End && !slices.ContainsFunc(out, func(x denial) bool { return x.doc == o.doc && x.sent == o.sent }) {
				out = append(out, o)
			}
		}
	}
	return out
}

// fullestDenials keeps one denial of each document, in the order the documents first deny: the
// one told in the longest sentence. A headline and its body tell one denial ("X denies
// bombing", "X denied any role in the bombing of …"): the fuller sentence is quoted.
func fullestDenials(dns []denial) []denial {
	at := map[int]int{}
	var out []denial
	for _, dn := range dns {
		i, ok := at[dn.doc]
		if !ok {
			at[dn.doc] = len(out)
			out = append(out, dn)
			continue
		}
		if dn.sent.End-dn.sent.Start > out[i].sent.End-out[i].sent.Start {
			out[i] = dn
		}
	}
	return out
}

// toldHappenings tells which happening each report is of and which happenings each document
// tells, so that a denial is set only against a deed of a happening its own report tells.
type toldHappenings struct {
	of     map[[2]int]int                      // (document, event) → happening
	byDoc  map[int]map[dossier.EventType][]int // document → type → happenings it tells of that type
	groups [][]report                          // the reports of each happening
}

// newToldHappenings indexes the happenings of grouped (one slice of reports a happening).
func newToldHappenings(grouped [][]report) *toldHappenings {
	t := &toldHappenings{of: map[[2]int]int{}, byDoc: map[int]map[dossier.EventType][]int{}, groups: grouped}
	for hi, g := range grouped {
		for _, r := range g {
			t.of[[2]int{int(r.doc), int(r.ev)}] = hi
			types := t.byDoc[int(r.doc)]
			if types == nil {
				types = map[dossier.EventType][]int{}
				t.byDoc[int(r.doc)] = types
			}
			types[r.e.Type] = appendUnique(types[r.e.Type], hi)
		}
	}
	return t
}

// sameHappening reports whether deed r may be what a denial in document doc denies: when that
// document tells of happenings of r's type, r is of one of them (a government's denial in a
// report of a gas attack is not the other side of another outlet's air strikes in another
// province); a document that tells of none of that type cannot place it, and any deed of the
// story may be meant, unless strict, when it must tell r's happening.
func (t *toldHappenings) sameHappening(doc int, r report, strict bool) bool {
	haps := t.byDoc[doc][r.e.Type]
	if len(haps) == 0 {
		return !strict
	}
	hi, ok := t.of[[2]int{int(r.doc), int(r.ev)}]
	return ok && containsInt(haps, hi)
}

// ofDenied reports whether deed r may be what dn denies, given the happening of the act the
// denial is about: when that happening holds other reports (its report told the incident in
// the sentences before: "Johnson said Moscow's jets targeted the convoy on Monday. Russia
// denies involvement"), the denial is of it and of no other deed its report tells; when it is
// told by the denial alone, is of another type than r, or the denial is about no act, any deed
// may be meant.
func (t *toldHappenings) ofDenied(dn denial, r report) bool {
	hi, ok := t.of[[2]int{dn.doc, dn.ev}]
	if !ok || len(t.groups[hi]) < 2 || t.groups[hi][0].e.Type != r.e.Type {
		return true
	}
	ri, ok := t.of[[2]int{int(r.doc), int(r.ev)}]
	return ok && ri == hi
}

// shareAttack reports whether two documents tell one attack happening.
func (t *toldHappenings) shareAttack(a, b int) bool {
	hb := t.byDoc[b][dossier.Assault]
	for _, h := range t.byDoc[a][dossier.Assault] {
		if containsInt(hb, h) {
			return true
		}
	}
	return false
}

// attackAt reports whether document doc tells an attack in a place that meets places: the
// attack a denial naming those places ("any role in the bombing near Ablin") is of, when the
// denial's own report is not aligned with it.
func (t *toldHappenings) attackAt(c *corpus, doc int, places []int) bool {
	if len(places) == 0 {
		return false
	}
	for _, hi := range t.byDoc[doc][dossier.Assault] {
		for i := range t.groups[hi] {
			r := &t.groups[hi][i]
			if int(r.doc) != doc {
				continue
			}
			if rp := c.reportPlaces(r); len(rp) > 0 && c.placesMeet(places, rp) {
				return true
			}
		}
	}
	return false
}

// ofDeed reports whether an accusation's content words (see contentList) name a deed and no
// other matter: the first, which names what it is for (see sameMatter), is a deed (see
// words.deeds), or there are none.
func (k *Checker) ofDeed(words []string) bool {
	return len(words) == 0 || k.words.deeds[words[0]]
}

// outletsApart reports whether a matter sets a report of one outlet against a denial told by
// another: a claim and its denial that only one outlet reports are that outlet's account, told
// with its events' modality, not a disagreement between sources.
func outletsApart(c *corpus, g matter) bool {
	for _, r := range g.reports {
		for _, dn := range g.denials {
			if c.apart(int(r.doc), dn.doc) {
				return true
			}
		}
	}
	return false
}

// matter is one thing an actor denies: the reports that say the actor did it or is accused of
// it, and the denials of it.
type matter struct {
	reports []report
	denials []denial
}

// matters groups the reports and the denials of one denier by matter. A report of a deed is set
// against a denial that names its act or disowns any part in it. An accusation against the
// denier is set against a denial of the same matter: one that names what the accusation names
// ("accused of leaking the files", "denied leaking the files"), one that answers it in the next
// sentence of the same report without naming something else, or a denial of any part in a deed
// that shares a participant with the accusation. What is set against what joins one matter; a
// report in the sentence of a denial, told as doubtful or as going on, asserts nothing.
func (k *Checker) matters(c *corpus, denier int, dns []denial, reports []report, told *toldHappenings) []matter {
	live := func(r report) bool {
		if r.e.Modality == dossier.Denied || r.e.Modality == dossier.Future || r.e.Modality == dossier.Uncertain || r.e.Ongoing {
			return false // a campaign told as going on ("has been shelling the town") is no one deed to deny
		}
		// Every denial of dns is a claim of its document, so this also keeps a report out of the
		// sentence of a denial set against it.
		return !c.docs[r.doc].denyAt(reportSide(c, r).span)
	}
	// Who took part in the deeds each denial disowns, besides the denier: an accusation naming
	// one of them is about the same matter.
	ties := make([][]int, len(dns))
	accused := func(r report) bool { return r.e.Type == dossier.Accuse && !containsInt(r.actor, denier) }
	nr := len(reports)
	u := newUnionFind(nr + len(dns))
	paired := make([]bool, nr+len(dns))
	pair := func(ri, di int) {
		u.union(ri, nr+di)
		paired[ri], paired[nr+di] = true, true
	}
	for ri, r := range reports {
		if accused(r) || !live(r) {
			continue
		}
		stems := triggerStems(c.str(r.e.word))
		for i, dn := range dns {
			if !told.sameHappening(dn.doc, r, dn.place) || !told.ofDenied(dn, r) || c.elsewhere(dn, &r) {
				continue
			}
			if dn.role && roleDeed(r.e.Type) || !speechAct(r.e.Type) && namesAny(dn.object, stems) {
				pair(ri, i)
				for _, e := range r.core {
					if e != denier && c.entType[e] != dossier.LOC {
						ties[i] = appendUnique(ties[i], e)
					}
				}
			}
		}
	}
	for ri, r := range reports {
		if !accused(r) || !live(r) {
			continue
		}
		var words []string
		next := -1 // where the sentence after the accusation's starts
		if cl := c.docs[r.doc].eventClaim(dossier.ClaimAccuse, int(r.ev)); cl != nil {
			words = c.lang().contentList(cl.Words)
			next = c.docs[r.doc].nextSentence(cl.Span)
		}
		others := without(r.core, []int{denier})
		for i, dn := range dns {
			if dn.place {
				continue // a country is set against the deeds its report tells, not against accusations
			}
			// A denial right after the accusation in the same report answers it, unless it
			// names something else: "… accused him of fraud. He has denied the allegations."
			answers := dn.doc == int(r.doc) && dn.sent.Start == next && (len(dn.matter) == 0 || shareAny(words, dn.matter))
			// An accusation for a deed ("blamed the Front for the crime") is of the attack
			// its report tells; a denial of any part in an attack its own report tells too,
			// or in one where its report tells an attack, answers it.
			ofAttack := dn.role && k.ofDeed(words) && (told.shareAttack(int(r.doc), dn.doc) || told.attackAt(c, int(r.doc), dn.places))
			if answers || ofAttack || sameMatter(words, dn.matter) || dn.role && !disjoint(others, ties[i]) {
				pair(ri, i)
			}
		}
	}
	var out []matter
	for _, g := range u.groups(func(i int) bool { return paired[i] }) {
		var m matter
		for _, x := range g {
			if x < nr {
				m.reports = append(m.reports, reports[x])
			} else {
				m.denials = append(m.denials, dns[x-nr])
			}
		}
		out = append(out, m)
	}
	return out
}

// sameMatter reports whether an accusation's content words (see contentList) and a denial's
// name the same matter: they share two, or the first, which names the act ("leaking", "bribery").
func sameMatter(wa, wb []string) bool {
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if wa[0] == wb[0] {
		return true
	}
	n := 0
	for _, w := range wa {
		if slices.Contains(wb, w) {
			n++
		}
	}
	return n >= 2
}

// shareAny reports whether two lists share a word.
func shareAny(a, b []string) bool {
	for _, w := range a {
		if slices.Contains(b, w) {
			return true
		}
	}
	return false
}

// nextSentence is where the sentence after s starts, -1 when s is the last or not a sentence.
func (d *doc) nextSentence(s dossier.Span) int {
	ss := d.a.Doc.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Start > s.Start })
	if i < len(ss) {
		return ss[i].Start
	}
	return -1
}

// contentList is contentWords of words, in their order, each once.
func (lw *words) contentList(words []string) []string {
	var out []string
	for _, w := range words {
		for st := range lw.contentWords(w) {
			out = appendString(out, st)
		}
	}
	return out
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
