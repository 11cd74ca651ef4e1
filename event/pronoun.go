package event

import (
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// groupPronoun resolves "it", "its", "they" or "their" at token i to the organisation or country
// that speaks the clause the pronoun stands in: the subject of the verb of saying whose complement
// that clause is ("X said it agreed to buy …", "X said its jets struck …"). The pronoun counts
// when it is the clause's subject or the possessor of that subject or of its agent. "it" takes an
// organisation or a country named in the singular, "they" an organisation or a plural name. The item carries the
// speaker's chain, so the argument points at the name the pronoun stands for.
func (x *Extractor) groupPronoun(s *sent, i int) (item, bool) {
	num, ok := s.w.groupPronouns[s.toks[i].norm]
	if !ok {
		return item{}, false
	}
	it, plural, ok := x.clauseSpeaker(s, i)
	if !ok || !agrees(num, it.typ, plural) {
		return item{}, false
	}
	it.group = true
	return it, true
}

// groupPronounWord reads token i as a pronoun that may stand for an organisation or a country:
// its number (groupPronouns) and its word k in the sentence's parse; ok is false when it is no
// such pronoun, the sentence has no parse or the parse has no word there.
func (s *sent) groupPronounWord(i int) (num string, k int, ok bool) {
	num, ok = s.w.groupPronouns[s.toks[i].norm]
	if !ok || s.parse == nil {
		return "", -1, false
	}
	k = tree.WordAt(s.parse, s.toks[i].start)
	return num, k, k >= 0
}

// boundPossessor resolves "its" or "their" at token i, the possessor of a noun, to the named
// subject of the clause that noun stands in ("Israel launched its assault", "X is believed to be
// holding them since its attack"): a possessive in its own clause stands for that clause's
// subject. The subject must be an organisation or a country that agrees in number, said before
// the pronoun with no other noun of that number between.
func (x *Extractor) boundPossessor(s *sent, i int) (item, bool) {
	num, k, ok := s.groupPronounWord(i)
	p := s.parse
	if !ok || p.Tokens[k].Rel != "nmod:poss" {
		return item{}, false
	}
	sj := clauseSubject(p, k)
	if sj < 0 || sj >= k || plural(p, sj) != (num == "plur") {
		return item{}, false
	}
	for j := sj + 1; j < k; j++ {
		// Another noun of the pronoun's number between them may be what it stands for ("X
		// killed the fighters and foiled their attacks").
		if u := p.Tokens[j].UPOS; (u == "NOUN" || u == "PROPN") && !ancestor(p, sj, j) && plural(p, j) == (num == "plur") {
			return item{}, false
		}
	}
	for _, it := range s.items {
		if it.t0 >= i || it.pseudo || !x.namesSubject(s, it, sj) {
			continue
		}
		if it.typ != dossier.ORG && it.typ != dossier.LOC {
			return item{}, false
		}
		return item{t0: i, t1: i + 1, chain: it.chain, typ: it.typ, pseudo: true, poss: true}, true
	}
	return item{}, false
}

// plural reports whether the parse makes token k plural, or joins another conjunct to it ("LIN
// and BellSouth").
func plural(p *dossier.Sentence, k int) bool {
	return strings.Contains(p.Tokens[k].Feats, "Number=Plur") || tree.Child(p, k, "conj") >= 0
}

// clauseSubject returns the subject of the clause token k stands in: of the first predicate
// above it, or of the verb an open complement without one hangs on ("X is believed to be
// holding"); -1 when k lies inside that subject, or the clause has none.
func clauseSubject(p *dossier.Sentence, k int) int {
	for h, steps := p.Tokens[k].Head, 0; h >= 0 && steps < 8; h, steps = p.Tokens[h].Head, steps+1 {
		if !predicateWord(p, h) {
			if clauseRel(p.Tokens[h].Rel) {
				return -1 // a clause the parse left without its verb: its subject is unknown
			}
			continue
		}
		for steps < 8 {
			sj := tree.Subject(p, h)
			if sj < 0 {
				sj = tree.PassiveSubject(p, h)
			}
			if sj >= 0 {
				if sj == k || ancestor(p, sj, k) {
					return -1
				}
				return sj
			}
			if p.Tokens[h].Rel != "xcomp" || p.Tokens[h].Head < 0 {
				return -1
			}
			h, steps = p.Tokens[h].Head, steps+1
		}
		return -1
	}
	return -1
}

// clauseRel reports whether a word hanging on its head by rel opens a clause of its own.
func clauseRel(rel string) bool {
	for _, r := range []string{"acl", "advcl", "ccomp", "csubj", "parataxis"} {
		if rel == r || strings.HasPrefix(rel, r+":") {
			return true
		}
	}
	return false
}

// personSpeaker resolves "he", "she", "his" or "her" at token i to the person who speaks the
// clause the pronoun stands in ("X said he will withdraw …"), as groupPronoun does for groups:
// the parse binds the pronoun, however many other persons the sentence names.
func (x *Extractor) personSpeaker(s *sent, i int) (item, bool) {
	it, _, ok := x.clauseSpeaker(s, i)
	if !ok || it.typ != dossier.PER {
		return item{}, false
	}
	return it, true
}

// clauseSpeaker returns, for the pronoun at token i, an item standing for the named subject of
// the verb of saying whose complement clause the pronoun is the subject (or possessor of the
// subject or agent) of, and whether that subject is plural.
func (x *Extractor) clauseSpeaker(s *sent, i int) (item, bool, bool) {
	if s.parse == nil {
		return item{}, false, false
	}
	p := s.parse
	k := tree.WordAt(p, s.toks[i].start)
	if k < 0 {
		return item{}, false, false
	}
	poss := p.Tokens[k].Rel == "nmod:poss"
	h := s.w.speakerVerb(p, k)
	if h < 0 || !x.lx.speech[strings.ToLower(p.Tokens[h].Text)] && !x.lx.speech[strings.ToLower(p.Tokens[h].Lemma)] {
		return item{}, false, false
	}
	sj := tree.Subject(p, h)
	if sj < 0 || sj >= k {
		return item{}, false, false
	}
	for _, it := range s.items {
		if it.t0 >= i || !x.namesSubject(s, it, sj) {
			continue
		}
		plural := strings.Contains(p.Tokens[sj].Feats, "Number=Plur")
		return item{t0: i, t1: i + 1, chain: it.chain, typ: it.typ, pseudo: true, poss: poss}, plural, true
	}
	return item{}, false, false
}

// namesSubject reports whether item it names subject sj: it heads it or holds it, or it premodifies a word
// for a party or forces that heads it ("the U.S.-led coalition", "the Kurdish forces"): the
// name stands for the body.
func (x *Extractor) namesSubject(s *sent, it item, sj int) bool {
	p := s.parse
	k := itemHead(s, it)
	if t := tokIndex(s, p.Tokens[sj].Start); k == sj || t >= it.t0 && t < it.t1 {
		return true // the name heads the subject, or the parse split it into two subjects
	}
	h := p.Tokens[sj]
	low := strings.ToLower(h.Text)
	if it.typ == dossier.PER || k < 0 || !(x.lx.classes["party"][low] || x.lx.classes["forces"][low]) {
		return false
	}
	for steps := 0; steps < 3 && k >= 0 && k < sj; steps++ {
		switch p.Tokens[k].Rel {
		case "compound", "amod", "obl:unmarked", "flat":
		default:
			return false
		}
		if k = p.Tokens[k].Head; k == sj {
			return true
		}
		if k < 0 || p.Tokens[k].UPOS != "VERB" {
			return false // only through a participle ("-led", "-backed")
		}
	}
	return false
}

// speakerVerb returns the verb whose complement clause pronoun k stands in, as the clause's subject
// or as the possessor of its subject or agent ("its jets struck"); -1 otherwise. A possessed noun
// the parse hangs on the verb of saying as its object, with the clause's verb as a participle
// after it ("said its jets struck X" read as "jets" that "struck"), counts as the subject too,
// and so does a part of the subject ("said one of its fighters fired").
func (lw *wordLists) speakerVerb(p *dossier.Sentence, k int) int {
	t := p.Tokens[k]
	v := -1
	switch {
	case active(t.Rel, "nsubj"):
		v = t.Head
	case t.Rel == "nmod:poss" && t.Head >= 0:
		n := p.Tokens[t.Head]
		if n.Rel == "nmod" && n.Head >= 0 && lw.ofPreps[tree.Preposition(p, t.Head)] && lw.partitive(p.Tokens[n.Head]) {
			n = p.Tokens[n.Head] // "one of its fighters": the part stands where the whole would
		}
		switch {
		case active(n.Rel, "nsubj") || n.Rel == "obl:agent":
			v = n.Head
		case n.Rel == "obj" && participleAfter(p, t.Head):
			return n.Head
		}
	}
	if v < 0 || p.Tokens[v].Rel != "ccomp" {
		return -1
	}
	return p.Tokens[v].Head
}

// active reports whether relation rel is of kind base and not passive.
func active(rel, base string) bool {
	return strings.HasPrefix(rel, base) && !strings.HasSuffix(rel, ":pass")
}

// participleAfter reports whether noun n has a past participle after it as its clause.
func participleAfter(p *dossier.Sentence, n int) bool {
	for _, c := range tree.Children(p, n) {
		if c > n && p.Tokens[c].Rel == "acl" && strings.Contains(p.Tokens[c].Feats, "Tense=Past") {
			return true
		}
	}
	return false
}

// agrees reports whether a pronoun of number num may stand for a name of type typ: "it" for an
// organisation or a country named in the singular, "they" for an organisation or a plural name.
func agrees(num string, typ dossier.EntityType, plural bool) bool {
	// A place that speaks is a country or its government; the name of an organisation tells
	// nothing of its number ("Halvern Holdings said it …").
	if num == "plur" {
		return typ == dossier.ORG || (typ == dossier.LOC && plural)
	}
	return typ == dossier.ORG || (typ == dossier.LOC && !plural)
}

// onlyActs leaves a pronoun of a speaking group no role but the actor's: it stands for the
// speaker only as the doer of its own clause, and word order would make it the target of a
// trigger elsewhere in the sentence ("once X arrives in Y it will begin …").
func onlyActs(f *frame) {
	for i := range f.args {
		if r := &f.args[i]; r.it.group && r.role != roleActor {
			r.role = roleOther
		}
	}
	if f.subj != nil && f.subj.it.group && f.subj.role != roleActor {
		f.subj.role = roleOther
	}
}

// reached is a name said in the sentence a pronoun stands in or in the one before.
type reached struct {
	chain int
	typ   dossier.EntityType
	subj  bool   // the subject of its clause, by the parse
	sex   string // of a person no name names (chain unnamed), by the word for them
}

// speaker is who a sentence says spoke, when it is no person: what "it said" in the next
// sentence may stand for ("The ministry said … . It said …").
type speaker struct {
	src    dossier.Source
	typ    dossier.EntityType // "" when the speaker is no name
	plural bool
}

// reach records that item it was said in the current sentence of s.
func (st *docState) reach(s *sent, it item) {
	st.cur = append(st.cur, reached{chain: it.chain, typ: it.typ, subj: s.parse != nil && isSubject(s, it)})
}

// isSubject reports whether the parse makes item it the subject of its clause in the active
// voice, or a name joined to it ("X and Y said").
func isSubject(s *sent, it item) bool {
	k := itemHead(s, it)
	for steps := 0; k >= 0 && steps < 4; steps++ {
		switch rel := s.parse.Tokens[k].Rel; {
		case active(rel, "nsubj"):
			return true
		case rel == "flat" || rel == "conj" || rel == "appos":
			k = s.parse.Tokens[k].Head
		default:
			return false
		}
	}
	return false
}

// onePerson returns the person a person's pronoun stands for: the one person named in its
// sentence before it; when that names none, the one person named in the sentence before; when
// neither names one, the one person of the last sentence before them that names any. None when
// the sentence that decides names several. Chain not (the subject of the pronoun's own verb, which
// an object pronoun cannot stand for) is no candidate, nor a person the document tells is not
// of the pronoun's sex (sex, "" for a pronoun that tells none): "Nora Vale met Tomas Reed. He
// said …" is Reed; -1 excludes none.
func (st *docState) onePerson(not int, sex string) (int, bool) {
	for _, rs := range [][]reached{st.cur, st.prev} {
		switch c, n := countChains(rs, st.personOf(rs, not, sex)); {
		case n == 0:
			continue
		case n == 1 && c != unnamed:
			return c, true
		default:
			return -1, false
		}
	}
	var earlier []int
	for _, c := range st.earlier {
		if sexAgrees(st.sex, c, sex) {
			earlier = append(earlier, c)
		}
	}
	if len(earlier) == 1 {
		return earlier[0], true
	}
	return -1, false
}

// one returns the one chain of the current sentence so far and the one before that ok accepts;
// false when there is none or more than one.
func (st *docState) one(ok func(reached) bool) (int, bool) {
	c, n := countChains(append(slices.Clone(st.prev), st.cur...), ok)
	return c, n == 1
}

// countChains returns how many chains of rs ok accepts, and the first of them.
func countChains(rs []reached, ok func(reached) bool) (int, int) {
	var seen []int
	for _, r := range rs {
		if ok(r) && !slices.Contains(seen, r.chain) {
			seen = append(seen, r.chain)
		}
	}
	if len(seen) == 0 {
		return -1, 0
	}
	return seen[0], len(seen)
}

// nextSentence moves the current sentence's names into the previous one's, keeping the persons
// of the sentence that leaves reach when it names any.
func (st *docState) nextSentence() {
	var per []int
	for _, r := range st.prev {
		if r.typ == dossier.PER && r.chain != unnamed && !slices.Contains(per, r.chain) {
			per = append(per, r.chain)
		}
	}
	if len(per) > 0 {
		st.earlier = per
	}
	st.prev, st.cur = st.cur, nil
}

// groupSpeaker resolves "it" or "they" at token i, the subject of a verb of saying, to the one
// organisation in reach (this sentence before it, or the one before) that was a clause's subject
// or spoke, or the one country that spoke in the sentence before: "The Halvern Group denied the
// report. It said …". Nothing when more than one is in reach.
func (x *Extractor) groupSpeaker(s *sent, i int, st *docState) (item, bool) {
	num, k, ok := s.groupPronounWord(i)
	p := s.parse
	if !ok || !active(p.Tokens[k].Rel, "nsubj") || p.Tokens[k].Head < 0 {
		return item{}, false
	}
	h := p.Tokens[p.Tokens[k].Head]
	if !x.lx.speech[strings.ToLower(h.Text)] && !x.lx.speech[strings.ToLower(h.Lemma)] {
		return item{}, false
	}
	spoke := map[int]bool{}
	for _, sp := range st.speakers {
		if sp.src.Chain >= 0 && !sp.plural {
			spoke[sp.src.Chain] = true
		}
	}
	c, ok := st.one(func(r reached) bool {
		return r.typ == dossier.ORG && r.subj || spoke[r.chain] && (r.typ == dossier.ORG || num == "sing")
	})
	if !ok {
		return item{}, false
	}
	typ := dossier.ORG
	for _, r := range append(slices.Clone(st.prev), st.cur...) {
		if r.chain == c {
			typ = r.typ
		}
	}
	return item{t0: i, t1: i + 1, chain: c, typ: typ, pseudo: true, group: true}, true
}

// speakers returns who sentence s says spoke, leaving out persons and pronouns.
func (x *Extractor) speakers(text string, s *sent) []speaker {
	var out []speaker
	for _, r := range s.srcToks {
		t0, t1 := r[0], r[1]
		if t1 <= t0 || t1 > len(s.toks) {
			continue
		}
		last := s.toks[t1-1].norm
		if s.w.pronouns[last] {
			continue
		}
		if _, ok := s.w.groupPronouns[last]; ok {
			continue
		}
		sp := speaker{src: x.source(text, s, t0, t1)}
		if sp.src.Chain >= 0 {
			for _, it := range s.items {
				if it.chain == sp.src.Chain {
					sp.typ = it.typ
				}
			}
			if sp.typ == dossier.PER {
				continue
			}
		}
		if s.parse != nil {
			if k := tree.WordAt(s.parse, s.toks[t1-1].start); k >= 0 {
				sp.plural = strings.Contains(s.parse.Tokens[k].Feats, "Number=Plur")
			}
		}
		out = append(out, sp)
	}
	return out
}

// speakerFor returns the one speaker of the sentence before that a group pronoun of number num
// may stand for.
func speakerFor(num string, prev []speaker) (dossier.Source, bool) {
	var got []dossier.Source
	for _, sp := range prev {
		if sp.plural == (num == "plur") || sp.typ == dossier.ORG {
			got = append(got, sp.src)
		}
	}
	if len(got) != 1 {
		return dossier.Source{}, false
	}
	return got[0], true
}

// ownSubject returns the chain of the named subject of the verb whose object the pronoun at token
// i is ("X attacked him": not X), which the pronoun cannot stand for; -1 when there is none.
func ownSubject(s *sent, i int) int {
	if s.parse == nil {
		return -1
	}
	k := tree.WordAt(s.parse, s.toks[i].start)
	if k < 0 {
		return -1
	}
	if rel := s.parse.Tokens[k].Rel; rel != "obj" && rel != "iobj" {
		return -1
	}
	sj := tree.Subject(s.parse, s.parse.Tokens[k].Head)
	if sj < 0 {
		return -1
	}
	for _, it := range s.items {
		if it.t0 < i && itemHead(s, it) == sj {
			return it.chain
		}
	}
	return -1
}
