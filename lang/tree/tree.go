// Package tree answers the questions later stages ask of a parsed sentence (dossier.Sentence):
// a word's children, a verb's subject, object and agent, the case marker of an oblique, whether
// a verb is negated, its tense and mood. Relations follow Universal Dependencies.
package tree

import (
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// Children returns the indices of the words whose head is word i, in order.
func Children(s *dossier.Sentence, i int) []int {
	var out []int
	for k, t := range s.Tokens {
		if t.Head == i {
			out = append(out, k)
		}
	}
	return out
}

// Child returns the first child of word i whose relation is one of rels (a relation matches its
// subtypes too: "obl" matches "obl:tmod"), or -1.
func Child(s *dossier.Sentence, i int, rels ...string) int {
	for k, t := range s.Tokens {
		if t.Head == i && hasRel(t.Rel, rels) {
			return k
		}
	}
	return -1
}

func hasRel(rel string, rels []string) bool {
	base, _, _ := strings.Cut(rel, ":")
	for _, r := range rels {
		if rel == r || (!strings.Contains(r, ":") && base == r) {
			return true
		}
	}
	return false
}

// predicate is the word whose arguments word i's clause carries: a copula or auxiliary's head,
// and for a conjoined verb without its own subject, the first conjunct.
func predicate(s *dossier.Sentence, i int) int {
	if i < 0 || i >= len(s.Tokens) {
		return -1
	}
	if r := s.Tokens[i].Rel; (r == "cop" || strings.HasPrefix(r, "aux")) && s.Tokens[i].Head >= 0 {
		return s.Tokens[i].Head
	}
	return i
}

// Subject returns the active subject of the verb (or predicate) i, or -1. A conjoined verb without
// one shares its first conjunct's ("troops entered and seized the town"), and an open complement
// its governor's ("rebels tried to seize the town").
func Subject(s *dossier.Sentence, i int) int {
	i = predicate(s, i)
	for steps := 0; i >= 0 && steps < len(s.Tokens); steps++ {
		if k := activeSubject(s, i); k >= 0 {
			return k
		}
		rel := s.Tokens[i].Rel
		if Child(s, i, "nsubj:pass", "csubj:pass") >= 0 || (rel != "conj" && rel != "xcomp") {
			return -1
		}
		i = s.Tokens[i].Head
	}
	return -1
}

// activeSubject returns the active subject among the children of word i, or -1. Of two (a
// fronted phrase misread as one: "With city protests growing, the army is likely to …") the one
// nearest before i is the subject.
func activeSubject(s *dossier.Sentence, i int) int {
	best := -1
	for k, t := range s.Tokens {
		if t.Head != i || !hasRel(t.Rel, []string{"nsubj", "csubj"}) {
			continue
		}
		if best < 0 && strings.HasSuffix(t.Rel, ":pass") {
			return -1 // a passive subject first: the verb has no active one
		}
		if !strings.HasSuffix(t.Rel, ":pass") && (best < 0 || k < i) {
			best = k
		}
	}
	return best
}

// PassiveSubject returns the subject of the passive verb i (what undergoes it), or -1.
func PassiveSubject(s *dossier.Sentence, i int) int {
	i = predicate(s, i)
	if i < 0 {
		return -1
	}
	return Child(s, i, "nsubj:pass", "csubj:pass")
}

// Object returns the direct object of verb i, or -1.
func Object(s *dossier.Sentence, i int) int {
	return Child(s, predicate(s, i), "obj")
}

// IndirectObject returns the indirect object (recipient) of verb i, or -1.
func IndirectObject(s *dossier.Sentence, i int) int {
	return Child(s, predicate(s, i), "iobj")
}

// Agent returns the agent of the passive verb i ("killed by the militia" → militia), or -1.
func Agent(s *dossier.Sentence, i int) int {
	i = predicate(s, i)
	if k := Child(s, i, "obl:agent"); k >= 0 && CaseMarker(s, k) != k {
		// An agent the parse marks with no case word is a misread object ("jets killed X").
		return k
	}
	// Some parses leave the agent a plain obl; its case marker "by" still tells it.
	for _, k := range Children(s, i) {
		if hasRel(s.Tokens[k].Rel, []string{"obl"}) && strings.EqualFold(s.Tokens[CaseMarker(s, k)].Lemma, "by") &&
			PassiveSubject(s, i) >= 0 {
			return k
		}
	}
	return -1
}

// Obliques returns the obliques of verb i (place, time, instrument … phrases), in order.
func Obliques(s *dossier.Sentence, i int) []int {
	var out []int
	for _, k := range Children(s, predicate(s, i)) {
		if hasRel(s.Tokens[k].Rel, []string{"obl"}) {
			out = append(out, k)
		}
	}
	return out
}

// CaseMarker returns the preposition (case child) of the nominal i — "in" of "in Aleppo" — or i
// itself when it has none, so callers can read s.Tokens[CaseMarker(s, i)] without a check.
func CaseMarker(s *dossier.Sentence, i int) int {
	if k := Child(s, i, "case"); k >= 0 {
		return k
	}
	return i
}

// Preposition returns the lower-cased case marker of nominal i ("in", "from", "according to"), or
// "" when it has none. A fixed expression's parts are joined with a space.
func Preposition(s *dossier.Sentence, i int) string {
	k := Child(s, i, "case")
	if k < 0 {
		return ""
	}
	words := []string{strings.ToLower(s.Tokens[k].Text)}
	for _, f := range Children(s, k) {
		if s.Tokens[f].Rel == "fixed" {
			words = append(words, strings.ToLower(s.Tokens[f].Text))
		}
	}
	return strings.Join(words, " ")
}

// Negated reports whether the verb or predicate i is negated ("did not attack", "never
// confirmed", "no one was hurt" is not: only the clause's own negation counts).
func Negated(s *dossier.Sentence, i int) bool {
	i = predicate(s, i)
	if i < 0 {
		return false
	}
	for _, k := range Children(s, i) {
		t := s.Tokens[k]
		if t.Rel != "advmod" && t.Rel != "neg" && !strings.HasPrefix(t.Rel, "aux") {
			continue
		}
		if strings.Contains(t.Feats, "Polarity=Neg") {
			return true
		}
		switch strings.ToLower(t.Text) {
		case "not", "n't", "never", "nt", "n’t":
			return true
		}
	}
	return false
}

// Feature returns the value of the morphological feature name of word i ("Tense" → "Past"), or "".
func Feature(s *dossier.Sentence, i int, name string) string {
	for _, f := range strings.Split(s.Tokens[i].Feats, "|") {
		if k, v, ok := strings.Cut(f, "="); ok && k == name {
			return v
		}
	}
	return ""
}

// Tense is the tense of a clause as its verb group tells it.
type Tense string

// The tenses Tense reports.
const (
	Past    Tense = "past"
	Present Tense = "present"
	Future  Tense = "future"
	None    Tense = "" // no finite verb: a noun phrase, an infinitive or a bare participle
)

// TenseOf returns the tense of the clause headed by verb (or predicate) i: future with will or
// shall, past with a past auxiliary, a past verb or have + participle in the past, present with a
// present finite verb or auxiliary.
func TenseOf(s *dossier.Sentence, i int) Tense {
	i = predicate(s, i)
	if i < 0 {
		return None
	}
	tense := None
	words := append(Children(s, i), i)
	for _, k := range words {
		t := s.Tokens[k]
		if k != i && !strings.HasPrefix(t.Rel, "aux") && t.Rel != "cop" {
			continue
		}
		if t.XPOS == "MD" {
			switch strings.ToLower(t.Lemma) {
			case "will", "shall", "wo", "'ll":
				return Future
			}
			continue
		}
		switch Feature(s, k, "Tense") {
		case "Past":
			if Feature(s, k, "VerbForm") == "Fin" || t.XPOS == "VBD" {
				return Past
			}
		case "Pres":
			if Feature(s, k, "VerbForm") == "Fin" || t.XPOS == "VBZ" || t.XPOS == "VBP" {
				tense = Present
			}
		}
	}
	if tense == Present && hasPerfect(s, i) {
		return Past // "has attacked" tells of a past event
	}
	return tense
}

func hasPerfect(s *dossier.Sentence, i int) bool {
	if s.Tokens[i].XPOS != "VBN" {
		return false
	}
	for _, k := range Children(s, i) {
		if strings.HasPrefix(s.Tokens[k].Rel, "aux") && strings.EqualFold(s.Tokens[k].Lemma, "have") {
			return true
		}
	}
	return false
}

// Mood returns the mood of the clause headed by i: "Imp" for a command, "Cnd" with would, could,
// should or might, "Ind" for a finite indicative verb group, "" otherwise.
func Mood(s *dossier.Sentence, i int) string {
	i = predicate(s, i)
	if i < 0 {
		return ""
	}
	for _, k := range append(Children(s, i), i) {
		t := s.Tokens[k]
		if k != i && !strings.HasPrefix(t.Rel, "aux") && t.Rel != "cop" {
			continue
		}
		if t.XPOS == "MD" {
			switch strings.ToLower(t.Lemma) {
			case "would", "could", "should", "might", "may", "can", "must":
				return "Cnd"
			}
		}
		if m := Feature(s, k, "Mood"); m != "" {
			return m
		}
	}
	return ""
}

// SentenceAt returns the parsed sentence of parse (in text order) holding byte offset off, or nil
// when none with words holds it.
func SentenceAt(parse []dossier.Sentence, off int) *dossier.Sentence {
	i := sort.Search(len(parse), func(i int) bool { return parse[i].End > off })
	if i < len(parse) && parse[i].Start <= off && len(parse[i].Tokens) > 0 {
		return &parse[i]
	}
	return nil
}

// SpanHead returns the word of the expression at bytes [start, end) of s whose head lies outside
// it (the first such word), or -1 when no word of s lies inside.
func SpanHead(s *dossier.Sentence, start, end int) int {
	in := func(k int) bool { return k >= 0 && s.Tokens[k].Start >= start && s.Tokens[k].End <= end }
	first := -1
	for k, t := range s.Tokens {
		if !in(k) {
			continue
		}
		if first < 0 {
			first = k
		}
		if !in(t.Head) {
			return k
		}
	}
	return first
}

// OnePhrase reports whether the words at bytes [start, end) of s make one phrase of the parse:
// every word of them that hangs outside hangs on the same word ("Nusra" and "Front" both on
// "terrorists" in "Nusra Front terrorists"). A name whose words the parse hangs on different
// words ("The Syrian army encountereda terrorist attack", a mistyped verb read as a noun, with
// "Syrian" on "attack" and "army" on the typo) has no reading the parse can be trusted on.
func OnePhrase(s *dossier.Sentence, start, end int) bool {
	in := func(k int) bool { return k >= 0 && s.Tokens[k].Start >= start && s.Tokens[k].End <= end }
	head, seen := 0, false
	for k, t := range s.Tokens {
		if !in(k) || in(t.Head) {
			continue
		}
		if seen && t.Head != head {
			return false
		}
		head, seen = t.Head, true
	}
	return true
}

// Attachment returns the word that the phrase or clause opened by word k is said of. A marker
// or preposition ("because", "because of", "due to", "over") opens the phrase of its head,
// which hangs on the word returned ("invaded it because of disputes": "invaded"); a noun that is
// part of the opening words ("in response to", "on charges of") hangs on it itself; a verb other
// than a gerund ("justified by") is the word returned. A phrase that is the predicate of a
// copula is said of its subject ("the attacks were in response to …": "attacks"), and one
// hung on a verb's object or oblique is said of the verb. It is -1
// when the phrase is the sentence's root without one.
func Attachment(s *dossier.Sentence, k int) int {
	if k < 0 || k >= len(s.Tokens) {
		return -1
	}
	if t := s.Tokens[k]; t.UPOS == "VERB" && t.XPOS != "VBG" {
		return k
	}
	for n := 0; n < 3 && hasRel(s.Tokens[k].Rel, []string{"case", "mark", "fixed"}) && s.Tokens[k].Head >= 0; n++ {
		k = s.Tokens[k].Head
	}
	if s.Tokens[k].UPOS != "VERB" && Child(s, k, "cop") >= 0 {
		return Child(s, k, "nsubj")
	}
	g := s.Tokens[k].Head
	if s.Tokens[k].Rel == "nmod" && g >= 0 && hasRel(s.Tokens[g].Rel, []string{"obj", "obl"}) {
		// A reason the parse hangs on a verb's object or oblique ("sacked from his position
		// because of …") is the verb's.
		if h := s.Tokens[g].Head; h >= 0 && s.Tokens[h].UPOS == "VERB" {
			return h
		}
	}
	return g
}

// WordAt returns the word of s that holds byte offset off, or -1.
func WordAt(s *dossier.Sentence, off int) int {
	for k, t := range s.Tokens {
		if t.Start <= off && off < t.End {
			return k
		}
	}
	return -1
}

// Carrier reports whether word v is a verb that carries the event of the noun it takes ("made
// a visit", "launched strikes"): a light verb by its form (light) or a support verb by its lemma
// (support), both lists in lower case.
func Carrier(s *dossier.Sentence, v int, light, support map[string]bool) bool {
	t := s.Tokens[v]
	return t.UPOS == "VERB" && (light[strings.ToLower(t.Text)] || support[strings.ToLower(t.Lemma)])
}

// Under reports whether word j is word k or lies in its subtree, however deep.
func Under(s *dossier.Sentence, j, k int) bool { return Within(s, j, k, len(s.Tokens)+1) }

// Within reports whether word j is word k or lies in its subtree no more than steps-1 heads
// below it.
func Within(s *dossier.Sentence, j, k, steps int) bool {
	for n := 0; j >= 0 && k >= 0 && n < steps; n++ {
		if j == k {
			return true
		}
		j = s.Tokens[j].Head
	}
	return false
}
