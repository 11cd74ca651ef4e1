package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// describing reports whether modifiers in front of a name describe it: they end in a noun for a
// group or a person, or hold a hyphenated or evaluative word ("US-backed", "so-called", "banned").
func (d *doc) describing(a, b int) bool {
	last := strings.ToLower(d.toks[b-1].text)
	if d.personOrGroup(last) {
		return true
	}
	for k := a; k < b; k++ {
		w := strings.ToLower(d.toks[k].text)
		if strings.ContainsAny(w, "-\u2010\u2011") || d.g.is("LABELADJ", w) {
			return true
		}
	}
	return false
}

// tokCands maps each token to the candidate covering it, or -1.
func (d *doc) tokCands() []int {
	m := make([]int, len(d.toks))
	for i := range m {
		m[i] = -1
	}
	for i, c := range d.cands {
		if c.start != d.toks[c.a].start || c.end != d.toks[c.b-1].end {
			continue // a part of a hyphenated word
		}
		for k := c.a; k < c.b; k++ {
			m[k] = i
		}
	}
	return m
}

// modifier reports whether token k may stand inside a descriptive noun phrase.
func (d *doc) modifier(k int) bool {
	t := d.toks[k]
	if !t.word {
		return false
	}
	w := strings.ToLower(t.text)
	if d.g.w.npStop[w] {
		return false
	}
	if isCap(t.text) {
		return d.g.w.lowerTail(t.text) || d.demonym(t.text)
	}
	return true
}

// closeParen returns the index of the ")" closing the "(" at k within the sentence, or -1.
func (d *doc) closeParen(k, limit int) int {
	if k >= len(d.toks) || d.toks[k].text != "(" {
		return -1
	}
	for j := k + 1; j < len(d.toks) && j <= k+limit; j++ {
		if d.brk(j-1, j) {
			return -1
		}
		if d.toks[j].text == ")" {
			return j
		}
	}
	return -1
}

// readNP reads the words of a noun phrase from token k; it returns the end token (exclusive) of
// the phrase, or k when there is none. A parenthesis inside is read through, and its content is
// also returned as a phrase of its own.
func (d *doc) readNP(k int, tc []int, mentions bool) (end int, inner [2]int) {
	end = k
	n := 0
	for j := k; j < len(d.toks) && n < 6; {
		if j > k && d.brk(j-1, j) {
			break
		}
		if e := d.closeParen(j, 6); e > 0 && e > j+1 {
			inner = [2]int{j + 1, e}
			j = e + 1
			continue
		}
		if mentions && tc[j] >= 0 {
			j = d.cands[tc[j]].b
			end = j
			continue
		}
		if !d.modifier(j) || tc[j] >= 0 {
			break
		}
		j++
		end = j
		n++
	}
	return end, inner
}

func (d *doc) addLabel(a, b, ci int) { d.addLabelKeep(a, b, ci, false) }

// addLabelKeep adds a label over tokens [a, b); unless keep is set, names at its front are left
// out ("United States main proxy" → "main proxy"). The label's head noun votes for the name's type.
func (d *doc) addLabelKeep(a, b, ci int, keep bool) {
	head := d.pushLabel(a, b, ci, keep)
	c := d.cands[ci]
	switch {
	case d.g.is("PERSONNOUN", head):
		d.vote(c, dossier.PER, 2)
	case d.g.is("GROUPNOUN", head) && d.pluralOfPeople(head) && d.personShapedName(c):
		d.vote(c, dossier.PER, 2) // "the terrorists Kassem Kassab and …": one of them, named
	case d.g.is("GROUPNOUN", head):
		d.vote(c, dossier.ORG, 2)
	}
}

// pluralOfPeople reports whether the lower-case noun w is the plural of a noun for a person
// ("terrorists", "rebels"): a group word that also stands for its members one by one.
func (d *doc) pluralOfPeople(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && (d.g.is("PERSONNOUN", one) || d.g.is("PERSONNOUN", d.g.w.stem(w)))
}

// pushLabel adds a label over tokens [a, b) as addLabelKeep does, without a vote, and returns
// its last word in lower case ("" when nothing is left of it).
func (d *doc) pushLabel(a, b, ci int, keep bool) string {
	if a >= b {
		return ""
	}
	tc := d.tc
	for a < b && tc[a] >= 0 && !keep {
		a = d.cands[tc[a]].b
	}
	for a < b && !d.toks[a].word && d.toks[a].text != "(" {
		a++
	}
	for b > a && !d.toks[b-1].word && d.toks[b-1].text != ")" {
		b--
	}
	if a >= b || d.markup(a, b) || d.numberLed(a, b) ||
		d.g.w.deedNouns[strings.ToLower(d.toks[b-1].text)] {
		return ""
	}
	d.labels = append(d.labels, lab{start: d.toks[a].start, end: d.toks[b-1].end, cand: ci})
	return strings.ToLower(d.toks[b-1].text)
}

func (d *doc) np(k, ci int, tc []int, mentions bool) bool {
	end, inner := d.readNP(k, tc, mentions)
	if inner[1] > inner[0] {
		d.addLabelKeep(inner[0], inner[1], ci, true)
	}
	if mentions && end > k {
		// A phrase holding a name ("the SDF spokesman") describes the actor only when it ends
		// in a noun for a person or a group; otherwise the name starts a clause of its own.
		has := false
		for j := k; j < end; j++ {
			has = has || tc[j] >= 0
		}
		if h := strings.ToLower(d.toks[end-1].text); has && !d.personOrGroup(h) {
			return false
		}
	}
	if end > k {
		d.addLabel(k, end, ci)
		return true
	}
	return false
}

// clause reports whether the phrase read from token k is followed by a verb, so that it starts a
// clause rather than describing the name before it.
func (d *doc) clause(k int) bool {
	end, _ := d.readNP(k, d.tc, true)
	return end < len(d.toks) && d.g.w.verbStop[strings.ToLower(d.toks[end].text)]
}

// findLabels collects how the document describes its named actors: appositions ("X, a former
// colonel,"), predicates ("X, who is a violent radical", "X is a …"), modifiers in front ("the
// US-backed rebel group X", "the so-called X") and behind ("X terrorist group"), a description
// set before the name ("As the sole remaining rebel group, X"), and "this … group" for the group
// just named.
func (d *doc) findLabels() {
	d.tc = d.tokCands()
	for ci, c := range d.cands {
		if c.start != d.toks[c.a].start || c.end != d.toks[c.b-1].end {
			continue // a part of a hyphenated word
		}
		if d.datelineName(c) {
			continue // what follows a dateline's town is the report, not a description of it
		}
		after := c.b
		// Skip a parenthetical alias: "ISIS (ISIL – Daesh), the terrorist organization".
		if e := d.closeParen(after, 10); e > 0 {
			after = e + 1
		}
		d.appositionLabel(after, ci)
		if c.a == 0 || d.toks[c.a-1].upos != "ADP" {
			d.predicateLabel(after, ci) // "in X was a child": the name is not the subject
		}
		d.frontModifierLabel(c, ci)
		d.describedAsLabel(c, ci)
		d.headNounLabel(c, ci)
		d.possessorLabel(c, ci)
		d.introLabel(c, ci)
	}
	d.thisGroupLabels()
}

// textAt returns the text of token k, or "" outside the document.
func (d *doc) textAt(k int) string {
	if k < 0 || k >= len(d.toks) {
		return ""
	}
	return d.toks[k].text
}

// lowerAt returns the lower-case text of token k, or "" outside the document.
func (d *doc) lowerAt(k int) string { return strings.ToLower(d.textAt(k)) }

// personOrGroup reports a noun for a person or a group, the head a description of an actor ends in.
func (d *doc) personOrGroup(w string) bool {
	return d.g.is("PERSONNOUN", w) || d.g.is("GROUPNOUN", w)
}

// appositionLabel reads the description set after the name and a comma at token after: "X, SDF
// spokesman,", "X, a former colonel,", "X, who is a violent radical".
func (d *doc) appositionLabel(after, ci int) {
	n := len(d.toks)
	if !(after < n && d.textAt(after) == "," && !d.brk(after-1, after) && after+1 < n && !d.brk(after, after+1)) {
		return
	}
	tc := d.tc
	k := after + 1
	w := d.lowerAt(k)
	switch {
	case tc[k] >= 0 && k+1 < n && !d.brk(k, k+1) && !d.clause(k):
		// "X, SDF spokesman," — no determiner, so the phrase must end in a known noun.
		d.np(k, ci, tc, true)
	case d.g.w.determiners[w] || w == "former" || w == "ex" || w == "who" || w == "which":
		if d.g.w.determiners[w] && !d.clause(k+1) {
			d.np(k+1, ci, tc, true)
		} else if (w == "former" || w == "ex") && !d.clause(k) {
			d.np(k, ci, tc, true)
		}
		d.relativeLabel(k, ci)
	}
}

// relativeLabel reads the description in a relative clause opened at token k after the name
// ("who is a violent radical", "which Ankara considers a terrorist organization"), or in an
// "is a …" after the clause's closing comma.
func (d *doc) relativeLabel(k, ci int) {
	n := len(d.toks)
	if w := d.lowerAt(k); (w == "who" || w == "which") && d.g.w.beVerbs[d.lowerAt(k+1)] && d.g.w.determiners[d.lowerAt(k+2)] {
		d.np(k+3, ci, d.tc, true)
		return
	}
	for j := k + 1; j < n && j < k+25 && !d.brk(j-1, j); j++ {
		if d.g.is("DESCVERB", d.lowerAt(j)) && d.g.w.determiners[d.lowerAt(j+1)] {
			d.np(j+2, ci, d.tc, true) // "X, which Ankara considers a terrorist organization"
			return
		}
		if d.textAt(j) == "," {
			if d.g.w.beVerbs[d.lowerAt(j+1)] && d.g.w.determiners[d.lowerAt(j+2)] {
				d.np(j+3, ci, d.tc, true)
			}
			return
		}
	}
}

// predicateLabel reads "X is a …", "X is now an …" at token after, right behind the name.
func (d *doc) predicateLabel(after, ci int) {
	if !d.g.w.beVerbs[d.lowerAt(after)] || after >= len(d.toks) || d.brk(after-1, after) {
		return
	}
	k := after + 1
	if w := d.lowerAt(k); w == "now" || w == "also" || w == "still" {
		k++
	}
	if w := d.lowerAt(k); w == "a" || w == "an" {
		d.np(k+1, ci, d.tc, true)
	}
}

// frontModifierLabel reads the modifiers in front of the name, back to a determiner: "the
// US-backed rebel group X", "the so-called X". Not when X itself modifies a noun for a person
// ("a former X commander"); a noun for a group X modifies is X itself ("the terrorist X
// militia").
func (d *doc) frontModifierLabel(c *cand, ci int) {
	tc := d.tc
	p := c.a - 1
	next := d.lowerAt(c.b)
	if p < 0 || !d.modifier(p) || tc[p] >= 0 || d.brk(p, c.a) || d.g.is("PERSONNOUN", next) ||
		d.g.w.deedNouns[next] || // "a major X offensive": the words describe the act
		d.g.is("GROUPNOUN", next) && !d.g.is("LABELADJ", d.lowerAt(p)) {
		return
	}
	for p >= 0 && d.modifier(p) && tc[p] < 0 && !d.brk(p, p+1) && c.a-p <= 5 {
		p--
	}
	switch {
	case p < 0 || !d.g.w.preDeterminers[d.lowerAt(p)] || d.brk(p, p+1) || !d.describing(p+1, c.a):
	case d.g.is("GROUPNOUN", next):
		d.pushLabel(p+1, c.a, ci, false) // the group noun after the name tells its type
	default:
		d.addLabel(p+1, c.a, ci)
	}
}

// describedAsLabel reads what a verb of describing calls the name: "described X as a reliable
// partner", "branded X a terrorist group".
func (d *doc) describedAsLabel(c *cand, ci int) {
	p := c.a - 1
	if d.lowerAt(p) == "the" {
		p--
	}
	if p < 0 || !d.g.is("DESCVERB", d.lowerAt(p)) || d.brk(p, c.a) {
		return
	}
	k := c.b
	if d.g.w.predicativeCases[d.lowerAt(k)] {
		k++
	}
	for k < len(d.toks) && (d.textAt(k) == "\u201c" || d.textAt(k) == "\"") {
		k++
	}
	if d.g.w.determiners[d.lowerAt(k)] {
		d.np(k+1, ci, d.tc, true)
	}
}

// headNounLabel reads the head nouns behind the name: "X militia", "X terrorist group".
func (d *doc) headNounLabel(c *cand, ci int) {
	last := -1
	for k := c.b; k < len(d.toks) && k < c.b+3 && !d.brk(k-1, k); k++ {
		if !d.modifier(k) || isCap(d.textAt(k)) || d.g.is("RULEDNOUN", d.lowerAt(k)) {
			break
		}
		if w := d.lowerAt(k); k == c.b && !d.g.is("GROUPNOUN", w) && !d.g.is("LABELADJ", w) &&
			(strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			break // a verb: "X creates terrorists"
		}
		if k > c.b && d.g.is("GROUPNOUN", d.lowerAt(k-1)) && d.toks[k].upos == "VERB" && !d.g.is("LABELADJ", d.lowerAt(k)) {
			break // the verb after the head noun: "X terrorists executed militants"
		}
		if d.g.is("GROUPNOUN", d.lowerAt(k)) {
			last = k
		}
	}
	// A name right after the noun is what the noun describes: "the X affiliate Y" says Y is one.
	if last >= 0 && (last+1 >= len(d.toks) || d.tc[last+1] < 0 || d.brk(last, last+1)) {
		d.addLabel(c.b, last+1, ci)
	}
}

// possessorLabel reads a description just before the name and its comma that ends in a noun
// for a person or a group: "the Brigade's leader, X".
func (d *doc) possessorLabel(c *cand, ci int) {
	tc := d.tc
	p := c.a - 1
	if p <= 1 || d.textAt(p) != "," {
		return
	}
	k := p - 1
	for k > 0 && p-k < 8 && !d.brk(k-1, k) && (d.modifier(k) || tc[k] >= 0 || isApostropheTok(d.textAt(k))) && !d.g.w.preDeterminers[d.lowerAt(k)] {
		if isApostropheTok(d.textAt(k)) && tc[k-1] >= 0 {
			break // "Italy's new prime minister, X": the possessive stands for a determiner
		}
		k--
	}
	if (d.g.w.preDeterminers[d.lowerAt(k)] || isApostropheTok(d.textAt(k))) && k+1 < p && d.personOrGroup(d.lowerAt(p-1)) {
		a := k + 1
		for a < p && (tc[a] >= 0 || isApostropheTok(d.textAt(a))) {
			a++
		}
		d.addLabel(a, p, ci)
	}
}

// introLabel reads a description that opens the sentence before the name and its comma: "[As]
// the … proxy in …, X".
func (d *doc) introLabel(c *cand, ci int) {
	p := c.a - 1
	if p <= 0 || d.textAt(p) != "," {
		return
	}
	s := p - 1
	for s > 0 && !d.brk(s-1, s) && d.textAt(s-1) != "," {
		s--
	}
	k := s
	if d.lowerAt(k) == "as" {
		k++
	}
	if (k == s+1 || d.toks[s].initial) && d.g.w.determiners[d.lowerAt(k)] && d.lowerAt(k) != "one" && k+1 < p {
		// The phrase must run up to the comma or end in a noun for a person or a group;
		// "The release came two days after …, X" is a clause, not a description.
		end, _ := d.readNP(k+1, d.tc, true)
		if end > k+1 && (end == p || end < p && d.personOrGroup(d.lowerAt(end-1))) {
			d.addLabel(k+1, end, ci)
		}
	}
}

// thisGroupLabels labels, for each "this … group" or "that … group", the group named last before
// it, up to the sentence before.
func (d *doc) thisGroupLabels() {
	for k := 0; k < len(d.toks); k++ {
		if w := d.lowerAt(k); w != "this" && w != "that" || !d.toks[k].word {
			continue
		}
		start, end, inner, ok := d.thisGroupPhrase(k)
		if !ok {
			continue
		}
		if j := d.lastGroupBefore(k); j >= 0 {
			if inner[1] > inner[0] {
				d.addLabelKeep(inner[0], inner[1], j, true)
			}
			d.addLabel(start, end, j)
		}
	}
}

// thisGroupPhrase reads the phrase after the "this" or "that" at k up to its noun for a group:
// the tokens [start, end) of the label and the parenthesis inside it. ok is false when the phrase
// ends in no such noun, is followed by a name, or is an apposition to the name before.
func (d *doc) thisGroupPhrase(k int) (start, end int, inner [2]int, ok bool) {
	tc := d.tc
	n := len(d.toks)
	end, inner = d.readNP(k+1, tc, false)
	for j := k + 1; j < end; j++ {
		if d.toks[j].word && d.g.is("GROUPNOUN", d.lowerAt(j)) && (j < inner[0] || j >= inner[1]) {
			end = j + 1 // the phrase ends at its noun: "this group split" → "this group"
			break
		}
	}
	if end <= k+1 || !d.g.is("GROUPNOUN", d.lowerAt(end-1)) || (end < n && tc[end] >= 0) {
		return 0, 0, inner, false
	}
	start = k + 1
	if inner[1] > inner[0] && inner[0] == k+2 {
		start = inner[1] + 1 // "this (ISIS offshoot) group": the parenthesis is its own label
	}
	if k > 1 && d.textAt(k-1) == "," && tc[k-2] >= 0 {
		return 0, 0, inner, false // an apposition, taken by appositionLabel
	}
	return start, end, inner, true
}

// lastGroupBefore returns the candidate that ends before token k, no further back than the
// sentence before, nearest first, whose votes make it an organisation; -1 when there is none.
func (d *doc) lastGroupBefore(k int) int {
	for j := len(d.cands) - 1; j >= 0; j-- {
		c := d.cands[j]
		if c.end > d.toks[k].start {
			continue
		}
		if d.toks[k].sent-d.toks[c.a].sent > 1 {
			break
		}
		if c.votes[dossier.ORG] > 0 && strongType(c) == dossier.ORG || strongType(c) == "" && c.votes[dossier.ORG] > 0 {
			return j
		}
	}
	return -1
}

// parentheticals links a name to the names given in parentheses right after it: an acronym
// "Full Name (ACR)", or aliases "X (Y – Z)".
func (d *doc) parentheticals() {
	tc := d.tokCands()
	for i, c := range d.cands {
		if c.b > 0 && (c.end < d.toks[c.b-1].end || c.start > d.toks[c.a].start) {
			// A piece of a hyphenated word ("Baghdad-Damascus (M2)"): the bracket names what the
			// whole word tells of (here a road), not either piece.
			continue
		}
		e := d.closeParen(c.b, 12)
		if e < 0 {
			continue
		}
		var inner []int
		ok := true
		for k := c.b + 1; k < e; {
			t := d.toks[k]
			if j := tc[k]; j >= 0 {
				inner = append(inner, j)
				k = d.cands[j].b
				continue
			}
			if d.g.w.aliasGlue[strings.ToLower(t.text)] {
				k++
				continue
			}
			ok = false
			break
		}
		if !ok || len(inner) == 0 {
			continue
		}
		for _, j := range inner {
			a, b := d.cands[i], d.cands[j]
			if a.hasGaz && b.hasGaz && a.gaz.id != b.gaz.id {
				continue // "AMMAN (Reuters)": two known names side by side
			}
			if d.acronymOfLonger(i, j) || d.placeBeside(a, b) || d.datelineSource(i, j) || d.personAffiliation(i, j) {
				continue
			}
			if j != i {
				d.links = append(d.links, [2]int{i, j})
			}
		}
	}
}

// personAffiliation reports whether the bracketed candidate j is an acronym after a person's
// name (one with a title or rank, or opening with a given name) that does not spell the person's
// initials: "Sen. Jane Roe (N.C.)", "Rep. John Doe (R-N.Y.)" give the state or party the person
// stands for, not another name of the person.
func (d *doc) personAffiliation(i, j int) bool {
	c, b := d.cands[i], d.cands[j]
	acr, name := d.text[b.start:b.end], d.text[c.start:c.end]
	if b.b-b.a != 1 || !isAcronym(acr) || d.g.w.initials(acr, name) {
		return false
	}
	return c.title != "" || (c.b-c.a >= 2 && d.isTok("GIVEN", c.a))
}

// placeBeside reports whether one of a name and the name in brackets after it is a place the
// gazetteer knows and the other is not known, nor the place's acronym: the bracket tells where
// a body is ("Balmond Studio (United Kingdom)") or who reports from a place ("HONG KONG (CNN
// Business)"), not another name of it. So does a known body in brackets after a state's
// abbreviation closing a dateline ("COLUMBIA, S.C. (AP)").
func (d *doc) placeBeside(a, b *cand) bool {
	if a.hasGaz == b.hasGaz {
		return false
	}
	known, other := a, b
	if b.hasGaz {
		known, other = b, a
	}
	if known.gaz.typ != dossier.LOC && (known != b || !d.stateAfterTown(a)) {
		return false
	}
	return !d.g.w.initials(d.text[other.start:other.end], d.text[known.start:known.end]) &&
		!d.g.w.initials(d.text[known.start:known.end], d.text[other.start:other.end])
}

// stateAfterTown reports whether the name c is a state's abbreviation after a town and a comma:
// a postal code or a newspaper's abbreviation (see postalCode), or initials with their stops
// ("Columbia, S.C.", "Albany, N.Y.").
func (d *doc) stateAfterTown(c *cand) bool {
	if d.postalCode(c) {
		return true
	}
	t := d.text[c.start:c.end]
	return c.a >= 2 && d.toks[c.a-1].text == "," && isCap(d.toks[c.a-2].text) && isAcronym(t) && strings.Count(t, ".") >= 2
}

// datelineSource reports whether candidate i opens a line in capitals and the bracketed j after
// it names who filed the report: "MARSEL (Southern Courier) -" is a dateline, its town and its
// outlet two names. A name in capitals that spells j's initials ("NATO (North Atlantic Treaty
// Organization)") still is j.
func (d *doc) datelineSource(i, j int) bool {
	c, b := d.cands[i], d.cands[j]
	name, inner := d.text[c.start:c.end], d.text[b.start:b.end]
	if strings.ToUpper(name) != name || strings.ToUpper(inner) == inner || d.g.w.initials(name, inner) {
		return false
	}
	before := strings.TrimRight(d.text[:c.start], " \t")
	return before == "" || strings.HasSuffix(before, "\n")
}

// acronymOfLonger reports whether the bracketed candidate j is an acronym of a longer name that
// only ends in or holds the known name i: "Court of Justice of the European Union (CJEU)" found
// as "European Union" then "(CJEU)". The acronym's letters spell more than the initials of i, and
// i's initials are a part of them, so it names the whole, not i. A name the gazetteer does not
// know is more often a piece of the longer name cut off by the recogniser ("Syrian Observatory
// of Human Rights (SOHR)" found as "Human Rights"): it keeps the acronym.
func (d *doc) acronymOfLonger(i, j int) bool {
	c, b := d.cands[i], d.cands[j]
	acr, name := d.text[b.start:b.end], d.text[c.start:c.end]
	if !c.hasGaz || b.b-b.a != 1 || c.b-c.a < 2 || !isAcronym(acr) || d.g.w.initials(acr, name) {
		return false
	}
	letters := []rune(acr)
	for k := 0; k < len(letters); k++ {
		for e := k + 2; e <= len(letters); e++ {
			if e-k < len(letters) && d.g.w.initials(string(letters[k:e]), name) {
				return true
			}
		}
	}
	return false
}

// markup reports whether tokens [a, b) are a remnant of markup left in the text: a word written
// between angle brackets ("<b>", "</strong>") or a lone word of one or two letters.
func (d *doc) markup(a, b int) bool {
	for k := a; k < b; k++ {
		if k > 0 && k+1 < len(d.toks) && strings.HasSuffix(d.toks[k-1].text, "<") && d.toks[k+1].text == ">" {
			return true
		}
		if k > 1 && k+1 < len(d.toks) && d.toks[k-1].text == "/" && d.toks[k-2].text == "<" && d.toks[k+1].text == ">" {
			return true
		}
	}
	return b-a == 1 && d.toks[a].word && utf8.RuneCountInString(d.toks[a].text) <= 2
}

// numberLed reports whether the label over tokens [a, b) opens with a figure written in digits:
// the figure ends the name before it ("Deir Ezzor 24, a news outlet") or counts something, and
// either way the words do not characterise the actor.
func (d *doc) numberLed(a, b int) bool {
	r, _ := utf8.DecodeRuneInString(d.toks[a].text)
	return unicode.IsDigit(r)
}
