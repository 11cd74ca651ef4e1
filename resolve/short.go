package resolve

import (
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/namekey"
)

// keyedChains is one spelling of a filed word and the multi-word chains that hold it.
type keyedChains struct {
	tok    tok
	chains []int
}

// wordIndex files multi-word chains by class and skeleton of the words a one-word form may keep,
// and within a skeleton by key, so each distinct spelling is compared once.
type wordIndex map[string]map[string]*keyedChains

// newWordIndex files every chain's filed words.
func newWordIndex(chains []*chain) wordIndex {
	index := wordIndex{}
	for i, c := range chains {
		for _, t := range filedWords(c) {
			index.file(class(c.typ)+t.skel, t, i)
		}
	}
	return index
}

// file adds chain i under block b and the key of t, once.
func (index wordIndex) file(b string, t tok, i int) {
	m := index[b]
	if m == nil {
		m = map[string]*keyedChains{}
		index[b] = m
	}
	k := m[t.key]
	if k == nil {
		k = &keyedChains{tok: t}
		m[t.key] = k
	}
	if n := len(k.chains); n == 0 || k.chains[n-1] != i {
		k.chains = append(k.chains, i)
	}
}

// block is the spellings a group's word is compared with: those of its class, or, for a
// word of no known type, those of groups and places and then of persons, joined by key.
func (index wordIndex) block(g *shortGroup) map[string]*keyedChains {
	if g.typ != dossier.MISC {
		return index[class(g.typ)+g.tok.skel]
	}
	block := map[string]*keyedChains{}
	for _, cl := range []string{"O ", "P "} {
		for k, v := range index[cl+g.tok.skel] {
			if kd := block[k]; kd != nil {
				v = &keyedChains{tok: kd.tok, chains: append(append([]int{}, kd.chains...), v.chains...)}
			}
			block[k] = v
		}
	}
	return block
}

// shortCands are the entities a group of one-word chains may join (see shortCandidates).
type shortCands struct {
	strong, weak []int        // roots met strongly or only weakly, in order of key
	headed       map[int]bool // roots a name holding the word as its head (see standsFor) puts there
	// phrase holds the roots whose every name holding the word is, but for it, ordinary words
	// ("Online Business Success Roadmap"): a phrase a page capitalised, whose last word alone
	// elsewhere is likelier the word than the name.
	phrase map[int]bool
}

// shortCandidates lists the entities whose multi-word names hold the group's word, as strong or
// weak matches by how closely the spellings meet, each entity once, in order of key (an entity
// met by one spelling strongly and by another weakly is a strong match). It stops once there are
// more than maxContextCandidates: that many leave nothing to decide.
func (r *Resolver) shortCandidates(u *union, chains []*chain, g *shortGroup, block map[string]*keyedChains, bridges []bool) shortCands {
	keys := make([]string, 0, len(block))
	for k := range block {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best := map[int]level{}
	var order []int
	out := shortCands{headed: map[int]bool{}, phrase: map[int]bool{}}
	for _, k := range keys {
		kd := block[k]
		lv := tokLevel(g.tok, kd.tok)
		if lv == no {
			continue
		}
		for _, j := range kd.chains {
			if bridges[j] || !shortFits(g, kd.tok, chains[j]) || g.typ != dossier.PER && !r.spellingsMeet(g.tok.bare, kd.tok.bare) {
				continue
			}
			root := u.find(j)
			if standsFor(chains[j], kd.tok.key) {
				out.headed[root] = true
			}
			phrase := r.phraseOf(chains[j], kd.tok.key)
			if _, ok := best[root]; !ok {
				order = append(order, root)
				out.phrase[root] = phrase
			}
			out.phrase[root] = out.phrase[root] && phrase
			best[root] = max(best[root], lv)
		}
		if len(order) > maxContextCandidates {
			break // hopelessly ambiguous: nothing more to learn
		}
	}
	for _, root := range order {
		if best[root] == strong {
			out.strong = append(out.strong, root)
		} else {
			out.weak = append(out.weak, root)
		}
	}
	return out
}

// phraseOf reports whether the name of c, not a person's, ends in the word of key after ordinary
// English words only: "Terror Level", not "Pittsburgh Steelers", nor "Pipeworks Brewing", which
// is named by its first word. A person's given name may be a word ("Mark", "Rose") and says
// nothing of the family name.
func (r *Resolver) phraseOf(c *chain, key string) bool {
	d := c.dist
	if c.typ == dossier.PER || len(d) < 2 || d[len(d)-1].key != key {
		return false
	}
	for _, t := range d[:len(d)-1] {
		if !r.ordinary[t.bare] && !t.common {
			return false
		}
	}
	return true
}

// shortFits reports whether the group's word may be the word t of chain c. Letters that
// romanisations swap tell a family name's spellings apart, not other words: "Rosa" may be
// "Rose", but "Russia" is no "Rose" however close the folds bring them. Outside persons a word
// must have the same key, and be a word of a name of its own type (a word of no known type may
// be any). Nor is a silent final -e a romanisation's vowel: "Europa" is not "Europe". A
// person's word must key alike (see below).
func shortFits(g *shortGroup, t tok, c *chain) bool {
	if g.typ != dossier.MISC && g.typ != c.typ {
		return false // a place or group word alone is no word of a name of another kind
	}
	if g.country && len(c.heads) > 0 {
		return false // a country is not its capital or its province: "Mexico", "Mexico City"
	}
	if t.post && len(c.heads) > 0 && c.typ != dossier.LOC {
		return false // a body is not what it is of: "Conquest" alone is not the "Army of Conquest"
	}
	differ := g.tok.key != t.key || g.tok.silentE != t.silentE && !g.vowel
	if !differ && (g.tok.bare == t.bare || g.typ != dossier.PER) {
		return true
	}
	// A short family name's spellings fold too near each other's: "Ken" is not "Kane", nor
	// "Kali" "Kelly". Written alike but for doubled letters ("Sala", "Salaa"), they may be one.
	if min(len(g.tok.bare), len(t.bare)) < minFuzzyFamily && squeeze(g.tok.bare) != squeeze(t.bare) {
		return false
	}
	// A family name alone is a person's only written as that person's word is, but for the
	// folds of one romanisation ("Hadad", "Haddad"; "Gaddafi", "Qaddafi"): a nearer spelling
	// that no fold explains ("Ahmed", "Ahmado") is another family's name.
	sameKey := g.tok.key == t.key || g.tok.loose == t.loose
	return !differ || g.typ == dossier.PER && c.typ == dossier.PER && sameKey
}

// squeeze writes a word with each doubled letter once.
func squeeze(w string) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if i == 0 || w[i] != w[i-1] {
			b = append(b, w[i])
		}
	}
	return string(b)
}

// placeShort picks the entity a group of one-word chains joins: the only strong candidate when
// there is no weak one; else, for a family name, the candidate every chain's document context
// agrees on. The group's or a place's word alone joins only the one entity it fits.
func (r *Resolver) placeShort(u *union, chains []*chain, typ dossier.EntityType, members []int, cs shortCands, rc *rootContext) (int, bool) {
	strongRoots, weakRoots := cs.strong, cs.weak
	if len(strongRoots) == 1 && len(weakRoots) == 0 {
		return strongRoots[0], true
	}
	if len(strongRoots)+len(weakRoots) == 0 || typ != dossier.PER {
		return 0, false
	}
	// Ambiguous: undo nothing, but let each document's context choose for the group only
	// when all its chains agree.
	roots := append(strongRoots, weakRoots...)
	pick := -1
	for _, m := range members {
		t, ok := r.byContext(u, chains, chains[m], roots, rc)
		if !ok || (pick >= 0 && t != pick) {
			return 0, false
		}
		pick = t
	}
	return pick, pick >= 0
}

// maxShortWord is the letters of a word of a place, group or thing so short that its spellings
// must write its vowels alike: keyed with every fold, "Siri" is "Syria" and "Tor" "Tur".
const maxShortWord = 4

// shortFolds are the folds left to a short word's spellings: not the consonant 'y' nor the
// diphthongs ("Siri", "Syria"), and, for a word of three letters or fewer, not e/a and o/u
// either ("Tor", "Tur"), while "Hola" and "Houla" or "Fua" and "Fuaa" stay one.
const (
	shortFolds    = namekey.All &^ namekey.FoldY &^ namekey.FoldDiphthong
	shortestFolds = shortFolds &^ namekey.FoldEA &^ namekey.FoldOU
)

// spellingsMeet reports whether two folded words (see bare) that share a key may write one name
// of a place, a group or a thing: an ordinary English word ("meal", "tour") only as itself, a
// country's name only as itself (an English page writes a country the English way: another
// romanisation of it names something else, a channel or a paper, "Rossiya 24"), and a short word
// (maxShortWord letters or fewer) only with the vowels it has (see shortFolds).
func (r *Resolver) spellingsMeet(a, b string) bool {
	if a == b {
		return true
	}
	if r.english[a] || r.english[b] || r.common[a] || r.common[b] || r.spelled[a] || r.spelled[b] {
		return false
	}
	f := shortFolds
	switch n := min(len(a), len(b)); {
	case n > maxShortWord:
		return true
	case n < maxShortWord:
		f = shortestFolds
	}
	return r.keys.KeyWith(finalYI(a), f) == r.keys.KeyWith(finalYI(b), f)
}

// finalYI writes as 'i' a word's final vowel spelt -y, -ey, -ie or -ee after a consonant: the
// one vowel a romanisation spells any of these ways ("Fahmy", "Fahmi"), while a 'y' inside a
// short word may be a consonant ("Siri", "Syria").
func finalYI(w string) string {
	if n := len(w); n > 2 && w[n-1] == 'y' && !isVowelByte(w[n-2]) {
		return w[:n-1] + "i"
	}
	for _, end := range []string{"ey", "ie", "ee"} {
		if n := len(w) - len(end); n > 1 && strings.HasSuffix(w, end) && !isVowelByte(w[n-1]) {
			return w[:n] + "i"
		}
	}
	return w
}

// Context an ordinary word alone needs to join across documents (see contextParts): names its
// documents share, and how many chains of one word are compared pair by pair.
const (
	minPlainContext = 2   // one name in common ("Amazon", "United States") is chance on news
	maxPlainPairs   = 256 // more chains than this link by any one name in common
)

// contextParts splits the chains of one word, members, into the sets whose documents share names
// (minPlainContext of them; see sharedContext), each set in order: an ordinary English word that
// a recogniser took for a name in two unrelated reports ("Rose", "Outlook") names nothing in
// common. Two chains in one set are linked by a chain of such pairs, or by one document. Past
// maxPlainPairs chains (a word many reports of one story write) one name in common links two.
func contextParts(chains []*chain, members []int) [][]int {
	u := newUnion(len(members))
	if len(members) > maxPlainPairs {
		linkByName(chains, members, u)
	} else {
		for k, m := range members {
			for j := range k {
				x, y := chains[m], chains[members[j]]
				if u.find(k) != u.find(j) && (x.doc == y.doc || sharedContext(x, y) >= minPlainContext) {
					u.union(k, j)
				}
			}
		}
	}
	var parts [][]int
	at := map[int]int{}
	for k, m := range members {
		root := u.find(k)
		if i, ok := at[root]; ok {
			parts[i] = append(parts[i], m)
			continue
		}
		at[root] = len(parts)
		parts = append(parts, []int{m})
	}
	return parts
}

// linkByName unites (in u, by position in members) the chains whose documents have a name in
// common, neither chain's own.
func linkByName(chains []*chain, members []int, u *union) {
	first := map[int32]int{} // a name of a context → the first member whose context holds it
	for k, m := range members {
		c := chains[m]
		for _, n := range c.doc.ctx {
			if n == c.own {
				continue
			}
			if j, ok := first[n]; ok {
				u.union(k, j)
			} else {
				first[n] = k
			}
		}
	}
}

// sharedWith is the number of names the documents of the chains members share with those of
// root's entity (see rootContext.shared).
func sharedWith(chains []*chain, members []int, root int, rc *rootContext) int {
	n := 0
	for _, m := range members {
		n += rc.shared(chains[m], root)
	}
	return n
}

// minKnownDocs is the documents a person must be named in (in full or not) for a family name
// alone to stand for them in a report that shares no other name with theirs: a name several
// reports write is known beyond one page ("Trump"), one that a single report names is not.
const minKnownDocs = 2

// familyMeets reports whether the one-word chains p of group g may join root's entity as a
// family name: outside persons (by the group's type and the entity's) always; a person's only
// when their documents share a name with the entity's, or the corpus names the person in
// minKnownDocs documents or more. A family name alone in an unrelated report ("Cohen" in a
// piece on an election, "Brown" in a score line) is another bearer's.
func familyMeets(u *union, chains []*chain, g *shortGroup, p []int, root int, rc *rootContext) bool {
	if g.typ != dossier.PER && chains[root].typ != dossier.PER || sharedWith(chains, p, root, rc) > 0 {
		return true
	}
	docs := map[*docInfo]bool{}
	for m := range u.members(root) {
		docs[chains[m].doc] = true
		if len(docs) >= minKnownDocs {
			return true
		}
	}
	return false
}
