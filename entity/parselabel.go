package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// maxLabelWords bounds a label read from the parse: longer phrases are clauses, not descriptions.
const maxLabelWords = 8

// parseLabels reads from the parse how the document describes each named actor: a common noun
// in apposition to the name ("X, a rebel commander", "the group's leader, X") and the describing
// words the parse hangs on the name in front of it ("the terrorist group X"). A parse label
// replaces a pattern label of the same mention over the same words; the patterns' other labels
// stay, and they alone serve sentences without a parse.
func (d *doc) parseLabels(parse []dossier.Sentence) {
	if len(parse) == 0 {
		return
	}
	pattern := d.labels
	d.labels = nil
	for ci, c := range d.cands {
		if c.start != d.toks[c.a].start || c.end != d.toks[c.b-1].end {
			continue // a part of a hyphenated word
		}
		if d.datelineName(c) {
			continue // the parse hangs the report on a dateline's town
		}
		p := tree.SentenceAt(parse, c.start)
		if p == nil {
			continue
		}
		spans, pre := nameLabels(p, c.start, c.end, d.personOrGroup)
		for i, sp := range spans {
			// Words in front of a name describe it when the patterns' test agrees: they end in a
			// noun for a person or a group, or hold a describing word ("southern Syria" does not).
			d.addSpanLabel(sp, ci, !pre || i < len(spans)-1)
		}
	}
	// Where the parse read a mention's label from the same words as a pattern, the parse's
	// reading stands; the patterns' other labels stay.
	parsed := d.labels
	for _, l := range pattern {
		if slices.ContainsFunc(parsed, func(o lab) bool { return o.cand == l.cand && o.start < l.end && l.start < o.end }) {
			continue
		}
		if p := tree.SentenceAt(parse, l.start); !d.adverbial(p, l) && !clausal(p, l) {
			d.labels = append(d.labels, l)
		}
	}
}

// adverbial reports whether label l stands before its name and a comma in a phrase the parse
// hangs on a verb with a preposition that does not make it a description ("On the policy front,
// X": where, not who X is; "As the group's leader, X" is one): no label.
func (d *doc) adverbial(p *dossier.Sentence, l lab) bool {
	c := d.cands[l.cand]
	if p == nil || l.end > c.start || !strings.Contains(d.text[l.end:c.start], ",") {
		return false
	}
	h := tree.SpanHead(p, l.start, l.end)
	if h < 0 || !strings.HasPrefix(p.Tokens[h].Rel, "obl") {
		return false
	}
	prep := tree.Preposition(p, h)
	return prep != "" && !d.g.w.predicativeCases[prep]
}

// clausal reports whether pattern label l holds a word the parse reads as the verb of a clause
// with its own subject or object, not a describing participle ("a toxicology report found X",
// "X, the entire system needs"; "the US-backed", "the so-called" stay).
func clausal(p *dossier.Sentence, l lab) bool {
	if p == nil {
		return false
	}
	for k, t := range p.Tokens {
		if t.Start < l.start || t.End > l.end || t.UPOS != "VERB" || t.Rel == "amod" || t.Rel == "compound" ||
			k > 0 && p.Tokens[k-1].Text == "-" && p.Tokens[k-1].End == t.Start {
			continue
		}
		if tree.Child(p, k, "nsubj", "nsubj:pass", "obj", "xcomp", "ccomp") >= 0 {
			return true
		}
	}
	return false
}

// addSpanLabel adds the label over bytes sp to candidate ci, as the patterns add theirs. Unless
// noun is set (an apposition), the words stand in front of the name and pass only when they
// describe it.
func (d *doc) addSpanLabel(sp dossier.Span, ci int, noun bool) {
	a := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= sp.Start })
	b := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= sp.End })
	if a >= b || d.toks[a].start != sp.Start || d.toks[b-1].end != sp.End {
		return
	}
	// A name after the description is another actor ("Al-Qaeda affiliate Al-Nusra Front"), and
	// so are the words that led up to it ("a former colonel of the Syrian army").
	for b > a && (d.tc[b-1] >= 0 || !d.toks[b-1].word || d.g.w.npStop[strings.ToLower(d.toks[b-1].text)]) {
		b--
	}
	// Names at the front go, and with them the words that joined them to the label ("X and Y
	// council leader Z": "council leader").
	for a < b && d.tc[a] >= 0 {
		a = d.cands[d.tc[a]].b
		for a < b && (!d.toks[a].word || d.g.w.npStop[strings.ToLower(d.toks[a].text)]) {
			a++
		}
	}
	if a < b && (noun || d.describing(a, b)) {
		d.addLabelKeep(a, b, ci, false)
	}
}

// nameLabels returns the spans that describe the name at bytes [start, end) of sentence p; the
// last one comes from words in front of the name when pre is set. Actor says whether a noun's
// lemma describes a person or a group.
func nameLabels(p *dossier.Sentence, start, end int, actor func(string) bool) (out []dossier.Span, pre bool) {
	in := func(k int) bool { return k >= 0 && p.Tokens[k].Start >= start && p.Tokens[k].End <= end }
	h := -1
	for k, t := range p.Tokens {
		if in(k) && !in(t.Head) {
			h = k
			break
		}
	}
	if h < 0 {
		return nil, false
	}
	add := func(sp dossier.Span, ok bool) {
		if ok {
			out = append(out, sp)
		}
	}
	// A phrase opened by a preposition is no apposition, whatever the parse calls it: "throwing
	// bombs, mostly at X" does not call X bombs.
	for k, t := range p.Tokens {
		if t.Head == h && t.Rel == "appos" && !in(k) && t.UPOS == "NOUN" && !negated(p, k) && !counted(p, k) &&
			!unlike(p, k, h, actor) && tree.Child(p, k, "case") < 0 {
			add(phrase(p, k, in)) // "X, a rebel commander"
		}
	}
	if g := apposedTo(p, h); g >= 0 && !in(g) && p.Tokens[g].UPOS == "NOUN" && lower(p.Tokens[g].Text) &&
		!counted(p, g) && !unlike(p, g, h, actor) && !afterColon(p, start) && tree.Child(p, h, "case") < 0 {
		add(phrase(p, g, func(k int) bool { return in(k) || tree.Under(p, k, h) })) // "the group's leader, X"
	}
	if sp, ok := premodifiers(p, h, start, in); ok {
		out = append(out, sp)
		pre = true
	}
	return out, pre
}

// apposedTo returns the noun the name headed by h stands in apposition to: its head by "appos",
// or the noun right before the comma that opens the name where the parse joins the name to a
// verb, as its apposition or as a conjunct with no conjunction ("heard from the group's leader,
// X, on Monday" read as a verb and X); -1 when there is none.
func apposedTo(p *dossier.Sentence, h int) int {
	t := p.Tokens[h]
	switch {
	case t.Head < 0:
		return -1
	case t.Rel == "appos" && p.Tokens[t.Head].UPOS != "VERB":
		return t.Head
	case t.Rel != "conj" && t.Rel != "appos" || p.Tokens[t.Head].UPOS != "VERB" || tree.Child(p, h, "cc") >= 0:
		return -1
	}
	first := h
	for k := h - 1; k >= 0 && p.Tokens[k].UPOS != "PUNCT" && tree.Under(p, k, h); k-- {
		first = k
	}
	if first < 2 || p.Tokens[first-1].Text != "," {
		return -1
	}
	return first - 2
}

// counted reports whether noun k is counted ("22 volunteers"): a number of people, no label.
func counted(p *dossier.Sentence, k int) bool {
	for _, t := range p.Tokens {
		if t.Head == k && t.Rel == "nummod" {
			return true
		}
	}
	return false
}

// unlike reports whether noun k is plural where the name headed by h is not: "the following
// roads: X", "real European countries X, Y and Z" list X among them, they do not describe it.
// A plural noun for people or groups describes each of the names it lists ("its close allies
// X and Y").
func unlike(p *dossier.Sentence, k, h int, actor func(string) bool) bool {
	if tree.Feature(p, k, "Number") != "Plur" || tree.Feature(p, h, "Number") == "Plur" {
		return false
	}
	listed := p.Tokens[h].Rel == "conj" || tree.Child(p, h, "conj") >= 0
	return !listed || !actor(strings.ToLower(p.Tokens[k].Lemma))
}

// afterColon reports whether the word before byte start is a colon: what follows it is a list
// or a clause of its own ("7 p.m.: The Chargers …"), not an apposition.
func afterColon(p *dossier.Sentence, start int) bool {
	k := -1
	for j, t := range p.Tokens {
		if t.End <= start {
			k = j
		}
	}
	return k >= 0 && p.Tokens[k].Text == ":"
}

// negated reports whether word k carries a negation ("ISIS, not the regime", "X, never bit").
func negated(p *dossier.Sentence, k int) bool {
	if tree.Negated(p, k) {
		return true
	}
	for _, t := range p.Tokens {
		if t.Head == k && strings.Contains(t.Feats, "Polarity=Neg") {
			return true
		}
	}
	return false
}

// premodifiers returns the describing words the parse hangs on name head h right in front of the
// name: adjectives and nouns in lower case ("the terrorist group X", "the so-called X").
func premodifiers(p *dossier.Sentence, h, start int, in func(int) bool) (dossier.Span, bool) {
	first := -1
	for k := len(p.Tokens) - 1; k >= 0; k-- {
		t := p.Tokens[k]
		if t.End > start || in(k) {
			continue
		}
		if !tree.Under(p, k, h) || !describes(t) {
			break
		}
		if t.Head == h && (t.Rel == "amod" || t.Rel == "compound") || first >= 0 {
			first = k
		}
	}
	if first < 0 {
		return dossier.Span{}, false
	}
	last := first
	for last+1 < len(p.Tokens) && !in(last+1) {
		last++
	}
	return trimmed(p, first, last)
}

// describes reports whether token t may stand in a description: a word in lower case (or with a
// hyphen, "US-backed"), not a determiner, number or punctuation.
func describes(t dossier.Token) bool {
	switch t.UPOS {
	case "NOUN", "ADJ", "VERB", "ADV":
	case "PUNCT":
		return t.Text == "-"
	default:
		return false
	}
	return lower(t.Text) || strings.ContainsRune(t.Text, '-')
}

// lower reports whether a word starts with a lower-case letter.
func lower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// phrase returns the span of word k's phrase: the run of its subtree around it, leaving out the
// words skip says (the name itself), relative clauses and what follows a comma.
func phrase(p *dossier.Sentence, k int, skip func(int) bool) (dossier.Span, bool) {
	keep := func(j int) bool {
		if skip(j) || !tree.Under(p, j, k) {
			return false
		}
		for x := j; x != k && x >= 0; x = p.Tokens[x].Head {
			r := p.Tokens[x].Rel
			if strings.HasPrefix(r, "acl") || r == "appos" || r == "punct" && x == j && p.Tokens[x].Text != "-" {
				return false
			}
			if p.Tokens[x].Head == k && !nominalDependent(r) {
				return false // "two days after the brigade's commander": the clause's, not the noun's
			}
		}
		return true
	}
	a, b := k, k
	for a-1 >= 0 && keep(a-1) {
		a--
	}
	for b+1 < len(p.Tokens) && keep(b+1) {
		b++
	}
	return trimmed(p, a, b)
}

// trimmed returns the span of words [a, b] without punctuation at its ends nor the words that
// open it ("by the …", "including a …", "its …"), and whether it is short enough to be a label.
func trimmed(p *dossier.Sentence, a, b int) (dossier.Span, bool) {
	for a <= b && opener(p.Tokens[a]) {
		a++
	}
	for b >= a && p.Tokens[b].UPOS == "PUNCT" {
		b--
	}
	if a > b || b-a+1 > maxLabelWords {
		return dossier.Span{}, false
	}
	return dossier.Span{Start: p.Tokens[a].Start, End: p.Tokens[b].End}, true
}

// nominalDependent reports whether a dependent of a noun in relation rel belongs to its phrase.
func nominalDependent(rel string) bool {
	base, _, _ := strings.Cut(rel, ":")
	switch base {
	case "det", "amod", "compound", "nmod", "flat", "conj", "cc", "punct", "advmod":
		return true
	}
	return false
}

// opener reports whether t only opens a phrase: punctuation, a preposition, a conjunction, a
// determiner or a possessive pronoun.
func opener(t dossier.Token) bool {
	switch t.Rel {
	case "case", "mark", "cc", "det", "punct":
		return true
	}
	return t.UPOS == "DET" || t.UPOS == "PUNCT" || t.Rel == "nmod:poss" && t.UPOS == "PRON"
}
