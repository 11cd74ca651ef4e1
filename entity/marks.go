package entity

import (
	"regexp"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// markMention reports whether c is no name but a mark written in capitals: an era after a year
// ("1750 BC"), a lawmaker's party and state between brackets after the name ("(R-Texas)") or a
// market's ticker.
func (d *doc) markMention(c *cand) bool {
	if c.hasGaz && c.gaz.typ != dossier.ORG || c.title != "" {
		return false
	}
	text := d.text[c.start:c.end]
	if c.b-c.a == 1 && c.a > 0 && d.g.is("ERAMARK", text) && startsDigit(d.toks[c.a-1].text) && !d.brk(c.a-1, c.a) {
		return true
	}
	return d.partyTag(c, text) || d.tickerMention(c)
}

// partyTag reports whether text, the mention c, is a party's letter, a hyphen and a state between
// brackets or commas ("(R-Texas)", "(D-Minn.)", ", D-N.Y.,").
func (d *doc) partyTag(c *cand, text string) bool {
	letter, state, ok := strings.Cut(text, "-")
	if !ok || !d.g.is("PARTYMARK", letter) || letter != strings.ToUpper(letter) || state == "" || !isCap(state) {
		return false
	}
	if c.a == 0 || c.b >= len(d.toks) {
		return false
	}
	before, after := d.toks[c.a-1].text, d.toks[c.b].text
	if after == "." && c.b+1 < len(d.toks) && d.toks[c.b].start == c.end && before == "(" {
		after = d.toks[c.b+1].text // an abbreviated state's stop: "(D-Minn.)"
	}
	return before == "(" && after == ")" || before == "," && (after == "," || after == ".")
}

// caseNames joins the names on either side of a "v." into one name, a court case's ("X v. Y"), so that the two parties of a case are not two actors of the page.
func (d *doc) caseNames() {
	d.joinPairs(func(c, n *cand) bool {
		return d.caseJoin(c.b, n.a) && c.end == d.toks[c.b-1].end && n.start == d.toks[n.a].start &&
			!d.brk(c.a, n.b-1) && c.title == "" && n.title == ""
	})
}

// joinNicknames makes one name of a given name, a nickname in quotation marks and the family
// name after it ("Richard 'Tex' Coe", "Dwayne "The Rock" Johnson"): the quoted words name the
// same person, not a thing of their own.
func (d *doc) joinNicknames() {
	d.joinWith(d.nicknameEnd)
}

// nicknameEnd returns the index of the mention of a family name that follows the lone given name
// of mention i after one to three capitalised words in quotation marks, all in one sentence.
func (d *doc) nicknameEnd(i int) (int, bool) {
	c := d.cands[i]
	q := c.b
	if c.b != c.a+1 || !d.isTok("GIVEN", c.a) || c.end != d.toks[c.a].end || q >= len(d.toks) || d.brk(c.a, q) || !nickQuote(d.toks[q].text) {
		return 0, false
	}
	for k := q + 1; k <= q+4 && k+1 < len(d.toks) && !d.brk(k-1, k); k++ {
		if !nickQuote(d.toks[k].text) {
			if !d.toks[k].word || !isCap(d.toks[k].text) {
				return 0, false
			}
			continue
		}
		if k == q+1 || d.brk(k, k+1) {
			return 0, false
		}
		for j := i + 1; j < len(d.cands) && d.cands[j].a <= k+1; j++ {
			if n := d.cands[j]; n.a == k+1 && n.b-n.a <= 2 && n.title == "" && !n.hasGaz {
				return j, true
			}
		}
		return 0, false
	}
	return 0, false
}

// nickQuote reports a quotation mark that may set off a nickname: double or single, straight or
// curly.
func nickQuote(s string) bool {
	return isOpenQuote(s) || isCloseQuote(s) || isSingleQuote(s)
}

// joinPairs makes one mention of each two mentions in a row that join says are one name.
func (d *doc) joinPairs(join func(c, n *cand) bool) {
	d.joinWith(func(i int) (int, bool) {
		return i + 1, i+1 < len(d.cands) && join(d.cands[i], d.cands[i+1])
	})
}

// joinWith makes one mention, with the first one's title, of each mention i and the later
// mention partner gives for it, leaving out the mentions between them.
func (d *doc) joinWith(partner func(i int) (int, bool)) {
	out := d.cands[:0]
	for i := 0; i < len(d.cands); i++ {
		c := d.cands[i]
		if j, ok := partner(i); ok {
			n := d.cands[j]
			m := &cand{start: c.start, end: n.end, a: c.a, b: n.b, title: c.title}
			m.words = d.g.w.normWords(d.g.w.formToks(d.text[m.start:m.end]))
			out = append(out, m)
			i = j
			continue
		}
		out = append(out, c)
	}
	d.cands = out
}

// caseName reports whether mention c is a case's name ("X v. Y").
func (d *doc) caseName(c *cand) bool {
	for k := c.a + 1; k < c.b-1; k++ {
		if d.caseJoin(k, k+1) || d.caseJoin(k, k+2) {
			return true
		}
	}
	return false
}

// caseJoin reports whether the tokens [a, b) are the "v." of a case's name, its stop written
// ("Arsenal v Chelsea", "X vs. Y" are fixtures between two clubs, each a name of its own).
func (d *doc) caseJoin(a, b int) bool {
	if b-a == 1 && d.g.is("CASEJOIN", d.toks[a].text) && strings.HasSuffix(d.toks[a].text, ".") {
		return true
	}
	return b-a == 2 && d.g.is("CASEJOIN", d.toks[a].text) && d.toks[a+1].text == "." && d.toks[a+1].start == d.toks[a].end
}

// endingPairs reads rows of an ending and what replaces it (empty when the row has one field).
func endingPairs(rows [][]string) [][2]string {
	var out [][2]string
	for _, r := range rows {
		if len(r) == 0 || r[0] == "" {
			continue
		}
		p := [2]string{strings.ToLower(r[0]), ""}
		if len(r) > 1 {
			p[1] = strings.ToLower(r[1])
		}
		out = append(out, p)
	}
	return out
}

// placePeople reports whether the unknown name c names the people of a place the gazetteer
// knows ("South Dakotans", "New Yorkers"): a people, not the place nor a body.
func (d *doc) placePeople(c *cand) bool {
	if c.hasGaz || len(c.words) == 0 || c.title != "" {
		return false
	}
	last := c.words[len(c.words)-1]
	for _, p := range d.g.w.peopleEndings {
		if len(last) < len(p[0])+3 || !strings.HasSuffix(last, p[0]) {
			continue
		}
		ws := append(append([]string{}, c.words[:len(c.words)-1]...), strings.TrimSuffix(last, p[0])+p[1])
		if e, ok := d.g.lookup(strings.Join(ws, " "), false); ok && e.typ == dossier.LOC {
			return true
		}
	}
	return false
}

// tickerMention reports whether c is a market ticker written after a stop with no space (" .DJI",
// " .SPX"), no name.
func (d *doc) tickerMention(c *cand) bool {
	if c.b-c.a != 1 || c.a < 2 || !isAcronym(d.toks[c.a].text) {
		return false
	}
	dot := d.toks[c.a-1]
	return dot.text == "." && dot.end == c.start && d.toks[c.a-2].end < dot.start
}

// pluralAcronyms returns the acronyms the document writes with a plural's "s" ("GPCRs", "NGOs"):
// names of a kind of thing, not of one body.
func (d *doc) pluralAcronyms() map[string]bool {
	out := map[string]bool{}
	for _, t := range d.toks {
		w := strings.TrimSuffix(t.text, "s")
		if !t.word || len(w) < 2 || !isAcronym(w) || strings.ToUpper(w) != w {
			continue
		}
		end := t.start + len(w) // the "s" in the token or right after it
		if end < len(d.text) && d.text[end] == 's' && (end+1 == len(d.text) || !isWordByte(d.text[end+1])) {
			out[w] = true
		}
	}
	return out
}

// isWordByte reports whether b is an ASCII letter or digit, or a byte of a longer character.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// wordInCapitals reports whether c is one word in capitals that is no body's name: an ordinary
// English word written so for emphasis or as a button's label ("GROW", "MORE"), or an acronym the
// document also writes in the plural, a kind of thing. A name the gazetteer knows stays, and so
// does a word the document uses as a name (see capsNames), unless it stands on a short line of
// its own, as a button's label does.
func (d *doc) wordInCapitals(c *cand, plural, names map[string]bool) bool {
	if c.hasGaz || c.title != "" {
		return false
	}
	if d.capsPhrase(c, names) {
		return true
	}
	k := c.b - 1 // a run keeps the words it drops in front ("The FOB")
	t := d.toks[k]
	if text := d.text[c.start:c.end]; c.start == t.start && plural[text] && (c.end == t.end || t.text == text+"s") {
		return true // "GPCR", or "GPCR" cut from "GPCRs"
	}
	if c.start != t.start || c.end != t.end || !t.word || strings.ToUpper(t.text) != t.text {
		return false
	}
	return len(t.text) >= 3 && d.g.w.ordinary[d.low[k]] && (!names[t.text] || d.shortLine(k))
}

// countedAcronym reports whether c is an acronym no list knows used as a common noun: after "a",
// "an" or a count in figures, with nothing after it that it could modify ("a PBU in coverage",
// "an MRI.", "1 sack, 2 QH."); a name's acronym modifies a noun there ("a UFC fighter", "3 ADF
// troops") or acts ("a CIA said").
func (d *doc) countedAcronym(c *cand, names map[string]bool) bool {
	if c.hasGaz || c.title != "" || c.b != c.a+1 || c.a == 0 {
		return false
	}
	t := d.toks[c.a]
	if c.start != t.start || c.end != t.end || !isAcronym(t.text) || names[t.text] || d.brk(c.a-1, c.a) {
		return false
	}
	if p := d.low[c.a-1]; p != "a" && p != "an" && !isDigits(p) {
		return false
	}
	if c.b == len(d.toks) || d.brk(c.a, c.b) || !d.toks[c.b].word {
		return true
	}
	switch d.toks[c.b].upos {
	case "ADP", "CCONJ", "SCONJ", "PART", "PUNCT":
		return true
	}
	return false
}

// capsPhrase reports whether c is several words in capitals, every one an ordinary English word
// or one the document writes in lower case, and none used as a name elsewhere in it: a
// subheading ("USING HONEY INSTEAD OF SUGAR"), not a name.
func (d *doc) capsPhrase(c *cand, names map[string]bool) bool {
	if c.b-c.a < 2 || c.start != d.toks[c.a].start || c.end != d.toks[c.b-1].end {
		return false
	}
	for k := c.a; k < c.b; k++ {
		t := d.toks[k]
		if !t.word || strings.ToUpper(t.text) != t.text || len(t.text) < 2 || names[t.text] || !d.g.w.ordinary[d.low[k]] && !d.lowSeen[d.low[k]] {
			return false
		}
	}
	return true
}

// capsNames returns the words in capitals, as written, that some sentence of the document uses
// as a name: a verb of saying or another verb follows it ("ARM said", "ARM rose"), or "of", "at"
// or "by" comes before it in running text ("shares of ARM"). A word on a short line of its own
// counts not, nor does one ending a longer name. The object of a verb is no sign: "invested BIG" reads as "bought ARM" does.
func (d *doc) capsNames() map[string]bool {
	out := map[string]bool{}
	for k, t := range d.toks {
		if !t.word || len(t.text) < 3 || strings.ToUpper(t.text) != t.text || out[t.text] || d.shortLine(k) {
			continue
		}
		if d.endsLonger(k) {
			continue // "Plan & Grow BIG helps": the longer name is the subject
		}
		if d.saidAfter(k) || d.verbAfter(k) || k > 0 && !d.brk(k-1, k) && d.isTok("CAPSPREP", k-1) {
			out[t.text] = true
		}
	}
	return out
}

// verbAfter reports whether the parse reads the word after token k, in its sentence, as a verb
// (no auxiliary: "X is" may define a term), token k being no adjective, adverb or auxiliary
// ("MORE", "you DID download") and no preposition coming before it.
func (d *doc) verbAfter(k int) bool {
	if u := d.toks[k].upos; u == "ADJ" || u == "ADV" || u == "AUX" || k > 0 && !d.brk(k-1, k) && d.toks[k-1].upos == "ADP" {
		return false
	}
	return k+1 < len(d.toks) && !d.brk(k, k+1) && d.toks[k+1].upos == "VERB"
}

// endsLonger reports whether token k follows a capitalised word or an ampersand in its sentence:
// the last word of a longer name.
func (d *doc) endsLonger(k int) bool {
	if k == 0 || d.brk(k-1, k) {
		return false
	}
	p := d.toks[k-1].text
	return p == "&" || d.toks[k-1].word && isCap(p)
}

// shortLine reports whether token k stands on a line of one or two words, as a button's label
// or a menu's entry does.
func (d *doc) shortLine(k int) bool {
	// Count outward from k and stop at the third word, so that a long page written on one line
	// costs a few steps per word in capitals, not the whole line.
	n := 0
	for j := k; j >= 0; j-- {
		if d.toks[j].word {
			if n++; n > 2 {
				return false
			}
		}
		if d.toks[j].nl {
			break
		}
	}
	for j := k + 1; j < len(d.toks) && !d.toks[j].nl; j++ {
		if d.toks[j].word {
			if n++; n > 2 {
				return false
			}
		}
	}
	return true
}

// quoteRow matches a row of a table of share prices: a ticker, the company's name in capitals, the
// last price and its change ("LOW LOWE'S COMPANIES INC. 113.40 -1.62 -1.41%"). Group 1 is the name.
var quoteRow = regexp.MustCompile(`(?m)^[A-Z]{1,5}[ \t]+([A-Z][A-Z0-9'\x{2019}&.,\- ]*[A-Z.])[ \t]+[0-9][0-9,]*\.[0-9]+[ \t]+[+\-\x{2212}][0-9]`)

// quoteRows makes one mention of the company's name on each row of a table of share prices,
// without the ticker before it, in place of the mentions found on it: words in capitals with a
// possessive inside ("LOWE'S COMPANIES INC.") are one name there, and the ticker is no word of it.
func (d *doc) quoteRows() {
	for _, m := range quoteRow.FindAllStringSubmatchIndex(d.text, -1) {
		a, b := d.tokenSpan(m[2], m[3])
		if a < 0 || b <= a {
			continue
		}
		out := d.cands[:0]
		for _, c := range d.cands {
			if c.end <= m[0] || c.start >= m[3] {
				out = append(out, c)
			}
		}
		n := &cand{start: m[2], end: m[3], a: a, b: b}
		n.words = d.g.w.normWords(d.g.w.formToks(d.text[n.start:n.end]))
		out = append(out, n)
		sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
		d.cands = out
	}
}

// tokenSpan returns the tokens [a, b) that begin at byte start and end at byte end, or -1, -1.
func (d *doc) tokenSpan(start, end int) (int, int) {
	a := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= start })
	if a == len(d.toks) || d.toks[a].start != start {
		return -1, -1
	}
	for b := a; b < len(d.toks); b++ {
		if d.toks[b].end == end {
			return a, b + 1
		}
		if d.toks[b].end > end {
			break
		}
	}
	return -1, -1
}
