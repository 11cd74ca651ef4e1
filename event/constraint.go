package event

import (
	"fmt"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// need is one line of lang/en/data/trigger-needs.txt: what a trigger needs around it.
type need struct {
	typ     dossier.EventType
	obj     []string // entity types or @classes the thing acted on must match
	subj    []string // entity types or @classes the actor side must match
	gap     []string // entity types or @classes what stands in the trigger's gap must match
	pobj    []string // @classes of the phrase the trigger's closing preposition governs
	prep    []string // prepositions after which an active verb's object is read
	next    []string // words one of which must follow the trigger ("." for the clause's end)
	noobj   bool
	noPoss  bool // the possessor that opens the object phrase is not what is acted on
	verb    bool
	nounUse bool // the parse must not read the trigger as a verb
	comp    bool
	compCl  string // class of the infinitive's verb, "" for any
	passive bool
	veto    []string // domains in which the trigger tells no event
	verbal  bool     // the trigger tells no event where it is read as words, not blows
	domain  []string // domains one of which must hold for the line to hold
}

// exclusion is one line of lang/en/data/trigger-exclusions.txt: a phrase in which a trigger tells no event.
type exclusion struct {
	p   *pattern // words only
	typ dossier.EventType
	any bool
}

func (lx *lexicon) addNeeds(each eachRow) error {
	return each(func(_ int, f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("want TRIGGER<TAB>TYPE<TAB>NEEDS, got %d fields", len(f))
		}
		n := &need{typ: dossier.EventType(strings.ToUpper(strings.TrimSpace(f[1])))}
		if !knownTypes[n.typ] {
			return fmt.Errorf("unknown event type %q", f[1])
		}
		for _, fl := range strings.Fields(f[2]) {
			k, v, _ := strings.Cut(fl, "=")
			list := func(sep string) []string {
				var out []string
				for _, w := range strings.Split(v, sep) {
					if w = strings.TrimSpace(w); w != "" {
						out = append(out, w)
					}
				}
				return out
			}
			switch k {
			case "obj":
				n.obj = list(",")
			case "subj":
				n.subj = list(",")
			case "gap":
				n.gap = list(",")
			case "pobj":
				n.pobj = list(",")
			case "prep":
				n.prep = list("|")
			case "next":
				n.next = list("|")
			case "veto":
				n.veto = list(",")
			case "domain":
				n.domain = list(",")
			case "noobj":
				n.noobj = true
			case "noposs":
				n.noPoss = true
			case "verb":
				n.verb = true
			case "noun":
				n.nounUse = true
			case "comp":
				n.comp = true
				n.compCl = strings.TrimPrefix(v, "@")
				if _, known := lx.classes[n.compCl]; n.compCl != "" && !known {
					return fmt.Errorf("unknown class %q", v)
				}
			case "passive":
				n.passive = true
			case "verbal":
				n.verbal = true
			default:
				return fmt.Errorf("unknown need %q", fl)
			}
		}
		if err := lx.checkNeed(n); err != nil {
			return err
		}
		for _, w := range strings.Split(strings.ToLower(strings.TrimSpace(f[0])), "|") {
			lx.needs[w] = append(lx.needs[w], n)
		}
		return nil
	})
}

// checkNeed reports a need that names a class, entity type or domain the lexicon does not know.
func (lx *lexicon) checkNeed(n *need) error {
	for _, c := range slicesConcat(slicesConcat(n.obj, n.subj), n.gap) {
		if cl, ok := strings.CutPrefix(c, "@"); ok {
			if _, known := lx.classes[cl]; !known {
				return fmt.Errorf("unknown class %q", c)
			}
		} else if c != "PER" && c != "ORG" && c != "LOC" && c != "MISC" {
			return fmt.Errorf("unknown entity type %q", c)
		}
	}
	for _, c := range n.pobj {
		if _, known := lx.classes[strings.TrimPrefix(c, "@")]; !strings.HasPrefix(c, "@") || !known {
			return fmt.Errorf("pobj takes known @classes, got %q", c)
		}
	}
	for _, d := range slicesConcat(n.veto, n.domain) {
		if _, known := lx.domains[d]; !known {
			return fmt.Errorf("unknown domain %q", d)
		}
	}
	return nil
}

func slicesConcat(a, b []string) []string {
	return append(append([]string(nil), a...), b...)
}

// addClasses reads CLASS<TAB>WORDS lines into set (classes or domains).
func addClasses(each eachRow, set map[string]map[string]bool) error {
	return each(func(_ int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want CLASS<TAB>WORDS")
		}
		c := strings.TrimSpace(f[0])
		if set[c] == nil {
			set[c] = map[string]bool{}
		}
		for _, w := range strings.Fields(strings.ToLower(f[1])) {
			set[c][w] = true
		}
		return nil
	})
}

func (lx *lexicon) addExclusions(each eachRow) error {
	return each(func(_ int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want PHRASE<TAB>TYPE")
		}
		e := &exclusion{p: &pattern{}}
		if t := strings.TrimSpace(f[1]); t == "*" {
			e.any = true
		} else {
			e.typ = dossier.EventType(strings.ToUpper(t))
			if !knownTypes[e.typ] {
				return fmt.Errorf("unknown event type %q", f[1])
			}
		}
		for _, w := range strings.Fields(strings.ToLower(f[0])) {
			if w == "..." {
				e.p.words = append(e.p.words, nil)
				continue
			}
			e.p.words = append(e.p.words, strings.Split(w, "|"))
		}
		if len(e.p.words) == 0 || e.p.words[0] == nil || e.p.words[len(e.p.words)-1] == nil {
			return fmt.Errorf("exclusion %q must start and end with a word", f[0])
		}
		for _, w := range e.p.words[0] {
			lx.exclusions[w] = append(lx.exclusions[w], e)
		}
		return nil
	})
}

// domainsOf returns the domains that hold throughout a document: three different cues of each.
func (lx *lexicon) domainsOf(text string) map[string]bool {
	seen := map[string]map[string]bool{}
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := normWord(text[start:end])
		start = -1
		for _, d := range lx.cueOf[w] {
			if seen[d] == nil {
				seen[d] = map[string]bool{}
			}
			seen[d][w] = true
		}
	}
	for i, r := range text {
		if isWordRune(r) || (start >= 0 && r == '-') {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
	out := map[string]bool{}
	for d, ws := range seen {
		if len(ws) >= 3 {
			out[d] = true
		}
	}
	return out
}

// excluded reports whether trigger m stands inside a phrase of lang/en/data/trigger-exclusions.txt.
func (x *Extractor) excluded(s *sent, m match, t dossier.EventType) bool {
	c := s.clauses[m.cl]
	for i := max(c.t0, m.t0-6); i <= m.t0; i++ {
		for _, e := range x.lx.exclusions[s.toks[i].norm] {
			if !e.any && e.typ != t {
				continue
			}
			if end, _ := matchAt(s, e.p, 0, i, c.t1, nil); end > m.t0 {
				return true
			}
		}
	}
	return false
}

// satisfied checks the selectional constraints of lang/en/data/trigger-needs.txt for trigger m: a domain
// that vetoes it must not hold, and one of the lines that say what it needs must hold.
func (x *Extractor) satisfied(s *sent, m match, f frame, docDomains map[string]bool) bool {
	if x.excluded(s, m, m.p.typ) {
		return false
	}
	var lines []*need
	for _, n := range x.lx.needs[s.toks[m.t0].norm] {
		if n.typ != m.p.typ {
			continue
		}
		for _, d := range n.veto {
			if docDomains[d] || x.inSentence(s, d) {
				return false
			}
		}
		if n.verbal && x.verbalReading(s, m, f) {
			return false
		}
		if n.veto == nil && !n.verbal {
			lines = append(lines, n)
		}
	}
	if len(lines) == 0 {
		return true
	}
	for _, n := range lines {
		if x.inDomain(s, n.domain, docDomains) && x.holds(s, m, f, n) {
			return true
		}
	}
	return false
}

// inDomain reports whether one of the domains ds holds in the sentence or the document; no
// domain at all always holds.
func (x *Extractor) inDomain(s *sent, ds []string, docDomains map[string]bool) bool {
	for _, d := range ds {
		if docDomains[d] || x.inSentence(s, d) {
			return true
		}
	}
	return len(ds) == 0
}

// inSentence reports whether a cue of domain d stands in the sentence.
func (x *Extractor) inSentence(s *sent, d string) bool {
	for _, tk := range s.toks {
		if tk.word && x.lx.domains[d][tk.norm] {
			return true
		}
	}
	return false
}

// holds checks one line of needs.
func (x *Extractor) holds(s *sent, m match, f frame, n *need) bool {
	c := s.clauses[m.cl]
	last := m.words[len(m.words)-1]
	nextTok := last + 1
	if n.verb && !verbUse(s, m, f) {
		return false
	}
	if n.passive && !f.passive {
		return false
	}
	if n.nounUse && parsedAsVerb(s, m.t0) {
		return false
	}
	if n.next != nil && !contains(n.next, nextWord(s, nextTok, c.t1)) {
		return false
	}
	if n.comp && !x.toInfinitive(s, nextTok, c.t1, n.compCl) {
		return false
	}
	if n.prep != nil && !f.passive && !f.noun && (nextTok >= c.t1 || !contains(n.prep, s.toks[nextTok].norm)) {
		return false
	}
	objItems, objToks, direct := x.object(s, m, f, n.prep)
	if n.noobj && (direct || f.passive || f.noun) {
		return false
	}
	if n.noPoss {
		objItems, objToks = withoutPossessor(s, objItems, objToks)
	}
	if n.obj != nil && !x.fits(s, n.obj, objItems, objToks) {
		return false
	}
	if n.subj != nil {
		items, toks := x.subject(s, m, f)
		if !x.fits(s, n.subj, items, toks) {
			return false
		}
	}
	if n.gap != nil {
		items, toks := x.gapObject(s, m, f)
		if !x.fits(s, n.gap, items, toks) {
			return false
		}
	}
	return n.pobj == nil || x.governedFits(s, m, n.pobj)
}

// countQuantifier returns the length of the phrase at token i that stands before a count
// ("over", "at least" before "75"), 0 when there is none before tokens end.
func (x *Extractor) countQuantifier(s *sent, i, end int) int {
	for _, q := range s.w.quantifiers {
		if i+len(q) < end && wordsAt(s, i, q) && x.isNumber(s.toks[i+len(q)].norm) {
			return len(q)
		}
	}
	return 0
}

// gapObject returns what stands in the gap of a trigger of several words ("charged the man
// with"): the thing acted on of an active verb. A passive verb's is its subject ("the man was
// charged with").
func (x *Extractor) gapObject(s *sent, m match, f frame) ([]item, []int) {
	if f.passive {
		items, toks, _ := x.object(s, m, f, nil)
		return items, toks
	}
	var items []item
	var toks []int
	if len(m.words) < 2 {
		return nil, nil
	}
	for k := m.words[0] + 1; k < m.words[1]; k++ {
		toks = append(toks, k)
		if p := s.itemAt[k]; p >= 0 && s.items[p].t0 == k {
			items = append(items, s.items[p])
		}
	}
	return items, toks
}

// governedFits reports whether the phrase that the trigger's closing preposition governs in the
// parse holds a word of one of the classes want: the noun or gerund it marks with the words
// that complete it ("charged with murder", "with one count of fraud", "with attempted
// enticement", "with falsifying records"). Without a parse, the four words after the
// preposition stand for the phrase.
func (x *Extractor) governedFits(s *sent, m match, want []string) bool {
	last := m.words[len(m.words)-1]
	var words []string
	if s.parse != nil {
		h := governedBy(s.parse, tree.WordAt(s.parse, s.toks[last].start))
		if h >= 0 && s.parse.Tokens[h].UPOS == "NUM" {
			return true // "charged with three": counts of the offences said before
		}
		if h >= 0 {
			words = phraseWords(s.parse, h)
		}
	}
	if words == nil {
		for k := last + 1; k < len(s.toks) && k <= last+4; k++ {
			words = append(words, s.toks[k].norm)
		}
	}
	for _, c := range want {
		for _, w := range words {
			if x.lx.classes[strings.TrimPrefix(c, "@")][w] {
				return true
			}
		}
	}
	return false
}

// governedBy returns the word that preposition k marks in parse p, or -1.
func governedBy(p *dossier.Sentence, k int) int {
	if k < 0 || (p.Tokens[k].Rel != "case" && p.Tokens[k].Rel != "mark") {
		return -1
	}
	return p.Tokens[k].Head
}

// phraseWords returns the lower-case forms and lemmas of word h and of the words that complete
// it in parse p: its modifiers, its of-phrase and the words conjoined with it.
func phraseWords(p *dossier.Sentence, h int) []string {
	ks := []int{h}
	for _, c := range tree.Children(p, h) {
		switch p.Tokens[c].Rel {
		case "nmod", "compound", "amod", "conj", "obj", "xcomp":
			ks = append(ks, c)
		}
	}
	var out []string
	for _, k := range ks {
		out = append(out, strings.ToLower(p.Tokens[k].Text), strings.ToLower(p.Tokens[k].Lemma))
	}
	return out
}

func contains(xs []string, w string) bool {
	for _, x := range xs {
		if x == w {
			return true
		}
	}
	return false
}

// withoutPossessor drops the possessor that opens an object phrase ("X's helmet", "the man's
// car"): it says whose the thing is. Only a name or a noun with its determiners counts as one,
// so that a later "'s" ("X during Tuesday's debate") leaves the phrase whole.
func withoutPossessor(s *sent, items []item, toks []int) ([]item, []int) {
	j := -1
	for n, k := range toks {
		if s.toks[k].norm == "'s" {
			j = n
			break
		}
	}
	if j < 1 {
		return items, toks
	}
	for n, k := range toks[:j] {
		p := s.itemAt[k]
		if n < j-1 && !s.w.determiners[s.toks[k].norm] && (p < 0 || s.items[p].t1 < toks[j]) {
			return items, toks
		}
	}
	var kept []item
	for _, it := range items {
		if it.t0 > toks[j] {
			kept = append(kept, it)
		}
	}
	return kept, toks[j+1:]
}

// parsedAsVerb reports whether the sentence's parse tags token k a verb. Without a parse it
// does not: the word lists alone do not tell "funds" the noun from "funds" the verb.
func parsedAsVerb(s *sent, k int) bool {
	return uposAt(s, k, len(s.toks)) == "VERB"
}

// verbUse reports whether the trigger is used as a verb: not a noun after a determiner, and
// not after an indefinite article a word away ("a marked step down").
func verbUse(s *sent, m match, f frame) bool {
	if f.noun {
		return false
	}
	if m.t0 >= 1 && (s.w.determiners[s.toks[m.t0-1].norm] || s.toks[m.t0-1].norm == "'s") {
		return false
	}
	if m.t0 >= 2 && (s.toks[m.t0-2].norm == "a" || s.toks[m.t0-2].norm == "an") && s.itemAt[m.t0-1] < 0 {
		return false
	}
	return true
}

// nextWord is the word at token k, read past the auxiliaries and adverbs that stand before a
// verb ("clashes have also erupted"), or "." at the clause's end t1.
func nextWord(s *sent, k, t1 int) string {
	for k+1 < t1 && (s.w.beForms[s.toks[k].norm] || s.w.speechAux[s.toks[k].norm] || s.w.adverbs[s.toks[k].norm]) {
		k++
	}
	if k >= t1 || !s.toks[k].word && s.toks[k].norm == "." {
		return "."
	}
	return s.toks[k].norm
}

// toInfinitive reports whether "to" and a verb (of class cl, if given) follow within the next
// five tokens, a name counting as one. A relative or complementiser ("that", "which") opens a
// clause of its own: a "to" past it is not the trigger's complement ("agree that it amounted to").
func (x *Extractor) toInfinitive(s *sent, i, limit int, cl string) bool {
	for k, n := i, 0; k < limit && n < 5; k, n = k+1, n+1 {
		tk := s.toks[k]
		if p := s.itemAt[k]; p >= 0 {
			k = s.items[p].t1 - 1
			continue
		}
		if !tk.word || s.w.relatives[tk.norm] {
			return false
		}
		if tk.norm == "to" {
			if k+1 >= limit {
				return false
			}
			v := s.toks[k+1]
			if !v.word || s.w.determiners[v.norm] || s.itemAt[k+1] >= 0 || startsWithDigit(v.norm) {
				return false
			}
			return cl == "" || x.lx.classes[cl][v.norm]
		}
	}
	return false
}

// object returns what the trigger acts on: the items and tokens of its object phrase, and
// whether an active verb has a direct object. via lists the prepositions after which an active
// verb's object is read.
func (x *Extractor) object(s *sent, m match, f frame, via []string) ([]item, []int, bool) {
	c := s.clauses[m.cl]
	last := m.words[len(m.words)-1]
	var items []item
	var toks []int
	if f.passive {
		from := max(c.t0, f.auxAt-5)
		if c.kind == "rel" {
			// "tribesmen who were executed": the relative's antecedent underwent it.
			from = max(0, min(from, c.t0-2))
		}
		for k := from; k < f.auxAt; k++ {
			toks = append(toks, k)
		}
		if f.subj != nil {
			items = append(items, f.subj.it)
		}
		return items, toks, false
	}
	i := last + 1
	if !f.noun {
		i += x.countQuantifier(s, i, c.t1) // "killed over 75 X militants"
	}
	direct := false
	switch {
	case f.noun:
		// A noun: its possessor, and the phrase after its preposition ("the release of X",
		// "support for X"). A bare word after it is the head of a compound ("detention centre").
		for _, it := range s.items {
			if it.t1 <= m.t0 && m.t0-it.t1 <= 1 && (it.poss || it.pseudo) || it.t1 == m.t0 && placeGerund(s, m) {
				items = append(items, it) // "X's arrest", "the X bombing"
			}
		}
		if m.t0 >= 2 && s.toks[m.t0-1].norm == "'s" {
			toks = append(toks, m.t0-2) // "the commander's removal"
		}
		if !s.w.preps[s.toks[last].norm] {
			if i >= c.t1 || !s.w.preps[s.toks[i].norm] {
				return items, toks, false
			}
			i++
		}
	case i < c.t1 && contains(via, s.toks[i].norm):
		i++
	case i < c.t1 && s.toks[i].word && !s.w.preps[s.toks[i].norm] && !s.w.adverbs[s.toks[i].norm] && s.toks[i].norm != "to":
		direct = true
	case s.w.preps[s.toks[last].norm]:
		// The trigger ends in its preposition ("headed to X"): the phrase follows at once.
	default:
		return items, toks, false
	}
	for k := i; k < c.t1 && k < i+6; k++ {
		tk := s.toks[k]
		if !tk.word && tk.norm != "-" {
			break
		}
		if k > i && ((s.w.preps[tk.norm] && tk.norm != "of") || s.w.objStops[tk.norm]) && s.itemAt[k] < 0 {
			break
		}
		toks = append(toks, k)
		if p := s.itemAt[k]; p >= 0 && (len(items) == 0 || items[len(items)-1].t0 != s.items[p].t0) {
			it := s.items[p]
			if it.poss && it.t1 < c.t1 && s.toks[it.t1].word && !s.w.preps[s.toks[it.t1].norm] && !s.w.adverbs[s.toks[it.t1].norm] {
				continue // "her current record": whose it is, not what is acted on
			}
			items = append(items, it)
		}
	}
	return items, toks, direct
}

// subject returns the actor side: the subject before an active verb, "by X" after a passive one
// or a noun, and a noun's possessor.
func (x *Extractor) subject(s *sent, m match, f frame) ([]item, []int) {
	c := s.clauses[m.cl]
	var items []item
	var toks []int
	if f.passive || f.noun {
		for _, r := range f.args {
			if r.role == roleActor {
				items = append(items, r.it)
			}
		}
		if f.noun {
			for k := max(c.t0, m.t0-3); k < m.t0; k++ {
				toks = append(toks, k)
			}
		}
		return items, toks
	}
	if f.subj != nil {
		items = append(items, f.subj.it)
	}
	start := m.t0 - 5
	if f.auxAt >= 0 {
		start = f.auxAt - 5
	}
	for k := max(c.t0, start); k < m.t0; k++ {
		toks = append(toks, k)
	}
	return items, toks
}

// fits reports whether an item or a word matches one of the wanted types or @classes.
func (x *Extractor) fits(s *sent, want []string, items []item, toks []int) bool {
	for _, k := range toks {
		if p := s.itemAt[k]; p >= 0 && s.items[p].t0 == k && !s.items[p].pseudo {
			items = append(items, s.items[p]) // a name in the phrase
		}
	}
	for _, w := range want {
		if cl, ok := strings.CutPrefix(w, "@"); ok {
			words := x.lx.classes[cl]
			for _, k := range toks {
				if s.itemAt[k] < 0 && words[s.toks[k].norm] {
					return true
				}
			}
			for _, it := range items {
				// A name that ends in a common noun of the class counts as one ("Russian jets":
				// jets); a capitalised one ("the Hill Guard") is a name, its type tells.
				if last := s.toks[it.t1-1]; words[last.norm] && (it.pseudo || !last.upper) {
					return true
				}
			}
			continue
		}
		for _, it := range items {
			if string(it.typ) == w {
				return true
			}
		}
	}
	return false
}
