package event

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// maxSpeakerWords is the longest a speaker's phrase read from the parse may run; past it only
// the head and its name words are kept.
const maxSpeakerWords = 12

// maxChunkWords is the longest run of nominal words read as one speaker's phrase by parts of
// speech alone.
const maxChunkWords = 6

// speakerRels are the relations that stay in a speaker's noun phrase: its determiners,
// adjectives, numbers, name words, compounds, possessors, apposition ("Kirkuki, the
// commander") and the nouns that complete it ("the head of the council"), with their case
// marks and the conjunctions between joined speakers. A clause, a time or an adverb is left
// out.
var speakerRels = map[string]bool{
	"det": true, "det:poss": true, "amod": true, "nummod": true, "compound": true,
	"flat": true, "flat:name": true, "fixed": true, "appos": true, "nmod": true,
	"nmod:poss": true, "case": true, "cc": true, "conj": true, "punct": true,
}

// nameRels are the relations kept when a speaker's whole phrase runs too long.
var nameRels = map[string]bool{"compound": true, "flat": true, "flat:name": true, "det": true, "amod": true}

// parseSpeaker reads the speaker of the verb of saying at token i from the parse: the nominal
// subject of the verb, before it or after it ("said the commander"), with its modifiers. ok is
// false when the sentence has no parse that holds the verb; t1 <= t0 when the parse gives the
// verb no nominal subject. tell says the verb is one of telling, whose object is whom.
func parseSpeaker(s *sent, i int, tell bool) (t0, t1 int, ok bool) {
	p, v := parseWord(s, i)
	if v < 0 {
		return 0, 0, false
	}
	timeAt := parseTimeAt(s, p)
	lo, hi := speakerWords(p, v, tell, timeAt)
	if lo < 0 {
		return 0, 0, true
	}
	lo = afterTimePhrase(p, lo, hi, timeAt)
	t0, t1 = tokIndex(s, p.Tokens[lo].Start), tokIndex(s, p.Tokens[hi].End-1)+1
	if t0 < 0 || t1 <= t0 {
		return 0, 0, true
	}
	for t1 > t0 && !s.toks[t1-1].word {
		t1--
	}
	for t0 < t1 && !s.toks[t0].word {
		t0++
	}
	t0 = afterOpenQuote(s, t0, t1)
	t0, t1 = wholeNames(s, t0, t1)
	return t0, t1, true
}

// afterTimePhrase moves lo past the last time named with a preposition inside words [lo, hi]
// ("killed two people on Sunday state media reported", the commas lost): the speaker is what
// follows the time.
func afterTimePhrase(p *dossier.Sentence, lo, hi int, timeAt func(int) bool) int {
	for k := hi - 1; k > lo; k-- {
		if timeAt(k) && p.Tokens[k-1].UPOS == "ADP" {
			return k + 1
		}
	}
	return lo
}

// afterOpenQuote moves t0 past a quotation mark opened inside tokens [t0, t1) and not closed
// there: the words before it belong to the text around the quotation, not to the speaker's name
// ("The “Free Voice account" names the account "Free Voice account").
func afterOpenQuote(s *sent, t0, t1 int) int {
	for k := t1 - 1; k > t0; k-- {
		switch s.toks[k].norm {
		case "”", "»":
			return t0
		case "“", "«":
			if k+1 < t1 {
				return k + 1
			}
			return t0
		}
	}
	return t0
}

// wholeNames widens tokens [t0, t1) to take in whole the names it cuts at either end ("Human
// Rights Watch", of which the parse gave only "Watch").
func wholeNames(s *sent, t0, t1 int) (int, int) {
	if t1 <= t0 {
		return t0, t1
	}
	if it := s.itemAt[t0]; it >= 0 {
		t0 = min(t0, s.items[it].t0)
	}
	if it := s.itemAt[t1-1]; it >= 0 {
		t1 = max(t1, s.items[it].t1)
	}
	return t0, t1
}

// speakerWords returns the first and last word of the speaker of verb v, or -1, -1: its
// subject when only adverbs, times and punctuation stand between it and the verb, with the
// nominal words before it the parse hung elsewhere; else the words that close the sentence
// after the verb ("… said the commander"; not after a verb of telling, tell, whose object is
// whom). A subject far before the verb is a misreading of a text without commas ("six were
// killed in the raid a monitor said"): the pronoun or nouns just before the verb name the
// speaker then, as they do when the parse gives the verb no subject.
func speakerWords(p *dossier.Sentence, v int, tell bool, timeAt func(int) bool) (int, int) {
	if p.Tokens[v].UPOS != "VERB" || toInfinitive(p, v) {
		return -1, -1 // "states" a noun, "refused to say": no one speaks
	}
	subj := speakerHead(p, v)
	if subj >= 0 && timeAt(subj) {
		subj = -1 // "said Monday": a time misread as the subject
	}
	if subj < 0 {
		subj = describedNoun(p, v)
	}
	prev := v - 1
	for prev >= 0 && (p.Tokens[prev].UPOS == "ADV" || p.Tokens[prev].UPOS == "AUX" || p.Tokens[prev].UPOS == "PART") {
		prev-- // "sources have confirmed", "he did not say"
	}
	gap := func(hi int) bool { // only adverbs, auxiliaries, times, punctuation, the subject's words
		for k := hi + 1; k < v; k++ {
			if u := p.Tokens[k].UPOS; u != "ADV" && u != "AUX" && u != "PART" && u != "PUNCT" && !timeAt(k) && !ancestor(p, subj, k) {
				return false
			}
		}
		return true
	}
	lo, hi := -1, -1
	if subj >= 0 {
		lo, hi = phraseBounds(p, subj, speakerRels, timeAt)
		if wordsIn(p, lo, hi) > maxSpeakerWords {
			lo, hi = phraseBounds(p, subj, nameRels, timeAt)
		}
	}
	if hi >= 0 && hi < v && gap(hi) {
		if p.Tokens[subj].UPOS != "PRON" {
			lo = min(lo, chunkStart(p, hi, timeAt))
		}
		return lo, hi
	}
	if tlo, thi := trailingSpeaker(p, v, timeAt); tlo >= 0 && !tell && (subj < 0 || subj > v) {
		return tlo, thi
	}
	switch {
	case prev < 0 || subj >= 0 && hi > v || timeAt(prev):
	case p.Tokens[prev].UPOS == "PRON":
		return prev, prev
	case p.Tokens[prev].UPOS == "NOUN" || p.Tokens[prev].UPOS == "PROPN":
		return chunkStart(p, prev, timeAt), prev
	}
	if subj > v {
		return lo, hi
	}
	// "… Human Rights monitor said", the head noun mistagged: the nouns before it lead it. A
	// conjunction before the verb joins it to an earlier one, whose subject speaks ("blamed the
	// army for the massacre and said …").
	if prev < 1 {
		return -1, -1
	}
	if u := p.Tokens[prev].UPOS; u == "VERB" || u == "PUNCT" || u == "CCONJ" {
		return -1, -1
	}
	if k := prev - 1; p.Tokens[k].UPOS == "NOUN" || p.Tokens[k].UPOS == "PROPN" {
		return chunkStart(p, k, timeAt), prev
	}
	return -1, -1 // a subject far before the verb, other words between: a misreading
}

// trailingSpeaker returns the words after verb v that name its speaker: a run of nominal words
// that ends the sentence, or runs up to a time or a participle ("said the monitor on Friday",
// "said the monitor adding that …"). -1, -1 when the verb is not followed so.
func trailingSpeaker(p *dossier.Sentence, v int, timeAt func(int) bool) (int, int) {
	n := len(p.Tokens)
	if v == 0 || v+1 >= n {
		return -1, -1
	}
	if u := p.Tokens[v+1].UPOS; u != "DET" && u != "ADJ" && u != "NOUN" && u != "PROPN" || p.Tokens[v+1].Rel == "iobj" {
		return -1, -1 // "said in a post", "told reporters"
	}
	k := v + 1
	for k < n && k-v <= maxSpeakerWords && !timeAt(k) && nominalWord(p.Tokens[k]) {
		k++
	}
	if k == v+1 || !(k == n || timeAt(k) || p.Tokens[k].UPOS == "PUNCT" && (k == n-1 || !strings.ContainsAny(p.Tokens[k].Text, "(\"“”'‘’")) ||
		p.Tokens[k].XPOS == "VBG" || relativeWord(p, k)) {
		// "said the X Observatory a Britain-based group with …", the comma lost: the name ends
		// where a determiner opens its description.
		j := v + 2
		for j < k && !(p.Tokens[j].UPOS == "DET" && (p.Tokens[j-1].UPOS == "PROPN" || p.Tokens[j-1].UPOS == "NOUN")) {
			j++
		}
		if j >= k {
			return -1, -1
		}
		k = j
	}
	hi := k - 1
	for hi > v && !content(p.Tokens[hi]) {
		hi--
	}
	if hi == v {
		return -1, -1
	}
	return v + 1, hi
}

// nominalWord reports whether t may stand inside a speaker's phrase: a determiner, adjective,
// noun, name, or the "of" and brackets of "the head of the council (HC)".
func nominalWord(t dossier.Token) bool {
	switch t.UPOS {
	case "DET", "ADJ", "NOUN", "PROPN":
		return true
	case "ADP", "CCONJ":
		return t.Rel == "case" || t.Rel == "cc"
	case "PUNCT":
		return t.Text == "(" || t.Text == ")" || t.Text == "-"
	}
	return false
}

// content reports whether t is a word that may close a speaker's phrase.
func content(t dossier.Token) bool {
	return t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "ADJ" || t.Text == ")"
}

// speakerHead returns the head word of the verb v's speaker: its nominal subject, or, of a verb
// that follows what was said, a noun the parse hangs after it as its object ("… was foiled said
// the commander", the commas lost). -1 when there is none.
func speakerHead(p *dossier.Sentence, v int) int {
	k := tree.Child(p, v, "nsubj")
	if k < 0 && strings.HasPrefix(p.Tokens[v].Rel, "parataxis") {
		k = tree.Child(p, v, "obj")
		if k >= 0 && k < v {
			k = -1
		}
	}
	if k < 0 {
		return -1
	}
	if strings.HasPrefix(p.Tokens[k].XPOS, "W") || tree.Feature(p, k, "PronType") == "Rel" {
		return -1 // a relative pronoun ("that", "who") stands for a noun outside the clause
	}
	switch p.Tokens[k].UPOS {
	case "NOUN", "PROPN", "PRON", "X":
		return k
	case "ADJ", "NUM":
		if tree.Child(p, k, "det") >= 0 {
			return k // "the 56-year-old said"
		}
	}
	return -1
}

// toInfinitive reports whether verb v of the parse is a to-infinitive ("refused to say").
func toInfinitive(p *dossier.Sentence, v int) bool {
	m := tree.Child(p, v, "mark")
	return m >= 0 && p.Tokens[m].XPOS == "TO"
}

// phraseBounds returns the first and last word of the phrase headed by word h, following only
// the relations in rels and leaving out a modifier that is a time ("on Sunday"). Punctuation, a conjunction or a case mark is kept only between words
// of the phrase.
func phraseBounds(p *dossier.Sentence, h int, rels map[string]bool, timeAt func(int) bool) (int, int) {
	lo, hi := h, h
	var walk func(k int)
	walk = func(k int) {
		for _, c := range tree.Children(p, k) {
			if !rels[p.Tokens[c].Rel] && !adjectiveArg(p, k, c) || timeAt(c) || p.Tokens[c].Rel == "nmod" && tree.Child(p, c, "case") < 0 {
				continue // an nmod without a preposition is a time ("Saturday")
			}
			if !edgeRel(p.Tokens[c].Rel) {
				lo, hi = min(lo, c), max(hi, c)
			}
			walk(c)
		}
	}
	walk(h)
	return lo, hi
}

func edgeRel(rel string) bool { return rel == "punct" || rel == "cc" || rel == "case" }

// wordsIn counts the words (not punctuation) of the parse from lo to hi.
func wordsIn(p *dossier.Sentence, lo, hi int) int {
	n := 0
	for k := lo; k <= hi; k++ {
		if p.Tokens[k].UPOS != "PUNCT" {
			n++
		}
	}
	return n
}

// tokIndex returns the token of s that holds byte offset off, or -1.
func tokIndex(s *sent, off int) int {
	if k := tokenAt(s.toks, off); k < len(s.toks) && s.toks[k].start <= off {
		return k
	}
	return -1
}

// nameBeforeVerb returns the name that ends just before the verb of saying at token i (past
// adverbs): the speaker when the parse gives the verb no subject ("… before dawn commander
// Jon Varek told reporters"). Empty when no name stands there.
func nameBeforeVerb(s *sent, i int) (int, int) {
	k := prevWord(s, i)
	if k < 0 {
		return 0, 0
	}
	it := s.itemAt[k]
	if it < 0 || s.items[it].t1 != k+1 {
		return 0, 0
	}
	return s.items[it].t0, k + 1
}

// describedNoun returns the noun that the verb of saying v is read as describing when the parse
// takes it for a reduced relative ("a local source said Monday", "the group announced that
// …"): the noun ends just before the verb and nothing marks the verb as passive. -1 otherwise.
func describedNoun(p *dossier.Sentence, v int) int {
	h := p.Tokens[v].Head
	if p.Tokens[v].Rel != "acl" || h < 0 || h >= v || tree.Agent(p, v) >= 0 {
		return -1
	}
	if _, hi := phraseBounds(p, h, nameRels, func(int) bool { return false }); hi != v-1 {
		return -1
	}
	switch p.Tokens[h].UPOS {
	case "NOUN", "PROPN":
		return h
	}
	return -1
}

// chunkStart returns where the run of nominal words that ends at word e begins, read from the
// words' parts of speech alone: the words before a speaker's head that the parse hung
// elsewhere ("The Russian defense ministry", "spokesman Colonel Jon Varek"). The run stops
// after a determiner, before a number, a time or a plural noun the parse makes no modifier, and
// at maxChunkWords words.
func chunkStart(p *dossier.Sentence, e int, timeAt func(int) bool) int {
	b := e
	for b > 0 && e-b+1 < maxChunkWords && !timeAt(b-1) {
		switch p.Tokens[b-1].UPOS {
		case "DET":
			return b - 1
		case "NOUN":
			if pluralHead(p, b-1) {
				return b // "… including 11 children state media said": the plural heads its own phrase
			}
			b--
			continue
		case "ADJ", "PROPN":
			b--
			continue
		}
		break
	}
	return b
}

// pluralHead reports whether word k is a plural common noun, in lower case, that the parse
// makes no modifier and no determiner leads: the head of a phrase of its own, not a word of the
// name after it ("Human Rights", "the rights group", "the observatorys chief" stay).
func pluralHead(p *dossier.Sentence, k int) bool {
	t := p.Tokens[k]
	if r, _ := utf8.DecodeRuneInString(t.Text); t.XPOS != "NNS" || t.Rel == "compound" || t.Text == "" || unicode.IsUpper(r) {
		return false
	}
	return k == 0 || p.Tokens[k-1].UPOS != "DET"
}

// relativeWord reports whether word k opens a relative clause ("which relies on …").
func relativeWord(p *dossier.Sentence, k int) bool {
	h := p.Tokens[k].Head
	return p.Tokens[k].UPOS == "PRON" && h >= 0 && p.Tokens[h].Rel == "acl:relcl"
}

// adjectiveArg reports whether word c completes a speaker's phrase as a modifier of word k: a
// participle without a subject of its own ("a person briefed on the talks", "a group monitoring
// the conflict"), or what completes such a participle or an adjective ("a source directly
// familiar with the matter").
func adjectiveArg(p *dossier.Sentence, k, c int) bool {
	r, t := p.Tokens[c].Rel, p.Tokens[k]
	if r == "acl" {
		x := p.Tokens[c].XPOS
		return (x == "VBN" || x == "VBG") && tree.Child(p, c, "nsubj") < 0
	}
	participle := t.Rel == "acl" && (t.XPOS == "VBN" || t.XPOS == "VBG")
	return (t.UPOS == "ADJ" && t.Rel == "amod" || participle) && (r == "obl" || r == "advmod" || r == "obj")
}

// parseAccording reads from the parse the source of "according to" whose "to" is token i: the
// nominal "to" marks, with its modifiers, names, appositions and the nouns that complete it,
// never a clause or a time. ok is false when the sentence has no parse that holds the words or
// the parse hangs no nominal after "to" on them.
func parseAccording(s *sent, i int) (t0, t1 int, ok bool) {
	p, to := parseWord(s, i)
	if to < 1 {
		return 0, 0, false
	}
	h := p.Tokens[to].Head
	if h <= to {
		h = p.Tokens[to-1].Head // "according" the case mark, "to" fixed to it
	}
	if h <= to || h >= len(p.Tokens) {
		return 0, 0, false
	}
	switch p.Tokens[h].UPOS {
	case "NOUN", "PROPN", "PRON", "X":
	default:
		if h = nounAfterCase(p, to, h); h < 0 {
			return 0, 0, false
		}
	}
	timeAt := parseTimeAt(s, p)
	lo, hi := phraseBounds(p, h, speakerRels, timeAt)
	if n := s.w.namedAuthor(p, h); n >= 0 && (wordsIn(p, lo, hi) > maxSpeakerWords || n > hi) {
		h = n // "a report by X", "a statement released by X": X is who is quoted
		lo, hi = phraseBounds(p, h, speakerRels, timeAt)
	}
	if wordsIn(p, lo, hi) > maxSpeakerWords {
		lo, hi = phraseBounds(p, h, nameRels, timeAt)
	}
	lo, hi = max(lo, to+1), commaCut(p, h, hi)
	hi = toComma(p, lo, hi, timeAt)
	t0, t1 = tokIndex(s, p.Tokens[lo].Start), tokIndex(s, p.Tokens[hi].End-1)+1
	if t0 < 0 || t1 <= t0 {
		return 0, 0, false
	}
	for t1 > t0 && !s.toks[t1-1].word {
		t1--
	}
	t0, t1 = wholeNames(s, t0, t1)
	return t0, t1, t1 > t0
}

// nounAfterCase returns the noun or name that heads the phrase right after case word c when the
// parse hung the case mark and that phrase both on verb v, as the clause's subject or object
// ("according to the group six civilians were killed": "group" the passive subject); -1 when
// no such phrase follows.
func nounAfterCase(p *dossier.Sentence, c, v int) int {
	k := c + 1
	for k < v && p.Tokens[k].Head > k && p.Tokens[k].Head < v {
		k = p.Tokens[k].Head
	}
	if k >= v || p.Tokens[k].Head != v {
		return -1
	}
	if u := p.Tokens[k].UPOS; u != "NOUN" && u != "PROPN" {
		return -1
	}
	return k
}

// namedAuthor returns the name that authors common noun h ("a report by X", "the account of X",
// "a statement released by X"), or -1: a proper noun in a phrase of h opened by one of
// authorCases ("by", "of", "from"), or in the agentPreps phrase of a participle describing h.
func (lw *wordLists) namedAuthor(p *dossier.Sentence, h int) int {
	if p.Tokens[h].UPOS != "NOUN" {
		return -1
	}
	for _, c := range tree.Children(p, h) {
		switch rel := p.Tokens[c].Rel; {
		case rel == "nmod" && p.Tokens[c].UPOS == "PROPN" && authorCase(p, c, lw.authorCases):
			return c
		case rel == "acl":
			for _, a := range tree.Children(p, c) {
				if strings.HasPrefix(p.Tokens[a].Rel, "obl") && p.Tokens[a].UPOS == "PROPN" && authorCase(p, a, lw.agentPreps) {
					return a
				}
			}
		}
	}
	return -1
}

// authorCase reports whether word k's case mark is one of marks.
func authorCase(p *dossier.Sentence, k int, marks map[string]bool) bool {
	c := tree.Child(p, k, "case")
	return c >= 0 && marks[strings.ToLower(p.Tokens[c].Text)]
}

// parseWord returns the parse of sentence s and the word of it that token i is, or nil, -1 when
// the sentence has no parse or the parse splits the words otherwise.
func parseWord(s *sent, i int) (*dossier.Sentence, int) {
	p := s.parse
	if p == nil {
		return nil, -1
	}
	v := tree.WordAt(p, s.toks[i].start)
	if v < 0 || p.Tokens[v].Start != s.toks[i].start {
		return p, -1
	}
	return p, v
}

// parseTimeAt returns whether a word of the parse p of s stands in a time expression, or names a
// weekday or a part of the day though the time tagger left it out ("Monday morning").
func parseTimeAt(s *sent, p *dossier.Sentence) func(int) bool {
	return func(k int) bool {
		t := tokIndex(s, p.Tokens[k].Start)
		return t >= 0 && s.inTimex[t] || s.w.timeNouns[normWord(p.Tokens[k].Text)]
	}
}

// commaCut returns where the phrase headed by word h that runs to word hi ends when a comma after
// the head opens no apposition but a phrase of the clause ("according to the account, during the
// meeting, …"): before that comma. A name or noun after the comma stays ("the council, its head").
func commaCut(p *dossier.Sentence, h, hi int) int {
	for k := h + 1; k < hi; k++ {
		if p.Tokens[k].Text != "," {
			continue
		}
		switch p.Tokens[k+1].UPOS {
		case "ADP", "SCONJ", "VERB", "AUX", "ADV", "PRON", "CCONJ":
			return k - 1
		}
	}
	return hi
}

// toComma returns where the source phrase from word lo to word hi ends when the parse hung the
// words that complete it up to the comma that closes it elsewhere ("according to sources
// familiar with the matter, …"): at that comma, when no verb, pronoun, conjunction or time comes
// between. Else hi.
func toComma(p *dossier.Sentence, lo, hi int, timeAt func(int) bool) int {
	for k := hi + 1; k < len(p.Tokens) && k-lo <= maxSpeakerWords; k++ {
		t := p.Tokens[k]
		switch {
		case t.Text == ",":
			return k - 1
		case timeAt(k) || t.UPOS == "PUNCT" || t.UPOS == "VERB" || t.UPOS == "AUX" || t.UPOS == "PRON" || t.UPOS == "SCONJ" || t.UPOS == "CCONJ" || t.UPOS == "NUM":
			return hi
		}
	}
	return hi
}

// maxPlaceLead bounds the lower-case words read before the place that leads a speaker's phrase.
const maxPlaceLead = 2

// pastPlaceLead returns where the speaker's phrase in tokens [t0, t1) begins when a place leads
// it in a text whose commas are lost ("… in divided Corla city state media said"): lower-case
// words ("northern", "divided"), a place's name and a place noun after it ("city", "province")
// say where; the speaker starts after them at a word that opens a speaker's phrase of its own
// (speakerLeads, a nationality adjective: "local sources", "Norlandic activists") or at a
// person's name or an acronym that closes the phrase. A place followed by other words ("Corla police command") names the
// speaker: t0 is kept.
func (x *Extractor) pastPlaceLead(text string, s *sent, t0, t1 int) int {
	k := t0
	for k < t1 && k < t0+maxPlaceLead && s.toks[k].word && !s.toks[k].upper && !s.w.determiners[s.toks[k].norm] {
		k++ // "northern", "divided"
	}
	it := -1
	if k < t1 {
		it = s.itemAt[k]
	}
	if it < 0 || s.items[it].typ != dossier.LOC || s.items[it].t0 != k || s.items[it].t1 >= t1 {
		return t0
	}
	k = s.items[it].t1
	if k+1 < t1 && !s.toks[k].upper && (x.lx.classes["places"][s.toks[k].norm] || s.w.heldPlaceNouns[s.toks[k].norm]) {
		k++ // "Corla city", "Corla province"
	}
	w := s.toks[k].norm
	if s.w.speakerLeads[w] || s.w.nationalities[w] != "" {
		return k
	}
	if next := s.itemAt[k]; next >= 0 && s.items[next].t0 == k && s.items[next].t1 == t1 && (s.items[next].typ == dossier.PER || acronym(text, s, k, t1)) {
		return k
	}
	return t0
}

// acronym reports whether tokens [t0, t1) of text are one word in capitals ("SANA").
func acronym(text string, s *sent, t0, t1 int) bool {
	if t1 != t0+1 {
		return false
	}
	w := text[s.toks[t0].start:s.toks[t0].end]
	return utf8.RuneCountInString(w) >= 2 && strings.IndexFunc(w, unicode.IsLower) < 0 && strings.IndexFunc(w, unicode.IsUpper) >= 0
}
