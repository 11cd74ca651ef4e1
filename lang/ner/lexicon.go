package ner

import (
	"strings"

	"github.com/dossier-project/dossier/lang/en"
)

// Lexicon is the general knowledge the recogniser reads as features: known names with their
// classes (PER, ORG, LOC, …) and word lists (given names, titles, organisation heads …), and the
// language data's lists it reads beside them (towns and cities, state codes, given names, the
// words an acronym leaves out). The classes are free strings; the model learns what each is
// worth. Build it with NewLexicon and Add; it is read-only afterwards and safe for concurrent use.
type Lexicon struct {
	phrases map[string][]string  // lower-case form, words joined by one space → classes
	prefix  map[string]bool      // lower-case proper word prefixes of multi-word forms
	caps    map[string][]string  // one-word forms in capitals ("US", "UN"): they match only as written
	tags    map[string][2]string // class → its tags on a form's first word and on a later one
	maxLen  int
	lists   dataLists
}

// dataLists are the lists of the language data the recogniser reads, kept apart from the forms
// added with Add: those are the gazetteer's, which the entity stage takes as names, while these
// are too long for that and serve only as cues.
type dataLists struct {
	// places holds the towns and cities (class CITY) and the United States' state
	// abbreviations (class STATE, matched as written in capitals): the cities and us-state-codes
	// lists.
	places *Lexicon
	// given are the given names read as a cue for persons (the given-names list).
	given map[string]bool
	// joiners are the words inside a long form that its acronym may leave out (the
	// ner-acronym-joiners list).
	joiners map[string]bool
}

// NewLexicon returns a lexicon with no forms that reads the recogniser's lists from the language
// data d (lang/en/data with any --data overlay); with d nil it has none.
func NewLexicon(d *en.Data) *Lexicon {
	l := newForms()
	if d == nil {
		return l
	}
	l.lists.places = newForms()
	for _, c := range d.Entries("cities") {
		l.lists.places.Add("CITY", c)
	}
	for _, c := range d.Entries("us-state-codes") {
		l.lists.places.Add("STATE", c)
	}
	l.lists.given = d.List("given-names")
	l.lists.joiners = d.List("ner-acronym-joiners")
	return l
}

// newForms returns a lexicon with no forms and no lists.
func newForms() *Lexicon {
	return &Lexicon{phrases: map[string][]string{}, prefix: map[string]bool{}, caps: map[string][]string{},
		tags: map[string][2]string{}}
}

// places returns the lexicon of towns, cities and state codes (nil when there is none).
func (l *Lexicon) places() *Lexicon {
	if l == nil {
		return nil
	}
	return l.lists.places
}

// given reports whether the lower-case word w is a given name.
func (l *Lexicon) given(w string) bool { return l != nil && l.lists.given[w] }

// joiner reports whether the lower-case word w may stand inside a long form and be left out of
// its acronym.
func (l *Lexicon) joiner(w string) bool { return l != nil && l.lists.joiners[w] }

// Add records form (one or several words) as a member of class. A one-word form written in
// capitals is an acronym and matches only a word written the same way.
func (l *Lexicon) Add(class, form string) {
	words := strings.Fields(strings.ToLower(form))
	if len(words) == 0 {
		return
	}
	if _, ok := l.tags[class]; !ok {
		l.tags[class] = [2]string{"B-" + class, "I-" + class}
	}
	if len(words) == 1 && len(form) > 1 && strings.ToUpper(form) == form && strings.ToLower(form) != form {
		l.caps[form] = addClass(l.caps[form], class)
		return
	}
	key := strings.Join(words, " ")
	l.phrases[key] = addClass(l.phrases[key], class)
	for i := 1; i < len(words); i++ {
		l.prefix[strings.Join(words[:i], " ")] = true
	}
	if len(words) > l.maxLen {
		l.maxLen = len(words)
	}
}

func addClass(cs []string, c string) []string {
	for _, x := range cs {
		if x == c {
			return cs
		}
	}
	return append(cs, c)
}

// word returns the classes of one word as written: its own as a one-word form, and as an acronym.
func (l *Lexicon) word(w, lower string) []string {
	if l == nil {
		return nil
	}
	cs := l.phrases[lower]
	if a := l.caps[w]; len(a) > 0 {
		cs = append(append([]string(nil), cs...), a...)
	}
	return cs
}

// Len is the number of forms the lexicon knows.
func (l *Lexicon) Len() int { return len(l.phrases) }

// match marks, for each word, the classes of the longest known form that covers it, as "B-class"
// or "I-class" (its first word or a later one). An acronym matches on its own.
func (l *Lexicon) match(words, lower []string) [][]string {
	out := make([][]string, len(lower))
	if l == nil {
		return out
	}
	for i := 0; i < len(lower); {
		best, classes := 0, []string(nil)
		key := ""
		for j := i; j < len(lower) && j-i < l.maxLen; j++ {
			if j > i {
				key += " "
			}
			key += lower[j]
			if cs, ok := l.phrases[key]; ok {
				best, classes = j-i+1, cs
			}
			if !l.prefix[key] {
				break
			}
		}
		if best == 0 {
			for _, c := range l.caps[words[i]] {
				out[i] = append(out[i], l.tags[c][0])
			}
			i++
			continue
		}
		for k := i; k < i+best; k++ {
			later := min(k-i, 1)
			for _, c := range classes {
				out[k] = append(out[k], l.tags[c][later])
			}
		}
		i += best
	}
	return out
}

// Has reports whether the one-word form w (any case) belongs to class.
func (l *Lexicon) Has(class, w string) bool {
	for _, c := range l.word(w, strings.ToLower(w)) {
		if c == class {
			return true
		}
	}
	return false
}
