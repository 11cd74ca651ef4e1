package timex

import (
	"strings"
	"unicode/utf8"
)

// verbClass is what a word says of the verb group it stands in (lang/en/data/tense.txt), or what else
// the tense reader needs to know of it.
type verbClass uint8

const (
	vNone    verbClass = iota
	vFuture            // will, shall
	vWould             // would: the future seen from the past
	vModal             // may, might, could
	vPlan              // plans, scheduled, expected: arranging what is to come
	vHad               // the past perfect
	vPast              // did, was, said
	vPerfect           // has, have
	vPresent           // is, are, does
	vInner             // not, also: inside a group, deciding nothing
	vNoun              // a word in -ed that is no verb
	vClause            // that, which, when: opens a clause of its own
	vDet               // the, its: makes a following -ed form an adjective
	vAbbrev            // Mr, Gen, Sept: its period ends no sentence
	vPronoun           // he, they: opens a sentence after an abbreviation
	vEd                // a regular past form (not in the list, found by its ending)
	vIng               // a form in -ing
)

// verbClasses maps the class names of tense.txt to classes.
var verbClasses = map[string]verbClass{
	"future": vFuture, "would": vWould, "modal": vModal, "plan": vPlan, "had": vHad, "past": vPast,
	"perfect": vPerfect, "present": vPresent, "inner": vInner, "noun": vNoun, "clause": vClause,
	"det": vDet, "abbrev": vAbbrev, "pronoun": vPronoun,
}

// tense is the time a verb group speaks of.
type tense uint8

const (
	tenseNone    tense = iota // no verb group governs the expression
	tensePast                 // did, was, met, had
	tensePerfect              // has met, have been
	tensePresent              // is, are, does
	tenseFuture               // will, shall, plans to, is scheduled to
	tenseWould                // would
	tenseModal                // may, might, could
)

// tokKind tells words from the punctuation the tense reader cares about.
type tokKind uint8

const (
	tokWord  tokKind = iota
	tokComma         // a comma: the clause may go on
	tokStop          // the end of a sentence or clause: a semicolon, a colon, a quote, a dash
)

// vtok is one token of the stretch around an expression.
type vtok struct {
	start, end int
	kind       tokKind
	class      verbClass
	lower      bool // starts with a lower-case letter
}

// span of text the tense reader looks at on each side of an expression.
const tenseReach = 240

// windowTense returns the tense of the verb group that governs the expression at [start, end)
// as the words around it tell: the nearest verb group on either side within its clause (the left
// one when as near). It serves sentences the language layer did not parse.
func (s *state) windowTense(start, end int) tense {
	toks := s.tokensAround(start, end)
	// The first token at or after the expression's end, and the last before its start.
	right := len(toks)
	left := -1
	for i, t := range toks {
		if t.end <= start {
			left = i
		}
		if t.start >= end {
			right = i
			break
		}
	}
	ld, lt := s.tenseBefore(toks, left)
	rd, rt := s.tenseAfter(toks, right)
	// Dates mostly follow the verb they go with ("met Monday"); a verb after the date governs
	// it when it is clearly nearer ("On Friday, the board voted …").
	const rightBias = 3
	if lt != tenseNone && ld <= rd+rightBias {
		return lt
	}
	return rt
}

// clauseWords is how many words from the expression the tense reader looks for its verb.
const clauseWords = 12

// tenseBefore reads leftwards from toks[left] for the nearest verb group of the expression's
// clause, stopping at a sentence stop or a lower-case clause word; it returns how many words away
// the group is and its tense, or clauseWords+1 and tenseNone when there is none.
func (s *state) tenseBefore(toks []vtok, left int) (int, tense) {
	for i, d := left, 0; i >= 0 && d <= clauseWords; i-- {
		t := toks[i]
		if t.kind == tokStop || t.class == vClause && t.lower {
			break
		}
		if t.kind == tokComma {
			continue
		}
		if isFinite(t.class) && t.lower {
			a, _ := s.groupAt(toks, i)
			if tn := s.groupTense(toks, i); tn != tenseNone {
				return d, tn
			}
			// A group without a finite verb ("to be paid"): the clause's verb is further on.
			d += i - a
			i = a
		}
		d++
	}
	return clauseWords + 1, tenseNone
}

// tenseAfter reads rightwards from toks[right] for the nearest verb group of the expression's
// clause, stopping at a sentence stop, a clause word or a verb after "and"/"or"; it returns how
// many words away the group is and its tense, or clauseWords+1 and tenseNone when there is none.
func (s *state) tenseAfter(toks []vtok, right int) (int, tense) {
	for i, d := right, 0; i < len(toks) && d <= clauseWords; i++ {
		t := toks[i]
		if t.kind == tokStop || t.class == vClause {
			break
		}
		if t.kind == tokComma {
			continue
		}
		// "… since March and was scheduled to return": a verb after "and" heads a clause of its own.
		if d > 0 && i+1 < len(toks) && s.isWord(t, "and", "or") && isFinite(toks[i+1].class) {
			break
		}
		if isFinite(t.class) && t.lower {
			_, b := s.groupAt(toks, i)
			if tn := s.groupTense(toks, i); tn != tenseNone {
				return d, tn
			}
			d += b - i
			i = b
		}
		d++
	}
	return clauseWords + 1, tenseNone
}

// isFinite reports whether a word of the class can head a verb group.
func isFinite(c verbClass) bool {
	switch c {
	case vFuture, vWould, vModal, vPlan, vHad, vPast, vPerfect, vPresent, vEd:
		return true
	}
	return false
}

// inGroup reports whether a word of the class can stand inside a verb group.
func inGroup(c verbClass) bool { return isFinite(c) || c == vInner || c == vIng }

// groupTense reads the verb group around toks[i]: its first finite word gives the tense,
// unless a future auxiliary or a verb of arranging makes it future.
func (s *state) groupTense(toks []vtok, i int) tense {
	a, b := s.groupAt(toks, i)
	if a > 0 && toks[a-1].class == vDet && toks[a].class != vPast && toks[a].class != vPresent {
		// "a still unspecified date", "the planned merger": adjectives.
		return tenseNone
	}
	var r group
	for k := a; k <= b; k++ {
		c := toks[k].class
		if k == a && s.isWord(toks[k], "to", "be", "been", "being") {
			// An infinitive or a participle heads no clause; "to be paid" looks ahead.
			if k+1 <= b && s.isWord(toks[k], "to") && s.isWord(toks[k+1], "be") {
				return tenseFuture
			}
			return tenseNone
		}
		r.add(c)
	}
	return r.tense()
}

// group gathers what the words of one verb group say of its tense.
type group struct {
	first                      verbClass // the first finite word's class
	future, plan, would, modal bool
}

// add notes one word of the group, in order.
func (r *group) add(c verbClass) {
	if r.first == vNone && isFinite(c) && c != vPlan {
		r.first = c
	}
	switch c {
	case vFuture:
		r.future = true
	case vPlan:
		r.plan = true
	case vWould:
		r.would = true
	case vModal:
		r.modal = true
	}
}

// tense is the group's tense: its first finite word gives it, unless a future auxiliary or a verb
// of arranging makes it future.
func (r *group) tense() tense {
	switch {
	case r.first == vHad:
		return tensePast
	case r.future || r.plan:
		return tenseFuture
	case r.would:
		return tenseWould
	case r.modal:
		return tenseModal
	case r.first == vPast || r.first == vEd:
		return tensePast
	case r.first == vPerfect:
		return tensePerfect
	case r.first == vPresent:
		return tensePresent
	}
	return tenseNone
}

// groupAt returns the first and last token of the verb group around toks[i].
func (s *state) groupAt(toks []vtok, i int) (int, int) {
	in := func(t vtok) bool {
		return t.kind == tokWord && t.lower && (inGroup(t.class) || s.isWord(t, "to", "be", "been", "being"))
	}
	a, b := i, i
	for a > 0 && in(toks[a-1]) {
		a--
	}
	for b+1 < len(toks) && in(toks[b+1]) {
		b++
	}
	return a, b
}

func (s *state) isWord(t vtok, ws ...string) bool {
	w := s.text[t.start:t.end]
	for _, x := range ws {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// tokensAround splits the sentence around [start, end) into tokens, within tenseReach bytes on
// each side. Tokens before the sentence's start and after its end are left out.
func (s *state) tokensAround(start, end int) []vtok {
	lo, hi := max(0, start-tenseReach), min(len(s.text), end+tenseReach)
	for lo > 0 && lo < len(s.text) && !utf8.RuneStart(s.text[lo]) {
		lo++
	}
	toks := s.toks[:0]
	for i := lo; i < hi; {
		t, ok, next := s.scanToken(toks, i, hi)
		if ok {
			toks = append(toks, t)
		}
		i = next
	}
	s.toks = toks
	a, b := sentenceBounds(toks, start, end)
	return toks[a:b]
}

// scanToken reads the token starting at byte i of the text, given the tokens before it (a full
// stop ends a sentence or an abbreviation depending on the word it follows). It returns the
// token, whether there is one (white space and stray bytes make none) and where the next starts.
// A blank line, a quote mark or a bracket stops a sentence as a full stop does.
func (s *state) scanToken(toks []vtok, i, hi int) (vtok, bool, int) {
	text := s.text
	c := text[i]
	switch {
	case c == '\n':
		j := i + 1
		for j < hi && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < hi && text[j] == '\n' {
			return stopToken(i, j+1)
		}
	case isWordByte(c):
		j := wordEnd(text, i, hi)
		return s.wordTok(i, j), true, j
	case c == ',':
		return vtok{start: i, end: i + 1, kind: tokComma}, true, i + 1
	case c == '.' || c == '!' || c == '?':
		if s.sentenceEnd(toks, i, hi) {
			return stopToken(i, i+1)
		}
	case c == '\'' && i+1 < hi && text[i+1] == '\'', c == '`':
		j := i + 1
		for j < hi && (text[j] == '`' || text[j] == '\'') {
			j++
		}
		return stopToken(i, j)
	case c == '\'' && i+1 < hi && isWordByte(text[i+1]):
		// A clitic ("'ll") or an abbreviated year ("'80s").
		j := i + 1
		for j < hi && isWordByte(text[j]) {
			j++
		}
		return s.wordTok(i, j), true, j
	case c == ';' || c == ':' || c == '"' || c == '(' || c == ')' || c == '[' || c == ']' || c == '_':
		return stopToken(i, i+1)
	case c == '-' && i+1 < hi && text[i+1] == '-':
		return stopToken(i, i+2)
	case c >= 0x80:
		_, n := utf8.DecodeRuneInString(text[i:hi])
		return stopToken(i, i+n)
	}
	return vtok{}, false, i + 1
}

// stopToken is scanToken's answer for a sentence stop over [i, end).
func stopToken(i, end int) (vtok, bool, int) {
	return vtok{start: i, end: end, kind: tokStop}, true, end
}

// wordEnd returns where the word starting at i ends, before hi: an apostrophe or hyphen between
// letters ("don't", "well-known") keeps the word going.
func wordEnd(text string, i, hi int) int {
	j := i
	for j < hi && (isWordByte(text[j]) || (text[j] == '\'' || text[j] == '-') && j+1 < hi && isWordByte(text[j+1])) {
		j++
	}
	// A curly apostrophe inside a word ("won’t") is three bytes.
	for strings.HasPrefix(text[j:hi], "’") && j+3 < hi && isWordByte(text[j+3]) {
		j += 3
		for j < hi && isWordByte(text[j]) {
			j++
		}
	}
	return j
}

// sentenceBounds returns the range of toks that holds the sentence of [start, end): from the
// last sentence stop before it to the first one after it, that stop included.
func sentenceBounds(toks []vtok, start, end int) (int, int) {
	a, b := 0, len(toks)
	for i, t := range toks {
		if t.kind != tokStop {
			continue
		}
		if t.end <= start {
			a = i
		} else if t.start >= end {
			b = i + 1
			break
		}
	}
	return a, b
}

// wordTok classifies the word text[i:j].
func (s *state) wordTok(i, j int) vtok {
	w := s.text[i:j]
	t := vtok{start: i, end: j, kind: tokWord}
	var buf [24]byte
	if len(w) == 0 || len(w) > len(buf) {
		return t
	}
	t.lower = w[0] >= 'a' && w[0] <= 'z' || w[0] == '\''
	lw := buf[:0]
	for k := 0; k < len(w); k++ {
		b := w[k]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		lw = append(lw, b)
	}
	if strings.Contains(string(lw), "’") {
		lw = []byte(strings.ReplaceAll(string(lw), "’", "'"))
	}
	if c, ok := s.t.lx.tense[string(lw)]; ok {
		t.class = c
		return t
	}
	if k := strings.LastIndexByte(string(lw), '\''); k > 0 {
		// "he'll", "couldn't", "they'd"
		if strings.HasSuffix(string(lw), "n't") {
			t.class = s.t.lx.tense[string(lw[:len(lw)-3])]
		} else {
			t.class = s.t.lx.tense[string(lw[k:])]
		}
		return t
	}
	n := len(lw)
	switch {
	case n >= 4 && lw[n-2] == 'e' && lw[n-1] == 'd' && !strings.ContainsRune(string(lw), '-') && !(lw[0] == 'u' && lw[1] == 'n'):
		// "unspecified", "undisclosed": adjectives.
		t.class = vEd
	case n >= 5 && lw[n-3] == 'i' && lw[n-2] == 'n' && lw[n-1] == 'g':
		t.class = vIng
	}
	return t
}

// sentenceEnd reports whether the full stop, question or exclamation mark at i ends a sentence:
// white space and a capital, quote or line break follow, and it closes no abbreviation.
func (s *state) sentenceEnd(toks []vtok, i, hi int) bool {
	text := s.text
	j := i + 1
	for j < hi && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j >= hi {
		return true
	}
	if j == i+1 && text[j] != '\n' && text[j] != '\'' && text[j] != '"' {
		return false
	}
	n := text[j]
	if !(n >= 'A' && n <= 'Z' || n == '\n' || n == '`' || n == '\'' || n == '"' || n >= 0x80) {
		return false
	}
	if text[i] != '.' || len(toks) == 0 {
		return true
	}
	p := toks[len(toks)-1]
	if p.kind != tokWord || p.end != i {
		return true
	}
	// "U.S." or an initial: a single letter before the stop.
	if p.end-p.start == 1 && !(text[p.start] >= '0' && text[p.start] <= '9') {
		return false
	}
	if p.class == vAbbrev {
		// "Corp. The …" still ends a sentence.
		k := j
		for k < hi && isWordByte(text[k]) {
			k++
		}
		switch s.wordTok(j, k).class {
		case vDet, vClause, vPronoun:
			return true
		}
		return false
	}
	return true
}
