package claim

import (
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// mentionCues reads the camp cues said of one mention: the words right in front of it ("the
// US-backed X") and what the parse attaches to it (see parseCue). A name that modifies another
// word ("US-backed", "the group's") is described by none of them, and a name the parse splits
// (see tree.OnePhrase) by nothing the parse attaches.
func (r *Reader) mentionCues(d *doc, mi int) []dossier.Claim {
	text := d.text
	m := &d.a.Mentions[mi]
	if m.End > len(text) || m.Start < 0 || m.Start >= m.End {
		return nil
	}
	if m.End < len(text) && (text[m.End] == '-' || strings.HasPrefix(text[m.End:], "’s") || strings.HasPrefix(text[m.End:], "'s") ||
		isLetter(text[m.End])) {
		return nil
	}
	sent := d.sentenceAt(m.Start)
	var out []dossier.Claim
	found := func(cue campCue, held func(*doc, dossier.Span, int) (holder, bool)) {
		cl := dossier.Claim{Span: sent, Kind: dossier.ClaimCharacterise, Cue: m.Span, CueText: cue.phrase,
			By: dossier.Party{Chain: -1}, Event: -1, Camp: cue.camp}
		if h, ok := held(d, m.Span, m.Chain); ok {
			cl.By, cl.ByText = h.party, h.text
		}
		out = append(out, cl)
	}
	s := tree.SentenceAt(d.a.Parse, m.Start)
	h := -1
	if s != nil {
		h = tree.SpanHead(s, m.Start, m.End)
	}
	pre, _, before := r.cueIn(r.preWindow(d, *m, s, h, sent))
	if before {
		found(pre, r.gluedBefore)
	}
	if s == nil {
		if cue, ok := r.unparsedCue(d, *m, sent); ok && (!before || cue.phrase != pre.phrase) {
			found(cue, r.gluedBefore)
		}
		return out
	}
	if h < 0 || s.Tokens[h].Rel == "nmod:poss" || d.possessive(*m) || !tree.OnePhrase(s, m.Start, m.End) {
		return out
	}
	if cue, ok := r.parseCue(d, *m, node{s, h}); ok && (!before || cue.phrase != pre.phrase) {
		found(cue, r.holderOf)
	}
	return out
}

// unparsedCue reads, in a sentence the parser left without words, the camp cue of the words
// after the name that need no parse: the nouns right after it ("the Front terrorists"), a
// phrase a comma sets off after it ("the Front, an offshoot of …") and support the clause says
// it was formed or acts with ("… the Front in the port with support from …"), each ending at
// punctuation or another actor's name.
func (r *Reader) unparsedCue(d *doc, m dossier.Mention, sent dossier.Span) (campCue, bool) {
	toks := d.tokens(dossier.Span{Start: m.End, End: sent.End})
	end := len(toks)
	for i, t := range toks {
		if ch := d.chainAt(t.Span); t.UPOS == "PUNCT" && i > 0 || ch >= 0 && ch != m.Chain {
			end = i
			break
		}
	}
	run := 0
	for run < end && toks[run].UPOS != "PUNCT" && !r.campStops[strings.ToLower(toks[run].Text)] && lower(toks[run].Text) {
		run++
	}
	if cue, _, ok := r.cueIn(cueWords(toks[:run])); ok && !cue.of {
		return cue, true
	}
	if end > 0 && toks[0].Text == "," {
		if cue, _, ok := r.cueIn(cueWords(toks[1:end])); ok {
			return cue, true
		}
		return campCue{}, false
	}
	if cue, _, ok := r.cueIn(cueWords(toks[:end])); ok && strings.HasPrefix(cue.phrase, "with ") {
		return cue, true
	}
	return campCue{}, false
}

// possessive reports whether mention m is a possessive written without its apostrophe, as some
// texts strip them ("Assads government"): its last word less a final "s" is how the document
// writes the same actor elsewhere, or how the tagger reads the word.
func (d *doc) possessive(m dossier.Mention) bool {
	words := strings.Fields(m.Text)
	last := words[len(words)-1]
	stem, ok := strings.CutSuffix(last, "s")
	if !ok || strings.HasSuffix(stem, "s") || len(stem) < 3 {
		return false
	}
	for _, o := range d.a.Mentions {
		if o.Chain == m.Chain && (o.Text == stem || strings.HasSuffix(o.Text, " "+stem) || strings.HasSuffix(o.Text, "-"+stem)) {
			return true
		}
	}
	if s := tree.SentenceAt(d.a.Parse, m.Start); s != nil {
		for _, t := range s.Tokens {
			if t.End == m.End && t.Text == last && t.Lemma == stem {
				return true
			}
		}
	}
	return false
}

// preWindow returns the words right in front of mention m, at most preWindowWords of them:
// they stop at punctuation (a glued hyphen aside), a closed-class word, a verb that is no
// modifier, another name, a word that the parse hangs on the noun after the name or on no word
// of the name and the words between (see ownModifier), and a noun that a describing word parts
// from the name ("Jihadist rebels blamed Russian warplanes": "rebels" heads a phrase of its own,
// however the parse reads "blamed").
func (r *Reader) preWindow(d *doc, m dossier.Mention, s *dossier.Sentence, h int, sent dossier.Span) []cueWord {
	var toks []dossier.Token
	if s != nil {
		toks = s.Tokens
	} else {
		toks = d.tokens(sent)
	}
	next := -1
	if s != nil {
		next = r.otherNoun(s, h, m.End)
	}
	end := len(toks)
	for k, t := range toks {
		if t.End > m.Start {
			end = k
			break
		}
	}
	start := end
	described := false // a word that is no noun stands between word k and the name
	for k := end - 1; k >= 0; k-- {
		t := toks[k]
		if !r.modifierWord(d, toks, k, m) || s != nil && (t.Head == next && next >= 0 || !ownModifier(s, k)) {
			break
		}
		if headNoun(toks, k) {
			if described {
				break
			}
		} else if t.Text != "-" && !gluedAfter(toks, k) {
			described = true
		}
		start = k
		if len(cueWords(toks[start:end])) > preWindowWords {
			start++
			break
		}
	}
	return cueWords(toks[start:end])
}

// ownModifier reports whether the parse leaves describing word k, in front of a name, to that
// name: false when it hangs the word on a noun before it, as "blamed" on "rebels" in "Jihadist
// rebels blamed Russian warplanes" (a word hung on a noun after the name is judged by
// otherNoun, and the parse often hangs words in front of a name further on). Nouns are left to
// their place (see headNoun): the parse often hangs a title in front of a name ("affiliate X")
// on a word before it.
func ownModifier(s *dossier.Sentence, k int) bool {
	t := s.Tokens[k]
	if t.Text == "-" || gluedAfter(s.Tokens, k) || t.UPOS == "NOUN" || t.Head < 0 || t.Head > k {
		return true
	}
	u := s.Tokens[t.Head].UPOS
	return u != "NOUN" && u != "PROPN"
}

// headNoun reports whether word k is a common noun that may head a phrase: one not written onto
// the next word with a hyphen ("rebel" of "rebel-held"). A noun in front of a name with only
// nouns between is its title or a compound ("terrorist group X"); one with a describing word
// between heads a phrase of its own. Proper nouns are left out: the tagger reads adjectives of
// nations as such ("Kurdish U.S.-backed X").
func headNoun(toks []dossier.Token, k int) bool {
	return toks[k].UPOS == "NOUN" && !gluedAfter(toks, k)
}

// gluedAfter reports whether a hyphen written onto word k follows it ("US" of "US-backed").
func gluedAfter(toks []dossier.Token, k int) bool {
	return k+1 < len(toks) && toks[k+1].Text == "-" && toks[k+1].Start == toks[k].End
}

// modifierWord reports whether token k may stand in the words in front of mention m: a word
// that is no punctuation (but a hyphen glued to its neighbours), no closed-class word, no verb
// but a modifying participle, and no part of another name but one written onto a word with a
// hyphen ("US-backed").
func (r *Reader) modifierWord(d *doc, toks []dossier.Token, k int, m dossier.Mention) bool {
	t := toks[k]
	if t.Text == "-" {
		return k > 0 && k+1 < len(toks) && toks[k-1].End == t.Start && toks[k+1].Start == t.End
	}
	switch t.UPOS {
	case "PUNCT", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "SYM":
		return false
	case "VERB":
		if t.Rel != "amod" {
			return false
		}
	}
	if r.campStops[strings.ToLower(t.Text)] || strings.ContainsAny(t.Text, ",;:()\"“”") {
		return false
	}
	glued := k+1 < len(toks) && toks[k+1].Text == "-" && toks[k+1].Start == t.End
	for _, mi := range d.mentionsIn(dossier.Span{Start: t.Start, End: m.Start}) {
		if o := &d.a.Mentions[mi]; o.Chain != m.Chain && o.Span.Contains(t.Span) && !glued {
			return false
		}
	}
	return true
}

// parseCue reads the camp cue that the parse says of the name headed by n:
//   - the name modifies a describing noun right after it: "ISIS terrorists", "the Front terror
//     group" (a cue that makes the name the patron, "an ISIS offshoot", says nothing of it);
//   - a noun in apposition: "the Front, an offshoot of …", or the name is one: "its ally X";
//   - a participle or relative clause: "X, backed by …", "X, who is a violent radical";
//   - its clause: "X is backed by …", "X advanced with support from …", "X is a terrorist
//     group", and verbs of calling: "the Front, which Norland considers a terrorist group".
func (r *Reader) parseCue(d *doc, m dossier.Mention, n node) (campCue, bool) {
	for _, read := range []func(*doc, dossier.Mention, node) []cueWord{
		r.describingNoun, r.nounRunAfter, r.appositionWords, r.clauseWords, r.predicateWords,
	} {
		if cue, _, ok := r.cueIn(read(d, m, n)); ok {
			return cue, true
		}
	}
	return campCue{}, false
}

// describingNoun returns the words from the end of the name to the noun it is a compound of
// ("terror group militants" of "Daesh terror group militants"), when they all modify that noun;
// nil when a cue there would make the name the patron ("US proxy"), which the caller cannot tell,
// so such cues are left out here.
func (r *Reader) describingNoun(d *doc, m dossier.Mention, n node) []cueWord {
	s := n.s
	t := n.tok()
	if t.Rel != "compound" && t.Rel != "amod" || t.Head < 0 || s.Tokens[t.Head].Start < m.End || !d.commonNoun(s, t.Head) {
		return nil
	}
	g := t.Head
	first := g
	for first > 0 && s.Tokens[first-1].Start >= m.End {
		first--
	}
	run := modifierRun(s, g, first)
	if run != first || d.actorBetween(m.End, s.Tokens[g].End, m.Chain) {
		return nil
	}
	for k := first; k < g; k++ {
		if s.Tokens[k].UPOS == "VERB" {
			return nil // "as well as the Front Western-backed rebels": a comma the text lost
		}
	}
	if !describes(s.Tokens[first:g+1]) || d.headsPhrase(m, s.Tokens[first:g+1]) {
		return nil // "Russian warplanes hit jihadist rebels", "hit" read as a modifier
	}
	return withoutPatronCues(r, cueWords(s.Tokens[first:g+1]))
}

// nounRunAfter returns the common nouns and adjectives that follow the name straight away, past
// its short form in brackets, up to the noun that ends them ("Daesh (IS) terrorists", "ISIL
// terrorist organization"): what the parse may not hang on the name where brackets stand between
// or the tagger reads the name as something else. The run ends at a noun an adjective follows,
// which heads a phrase of its own (see describes). Nil when no noun ends the run, or when the
// name ends in a common noun the run cannot continue ("the Syrian army hit jihadist rebels").
func (r *Reader) nounRunAfter(d *doc, m dossier.Mention, n node) []cueWord {
	s := n.s
	k := 0
	for k < len(s.Tokens) && s.Tokens[k].Start < m.End {
		k++
	}
	k = d.pastShortForm(s, k, m.Chain)
	j := k
	for j < len(s.Tokens) && (s.Tokens[j].UPOS == "NOUN" || s.Tokens[j].UPOS == "ADJ") && lower(s.Tokens[j].Text) {
		if j > k && s.Tokens[j].UPOS == "ADJ" && s.Tokens[j-1].UPOS == "NOUN" {
			break // "Daesh terrorists local media reported": a comma the text lost
		}
		j++
	}
	if j == k || s.Tokens[j-1].UPOS != "NOUN" || d.actorBetween(s.Tokens[k].Start, s.Tokens[j-1].End, m.Chain) ||
		strings.TrimSpace(d.text[m.End:s.Tokens[k].Start]) == "" && d.headsPhrase(m, s.Tokens[k:j]) {
		return nil
	}
	return withoutPatronCues(r, cueWords(s.Tokens[k:j]))
}

// pastShortForm returns the index of the word after the brackets at word k when they close
// around the name or hold only another name of the same chain ("the Islamic State (ISIL)"), k
// otherwise.
func (d *doc) pastShortForm(s *dossier.Sentence, k, chain int) int {
	switch {
	case k < len(s.Tokens) && s.Tokens[k].Text == ")":
		return k + 1
	case k < len(s.Tokens) && s.Tokens[k].Text == "(":
		for j := k + 1; j < len(s.Tokens) && j <= k+6; j++ {
			if s.Tokens[j].Text == ")" {
				return j + 1
			}
			if s.Tokens[j].UPOS != "PUNCT" && d.chainAt(s.Tokens[j].Span) != chain {
				return k
			}
		}
	}
	return k
}

// commonNoun reports whether word k is a common noun, or a capitalised word of a heading that
// no name holds ("ISIS Terrorists Killed").
func (d *doc) commonNoun(s *dossier.Sentence, k int) bool {
	switch s.Tokens[k].UPOS {
	case "NOUN":
		return true
	case "PROPN":
		t := s.Tokens[k].Span
		return !slices.ContainsFunc(d.mentionsIn(d.sentenceAt(t.Start)), func(mi int) bool { return d.a.Mentions[mi].Span.Contains(t) })
	}
	return false
}

// withoutPatronCues returns words unless a cue in them makes the name before them the patron.
func withoutPatronCues(r *Reader, words []cueWord) []cueWord {
	if cue, _, ok := r.cueIn(words); ok && cue.of {
		return nil
	}
	return words
}

// modifierRun returns where the run of words in front of noun g that modify it begins, going
// no further left than lo: adjectives, nouns and participles hung on g or on one another,
// and hyphens glued inside a word.
func modifierRun(s *dossier.Sentence, g, lo int) int {
	in := []int{g}
	start := g
	for k := g - 1; k >= lo; k-- {
		t := s.Tokens[k]
		switch {
		case t.Text == "-" && k > 0 && s.Tokens[k-1].End == t.Start && s.Tokens[k+1].Start == t.End:
		case slices.Contains(in, t.Head) && modifierRel(t.Rel):
			in = append(in, k)
		default:
			return start
		}
		start = k
	}
	return start
}

// modifierRel reports whether rel hangs a describing word on a noun.
func modifierRel(rel string) bool {
	switch rel {
	case "amod", "compound", "advmod", "flat", "obl:unmarked", "nmod:unmarked":
		return true
	}
	return false
}

// nounWords returns the words of the describing phrase headed by noun (or adjective) p: p and
// the run of its modifiers in front of it. Nothing when p is a name, is negated or is counted.
func nounWords(s *dossier.Sentence, p int) []cueWord {
	t := s.Tokens[p]
	if t.UPOS != "NOUN" && t.UPOS != "ADJ" || tree.Negated(s, p) || tree.Child(s, p, "nummod") >= 0 {
		return nil
	}
	return cueWords(s.Tokens[modifierRun(s, p, 0) : p+1])
}

// appositionWords returns the words of a noun in apposition to the name ("X, a US-backed
// militia") or of the noun the name stands in apposition to ("its key ally X"), when no other
// actor is named between the two and the noun is not itself the title of another name.
func (r *Reader) appositionWords(d *doc, m dossier.Mention, n node) []cueWord {
	s := n.s
	for _, k := range tree.Children(s, n.i) {
		a := s.Tokens[k]
		if a.Rel != "appos" || m.Span.Contains(a.Span) || a.Start < m.End {
			continue
		}
		lo := s.Tokens[modifierRun(s, k, 0)].Start
		if d.actorBetween(m.End, lo, m.Chain) || d.titleOfName(s, k, m.Chain) {
			continue
		}
		if w := nounWords(s, k); w != nil {
			return w
		}
	}
	if p := indefiniteAfter(s, m.End); p >= 0 && !d.actorBetween(m.End, s.Tokens[p].Start, m.Chain) {
		return nounWords(s, p)
	}
	if t := n.tok(); t.Rel == "appos" && t.Head >= 0 && s.Tokens[t.Head].End <= m.Start {
		g := t.Head
		if !d.actorBetween(s.Tokens[g].End, m.Start, m.Chain) && !d.actorBetween(s.Tokens[g].Start, s.Tokens[g].End, m.Chain) &&
			d.onlyTitles(s.Tokens[g].End, m.Start, false) {
			return nounWords(s, g)
		}
	}
	return nil
}

// indefiniteAfter returns the noun of a phrase that an indefinite article opens right after a
// name (after its short form in brackets, if any, when "the" does too): "the Forces (SDF) a
// US-backed alliance" is an apposition whether or not the text kept its commas. -1 when none
// follows.
func indefiniteAfter(s *dossier.Sentence, end int) int {
	k := 0
	for k < len(s.Tokens) && s.Tokens[k].Start < end {
		k++
	}
	bracket := k < len(s.Tokens) && s.Tokens[k].Text == "("
	if bracket {
		for k < len(s.Tokens) && s.Tokens[k].Text != ")" {
			k++
		}
		k++
	}
	for k < len(s.Tokens) && s.Tokens[k].Text == "," {
		k++
	}
	if k >= len(s.Tokens) || s.Tokens[k].UPOS != "DET" || !strings.EqualFold(s.Tokens[k].Lemma, "a") && !(bracket && strings.EqualFold(s.Tokens[k].Text, "the")) {
		return -1
	}
	p := s.Tokens[k].Head
	if p <= k || s.Tokens[p].UPOS != "NOUN" || modifierRun(s, p, k+1) != k+1 && p != k+1 {
		return -1
	}
	return p
}

// titleOfName reports whether noun k heads another actor's name hung on it without a
// preposition ("affiliate al-Nusra Front"): the noun describes that name, not the one before.
func (d *doc) titleOfName(s *dossier.Sentence, k, chain int) bool {
	for _, c := range tree.Children(s, k) {
		t := s.Tokens[c]
		if t.Start < s.Tokens[k].End || tree.Child(s, c, "case") >= 0 {
			continue
		}
		if ch := d.actorAt(node{s, c}); ch >= 0 && ch != chain {
			return true
		}
	}
	return false
}

// clauseWords returns the words of a participle or relative clause on the name, or on the noun
// the name is a compound of ("Hizballah fighters backed by …"): a passive participle with its
// agent ("backed by"), a copular description ("who is a violent radical") or what a verb of
// calling makes of it ("which Norland considers a terrorist group"). A relative clause whose
// pronoun follows the name straight away describes it wherever the parse hangs the clause; one
// after a later conjunct of the name describes that conjunct.
func (r *Reader) clauseWords(d *doc, m dossier.Mention, n node) []cueWord {
	s := n.s
	heads := []int{n.i}
	if g := groupNoun(s, n.i, m.End); g >= 0 {
		heads = append(heads, g)
	}
	var clauses []int
	for _, h := range heads {
		for _, k := range tree.Children(s, h) {
			if strings.HasPrefix(s.Tokens[k].Rel, "acl") && s.Tokens[k].Start >= m.End && !conjunctBefore(s, h, k) {
				clauses = append(clauses, k)
			}
		}
	}
	if k := r.relativeAfter(s, m.End); k >= 0 && !slices.Contains(clauses, k) {
		clauses = append(clauses, k)
	}
	for _, k := range clauses {
		if w := r.clauseOf(d, s, k); w != nil {
			return w
		}
	}
	return nil
}

// conjunctBefore reports whether a name or noun joined to word h stands between h and clause k
// hung on it ("both X and Y which Norland considers …"): the clause describes the nearer
// conjunct, however the parse hangs it.
func conjunctBefore(s *dossier.Sentence, h, k int) bool {
	for _, c := range tree.Children(s, h) {
		if s.Tokens[c].Rel == "conj" && c > h && c < k {
			return true
		}
	}
	return false
}

// relativeAfter returns the relative clause whose pronoun is the first word after byte end
// ("… Assad who is backed by …"), -1 when that word opens none.
func (r *Reader) relativeAfter(s *dossier.Sentence, end int) int {
	for _, t := range s.Tokens {
		if t.Start < end {
			continue
		}
		if t.UPOS != "PRON" || !r.relatives[strings.ToLower(t.Text)] || t.Head < 0 || !strings.HasPrefix(s.Tokens[t.Head].Rel, "acl") {
			return -1
		}
		return t.Head
	}
	return -1
}

// clauseOf returns the describing words of clause k hung on a name (see clauseWords).
func (r *Reader) clauseOf(d *doc, s *dossier.Sentence, k int) []cueWord {
	if tree.Negated(s, k) {
		return nil
	}
	t := s.Tokens[k]
	if t.UPOS == "VERB" {
		if w := d.agentWords(s, k); w != nil {
			return w
		}
		if r.deemVerbs[lemma(&t)] {
			return r.calledWords(s, k, "obj", "xcomp")
		}
		return nil
	}
	if sb := tree.Child(s, k, "nsubj"); sb >= 0 && s.Tokens[sb].UPOS == "PRON" && tree.Child(s, k, "cop") >= 0 {
		return nounWords(s, k)
	}
	return nil
}

// agentWords returns a passive verb and the preposition of its agent ("backed by"), nil when
// verb k has no agent or its agent names no one: being "backed by allied militia" tells who
// helps, not whose camp one is in, while "backed by Iran" or "by Iranian forces" names a patron.
func (d *doc) agentWords(s *dossier.Sentence, k int) []cueWord {
	for _, c := range tree.Children(s, k) {
		if !strings.HasPrefix(s.Tokens[c].Rel, "obl") || tree.Preposition(s, c) != "by" {
			continue
		}
		if !d.namesSomeone(s, c) {
			return nil
		}
		return cueWords([]dossier.Token{s.Tokens[k], s.Tokens[tree.CaseMarker(s, c)]})
	}
	return nil
}

// namesSomeone reports whether the phrase headed by word c names an actor: it holds a mention or
// a capitalised word ("Tarsan", "Tarsanian forces", "the Tarsan-led coalition"). A phrase of
// common words alone ("allied militia", "local gunmen and jets") names no one.
func (d *doc) namesSomeone(s *dossier.Sentence, c int) bool {
	sp := s.Tokens[c].Span
	for k := range s.Tokens {
		if !tree.Under(s, k, c) {
			continue
		}
		t := s.Tokens[k]
		if t.UPOS != "PUNCT" && !lower(t.Text) {
			return true
		}
		sp.Start, sp.End = min(sp.Start, t.Start), max(sp.End, t.End)
	}
	return len(d.mentionsIn(sp)) > 0
}

// calledWords returns the words of the noun that verb of calling k makes of its object, found
// under one of rels or as an "as" phrase ("regarded as a terrorist group"); a pronoun there is
// the relative pronoun of the clause, not what the name is called.
func (r *Reader) calledWords(s *dossier.Sentence, k int, rels ...string) []cueWord {
	for _, c := range tree.Children(s, k) {
		t := s.Tokens[c]
		if t.UPOS == "PRON" {
			continue
		}
		if slices.Contains(rels, t.Rel) || strings.HasPrefix(t.Rel, "obl") && tree.Preposition(s, c) == "as" {
			if w := nounWords(s, c); w != nil {
				return w
			}
		}
	}
	return nil
}

// predicateWords returns what the name's own clause says it is: the noun of a copula ("X is a
// terrorist group"), the agent of a passive ("X is backed by …"), support it acts with ("X
// advanced with support from …", "… formed X with support from …") and what a verb of calling makes of it ("Norland considers X a
// terrorist group", "X is blacklisted as a terrorist organisation").
func (r *Reader) predicateWords(d *doc, m dossier.Mention, n node) []cueWord {
	if w := r.clauseOfName(d, m, n); w != nil {
		return w
	}
	if g := groupNoun(n.s, n.i, m.End); g >= 0 {
		return r.clauseOfName(d, m, n.at(g))
	}
	return nil
}

// groupNoun returns the noun right after the name that the name is a compound of (see
// nounAfter), so that what is said of "Front fighters" is said of the Front; -1 when there is
// none or the name is a possessive written without its apostrophe ("Assads government").
func groupNoun(s *dossier.Sentence, h, end int) int {
	g := nounAfter(s, h, end)
	if g < 0 {
		return -1
	}
	last := s.Tokens[g-1]
	if last.UPOS == "PROPN" && strings.HasSuffix(last.Text, "s") && last.Lemma != "" && !strings.HasSuffix(last.Lemma, "s") {
		return -1
	}
	return g
}

// clauseOfName returns what the clause of word n (the name's head, or the noun it is a compound
// of) says it is; see predicateWords.
func (r *Reader) clauseOfName(d *doc, m dossier.Mention, n node) []cueWord {
	s := n.s
	t := n.tok()
	p := t.Head
	if p < 0 || tree.Negated(s, p) {
		return nil
	}
	v := &s.Tokens[p]
	switch {
	case t.Rel == "nsubj" && tree.Child(s, p, "cop") >= 0:
		if v.UPOS == "NOUN" && v.Start > m.End {
			return nounWords(s, p)
		}
	case t.Rel == "nsubj:pass" && v.UPOS == "VERB":
		if w := d.agentWords(s, p); w != nil {
			return w
		}
		if r.deemVerbs[lemma(v)] {
			return r.calledWords(s, p, "xcomp")
		}
	case t.Rel == "obj" && v.UPOS == "VERB" && r.deemVerbs[lemma(v)]:
		return r.calledWords(s, p, "xcomp")
	case t.Rel == "obj" && v.UPOS == "VERB" && r.foundVerbs[lemma(v)]:
		return r.backingWords(d, s, p)
	case t.Rel == "nsubj" && v.UPOS == "VERB":
		return r.backingWords(d, s, p)
	}
	return nil
}

// backingWords are the support words of verb k (see supportWords) when they tell of backing:
// "clashed with ISIL terrorists" names the other side, and what it says describes that side.
func (r *Reader) backingWords(d *doc, s *dossier.Sentence, k int) []cueWord {
	w, c := supportWords(s, k)
	if cue, _, ok := r.cueIn(w); !ok || cue.camp != "backed" || !d.namesSomeone(s, c) {
		return nil // "with support from allied militia" names no patron (see agentWords)
	}
	return w
}

// supportWords returns the words of an oblique of verb k that says with whose help it acts
// ("with support from the coalition"): the words from its preposition to its noun and the
// preposition after that, and the oblique's noun. The parse may hang such a phrase on the oblique before it ("formed
// the Front in the port with support from …"): support is given to a deed, not to a place, so
// it is read there too.
func supportWords(s *dossier.Sentence, k int) ([]cueWord, int) {
	var with []int
	for _, c := range tree.Obliques(s, k) {
		with = append(with, c)
		for _, n := range tree.Children(s, c) {
			if strings.HasPrefix(s.Tokens[n].Rel, "nmod") {
				with = append(with, n)
			}
		}
	}
	for _, c := range with {
		cm := tree.CaseMarker(s, c)
		if tree.Preposition(s, c) != "with" || cm > c {
			continue
		}
		end := c + 1
		if end < len(s.Tokens) && s.Tokens[end].UPOS == "ADP" {
			end++
		}
		return cueWords(s.Tokens[cm:end]), c
	}
	return nil, -1
}

// isLetter reports whether byte b is an ASCII letter.
func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
