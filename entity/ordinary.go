package entity

import (
	"strconv"
	"strings"
)

// Ordinary English words, from the word-casing data (how often the treebanks write each word in
// lower case and capitalised in mid-sentence): a word is ordinary when it is written in lower
// case at least ordinaryLower times and at least ordinaryRatio times as often as capitalised in
// mid-sentence ("regardless", "will"; not "united", "may" or "new", which start names often).
const (
	ordinaryLower = 2
	ordinaryRatio = 4
)

// ordinaryWords reads the word-casing rows (word, lower-case count, mid-sentence capitalised
// count) and returns the ordinary words, lower case.
func ordinaryWords(rows [][]string) map[string]bool { return casedWords(rows, ordinaryRatio) }

// casedWords returns the words of the word-casing rows written in lower case at least
// ordinaryLower times and at least ratio times as often as capitalised in mid-sentence.
func casedWords(rows [][]string, ratio int) map[string]bool {
	out := map[string]bool{}
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		lower, err1 := strconv.Atoi(r[1])
		capMid, err2 := strconv.Atoi(r[2])
		if err1 != nil || err2 != nil {
			continue
		}
		if lower >= ordinaryLower && lower >= ratio*capMid {
			out[strings.ToLower(r[0])] = true
		}
	}
	return out
}

// rowWords returns the first field of each row, lower case.
func rowWords(rows [][]string) map[string]bool {
	out := map[string]bool{}
	for _, r := range rows {
		if len(r) > 0 {
			out[strings.ToLower(r[0])] = true
		}
	}
	return out
}

// dropOrdinary drops the mentions that are one ordinary English word capitalised only because it
// opens a sentence or a line or stands in a headline ("Regardless", "Hibernation", "Fifteen"),
// when the document never writes it capitalised on its own in mid-sentence, nor as the first or
// last word of a longer name (the short form of "Condoleezza Rice" is "Rice"; the "Health" of
// "World Health Organization" stands for nothing alone), and neither the gazetteer, a title nor a
// verb of saying after it ("Apple said") makes it a name.
func (d *doc) dropOrdinary() {
	edges := map[string]bool{}
	for _, c := range d.cands {
		if c.b-c.a >= 2 {
			edges[d.low[c.a]] = true
			edges[d.low[c.b-1]] = true
		}
	}
	plural, names, common := d.pluralAcronyms(), d.capsNames(), d.commonAcronyms()
	out := d.cands[:0]
	for _, c := range d.cands {
		if common[d.text[c.start:c.end]] && c.title == "" {
			continue
		}
		if !d.ordinaryMention(c, edges) && !d.interjection(c) && !d.markMention(c) && !d.wordInCapitals(c, plural, names) && !d.countedAcronym(c, names) && !d.officeMention(c) && !d.peopleThing(c) && !d.dayPlural(c) {
			out = append(out, c)
		}
	}
	d.cands = out
}

// dayPlural reports whether c is one word, a weekday's name with an "s" ("Tuesdays", or the
// possessive written without its apostrophe, "Tuesdays executions"), that the gazetteer does not
// know, wherever it stands: it says when, not who.
func (d *doc) dayPlural(c *cand) bool {
	if c.hasGaz || c.title != "" || c.b-c.a != 1 {
		return false
	}
	w := d.low[c.a]
	return strings.HasSuffix(w, "s") && d.g.w.weekdays[strings.TrimSuffix(w, "s")]
}

// peopleThing reports whether c is one head word of a place's name that the gazetteer does not
// know, right after a word for a people ("Syrian Airbase", "a Turkish Border post" in a
// headline): a common noun the people's word qualifies, capitalised by the headline, not a name.
func (d *doc) peopleThing(c *cand) bool {
	if c.hasGaz || c.title != "" || c.b-c.a != 1 || c.a < 1 || d.brk(c.a-1, c.a) {
		return false
	}
	return (d.isTok("LOCHEAD", c.a) || d.isTok("FACILITY", c.a)) && d.isTok("DEMONYM", c.a-1)
}

// ordinaryMention reports whether c is a mention dropOrdinary drops.
func (d *doc) ordinaryMention(c *cand, edges map[string]bool) bool {
	if c.hasGaz || c.title != "" || c.b-c.a != 1 {
		return false
	}
	t := d.toks[c.a]
	w := d.low[c.a]
	if c.start != t.start || c.end != t.end || !t.word || isAcronym(t.text) || !d.everydayWord(w) && !d.modifierWord(c.a, w) {
		return false
	}
	if !t.initial && !d.headline[t.sent] && !d.opened[c.a] {
		return false
	}
	if d.capAlone[w] || edges[w] || d.isTok("GIVEN", c.a) {
		return false
	}
	return !d.saidAfter(c.a) && !d.quotedAlone(c.a)
}

// interjection reports whether c is one word said on its own that opens a sentence or a line
// before a comma or an exclamation mark ("Heck, even the new model", "Wow! It sold out"), and that
// the gazetteer does not know.
func (d *doc) interjection(c *cand) bool {
	if c.hasGaz || c.title != "" || c.b-c.a != 1 || c.b >= len(d.toks) || d.brk(c.a, c.b) {
		return false
	}
	t := d.toks[c.a]
	if !t.initial && !d.opened[c.a] || !d.g.w.interjections[d.low[c.a]] {
		return false
	}
	next := d.toks[c.b].text
	return next == "," || next == "!"
}

// quotedAlone reports whether token i stands alone between quotation marks ("“Parasite” won",
// "“Parasite,” the film"): the title of a work, not an ordinary word opening a sentence.
func (d *doc) quotedAlone(i int) bool {
	if i == 0 || i+1 >= len(d.toks) || !isOpenQuote(d.toks[i-1].text) {
		return false
	}
	j := i + 1
	if (d.toks[j].text == "," || d.toks[j].text == ".") && j+1 < len(d.toks) {
		j++
	}
	return isCloseQuote(d.toks[j].text)
}

// isOpenQuote reports whether token text s opens a quotation; a straight quote may open or close one.
func isOpenQuote(s string) bool { return s == "\u201c" || s == "\u00ab" || s == "``" || s == "\"" }

// isCloseQuote reports whether token text s closes a quotation; a straight quote may open or close one.
func isCloseQuote(s string) bool { return s == "\u201d" || s == "\u00bb" || s == "''" || s == "\"" }

// everydayWord reports whether w, lower case, is an ordinary word: one of the word-casing data,
// or a weekday's plural ("Tuesdays"), which says when, not who.
func (d *doc) everydayWord(w string) bool {
	return d.g.w.ordinary[w] || strings.HasSuffix(w, "s") && d.g.w.weekdays[strings.TrimSuffix(w, "s")]
}

// modifierWord reports whether the word w at token i, one English writes in lower case at least
// as often as capitalised, modifies the lower-case noun after it ("Air strikes hit the town",
// "Rebel fighters"): a noun compound of ordinary words, unless the noun is one that follows a
// company's or a product's name ("Delta shares", "Switch users").
func (d *doc) modifierWord(i int, w string) bool {
	if !d.g.w.lowerMostly[w] || i+1 >= len(d.toks) || d.brk(i, i+1) {
		return false
	}
	n := d.toks[i+1]
	_, brand := d.g.w.brandNouns[d.low[i+1]]
	return n.word && n.upos == "NOUN" && n.text == d.low[i+1] && !brand
}

// saidAfter reports whether a verb of saying follows token i in its sentence: the word before it
// names a speaker.
func (d *doc) saidAfter(i int) bool {
	return i+1 < len(d.toks) && !d.brk(i, i+1) && d.isTok("SAID", i+1)
}

// commonAcronyms returns the acronyms the document spells out in lower-case words, which makes
// them a common noun's short form, no name: "hypersensitivity pneumonitis, or HP", "improvised
// explosive devices (IEDs)".
func (d *doc) commonAcronyms() map[string]bool {
	out := map[string]bool{}
	for k, t := range d.toks {
		if !t.word || k < 2 || !isAcronym(t.text) || d.brk(k-1, k) {
			continue
		}
		end := -1
		switch {
		case d.toks[k-1].text == "(" && k+1 < len(d.toks) && d.toks[k+1].text == ")":
			end = k - 2
		case d.low[k-1] == "or" && d.toks[k-2].text == ",":
			end = k - 3
		}
		if end >= 0 && !d.brk(end, k-1) && d.spelledLower(strings.TrimSuffix(t.text, "s"), end) {
			out[t.text] = true
			out[strings.TrimSuffix(t.text, "s")] = true
		}
	}
	return out
}

// spelledLower reports whether the words ending at token end, in lower case, have the letters of
// acr as their initials, last letter last; "of", "and", "the" and the like may stand between
// them, and a hyphenated word gives one letter a part.
func (d *doc) spelledLower(acr string, end int) bool {
	letters := []rune(strings.ToLower(acr))
	j := len(letters) - 1
	for k := end; k >= 0 && j >= 0 && end-k < 2*len(letters)+2; k-- {
		t := d.toks[k]
		if !t.word || d.brk(k, end) {
			return false
		}
		if t.text != strings.ToLower(t.text) {
			return false
		}
		if d.g.w.functionWord[t.text] && j < len(letters)-1 {
			continue
		}
		parts := strings.FieldsFunc(t.text, isHyphen)
		for p := len(parts) - 1; p >= 0; p-- {
			if j < 0 || []rune(parts[p])[0] != letters[j] {
				return false
			}
			j--
		}
	}
	return j < 0
}
