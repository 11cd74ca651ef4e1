package resolve

import (
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// writtenAcronyms lists, by acronym, the chains that write it, and the acronyms in order of
// first chain.
func writtenAcronyms(chains []*chain) (written map[string][]int, acrs []string) {
	written = map[string][]int{}
	for i, c := range chains {
		for _, a := range c.acrs() {
			if written[a] == nil {
				acrs = append(acrs, a)
			}
			written[a] = append(written[a], i)
		}
	}
	return written, acrs
}

// initialsIndex lists, by acronym, the multi-word chains whose names it may abbreviate.
func (r *Resolver) initialsIndex(chains []*chain) map[string][]int {
	initials := map[string][]int{}
	for i, c := range chains {
		if c.acrOnly || c.ntok < 2 {
			continue
		}
		for _, a := range r.initials(c.name) {
			initials[a] = append(initials[a], i)
		}
	}
	return initials
}

// acronymOnly keeps, in order, the chains of idx that are only an acronym (only true) or that
// have a full name (only false).
func acronymOnly(chains []*chain, idx []int, only bool) []int {
	var out []int
	for _, i := range idx {
		if chains[i].acrOnly == only {
			out = append(out, i)
		}
	}
	return out
}

// joinFullNamed merges full-named chains that write one acronym when their names do not
// disagree. Each chain joins the first earlier group it does not disagree with; comparing with
// one representative per group keeps a common acronym from costing all pairs.
func (r *Resolver) joinFullNamed(u *union, chains []*chain, full []int, a string) {
	var reps []int
	for _, x := range full {
		joined := false
		for _, y := range reps {
			if r.acronymDisagree(chains[x], chains[y], a) {
				continue
			}
			if u.union(x, y) {
				joined = true
				break
			}
		}
		if !joined {
			reps = append(reps, x)
		}
	}
}

// acronymDisagree reports whether two chains writing the acronym a are of incompatible types, or
// both have multi-word names that match in no way: neither a spelling nor a short form of the
// other, nor the other without the first word, whose initial the acronym has (see leadDropped).
func (r *Resolver) acronymDisagree(ci, cj *chain, a string) bool {
	if !compatible(ci.typ, cj.typ) {
		return true
	}
	if ci.ntok < 2 || cj.ntok < 2 || leadDropped(ci, cj, a) || leadDropped(cj, ci, a) {
		return false
	}
	return r.sameName(ci, cj) == no && r.shortOf(ci, cj) == no && r.shortOf(cj, ci) == no
}

// leadDropped reports whether the name of s is that of l without its first word, and the acronym
// a both write opens with that word's initial and not with the initial of s: a page that writes
// the "National Coalition" and "SNC" writes the acronym of the "Syrian National Coalition". A
// body a country's name sets apart ("Foreign Ministry", "Russian Foreign Ministry") writes the
// acronym of its own name ("MFA"), which does not open so.
func leadDropped(s, l *chain, a string) bool {
	st, lt := s.full.Tokens, l.full.Tokens
	if len(lt) <= len(st) || a == "" || st[0].Text == "" || lt[0].Text == "" {
		return false
	}
	for i, t := range st {
		if lt[i+1].Key != t.Key {
			return false
		}
	}
	return upperByte(lt[0].Text[0]) == a[0] && upperByte(st[0].Text[0]) != a[0]
}

// upperByte is an ASCII letter in upper case.
func upperByte(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// byTypeInOrder groups chains by type, the types in order of first chain.
func byTypeInOrder(chains []*chain, idx []int) (map[dossier.EntityType][]int, []dossier.EntityType) {
	byType := map[dossier.EntityType][]int{}
	var types []dossier.EntityType
	for _, i := range idx {
		t := chains[i].typ
		if byType[t] == nil {
			types = append(types, t)
		}
		byType[t] = append(byType[t], i)
	}
	return byType, types
}

// oneLetter reports whether an acronym is one letter repeated ("AAA"): such a run fits the
// initials of too many names, and is often no acronym at all, so only a name written with it
// may take it.
func oneLetter(a string) bool {
	a = strings.ReplaceAll(a, ".", "")
	return a != "" && strings.Count(a, a[:1]) == len(a)
}

// placeAcronymOnly merges the acronym-only chains ms of one type, then puts them into the one
// entity of a compatible type that writes the acronym (of written), failing that the one whose
// fullest name is a well-known body's name of the acronym (of known, see readAcronyms), failing
// that whose name it
// abbreviates (of initials) if it has three letters or more and their documents share names: two
// letters abbreviate too many names ("OS" is seldom "Old Style"), and initials alone fit names from
// unrelated reports ("OTC" trading is no "Oshkosh Truck Corp."). Among several, a lone chain goes
// where its document's context picks.
func (r *Resolver) placeAcronymOnly(u *union, chains []*chain, ms []int, t dossier.EntityType, written, initials, known []int) {
	for _, m := range ms[1:] {
		u.union(ms[0], m)
	}
	roots := r.acronymRoots(u, chains, written, t)
	if len(roots) == 0 {
		if roots := knownAcronymRoots(u, chains, known, t); len(roots) == 1 {
			u.union(ms[0], roots[0])
			return
		}
	}
	if len(roots) == 0 && len(chains[ms[0]].fullText) > minInitials && !oneLetter(chains[ms[0]].fullText) {
		if writesOfShaped(chains[ms[0]]) {
			initials = withOf(chains, initials)
		}
		roots = sharingContext(u, chains, ms, r.acronymRoots(u, chains, initials, t))
	}
	if len(roots) == 1 {
		u.union(ms[0], roots[0])
	} else if pick, ok := r.byContext(u, chains, chains[ms[0]], roots, nil); ok && len(ms) == 1 {
		u.union(ms[0], pick)
	}
}

// ofShaped reports whether an acronym keeps the "o" of an "of" in lower case ("MoD", "DoJ").
func ofShaped(a string) bool {
	if len(a) < 3 || len(a) > 4 || a[1] != 'o' {
		return false
	}
	return strings.ToUpper(a[:1]+a[2:]) == a[:1]+a[2:] && strings.ToLower(a) != a
}

// writesOfShaped reports whether the chain c writes its acronym keeping the "o" of "of" (see
// ofShaped); its full text is in capitals.
func writesOfShaped(c *chain) bool {
	for _, tc := range c.texts {
		if ofShaped(tc.t.s) {
			return true
		}
	}
	return false
}

// withOf keeps the chains of idx whose name as written has "of" for its second word: the names
// an acronym that keeps that "o" ("MoD") may abbreviate ("Ministry of Defence"), not any whose
// initials it spells ("Main Operational Directorate").
func withOf(chains []*chain, idx []int) []int {
	var out []int
	for _, i := range idx {
		if ts := chains[i].written.Tokens; len(ts) > 2 && strings.EqualFold(ts[1].Text, "of") {
			out = append(out, i)
		}
	}
	return out
}

// sharingContext keeps the entities of roots whose documents share names (minPlainContext of
// them) with the document of one of the chains ms: an acronym no document spells out stands for
// a name of its own story, not for any name its letters happen to fit ("ABC" the network is no
// "America Bank Corp." for both reports naming the United States).
func sharingContext(u *union, chains []*chain, ms, roots []int) []int {
	var out []int
	for _, root := range roots {
		if shareAny(u, chains, ms, root) {
			out = append(out, root)
		}
	}
	return out
}

// shareAny reports whether some chain of ms shares minPlainContext co-mentioned names with, or
// is in the document of, some chain of root's entity.
func shareAny(u *union, chains []*chain, ms []int, root int) bool {
	for m := range u.members(root) {
		for _, a := range ms {
			if chains[a].doc == chains[m].doc || sharedContext(chains[a], chains[m]) >= minPlainContext {
				return true
			}
		}
	}
	return false
}

// readAcronyms reads the acronyms of well-known bodies: each acronym with the names it stands
// for, as pinName reads them. An acronym alone that no report spells out joins the entity of
// one of these names without the shared context an acronym of another name needs: "AFP" on one
// page is the "Agence France-Presse" of another.
func (r *Resolver) readAcronyms(d *en.Data, name string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, f := range r.readRows(d, name) {
		if len(f) < 2 {
			continue
		}
		names := map[string]bool{}
		for _, n := range f[1:] {
			names[pinName(n)] = true
		}
		out[f[0]] = names
	}
	return out
}

// knownAcronymRoots lists the entities of a compatible type among the chains of known, those
// whose fullest name is one a well-known acronym stands for (see knownNamed).
func knownAcronymRoots(u *union, chains []*chain, known []int, t dossier.EntityType) []int {
	var roots []int
	for _, i := range known {
		if compatible(chains[i].typ, t) {
			roots = appendUniqInt(roots, u.find(i))
		}
	}
	return roots
}

// knownNamed lists, by well-known acronym (see readAcronyms), the chains with a full name whose
// fullest name is one the acronym stands for, whether or not its initials spell the acronym:
// "YPG" stands for the "People's Protection Units", "MSF" for "Doctors Without Borders".
func (r *Resolver) knownNamed(chains []*chain) map[string][]int {
	out := map[string][]int{}
	for i, c := range chains {
		if c.acrOnly {
			continue
		}
		for _, a := range r.acronymsOf[pinName(c.fullText)] {
			out[a] = append(out[a], i)
		}
	}
	return out
}

// namesToAcronyms turns the acronyms of well-known bodies round: each name, as pinName reads it,
// to the acronyms that stand for it, sorted.
func namesToAcronyms(acronyms map[string]map[string]bool) map[string][]string {
	out := map[string][]string{}
	for a, names := range acronyms {
		for n := range names {
			out[n] = append(out[n], a)
		}
	}
	for _, as := range out {
		sort.Strings(as)
	}
	return out
}
