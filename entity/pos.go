package entity

// The parse's parts of speech (Universal Dependencies tags) that no name takes. A word the parse
// reads as one of them, capitalised only because it opens a sentence or is written lower case
// elsewhere in the document, is an ordinary word, not a name.
var (
	// ordinaryTags are the classes a lone word standing as a mention is dropped for: closed
	// classes, adverbs, adjectives, verbs and numbers ("Also", "Sixth", "Testing").
	ordinaryTags = map[string]bool{"ADV": true, "ADP": true, "DET": true, "PRON": true, "AUX": true,
		"CCONJ": true, "SCONJ": true, "PART": true, "INTJ": true, "NUM": true, "ADJ": true, "VERB": true}
	// leadTags are the classes a sentence's first word is left out of a longer name for; an
	// adjective or a number may start a name ("Northern Illinois", "Fifth Avenue").
	leadTags = map[string]bool{"ADV": true, "ADP": true, "DET": true, "PRON": true, "AUX": true,
		"CCONJ": true, "SCONJ": true, "PART": true, "INTJ": true, "VERB": true}
)

// plainWord reports whether token k may be read as an ordinary word by its part of speech: it
// is no acronym, no word written like a brand, no article-prefixed name, no given name, no word
// of a name the document writes in mid-sentence, and not a word the recogniser reads as a name.
func (d *doc) plainWord(k int) bool {
	t := d.toks[k]
	return t.word && !isAcronym(t.text) && !innerCap(t.text) && !d.g.w.prefixedName(t.text) && !d.isTok("GIVEN", k) &&
		!d.midWords[d.low[k]] && (d.outside == nil || d.outside[k] >= plainSure)
}

// plainSure is how sure the recogniser must be that a word is in no name for the parse's part of
// speech to make it an ordinary word: a family name in a list ("Brown 4 points") is read as an
// adjective by the parse, as a name by the recogniser.
const plainSure = 0.5

// startSure is how sure it must be when only the word's place at a sentence start explains its
// capital, and the document never writes it in lower case.
const startSure = 0.75

// plainByTag reports whether the lone word at token k, standing as a mention, is an ordinary
// word: the parse gives it a class no name takes, and its capital says nothing of a name since
// it opens a sentence (start) and the document never writes it capitalised in mid-sentence, or
// the document writes it in lower case elsewhere. A common noun left after a verb that opened
// the sentence is the verb's object ("Hide Ad"), no name.
func (d *doc) plainByTag(k int, start bool) bool {
	upos, opened := d.toks[k].upos, d.opened[k]
	if !(ordinaryTags[upos] || opened && upos == "NOUN") || !d.plainWord(k) || d.runWords[d.low[k]] && !opened {
		return false
	}
	if d.lowSeen[d.low[k]] || d.lowSeen[d.g.w.stem(d.toks[k].text)] {
		return true
	}
	return start && !d.capMid[d.low[k]] && (d.outside == nil || d.outside[k] >= startSure)
}

// ordinaryLead reports whether the first word of a longer run, at a sentence start, is one the
// parse reads as a verb, an adverb or a function word ("Leveraging", "Read").
func (d *doc) ordinaryLead(k int) bool {
	return leadTags[d.toks[k].upos] && d.plainWord(k) && !d.capMid[d.low[k]]
}

// roleBeforeName splits a run where a job or role written in capitals stands before a person's
// full name ("Team Leader Jennifer Ngo-Anh", "Head Coach Anna Berg"): a given name that a family
// name follows, after a word naming a person's role ("leader", "coach"). The ordinary words
// before the given name, back to the role's first word (words English writes mostly in lower
// case too: "Senate Majority Leader"), are the person's title; what stands
// before them is a name of its own. A plural ("Rebels") before the name is left out of it but
// titles no one. A body's name that ends in its head word runs into a person's full name the
// same way when the comma between them was lost ("the Syrian Coalition Abdul Ahad X"): the body
// and the person are two names. It reports whether it split.
func (d *doc) roleBeforeName(a, b int) bool {
	p, body := -1, false
	for k := a + 1; k+1 < b; k++ {
		if d.isTok("GIVEN", k) && d.roleWord(k-1) {
			p = k
			break
		}
		if k-1 > a && d.isTok("GIVEN", k) && d.g.is("ORGHEAD", d.toks[k-1].text) && !isAcronym(d.toks[k-1].text) {
			p, body = k, true
			break
		}
	}
	if p < 0 {
		return false
	}
	if l, _ := d.gazAt(a, b); l >= p-a+1 {
		return false // a known name runs into the given name
	}
	if body && d.acronymIn(a, p) {
		return false // "X Sports NFL Insider Y": known names and a role the run's own rules split
	}
	if body {
		d.segment(a, p, "")
		d.segment(p, b, "")
		return true
	}
	q := p - 1
	for q > a && d.nameTok(q-1) && !d.isTok("GIVEN", q-1) && (d.roleWord(q-1) || d.lowerElsewhere(q-1) || d.g.w.lowerMostly[d.low[q-1]] && !d.headed(q)) {
		q--
	}
	if q > a {
		d.segment(a, q, "")
	}
	title := d.text[d.toks[q].start:d.toks[p-1].end]
	if !d.isTok("PERSONNOUN", p-1) && !d.isTok("ROLENOUN", p-1) {
		title = "" // a plural is no one's title: a tags line's "Rebels" before a name
	}
	d.segment(p, b, title)
	return true
}

// roleWord reports whether token k is a capitalised word naming a person's role or people's
// ("Leader", "Rebels").
func (d *doc) roleWord(k int) bool {
	t := d.toks[k]
	return t.word && isCap(t.text) && !isAcronym(t.text) && (d.isTok("PERSONNOUN", k) || d.isTok("ROLENOUN", k) ||
		d.g.is("PERSONNOUN", d.g.w.stem(t.text)) || d.g.is("ROLENOUN", d.g.w.stem(t.text)))
}

// lowerElsewhere reports whether the word at token k is a common word or one the document writes
// in lower case elsewhere ("team" beside "Team Leader").
func (d *doc) lowerElsewhere(k int) bool {
	w := d.low[k]
	return d.g.is("COMMON", w) || d.lowSeen[w] || d.lowSeen[d.g.w.stem(d.toks[k].text)]
}

// acronymIn reports whether an acronym stands among the tokens [a, b).
func (d *doc) acronymIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].word && isAcronym(d.toks[k].text) {
			return true
		}
	}
	return false
}

// twoPeople splits a run that holds two people's full names side by side, the comma between
// them lost ("Hassan Ali Karmo Mohammed Nabil Ali Sayeed" in a list of the dead): a given name
// opens the run, and another given name after a family name opens a second name. Each name has
// three words or more: a shorter part is as likely a given name the gazetteer does not know in
// one name that chains a father's and a grandfather's names ("Ibrahim Awad Ibrahim X"). A given
// name right after another ("Hassan Ali X") or after a particle ("X bin Hamad Y") is part of one
// name, and a known name or a head word keeps the run whole. A list of more names is split
// into each. It reports whether it split.
func (d *doc) twoPeople(a, b int) bool {
	const least = 3 // words of each name
	if b-a < 2*least || !d.isTok("GIVEN", a) || d.headed(b) {
		return false
	}
	for k := a + least; k+least <= b; k++ {
		prev := d.toks[k-1]
		if !d.isTok("GIVEN", k) || !prev.word || !isCap(prev.text) || d.isTok("GIVEN", k-1) || d.particle(k-1) {
			continue
		}
		if l, _ := d.gazAt(a, b); l > k-a {
			return false
		}
		d.segment(a, k, "")
		if !d.twoPeople(k, b) {
			d.segment(k, b, "")
		}
		return true
	}
	return false
}
