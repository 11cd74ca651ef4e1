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
	plural, names := d.pluralAcronyms(), d.capsNames()
	out := d.cands[:0]
	for _, c := range d.cands {
		if !d.ordinaryMention(c, edges) && !d.markMention(c) && !d.wordInCapitals(c, plural, names) && !d.countedAcronym(c, names) {
			out = append(out, c)
		}
	}
	d.cands = out
}

// ordinaryMention reports whether c is a mention dropOrdinary drops.
func (d *doc) ordinaryMention(c *cand, edges map[string]bool) bool {
	if c.hasGaz || c.title != "" || c.b-c.a != 1 {
		return false
	}
	t := d.toks[c.a]
	w := d.low[c.a]
	if c.start != t.start || c.end != t.end || !t.word || isAcronym(t.text) || !d.everydayWord(w) {
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

// saidAfter reports whether a verb of saying follows token i in its sentence: the word before it
// names a speaker.
func (d *doc) saidAfter(i int) bool {
	return i+1 < len(d.toks) && !d.brk(i, i+1) && d.isTok("SAID", i+1)
}
