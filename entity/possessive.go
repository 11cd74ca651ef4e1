package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// possessives reads a capitalised word ending in "s" as a possessive that lost its apostrophe
// ("Kestrias" for "Kestria's", "al-Kestrias" for "al-Kestria's") when the word without its "s" is a known name (in the gazetteer,
// or written alone, capitalised, elsewhere in the document, an article-prefixed name also
// without its article) and the word itself is not: the token
// then ends one byte earlier and closes its run, since what follows is the thing possessed. Real
// names ending in "s" are left alone, as their stem is no name.
func (d *doc) possessives() {
	alone := map[string]bool{}
	for i, t := range d.toks {
		if t.word && d.capOrPrefixed(t.text) && !t.initial && !(i+1 < len(d.toks) && d.toks[i+1].word && isCap(d.toks[i+1].text)) {
			alone[t.text] = true
		}
	}
	d.cut = map[int]bool{}
	for i := range d.toks {
		t := &d.toks[i]
		stem := strings.TrimSuffix(t.text, "s")
		if t.word && d.acronymPossessive(stem, t.text) {
			d.cutAt(i, stem)
			continue
		}
		if !t.word || len(stem) < 3 || d.titleEnd(i) || stem == t.text || !d.capOrPrefixed(t.text) || isAcronym(t.text) || strings.HasSuffix(stem, "s") ||
			d.g.is("DEMONYM", stem) || d.g.is("DEMONYM", t.text) || d.known(t.text) || d.insideName(i) {
			continue
		}
		if d.headPossessive(stem) {
			d.cutAt(i, stem)
			continue
		}
		e, ok := d.g.lookup(d.g.w.key(d.g.w.formToks(stem)), false)
		if !(ok && e.typ != dossier.MISC) && !alone[stem] && !alone[d.bare(stem)] {
			continue
		}
		d.cutAt(i, stem)
	}
}

// headPossessive reports whether stem, a capitalised word that had an "s" after it, is a head
// word of a group's or a place's name ending in a consonant and "y" ("Army", "Party", "Ministry"):
// English writes the plural of such a word with "ies" ("Armies"), so "Free Syrian Armys" is the
// possessive "Free Syrian Army's" that lost its apostrophe, not a name of its own.
func (d *doc) headPossessive(stem string) bool {
	n := len(stem)
	if n < 4 || stem[n-1] != 'y' || strings.ContainsRune("aeiouAEIOU", rune(stem[n-2])) {
		return false
	}
	for _, kind := range []string{"ORGHEAD", "BODYHEAD", "OFHEAD", "LOCHEAD", "INSTHEAD"} {
		if d.g.is(kind, stem) {
			return true
		}
	}
	return false
}

// titleEnd reports whether token i ends a title's "of the" part with nothing after it in its
// clause ("the Wars of the Roses, filled with …"): a plural there, not a possessive, which would
// own the word after it.
func (d *doc) titleEnd(i int) bool {
	if i < 2 || d.low[i-1] != "the" || d.low[i-2] != "of" {
		return false
	}
	return i+1 >= len(d.toks) || !d.toks[i+1].word || d.brk(i, i+1)
}

// bare returns an article-prefixed name without its article ("Assad" for "al-Assad"), or ""
// for any other word.
func (d *doc) bare(w string) string {
	if !d.g.w.prefixedName(w) {
		return ""
	}
	h := strings.IndexAny(w, "-\u2010\u2011")
	_, size := utf8.DecodeRuneInString(w[h:])
	return w[h+size:]
}

// capOrPrefixed reports a capitalised word or an article-prefixed name ("al-Assads").
func (d *doc) capOrPrefixed(w string) bool { return isCap(w) || d.g.w.prefixedName(w) }

// cutAt makes token i its stem, one byte shorter, closing its run.
func (d *doc) cutAt(i int, stem string) {
	t := &d.toks[i]
	t.text = stem
	t.end--
	d.nw[i] = d.g.w.normWords(d.toks[i : i+1])
	d.low[i] = lowerWord(stem)
	d.cut[i] = true
}

// acronymPossessive reports an acronym's possessive that lost its apostrophe ("KLFs" for
// "KLF's"): a known organisation's or place's acronym with a lower-case "s". An acronym that is
// no known name takes the "s" as a plural ("NGOs", "IEDs") and is left alone.
func (d *doc) acronymPossessive(stem, word string) bool {
	if len(stem) < 2 || stem == word || strings.ToUpper(stem) != stem || strings.ToLower(stem) == stem {
		return false
	}
	if d.known(word) {
		return false
	}
	e, ok := d.g.lookup(d.g.w.key(d.g.w.formToks(stem)), true) // an acronym is written in capitals
	return ok && (e.typ == dossier.ORG || e.typ == dossier.LOC)
}

// known reports whether a word is a gazetteer name or a word of the closed lists.
func (d *doc) known(w string) bool {
	if _, ok := d.g.lookup(d.g.w.key(d.g.w.formToks(w)), false); ok {
		return true
	}
	for _, kind := range wordKinds {
		if d.g.is(kind, w) {
			return true
		}
	}
	return false
}

// insideName reports whether token i continues a gazetteer name begun by the capitalised words
// before it ("… Emirates" after "United Arab").
func (d *doc) insideName(i int) bool {
	for p := i - 1; p >= 0 && p >= i-d.g.maxLen; p-- {
		if !d.toks[p].word || !isCap(d.toks[p].text) || d.toks[p+1].nl || d.toks[p].sent != d.toks[p+1].sent {
			return false
		}
		k := d.g.w.key(d.toks[p : i+1])
		if _, ok := d.g.lookup(k, false); ok || d.g.prefix[k] {
			return true
		}
	}
	return false
}

// trailingFunction reports a capitalised function or common word, or a weekday, that cannot end
// a name ("At" in "… Raqa At least 31 …", where a lost stop glued the next sentence to the run;
// "Thursday" in "Daesh Thursday attack"). A sentence adverb ("Meanwhile") ends none either, even
// where lost stops leave it capitalised in mid-sentence all over the page.
func (d *doc) trailingFunction(j int) bool {
	t := d.toks[j]
	if !t.word || !isCap(t.text) || isAcronym(t.text) {
		return false
	}
	w := d.low[j]
	return d.g.w.functionWord[w] || d.g.is("COMMON", w) && !d.capMid[w] || d.g.w.weekdays[w] || d.g.is("CONNECTIVE", w)
}

// fieldLabel reports an acronym the gazetteer does not know that ends a run of words and stands
// right before a colon, after a word that is no acronym: the label of the field that follows on
// a credit or spec line ("Tested by: Anna Berg RRP: £23.99"), not the end of a name.
func (d *doc) fieldLabel(j int) bool {
	t := d.toks[j]
	if j == 0 || j+1 >= len(d.toks) || !t.word || !isAcronym(t.text) || d.toks[j+1].text != ":" || d.toks[j+1].start != t.end {
		return false
	}
	if p := d.toks[j-1]; !p.word || isAcronym(p.text) {
		return false
	}
	l, _ := d.gazAt(j, j+1)
	return l == 0
}
