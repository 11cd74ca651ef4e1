package entity

import (
	"strings"
	"unicode"

	"github.com/dossier-project/dossier"
)

// dropEpithets drops or trims the mentions that name nobody. A mention made only of label words
// ("Takfiri", "Rebels" opening a sentence, "Rebel" of "Rebel held areas") is a description: a
// group that goes by such a word writes it with a head noun ("Rebel Faction"), which keeps it.
// A mention ends before a lower-case function word the recogniser let it run into ("Al Assad
// Academy on Sunday"). A capitalised function word ("In another incident …") and a group noun
// capitalised inside a description ("terrorist Group") are no names either. A mention ends
// before a news agency's name glued by a hyphen to the first word of a story ("Aleppo
// SANA-Terrorist organizations fired …"), and before a headline's last noun run into the
// agency of its byline ("… kill 9 IS fighters in Syria Monitor AFP Friday": the headline ended
// "…, monitor", who told it).
func (d *doc) dropEpithets() {
	out := d.cands[:0]
	for _, c := range d.cands {
		b := c.b
		if k := d.gluedAgency(c.a, b); k >= 0 {
			b = k
		}
		for b > c.a && d.endsInLower(b-1) {
			b--
		}
		if d.bylineNoun(b) {
			b--
		}
		if b == c.a || !c.hasGaz && (d.epithetsOnly(c.a, b) || d.functionOnly(c.a, b) || d.bareNoun(c.a, b)) {
			continue
		}
		if b < c.b {
			c.b, c.end = b, d.toks[b-1].end
			c.words = d.g.w.normWords(d.g.w.formToks(d.text[c.start:c.end]))
			if len(c.words) == 0 {
				continue
			}
		}
		out = append(out, c)
	}
	d.cands = out
}

// epithetsOnly reports whether every word of [a, b) is an epithet, singular or plural.
func (d *doc) epithetsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		w := d.low[k]
		if !d.g.w.epithets[w] && !(strings.HasSuffix(w, "s") && d.g.w.epithets[strings.TrimSuffix(w, "s")]) {
			return false
		}
	}
	return b > a
}

// endsInLower reports whether token k is a function word written in lower case, which no
// name ends with.
func (d *doc) endsInLower(k int) bool {
	t := d.toks[k].text
	return t == d.low[k] && d.g.w.functionWord[d.low[k]]
}

// gluedAgency returns the first token of [a, b), past the first, that is an acronym joined by a
// hyphen to an ordinary capitalised word ("SANA-Terrorist"): a dateline's agency run into the
// story's first word, which ends the name before it. It returns -1 when there is none.
func (d *doc) gluedAgency(a, b int) int {
	for k := a + 1; k < b; k++ {
		left, right, ok := strings.Cut(d.toks[k].text, "-")
		if !ok || len(left) < 2 || right == "" || !isAcronym(left) || strings.ToUpper(left) != left {
			continue
		}
		r := []rune(right)
		if !unicode.IsUpper(r[0]) {
			continue
		}
		if lw := strings.ToLower(right); d.g.w.ordinary[lw] || d.g.is("LABELADJ", lw) {
			return k
		}
	}
	return -1
}

// functionOnly reports whether every word of [a, b) is a function word, in lower case or
// capitalised ("In"), not in capitals ("AT and T" names a company).
func (d *doc) functionOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if t := d.toks[k].text; !d.g.w.functionWord[d.low[k]] || strings.ToUpper(t) == t {
			return false
		}
	}
	return b > a
}

// bareNoun reports whether [a, b) is one group noun right after an epithet: a noun a
// description capitalised ("terrorist Group", "terror Group"), where a group's name has a name
// before its head ("Khorasan Group") and "Army units" after "that" is the army itself.
func (d *doc) bareNoun(a, b int) bool {
	if b-a != 1 || a == 0 || !d.g.is("GROUPNOUN", d.low[a]) || d.brk(a-1, a) {
		return false
	}
	return d.toks[a-1].text == d.low[a-1] && d.epithetsOnly(a-1, a)
}

// bylineNoun reports whether the mention ending at token b ends in a group noun that an
// outlet's name may end with ("Monitor", "Agency"), right before a known organisation of one
// word ("AFP", "Reuters"): a headline's attribution run into its byline.
func (d *doc) bylineNoun(b int) bool {
	if b == 0 || b >= len(d.toks) || d.brk(b-1, b) || !d.g.is("GROUPNOUN", d.low[b-1]) || !d.g.is("MEDIAHEAD", d.low[b-1]) {
		return false
	}
	t := d.toks[b].text
	if !d.toks[b].word || !isCap(t) {
		return false
	}
	e, ok := d.g.lookup(d.g.w.key(d.g.w.formToks(t)), strings.ToUpper(t) == t)
	return ok && e.typ == dossier.ORG
}
