package resolve

import (
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
)

// A typo that swaps two letters ("Kafyra" for "Kafrya") makes a name of its own that no fold
// brings near the name meant. Between names of one type that often tell different names apart
// too ("Burma", "Bruma"), so a swap is read as a typo only where the corpus says which name is
// meant: one written in many more documents than the typo, of the same type, in a report that
// names something the typo's report names too. So is a word that writes an initial "kh" where
// the other writes "h": a romanisation made through Russian writes the Arabic h so ("Khmeimim"
// for "Hmeimim"), though the Arabic kh is another letter, so the name must be written the
// other way in many more documents; and one that writes a "p" where the other writes "b", a
// letter Arabic has not ("Idlip").
const (
	minTypoWord    = 5 // letters of a word before a swap of two of them is read as a typo
	minTypoTarget  = 3 // documents the name a typo joins is written in
	typoDocsFactor = 3 // times the documents of the typo that name must be written in
)

// typoKey is the key under which the one-word name of a place or an organisation meets the
// spellings of it with two letters swapped: its type and its letters in order. ok is false for
// other types and short words.
func typoKey(typ dossier.EntityType, bare string) (string, bool) {
	if typ != dossier.LOC && typ != dossier.ORG || len(bare) < minTypoWord {
		return "", false
	}
	b := []byte(bare)
	slices.Sort(b)
	return string(typ) + " " + string(b), true
}

// swapped reports whether two folded words differ only in two letters side by side written in
// the other order, inside the word: neither the first letter nor the last ("Adren", "Daren";
// "Kalima", "Kaliam" are names of their own more often than typos).
func swapped(a, b string) bool {
	if len(a) != len(b) || a == b {
		return false
	}
	i := 0
	for a[i] == b[i] {
		i++
	}
	return i > 0 && i+2 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// russianH is a folded word with an initial "kh" written "h", or the word and false when it has
// none.
func russianH(w string) (string, bool) {
	if len(w) > 2 && w[0] == 'k' && w[1] == 'h' {
		return w[1:], true
	}
	return w, false
}

// slipForms are the words a folded word may be a slip of besides itself: with an initial "kh"
// written "h" (see russianH), with every "p" written "b", a letter Arabic has not ("Idlip").
func slipForms(w string) []string {
	var out []string
	if h, ok := russianH(w); ok {
		out = append(out, h)
	}
	if strings.IndexByte(w, 'p') >= 0 {
		out = append(out, strings.ReplaceAll(w, "p", "b"))
	}
	return out
}

// slip reports whether the folded word typo is the word w with two letters swapped (see
// swapped), or one of its slipForms.
func slip(w, typo string) bool {
	return slices.Contains(slipForms(typo), w) || swapped(w, typo)
}

// joinTypos moves each one-word group of a place or an organisation whose word is a spelling of
// another group's with two letters swapped, an initial "h" written "kh" or a "b" written "p" (see
// slip) into that group, when the other is
// written in at least typoDocsFactor times as many documents (and minTypoTarget), and a
// document of each names one thing alike. Ordinary words, English words and countries stay
// apart. spellings holds each group's spellings (see joinVowelSpellings). It returns the order
// without the groups moved.
func (r *Resolver) joinTypos(chains []*chain, groups map[string]*shortGroup, order []string, spellings map[string][]tok) []string {
	byKey := map[string][]string{}
	for _, gk := range order {
		for _, t := range groupSpellings(groups[gk], gk, spellings) {
			if k, ok := typoKey(groups[gk].typ, t.bare); ok && !slices.Contains(byKey[k], gk) {
				byKey[k] = append(byKey[k], gk)
			}
		}
	}
	moved := map[string]bool{}
	for _, gk := range order {
		g := groups[gk]
		cands := typoCandidates(byKey, g)
		if len(cands) == 0 || g.common || g.country || r.english[g.tok.bare] {
			continue
		}
		n := docCount(chains, g.members)
		for _, into := range cands {
			o := groups[into]
			if into == gk || moved[into] || o.typ != g.typ || o.common || o.country {
				continue
			}
			if m := docCount(chains, o.members); m < minTypoTarget || m < typoDocsFactor*n {
				continue
			}
			typo := slices.ContainsFunc(groupSpellings(o, into, spellings), func(t tok) bool { return slip(t.bare, g.tok.bare) })
			if typo && groupsShareContext(chains, o, g) {
				o.members = append(o.members, g.members...)
				moved[gk] = true
				break
			}
		}
	}
	return slices.DeleteFunc(order, func(gk string) bool { return moved[gk] })
}

// typoCandidates are the groups filed in byKey under the typo key of g's word or of one of its
// slipForms, each once, in order.
func typoCandidates(byKey map[string][]string, g *shortGroup) []string {
	var out []string
	for _, w := range append([]string{g.tok.bare}, slipForms(g.tok.bare)...) {
		if k, ok := typoKey(g.typ, w); ok {
			for _, gk := range byKey[k] {
				if !slices.Contains(out, gk) {
					out = append(out, gk)
				}
			}
		}
	}
	return out
}

// groupSpellings are the spellings of group g (key gk): those joinVowelSpellings gathered, or
// its own.
func groupSpellings(g *shortGroup, gk string, spellings map[string][]tok) []tok {
	if s := spellings[gk]; len(s) > 0 {
		return s
	}
	return []tok{g.tok}
}

// docCount is the number of documents the chains idx are in.
func docCount(chains []*chain, idx []int) int {
	seen := map[*docInfo]bool{}
	for _, i := range idx {
		seen[chains[i].doc] = true
	}
	return len(seen)
}
