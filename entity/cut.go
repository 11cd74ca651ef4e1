package entity

import (
	"strings"

	"github.com/dossier-project/dossier"
)

// longKnown is the number of words from which a known name that opens with a demonym is a name
// of its own wherever it stands in a run ("… Syrian Observatory for Human Rights"): a shorter one
// may be the end of a longer name ("New Iraqi Army").
const longKnown = 3

// listNames is the number of words from which a run without connecting words that holds two
// known names or more (one, past that number), and is not headed by a body's or a place's head word, is read as a list of names: names
// of that length are rare ("United Nations International Children's Emergency Fund" is headed),
// lists of villages or groups on a tag line are common.
const listNames = 6

// runPieces cuts the run of capitalised words [a, b) where one name ends and another begins,
// and turns each piece into mentions. Tag lines and captions run names together without commas
// ("… Network for Human Rights Syrian Observatory …", "Aleppo The Observatory …"); read as one
// name, such a run would bridge the names it holds when mentions are resolved.
func (d *doc) runPieces(a, b int) {
	if k := d.kicker(a, b); k > 0 {
		if ms := d.knownNames(a, b-k); len(ms) == 1 && ms[0].a == a && ms[0].b == b-k {
			d.run(a, b-k) // a known name heads the column: "Syria Update: …"
		}
		return
	}
	a = d.skipLabels(a, b)
	if b-a < 2 {
		if b > a {
			d.run(a, b)
		}
		return
	}
	ms := d.knownNames(a, b)
	list := d.articleList(a, b)
	p := a
	for k := a + 1; k < b; k++ {
		if d.labelAt(k, b, false) > 0 {
			d.run(p, k) // a label run into the names around it: "AA Related News Death toll"
			p = d.skipLabels(k, b)
			k = p
			continue
		}
		cut, skip := d.nameBoundary(ms, p, k, b)
		if !cut && list && d.articleListCut(k) {
			cut = true
		}
		if !cut {
			continue
		}
		d.run(p, k)
		p = k + skip
		k = p
	}
	if p < b {
		d.run(p, b)
	}
}

// kicker returns the length in words of the kicker word ending the run [a, b) when the run is a
// headline's kicker, 0 when it is not: it opens a sentence or a line, a colon or a bar follows
// it, and it ends with a kicker word of page-labels ("High School Roundup: Tarnville beats…",
// "Live Updates | …"). The words name the column, not anyone, unless they are a known name
// (see runPieces). A kicker word that is also a body's head word ("Watch") ends no longer run:
// "Human Rights Watch: …" opens with the body's name.
func (d *doc) kicker(a, b int) int {
	if b >= len(d.toks) || !d.toks[a].initial || d.brk(b-1, b) {
		return 0
	}
	if t := d.toks[b].text; t != ":" && t != "|" {
		return 0
	}
	for _, p := range d.g.w.labels["kicker"] {
		if len(p) <= b-a && d.wordsAt(b-len(p), p) && (len(p) == b-a || !d.isTok("ORGHEAD", b-1)) {
			return len(p)
		}
	}
	return 0
}

// skipLabels returns the first token from a of the run ending at b that starts no page label
// (page-labels): "Showcase Category News The blunders…" reads on from "The". A word after a
// label opens a line of its own, as a word that opens a sentence does ("Related News Death toll
// rises…"), so its capital alone makes no name. A label cut only from a run's head ("Exclusive")
// is cut only where the run opens a sentence or a line, or follows another label: inside a
// sentence the word begins a name ("the Exclusive Economic Zone").
func (d *doc) skipLabels(a, b int) int {
	skipped := false
	for a < b {
		l := d.labelAt(a, b, skipped || d.toks[a].initial)
		if l == 0 {
			break
		}
		a += l
		skipped = true
	}
	if skipped && a < b {
		d.opened[a] = true
	}
	return a
}

// labelAt returns the length in words of the longest page label that starts at token k and ends
// by b, with no break inside, 0 for none: the labels cut wherever they stand, those cut from a
// run's head too when lead is set, and a credit label ("Photo") unless it ends a run that the
// sentence goes on after (see goesOn), as names such as "Magnum Photos" end in the same word.
func (d *doc) labelAt(k, b int, lead bool) int {
	groups := [][][]string{d.g.w.labels["any"]}
	if lead {
		groups = append(groups, d.g.w.labels["lead"])
	}
	best := 0
	for _, g := range groups {
		for _, p := range g {
			if len(p) > best && k+len(p) <= b && d.wordsAt(k, p) {
				best = len(p)
			}
		}
	}
	for _, p := range d.g.w.labels["credit"] {
		if len(p) > best && (k+len(p) < b || k+len(p) == b && !d.goesOn(b)) && d.wordsAt(k, p) {
			best = len(p)
		}
	}
	return best
}

// goesOn reports whether the sentence goes on in lower case after the run of capitalised words
// that ends at b ("Magnum Photos in 1998"), rather than a bracket, a slash or a new line closing
// a credit ("(Corla Photo)").
func (d *doc) goesOn(b int) bool {
	return b < len(d.toks) && !d.brk(b-1, b) && d.toks[b].word && d.toks[b].text == d.low[b]
}

// wordsAt reports whether the lower-case words p are written from token k on, with no break
// between them.
func (d *doc) wordsAt(k int, p []string) bool {
	for i, w := range p {
		if d.low[k+i] != w || i > 0 && d.brk(k+i-1, k+i) {
			return false
		}
	}
	return true
}

// articleList reports whether the run [a, b) reads as a list of Arabic names whose commas were
// lost: three article-prefixed words or more in it, and "and" right after it ("the neighborhoods
// of al-Sabil al-Mogambo al-Furqan and al-Midan").
func (d *doc) articleList(a, b int) bool {
	if b >= len(d.toks) || d.brk(b-1, b) || d.low[b] != "and" {
		return false
	}
	n := 0
	for k := a; k < b; k++ {
		if d.g.w.prefixedName(d.toks[k].text) {
			n++
		}
	}
	return n >= 3
}

// articleListCut reports whether, in such a list, a name starts at token k: an article-prefixed
// word right after another one, unless it qualifies the name before ("Tuloul al-Hawa al-Sharqiya").
func (d *doc) articleListCut(k int) bool {
	w := d.toks[k].text
	if !d.g.w.prefixedName(w) || !d.g.w.prefixedName(d.toks[k-1].text) || d.brk(k-1, k) {
		return false
	}
	return !d.g.w.qualifiers[strings.ToLower(d.bare(w))]
}

// nameBoundary reports whether the run ending at b, whose known names are ms and whose current
// piece starts at p, holds two names with the boundary at token k, and how many words at k
// belong to neither (an article or a number that opens a new sentence inside the run). A known
// name is never cut, nor a name at its connecting words.
func (d *doc) nameBoundary(ms []knownSpan, p, k, b int) (cut bool, skip int) {
	if d.connector(k-1) || d.connector(k) || d.particle(k-1) {
		return false, 0
	}
	ends, body, starts, long := d.knownAround(ms, p, k)
	if starts < 0 {
		return false, 0 // inside a known name
	}
	w := d.toks[k].text
	switch {
	case d.opener(k):
		return k+1 >= b || !d.connector(k+1), 1 // "… The Hague of …" stays as it is read
	case d.demonym(w) && (d.headed(k) || ends):
		return true, 0 // "… Army Syrian Observatory", "Syria Syrian Network"
	case body && d.isTok("GIVEN", k):
		return true, 0 // a body's known name, then a person's: "… for Human Rights Ann Lee"
	case ends && k+1 < b && d.isTok("GIVEN", k) && !upperWord(d.toks[k].text) && d.acronymEnds(ms, k):
		return true, 0 // a body's known acronym, then a person's full name: "… to Counter ISIS Ann Lee"
	case long && d.demonym(w):
		return true, 0 // a long known name that opens with a demonym: "Ashford Syrian Observatory …"
	case k == p+1 && k+1 < b && d.demonym(w) && !d.headedWithin(k, b) && d.strangeWord(p):
		return true, 0 // places run together without commas: "the area of Varnik Turkmen Sola"
	case starts > 0 && d.connected(p, k):
		return true, 0 // a whole "X of Y" name, then a known name: "… for Human Rights ISIS"
	case d.placeEnds(ms, k) && d.agencyAt(k, b):
		return true, 0 // a place, then the agency that reports from it: "… in Mosul INA reports"
	}
	return false, 0
}

// headedWithin reports whether a word of [a, b) is a body's or a place's head word.
func (d *doc) headedWithin(a, b int) bool {
	for j := a + 1; j <= b; j++ {
		if d.headed(j) {
			return true
		}
	}
	return false
}

// strangeWord reports whether the capitalised word at token k is a word of no kind the lists
// know: no English word, given name, head word, acronym or known name. Such a word followed by a
// people's word and more capitalised words is a name of its own, a place's in a list that lost
// its commas, as a people's word does not go on a name of one unknown word.
func (d *doc) strangeWord(k int) bool {
	w := d.low[k]
	if !d.nameWord(k) || d.g.w.english[w] || d.g.w.ordinary[w] || d.isTok("GIVEN", k) || d.headed(k+1) || d.demonym(d.toks[k].text) {
		return false
	}
	l, _ := d.gazAt(k, k+1)
	return l == 0
}

// placeEnds reports whether one of the known names ms that ends right before token k is a
// place's.
func (d *doc) placeEnds(ms []knownSpan, k int) bool {
	for _, m := range ms {
		if m.b == k && m.e.typ == dossier.LOC {
			return true
		}
	}
	return false
}

// agencyAt reports whether the word at token k of a run ending at b is an agency's acronym run
// into the name before it, as a line crediting a report gives it ("… FNA reports", "… MOSCOW
// (Agency)"): the run's last word, in capitals alone, of three letters or more, a verb or a
// mark after it. An acronym a noun follows qualifies the noun ("the DNS operator").
func (d *doc) agencyAt(k, b int) bool {
	w := d.toks[k].text
	if k+1 != b || len(w) < 3 || strings.ToUpper(w) != w || !isAcronym(w) {
		return false
	}
	return k+1 >= len(d.toks) || !d.toks[k+1].word || d.saidAfter(k) || !d.brk(k, k+1) && d.toks[k+1].upos == "VERB"
}

// knownAround reads the known names ms of a run at the boundary before token k, in the piece
// from p: whether one ends there (not right after a connecting word: "Bank of America" is one
// name), whether that one is a body's or a place's of more than one word, and the length of the
// one that starts there (0 for none, -1 when a known name spans the boundary). long is set when
// the one that starts there has at least longKnown words.
func (d *doc) knownAround(ms []knownSpan, p, k int) (ends, body bool, starts int, long bool) {
	for _, m := range ms {
		switch {
		case m.b == k && m.a >= p && (m.a == p || !d.connector(m.a-1)):
			ends = true
			body = m.b-m.a > 1 && m.e.typ != dossier.PER
		case m.a == k:
			starts = m.b - m.a
			long = starts >= longKnown
		case m.a < k && k < m.b && !d.g.w.functionWord[d.low[m.b-1]]:
			return false, false, -1, false // a key drops an article: "Idlib The" may look up as "Idlib"
		}
	}
	return ends, body, starts, long
}

// acronymEnds reports whether one of the known names ms that ends right before token k is a
// body's acronym.
func (d *doc) acronymEnds(ms []knownSpan, k int) bool {
	for _, m := range ms {
		if m.b == k && m.b-m.a == 1 && m.e.typ == dossier.ORG && isAcronym(d.toks[m.a].text) {
			return true
		}
	}
	return false
}

// opener reports whether the capitalised word at k, inside a run, begins a new sentence rather
// than going on with a name: an article or a number word after a name word ("Aleppo The …",
// "Helmets Three"), though a number after a head word is the name's ("Unit Two"). Numbers in
// digits and "One" are left to the name ("Xbox One X", "Airbus A350-900").
func (d *doc) opener(k int) bool {
	t := d.toks[k]
	if !t.word || !isCap(t.text) || isAcronym(t.text) || startsDigit(t.text) {
		return false
	}
	if l, _ := d.gazAt(k, k+1); l > 0 {
		return false
	}
	if d.g.w.functionWord[d.low[k-1]] {
		return false // "The Three …": the number is part of what the article names
	}
	return d.g.is("OPENER", d.low[k]) || d.g.is("OPENNUM", d.low[k]) && !d.headed(k)
}

// listOfKnown reports whether the run [a, b) holding the known names ms is a list to be cut
// at its known names: a long run without connecting words that holds two known names or more
// (one if longer still: "New York Stock Exchange Composite Index" is one name) and whose head
// word, if any, ends the last known name it holds.
func (d *doc) listOfKnown(ms []knownSpan, a, b int, connected bool) bool {
	if len(ms) == 0 || connected || b-a < listNames || len(ms) == 1 && b-a <= listNames {
		return false
	}
	last := ms[len(ms)-1]
	return !d.headed(b) || last.b == b && last.a > a
}

// placesInRow reports whether the run [a, b), with no title, is nothing but known places side by
// side, two or more ("Hama Aleppo", "X Syria" where the commas of a list or a dateline were
// lost): each place is a name of its own, even when the first opens with a place's first word
// ("Deir", "Tal") that would otherwise keep the run whole.
func (d *doc) placesInRow(ms []knownSpan, a, b int, title string) bool {
	if len(ms) < 2 || title != "" || ms[0].a != a || ms[len(ms)-1].b != b {
		return false
	}
	p := a
	for _, m := range ms {
		if m.a != p || m.e.typ != dossier.LOC {
			return false
		}
		p = m.b
	}
	return true
}

// personThenBody reports whether the run [a, b), which opens with a given name, is a person's
// full name run into a known body's name of two words or more that ends it ("X Y Turkish Army
// Seizes …" after a photo credit): two names, the person's and the body's.
func (d *doc) personThenBody(ms []knownSpan, a, b int) bool {
	if len(ms) == 0 {
		return false
	}
	m := ms[len(ms)-1]
	if m.b != b || m.a < a+2 || m.b-m.a < 2 || m.e.typ != dossier.ORG || ms[0].a < m.a {
		return false
	}
	for k := a + 1; k < m.a; k++ {
		if !d.familyWord(k) {
			return false
		}
	}
	return true
}
