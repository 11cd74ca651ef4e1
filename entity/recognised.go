package entity

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/ner"
)

// recognised is one name the name recogniser found, in bytes of the document's text.
type recognised struct {
	start, end int
	typ        dossier.EntityType
	conf       float64
}

// recognise reads the recogniser's findings onto the document's tokens: the names it found, and
// for each token the probability that it belongs to no name (the lowest over the recogniser's
// tokens it overlaps; 1 where the recogniser said nothing).
func (d *doc) recognise(parse []dossier.Sentence, rs []ner.Reading) {
	d.outside = make([]float64, len(d.toks))
	for i := range d.outside {
		d.outside[i] = 1
	}
	k := 0
	for s, r := range rs {
		toks := parse[s].Tokens
		for _, n := range r.Names {
			d.recog = append(d.recog, recognised{start: toks[n.Start].Start, end: toks[n.End-1].End,
				typ: dossier.EntityType(n.Type), conf: n.Conf})
		}
		for i, tk := range toks {
			for k > 0 && d.toks[k-1].end > tk.Start {
				k-- // a token of ours that spans several of the recogniser's
			}
			for k < len(d.toks) && d.toks[k].end <= tk.Start {
				k++
			}
			for j := k; j < len(d.toks) && d.toks[j].start < tk.End; j++ {
				d.outside[j] = min(d.outside[j], r.Outside[i])
			}
		}
	}
}

// Thresholds of the recogniser's say: how sure it must be that words are in no name for a
// mention that only capital letters made to be dropped, and how sure of a name for its type to
// count. A common word standing alone ("There", "Who") needs less, unless it is an organisation's
// head word ("Army"). The values were set on the shipped model's probabilities: a retrained
// model whose probabilities are sharper or softer needs them moved to where it lets through as
// many words and names as the shipped one did (cmd/nertrain -match prints those values).
const (
	noNameSure = 0.9
	commonSure = 0.6
	typeSure   = 0.7
	// trimSure is how sure of the name inside a mention the recogniser must be for the mention to
	// be trimmed to it, when it is sure that the words left out are in no name.
	trimSure = 0.75
	// allSure is how sure it must be that words are in no name when more than the word's capital
	// says they are ordinary words: the document writes it capitalised elsewhere, several words
	// agree, or capitals may be emphasis.
	allSure = 0.97
	// voteSure is how sure of a name's type the recogniser must be for its say to weigh most.
	voteSure = 0.9
)

// dropUnnamed removes or trims the mentions that only capital letters made, where the recogniser
// is sure the words are in no name and neither the gazetteer nor a title speaks for them: a word
// or words at a sentence start or in a headline ("Regardless", "Fifteen", "Post Comment"), a
// function word capitalised in mid-sentence ("Under", "It"), words written in capitals for
// emphasis ("POUNDS", "WILL NOT WORK"). A mention kept may be trimmed to the name inside it. Acronyms of up to four letters are left alone: the recogniser
// knows few of the domain's.
func (d *doc) dropUnnamed() {
	if d.outside == nil {
		return
	}
	out := d.cands[:0]
	for _, c := range d.cands {
		if (c.hasGaz || c.title != "" || !d.unnamed(c)) && !d.emphasisWord(c) && !d.functionWords(c) {
			out = append(out, c)
		}
	}
	d.cands = out
}

// functionWords reports whether c is two words or more the gazetteer does not know, all of which
// the parse reads as function words ("damn If I can't"): capitals for emphasis, no name.
func (d *doc) functionWords(c *cand) bool {
	if c.b-c.a < 2 || c.hasGaz || c.title != "" {
		return false
	}
	for k := c.a; k < c.b; k++ {
		switch d.toks[k].upos {
		case "SCONJ", "PRON", "ADP", "DET", "AUX", "CCONJ", "PART":
		default:
			return false
		}
	}
	return true
}

// emphasisWord reports whether c is a verb written in capitals for emphasis in running text
// ("there IS an oxygen bar"), though a known acronym is spelled the same (the group "IS"): the
// parse reads it as a verb, the recogniser is sure it is in no name, a subject pronoun comes
// right before it ("there", "it"; not a relative: "which IS claimed") and a word in lower case
// after it.
func (d *doc) emphasisWord(c *cand) bool {
	if c.b-c.a != 1 || c.title != "" || d.outside[c.a] < allSure || !isAcronym(d.toks[c.a].text) {
		return false
	}
	if u := d.toks[c.a].upos; u != "AUX" && u != "VERB" {
		return false
	}
	n := c.a + 1
	if c.a < 1 || n >= len(d.toks) || d.brk(c.a-1, n) || !d.isTok("SUBJPRON", c.a-1) || d.toks[c.a-1].text != d.low[c.a-1] {
		return false
	}
	return d.toks[n].word && strings.ToLower(d.toks[n].text) == d.toks[n].text
}

// unnamed reports whether a mention is to be dropped (see dropUnnamed); it trims one it keeps.
func (d *doc) unnamed(c *cand) bool {
	t := d.toks[c.a]
	sure := 1.0
	caps := true
	for k := c.a; k < c.b; k++ {
		sure = min(sure, d.outside[k])
		if d.toks[k].word && (!isAcronym(d.toks[k].text) || d.particle(k)) {
			caps = false
		}
	}
	lone := c.b-c.a == 1 && c.start == t.start && c.end == t.end
	short := caps && lone && len(t.text) <= 4
	// A lone word after a verb that opened the sentence opens it too, unless the document writes
	// it capitalised in mid-sentence elsewhere ("Hide Ad", but "Managing Python Environments").
	start := t.initial || d.headline[t.sent] || d.opened[c.a] && lone && !d.capMid[d.low[c.a]]
	if lone && d.runWords[d.low[c.a]] && !d.opened[c.a] {
		return false // part of a longer name the document writes ("Cook" after "Tim Cook")
	}
	if !lone && d.headed(c.b) && d.nameTok(c.b-1) {
		return false // a head word closes the name ("PNC Music Pavilion"): the words before are its own
	}
	need := noNameSure
	if d.capMid[d.low[c.a]] || !lone {
		need = allSure // the document writes it capitalised elsewhere, or several words agree
	}
	switch {
	case short:
		return false
	case lone && d.plainByTag(c.a, start):
		return true
	case start && sure >= need,
		caps && sure >= noNameSure,
		lone && d.g.is("COMMON", d.low[c.a]) && !d.g.is("ORGHEAD", d.low[c.a]) && (sure >= commonSure || d.plainPlural(c.a)):
		return true
	}
	d.trim(c)
	return false
}

// plainPlural reports whether token k is the plural of a noun English writes in lower case
// ("Soldiers", "Residents"): a common word standing alone in the plural names a group of people
// or things, not one body, however sure the recogniser is.
func (d *doc) plainPlural(k int) bool {
	w := d.low[k]
	return d.g.w.ordinary[w] && d.g.w.pluralShape(w)
}

// trim narrows a mention of several words to the one name the recogniser is sure of inside it,
// when it is sure every word left out is in no name ("Hosting Cook", "EU's High"). The name must
// start and end where words of the mention do. A body's name that goes on after its head word
// with "of", "for" or "on" keeps its end: the words after are its own ("Office of Management and
// Budget", "National Institute on Drug Abuse"). The ordinal that numbers a formation ("3rd
// Battalion") stays too: it tells that unit from the others of its kind.
func (d *doc) trim(c *cand) {
	if c.b-c.a < 2 || ordinalFigure(d.toks[c.a].text) {
		return
	}
	var in *recognised
	for i := range d.recog {
		r := &d.recog[i]
		if r.end <= c.start || r.start >= c.end || r.conf < trimSure {
			continue
		}
		if in != nil || r.start < c.start || r.end > c.end {
			return
		}
		in = r
	}
	if in == nil || in.start == c.start && in.end == c.end || in.end != c.end && d.ofPart(c) {
		return
	}
	a, b := -1, -1
	for k := c.a; k < c.b; k++ {
		t := d.toks[k]
		switch {
		case t.start == in.start:
			a = k
		case t.start < in.start || t.start >= in.end:
			need := allSure
			if d.isTok("NONAME", k) {
				need = noNameSure // a weekday or month word left out of a name ("X Thursday")
			}
			if d.outside[k] < need || d.particle(k) || d.isTok("GIVEN", k) || d.g.w.prefixedName(t.text) {
				return
			}
		}
		if t.end == in.end {
			b = k + 1
		}
	}
	if a < 0 || b <= a || !d.nameTok(a) {
		return
	}
	c.a, c.b, c.start, c.end = a, b, in.start, in.end
	c.words = d.g.w.normWords(d.g.w.formToks(d.text[c.start:c.end]))
}

// recognisedWhole reports whether the recogniser is sure that the tokens [a, b) make one name
// of a body, a place or a thing, from its first word to its last ("Final Cut was updated"): an
// ordinary word that opens the sentence is then the name's first word. A person's name it reads
// so may hold a role before it ("Defenseman X Y"), which is no part of the name.
func (d *doc) recognisedWhole(a, b int) bool {
	for _, r := range d.recog {
		if r.start == d.toks[a].start && r.end == d.toks[b-1].end && r.conf >= typeSure && r.typ != dossier.PER {
			return true
		}
	}
	return false
}

// recognisedVotes gives a mention the type the recogniser found for the same words, with more
// votes the surer it is. It is asked only when the name and its context leave the type unclear:
// the gazetteer and the cue words know this domain's names better than a recogniser trained on
// other text.
// Names with particles ("al-", "bin", "abu") are left to the rules that know them: the recogniser
// saw few. It reads brands as persons too often for a lone word to be made a person's on its say.
func (d *doc) recognisedVotes(c *cand) {
	for k := c.a; k < c.b; k++ {
		if d.particle(k) || d.g.w.prefixedName(d.toks[k].text) || d.g.w.kinship[d.low[k]] {
			return
		}
	}
	for _, r := range d.recog {
		if r.end <= c.start || r.start >= c.end || r.conf < typeSure {
			continue
		}
		if r.typ == dossier.PER && c.b-c.a == 1 && !d.isTok("GIVEN", c.a) && !d.runLast[d.low[c.a]] {
			continue // a lone word is a person's only with a given name or a full name it ends behind it ("Cook" after "Tim Cook", not "Acme" after "Acme North America")
		}
		if r.typ == dossier.PER && (d.acronymLast(c) || !d.isTok("GIVEN", c.a) && d.wordsName(c)) {
			continue // "Fusion GPS", "Tomb Raider": no person's name ends in an acronym or is made of English words
		}
		if r.typ == dossier.PER && c.b-c.a > 1 && !d.isTok("GIVEN", c.a) && (d.possessed(c) || d.quotedWhole(c)) {
			continue // "its electric X Y", "played “X Y”": a thing's or a work's name, however person-like
		}
		if r.typ == dossier.LOC && d.g.is("LOCPREP", d.lowAt(c.a-1)) && d.inquiryBefore(d.lowAt, c.a-1) {
			continue // "investigations into X": what is looked into, however placed
		}
		if r.start == c.start && r.end == c.end {
			switch {
			case r.conf >= voteSure:
				d.vote(c, r.typ, 3)
			case r.conf >= typeSure:
				d.vote(c, r.typ, 2)
			}
		}
	}
}

// noName reports a one-word mention the recogniser is sure is no name. With no cue to its type,
// such a word is left MISC rather than read as a place ("Ethernet", "Purple").
func (d *doc) noName(c *cand) bool {
	return d.outside != nil && c.b-c.a == 1 && d.outside[c.a] >= noNameSure
}

// ofPart reports whether the mention c goes on after a head word with "of", "for" or "on"
// ("Department of Housing and Urban Development", "National Institute on Drug Abuse").
func (d *doc) ofPart(c *cand) bool {
	for k := c.a + 1; k < c.b-1; k++ {
		if w := d.low[k]; (w == "of" || w == "for" || w == "on") && d.isTok("OFHEAD", k-1) {
			return true
		}
	}
	return false
}

// dropBareWords clears keep for the chains left MISC only for want of any cue whose every
// mention is one ordinary English word that the recogniser is sure is in no name ("1 Purple",
// "Yellow, or Gray", "the statistics on Money"): a capital alone makes no name of such a word.
func (d *doc) dropBareWords(keep []bool, chains []int, types map[int]dossier.EntityType) {
	if d.outside == nil {
		return
	}
	d.dropWholeChains(keep, chains, func(c *cand, ch int) bool {
		return types[ch] == dossier.MISC && d.bareWord(c)
	})
}

// dropWholeChains clears keep for the mentions of every chain all of whose mentions drop
// reports.
func (d *doc) dropWholeChains(keep []bool, chains []int, drop func(c *cand, ch int) bool) {
	all := map[int]bool{}
	for i, c := range d.cands {
		ch := chains[i]
		ok := drop(c, ch)
		if v, seen := all[ch]; seen {
			ok = ok && v
		}
		all[ch] = ok
	}
	for i := range d.cands {
		if all[chains[i]] {
			keep[i] = false
		}
	}
}

// bareWord reports whether the mention c is one ordinary English word, written as one token,
// with no vote for any type, no title and no gazetteer entry, that the recogniser is sure is in
// no name, that the parse reads as no noun, and that nothing around it uses as a name (see
// namedHere). A noun is left alone: a headline's capitalised noun may be the act it reports
// ("Repelled Daesh Attack on …"), which the event stage reads better as a name than as a
// trigger without its arguments; a noun that opens a sentence of running text, a lower-case word
// after it, is an ordinary word all the same ("Rainfall occurs everywhere").
func (d *doc) bareWord(c *cand) bool {
	t := d.toks[c.a]
	if c.b-c.a != 1 || c.hasGaz || c.title != "" || c.start != t.start || c.end != t.end || isAcronym(t.text) || d.namedHere(c.a) {
		return false
	}
	for _, n := range c.votes {
		if n != 0 {
			return false
		}
	}
	return d.g.w.lowerMostly[d.low[c.a]] && d.outside[c.a] >= noNameSure && t.upos != "PROPN" && (t.upos != "NOUN" || d.openingNoun(c.a))
}

// openingNoun reports whether token k opens a sentence of running text (no headline) and a word
// in lower case follows it there.
func (d *doc) openingNoun(k int) bool {
	t := d.toks[k]
	if !t.initial || d.headline[t.sent] || k+1 >= len(d.toks) || d.brk(k, k+1) {
		return false
	}
	n := d.toks[k+1]
	return n.word && n.text == d.low[k+1]
}

// namedHere reports whether the words around token k use it as a name: "the" before it, or
// before one lower-case word before it ("the state Legislature"), a possessive after it
// ("Universal's music division"), or "by" before it ("obtained by Variety").
func (d *doc) namedHere(k int) bool {
	if k+1 < len(d.toks) && isApostropheTok(d.toks[k+1].text) {
		return true
	}
	p := d.word(k - 1)
	if p == "by" || p == "the" {
		return true
	}
	return p != "" && d.toks[k-1].text == p && d.word(k-2) == "the"
}
