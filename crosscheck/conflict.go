package crosscheck

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// Conflict kinds, in the order they are kept when a story has more than the cap.
const (
	KindCause            = "cause"
	KindPlace            = "place"
	KindCharacterisation = "characterisation"
	KindDenial           = "denial"
	KindNumber           = "number"
	KindTime             = "time"
	KindActor            = "actor"
	KindAccount          = "account"
)

var kindRank = map[string]int{
	KindCause: 0, KindPlace: 1, KindCharacterisation: 2, KindDenial: 3,
	KindNumber: 4, KindTime: 5, KindActor: 6, KindAccount: 7,
}

// candidate is a conflict before capping and numbering.
type candidate struct {
	story int
	docs  int  // distinct documents on its sides
	first int  // earliest side's document
	pos   int  // earliest side's offset
	weak  bool // an update rather than a dispute: kept after every dispute of its story
	c     dossier.Conflict
}

// storyConflicts gathers the disagreements of the documents docs (indexes into c.docs,
// ascending, every document of their stories) that lie inside one story: of their aligned
// reports (haps and grouped, numbered from first in sentHap, where it adds the happenings each
// sentence of a head casualty figure of cf tells), of competing accounts inside one text, of who
// did an attack and of denials.
func (k *Checker) storyConflicts(c *corpus, org *origins, haps []Happening, grouped [][]report, cf conflictFigs, docs []int, first int, sentHap map[[2]int][]int) []candidate {
	var cands []candidate
	add := func(story int, kind string, about []string, sides []side, summary string) {
		if len(sides) < 2 || len(about) == 0 {
			return
		}
		cands = append(cands, newCandidate(c, story, kind, about, sides, summary, false))
	}
	for hi := range haps {
		if len(grouped[hi]) < 2 {
			continue
		}
		k.happeningConflicts(c, org, grouped[hi], add)
	}
	for _, di := range docs {
		k.contrastConflicts(c, di, add)
	}
	noteHappenings(c, cf.figs, grouped, first, sentHap)
	blameFrom := len(cands)
	blamed := k.blameConflicts(c, org, grouped, cf.scenes, docs, add)
	blames := append([]candidate(nil), cands[blameFrom:]...)
	k.denialConflicts(c, grouped, docs, add)
	// A denial by an actor blamed for an attack is a side of who did it, not a dispute of its own;
	// so is the kind and side of the attack when the blame sets the same reports against each other.
	kept := cands[:0]
	for i, cd := range cands {
		if cd.c.Kind == KindDenial && len(cd.c.About) > 0 && containsInt(blamed[cd.story], c.entNum[cd.c.About[0]]) {
			continue
		}
		if i < blameFrom && cd.c.Kind == KindActor && coveredBy(cd, blames) {
			continue
		}
		kept = append(kept, cd)
	}
	return kept
}

// noteHappenings adds to sentHap, for each sentence of a report of grouped that gives a head
// casualty figure of figs, the happening of grouped (numbered from first) it tells, when the
// happening has two reports or more. Only those sentences are looked up (see shareHappening):
// the others would be held through every later block for nothing.
func noteHappenings(c *corpus, figs [][]casualty, grouped [][]report, first int, sentHap map[[2]int][]int) {
	for hi, g := range grouped {
		if len(g) < 2 {
			continue
		}
		for _, r := range g {
			key := [2]int{int(r.doc), reportSide(c, r).span.Start}
			if int(r.doc) < len(figs) && headSentence(figs[r.doc], key[1]) {
				sentHap[key] = appendUnique(sentHap[key], first+hi)
			}
		}
	}
}

// headSentence reports whether a head figure of a document's figures fs lies in the sentence
// that starts at start.
func headSentence(fs []casualty, start int) bool {
	for i := range fs {
		if fs[i].head && fs[i].sent.Start == start {
			return true
		}
	}
	return false
}

// corpusConflicts adds to cands, the disagreements found inside stories, those that may cross
// stories, of characterisations and of casualty figures (whose sentences tell the happenings
// sentHap gives), keeps the strongest few of each story and numbers them. These two checks make
// the only conflicts of their kinds, and conflicts are ordered by story and kind before the order
// they were found in, so adding them after the others orders them as finding them first would.
func (k *Checker) corpusConflicts(c *corpus, org *origins, cands []candidate, camps map[int][]*stance, cf conflictFigs, sentHap map[[2]int][]int) []dossier.Conflict {
	adder := func(weak bool) addFunc {
		return func(story int, kind string, about []string, sides []side, summary string) {
			if len(sides) < 2 || len(about) == 0 {
				return
			}
			cands = append(cands, newCandidate(c, story, kind, about, sides, summary, weak))
		}
	}
	k.characterisationConflicts(c, org, camps, adder(false))
	// Casualty figures are compared by the incident they are about, not by the event that
	// carries them.
	k.casualtyConflicts(c, cf.figs, cf.scenes, sentHap, org, adder(false), adder(true))
	storyDocs := map[int]int{}
	for _, d := range c.docs {
		storyDocs[d.story]++
	}
	return capAndNumber(cands, func(story int) int {
		if k.maxPerStory <= 0 {
			return 0
		}
		return max(k.maxPerStory, storyDocs[story]/docsPerConflict)
	})
}

// coveredBy reports whether one of others, in cd's story and of its kind, has a side in every
// document cd has one in: cd tells nothing the other does not set out.
func coveredBy(cd candidate, others []candidate) bool {
	for _, o := range others {
		if o.story != cd.story || o.c.Kind != cd.c.Kind {
			continue
		}
		all := true
		for _, s := range cd.c.Sides {
			in := false
			for _, t := range o.c.Sides {
				in = in || t.Doc == s.Doc
			}
			all = all && in
		}
		if all {
			return true
		}
	}
	return false
}

// conflictFigs are the casualty figures of every document that the checks read and their
// scenes (see conflictFigs.add).
type conflictFigs struct {
	figs   [][]casualty
	scenes []figureScene
}

// figureScene is what the casualty figures of one document name, all of them: the places their
// clauses name and the full dates they give, each once in order of first mention.
type figureScene struct {
	places []int
	days   []string
	said   []saidCount // the plain counts of the dead they give, of the document's own years
}

// saidCount is a plain count of the dead a document gives: what it counts, the number, the day
// it is of (-1 unknown) and whether its clause gives that day itself.
type saidCount struct {
	who   string
	n     float64
	day   int64
	exact bool
}

// newConflictFigs returns the conflictFigs of n documents, none gathered yet.
func newConflictFigs(n int) conflictFigs {
	return conflictFigs{make([][]casualty, n), make([]figureScene, n)}
}

// add gathers the casualty figures of document di and keeps of them only what the conflict
// checks read: the head figures and the counts of the wounded not dated elsewhere that a
// sentence of a head figure gives (see woundedOf), in order, each with the entity named nearest
// its sentence, and of all of them the scene (see attackContext). The others would be held
// through every check for nothing.
func (cf conflictFigs) add(k *Checker, c *corpus, di int) {
	all := k.casualties(c, di)
	cf.scenes[di] = sceneOf(all)
	n := 0
	for i := range all {
		if keptFigure(all, i) {
			n++
		}
	}
	// Made at its length: the kept figures are held through every check.
	kept := make([]casualty, 0, n)
	for i := range all {
		if keptFigure(all, i) {
			f := all[i]
			f.nearest = int32(nearestEntity(c.docs[di], f.sent))
			kept = append(kept, f)
		}
	}
	cf.figs[di] = kept
}

// keptFigure reports whether the conflict checks read figure i of a document's figures all: a
// head figure, or a count of the wounded not dated elsewhere in the sentence of a head figure,
// the only ones woundedOf reads.
func keptFigure(all []casualty, i int) bool {
	f := &all[i]
	if f.head {
		return true
	}
	if f.kind != "wounded" || f.past {
		return false
	}
	for j := range all {
		if all[j].head && all[j].sent == f.sent {
			return true
		}
	}
	return false
}

// sceneOf is the scene of a document's casualty figures all (see figureScene), its lists cut to
// their lengths, as it is held through every check.
func sceneOf(all []casualty) figureScene {
	var sc figureScene
	for _, f := range all {
		for _, p := range f.places {
			sc.places = appendUnique(sc.places, p)
		}
		if fullDate(f.time) {
			sc.days = appendString(sc.days, f.time[:10])
		}
		if f.kind == "killed" && !f.past && !f.loose && !partOfDead(f.who) {
			sc.said = append(sc.said, saidCount{f.who, f.lo, f.day, f.exact})
		}
	}
	sc.places, sc.days, sc.said = fitted(sc.places), fitted(sc.days), fitted(sc.said)
	return sc
}

// fitted returns s in an array of its length, s itself when it fills its own.
func fitted[S ~[]E, E any](s S) S {
	if len(s) == cap(s) {
		return s
	}
	return slices.Clone(s)
}

// maxAbout is how many entities a conflict is said to be about: the one in dispute and the one
// or two others that matter.
const maxAbout = 3

// newCandidate writes out the sides of a conflict found by one of the checks.
func newCandidate(c *corpus, story int, kind string, about []string, sides []side, summary string, weak bool) candidate {
	cd := candidate{story: story, first: sides[0].doc, pos: sides[0].span.Start, weak: weak}
	seen := map[int]bool{}
	for _, s := range sides {
		seen[s.doc] = true
		if s.doc < cd.first || s.doc == cd.first && s.span.Start < cd.pos {
			cd.first, cd.pos = s.doc, s.span.Start
		}
		d := c.docs[s.doc]
		cd.c.Sides = append(cd.c.Sides, dossier.ConflictSide{Doc: d.id, Span: s.span})
	}
	cd.docs = len(seen)
	if len(about) > maxAbout {
		about = about[:maxAbout]
	}
	cd.c.Kind, cd.c.About, cd.c.Summary = kind, about, summary
	return cd
}

// side is one side of a conflict before it is written out.
type side struct {
	doc  int
	span dossier.Span
}

type addFunc func(story int, kind string, about []string, sides []side, summary string)

// docsPerConflict is how many documents a story needs for each conflict of a kind it may report
// beyond the cap: a long story of many reports has room for more disputes.
const docsPerConflict = 4

// capAndNumber keeps the strongest conflicts of each kind of each story, at most perStory(story)
// of them (no cap when 0), and numbers them.
func capAndNumber(cands []candidate, perStory func(story int) int) []dossier.Conflict {
	// Strongest first inside a story: kind, then documents involved, then position.
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.story != b.story {
			return a.story < b.story
		}
		if a.weak != b.weak {
			return !a.weak
		}
		if kindRank[a.c.Kind] != kindRank[b.c.Kind] {
			return kindRank[a.c.Kind] < kindRank[b.c.Kind]
		}
		if a.docs != b.docs {
			return a.docs > b.docs
		}
		if len(a.c.Sides) != len(b.c.Sides) {
			return len(a.c.Sides) > len(b.c.Sides)
		}
		if a.first != b.first {
			return a.first < b.first
		}
		return a.pos < b.pos
	})
	var out []dossier.Conflict
	type storyKind struct {
		story int
		kind  string
	}
	kept := map[storyKind]int{}
	var ids dossier.IDs
	// Kept conflicts by the documents on their sides: a candidate is covered only by a kept
	// conflict that has its first side's document, so only those are looked at. A toll and a
	// culprit disputed in the same sentences are two disagreements, so a number conflict covers
	// no actor conflict.
	keptByDoc := map[string][]keptSides{}
	for _, cd := range cands {
		sk := storyKind{cd.story, cd.c.Kind}
		if n := perStory(cd.story); n > 0 && kept[sk] >= n {
			continue
		}
		var prior [][]dossier.ConflictSide
		for _, ks := range keptByDoc[cd.c.Sides[0].Doc] {
			if !(ks.kind == KindNumber && cd.c.Kind == KindActor) {
				prior = append(prior, ks.sides)
			}
		}
		if covered(cd.c.Sides, prior) {
			continue
		}
		kept[sk]++
		seen := map[string]bool{}
		for _, sd := range cd.c.Sides {
			if !seen[sd.Doc] {
				seen[sd.Doc] = true
				keptByDoc[sd.Doc] = append(keptByDoc[sd.Doc], keptSides{cd.c.Kind, cd.c.Sides})
			}
		}
		cd.c.ID = ids.New("c", conflictAnchor(cd.c)...)
		out = append(out, cd.c)
	}
	return out
}

// keptSides are the sides of a kept conflict, with its kind.
type keptSides struct {
	kind  string
	sides []dossier.ConflictSide
}

// conflictAnchor is what a conflict's id is made from: its kind and its sides' places, which
// do not depend on what else the corpus holds.
func conflictAnchor(c dossier.Conflict) []string {
	parts := []string{c.Kind}
	for _, sd := range c.Sides {
		parts = append(parts, fmt.Sprintf("%s:%d-%d", sd.Doc, sd.Start, sd.End))
	}
	return parts
}

// covered reports whether every side of s overlaps a side of one conflict already kept: the
// same disagreement found twice (from events and from the text's own wording).
func covered(s []dossier.ConflictSide, kept [][]dossier.ConflictSide) bool {
	for _, ks := range kept {
		all := true
		for _, x := range s {
			hit := false
			for _, y := range ks {
				if x.Doc == y.Doc && x.Span.Overlaps(y.Span) {
					hit = true
					break
				}
			}
			if !hit {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// reportSide is the sentence a report was told in.
func reportSide(c *corpus, r report) side {
	d := c.docs[r.doc]
	pos := r.e.Trigger.Start
	if r.e.Trigger.End == 0 {
		pos = r.e.Span.Start
	}
	return side{int(r.doc), sentenceAt(d, pos)}
}

// eventNoun names a happening in a summary.
func eventNoun(t dossier.EventType) string {
	switch t {
	case dossier.Dismiss:
		return "dismissal"
	case dossier.Appoint:
		return "appointment"
	case dossier.Travel:
		return "trip"
	case dossier.Assault:
		return "attack"
	case dossier.Defect:
		return "defection"
	case dossier.Coerce:
		return "detention"
	case dossier.Protest:
		return "protest"
	case dossier.Retreat:
		return "withdrawal"
	case dossier.Accuse:
		return "accusation"
	}
	return strings.ToLower(string(t)) + " event"
}

func (c *corpus) names(es []int) string {
	var out []string
	for _, e := range es {
		// Two entities of one name (a town read as a place here, an organisation there) are
		// said once.
		out = appendString(out, c.name(c.entIDs[e]))
	}
	if len(out) == 0 {
		return "someone"
	}
	return strings.Join(out, ", ")
}

// about lists the entities a conflict is about: those of main first (at most two), then the
// others that are not places, maxAbout in all. Places come in only when nothing else does.
func (c *corpus) about(main []int, rest ...[]int) []string {
	var out []int
	for _, e := range main {
		if len(out) < 2 {
			out = appendUnique(out, e)
		}
	}
	for _, l := range rest {
		for _, e := range l {
			if len(out) < maxAbout && c.entType[e] != dossier.LOC && !c.isPublisher(e) {
				out = appendUnique(out, e)
			}
		}
	}
	if len(out) == 0 {
		for _, l := range rest {
			for _, e := range l {
				if len(out) < maxAbout && !c.isPublisher(e) {
					out = appendUnique(out, e)
				}
			}
		}
	}
	return c.ids(out)
}

func (c *corpus) ids(es ...[]int) []string {
	var out []string
	seen := map[int]bool{}
	for _, l := range es {
		for _, e := range l {
			if !seen[e] {
				seen[e] = true
				out = append(out, c.entIDs[e])
			}
		}
	}
	return out
}

func without(a, b []int) []int {
	var out []int
	for _, x := range a {
		if !containsInt(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func containsInt(s []int, x int) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

func disjoint(a, b []int) bool {
	for _, x := range a {
		if containsInt(b, x) {
			return false
		}
	}
	return true
}

// happeningConflicts compares the reports of one happening slot by slot: why, where and when it
// happened, whether someone denies it and who did it, then who is blamed for it.
func (k *Checker) happeningConflicts(c *corpus, org *origins, reps []report, add addFunc) {
	v := newSlotView(c, reps)
	v.causeConflict(k, add)
	v.placeConflict(add)
	v.denialConflict(add)
	v.timeConflict(add)
	v.actorConflict(org, add)
	about := v.about
	if len(about) == 0 {
		about = c.ids(v.dests)
	}
	k.culpritConflict(c, org, reps, v.story, v.what, about, add)
}

// actorMatters lists the types where who did it is in dispute often enough to report. Who
// carried out an attack is read with the accusations about it (see blameConflicts).
func actorMatters(t dossier.EventType) bool {
	switch t {
	case dossier.Coerce, dossier.Sanction, dossier.Threaten:
		return true
	}
	return false
}

// distinctOrigins reports whether the sides come from more than one origin group.
func distinctOrigins(org *origins, sides []side) bool {
	for _, s := range sides[1:] {
		if org.of(s.doc) != org.of(sides[0].doc) {
			return true
		}
	}
	return false
}

func hasRole(c *corpus, e *passEvent, role string) bool {
	for _, a := range e.Args {
		if strings.EqualFold(c.str(a.role), role) {
			return true
		}
	}
	return false
}

func about2int(c *corpus, ids []string) []int {
	out := make([]int, 0, len(ids))
	for _, id := range ids {
		out = append(out, c.entNum[id])
	}
	return out
}

// cause is one reason given for a happening, and where.
type cause struct {
	words map[string]bool
	side  side
	text  string
}

// sentenceCauses finds reasons given outside the reports' own clauses: sentences of the reports'
// documents that name one of who and a trigger of the happening, and state a reason.
func (k *Checker) sentenceCauses(c *corpus, reps []report, who []int, skip map[int]bool) []cause {
	var stems []string
	docs := []int{}
	for _, r := range reps {
		for _, st := range triggerStems(c.str(r.e.word)) {
			stems = appendString(stems, st)
		}
		if !skip[int(r.doc)] && !containsInt(docs, int(r.doc)) {
			docs = append(docs, int(r.doc))
		}
	}
	var out []cause
	for _, di := range docs {
		d := c.docs[di]
		done := map[int]bool{}
		for _, m := range d.ms {
			e, ok := d.ent.at(int(m.Chain))
			if !ok || !containsInt(who, e) {
				continue
			}
			sent := sentenceAt(d, int(m.start))
			if done[sent.Start] {
				continue
			}
			done[sent.Start] = true
			if cl := d.sentenceReason(sent); cl != nil && namesStem(cl.Words, stems) {
				out = append(out, cause{c.lang().contentWords(cl.Object), side{di, sent}, cl.Object})
			}
		}
	}
	return out
}

// namesStem reports whether one of words starts with one of stems.
func namesStem(words, stems []string) bool {
	for _, w := range words {
		for _, st := range stems {
			if strings.HasPrefix(w, st) {
				return true
			}
		}
	}
	return false
}

// triggerStem cuts inflection off a trigger word so "sacked" finds "sack" and "sacking".
func triggerStem(w string) string {
	w = strings.Trim(w, ".,;:\"'()")
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			if suf == "ed" && len(w) > 3 && w[len(w)-1] == w[len(w)-2] {
				w = w[:len(w)-1] // "dropped" -> "drop"
			}
			return w
		}
	}
	return w
}
