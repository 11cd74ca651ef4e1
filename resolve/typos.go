package resolve

import (
	"slices"

	"github.com/dossier-project/dossier"
)

// A typo that swaps two letters ("Kafyra" for "Kafrya") makes a name of its own that no fold
// brings near the name meant. Between names of one type that often tell different names apart
// too ("Burma", "Bruma"), so a swap is read as a typo only where the corpus says which name is
// meant: one written in many more documents than the typo, of the same type, in a report that
// names something the typo's report names too.
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

// joinTypos moves each one-word group of a place or an organisation whose word is a spelling of
// another group's with two letters swapped (see swapped) into that group, when the other is
// written in at least typoDocsFactor times as many documents (and minTypoTarget), and a
// document of each names one thing alike. Ordinary words, English words and countries stay
// apart. spellings holds each group's spellings (see joinVowelSpellings). It returns the order
// without the groups moved.
func (r *Resolver) joinTypos(chains []*chain, groups map[string]*shortGroup, order []string, spellings map[string][]tok) []string {
	byKey := map[string][]string{}
	for _, gk := range order {
		for _, t := range groupSpellings(groups[gk], gk, spellings) {
			if k, ok := typoKey(groups[gk].typ, t.bare); ok {
				byKey[k] = append(byKey[k], gk)
			}
		}
	}
	moved := map[string]bool{}
	for _, gk := range order {
		g := groups[gk]
		k, ok := typoKey(g.typ, g.tok.bare)
		if !ok || g.common || g.country || r.english[g.tok.bare] || len(byKey[k]) < 2 {
			continue
		}
		n := docCount(chains, g.members)
		for _, into := range byKey[k] {
			h := groups[into]
			if into == gk || moved[into] || h.typ != g.typ || h.common || h.country {
				continue
			}
			if m := docCount(chains, h.members); m < minTypoTarget || m < typoDocsFactor*n {
				continue
			}
			typo := slices.ContainsFunc(groupSpellings(h, into, spellings), func(t tok) bool { return swapped(t.bare, g.tok.bare) })
			if typo && groupsShareContext(chains, h, g) {
				h.members = append(h.members, g.members...)
				moved[gk] = true
				break
			}
		}
	}
	return slices.DeleteFunc(order, func(gk string) bool { return moved[gk] })
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
