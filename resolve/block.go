package resolve

import (
	"strconv"
	"strings"

	"github.com/dossier-project/dossier"
)

// Blocks: every step of the resolution compares a chain only with the chains it finds under a few
// keys (skeleton pairs of full names, the skeleton of a word a one-word form may keep, an
// acronym, a pinned name). Two chains that no chain of keys joins can never end in one entity,
// nor change each other's entity; so the chains fall into independent groups, and resolving each
// group alone gives what resolving them all together gives. A new batch of documents need only
// re-resolve the groups its chains fall into.

// Kinds of key, by the step that uses them.
const (
	keyFull     = "F " // matchFull: filed under blockKeys, looked up by queryKey
	keyWord     = "W " // matchShort: a word a one-word form may be
	keyAcronym  = "A " // matchAcronyms: an acronym written
	keyInitials = "I " // matchAcronyms: what a full name's initials spell
	keyMerge    = "M " // applyPins: one merge pin
	keyOneWord  = "O " // matchShort: one-word chains of one type and key go together
	keyHyphen   = "H " // matchShort: a word alone and a name of its document ending in it hyphenated
	keyBridge   = "B " // bridges: a fullest name, and the names it may be two of run together
)

// Word keys: a family name alone meets a person's names by skeleton (its spellings may differ);
// every other one-word form only a word with the same key (see matchShort).
const (
	wordSkel = keyWord + "s "
	wordKey  = keyWord + "k "
)

// chainKeys are the keys a chain is filed under (file) and those it looks others up under
// (look). A chain meets another when one looks where the other is filed or both look at one key
// or are filed under one key the steps read together.
type chainKeys struct {
	file, look []string
}

// oneWord gives the key of the group a one-word chain is placed with (its type and word key),
// if it is one.
func oneWord(c *chain) (string, bool) {
	if !isOneWord(c) {
		return "", false
	}
	return keyOneWord + string(c.typ) + " " + c.full.Tokens[0].Key, true
}

// isOneWord reports whether c is a one-word chain (see oneWord).
func isOneWord(c *chain) bool {
	return !c.acrOnly && c.ntok == 1 && len(c.full.Tokens) == 1
}

// wordLooks are the word keys a one-word chain looks under: a person's by skeleton, any other by
// its type and key.
func wordLooks(c *chain) []string {
	t := c.full.Tokens[0]
	if c.typ == dossier.PER {
		return []string{wordSkel + skeleton(t.Key)}
	}
	return []string{wordKey + string(c.typ) + " " + t.Key}
}

// wordFiles are the word keys a word of a multi-word chain of type typ is filed under: those of
// the one-word forms that may meet it, a person's family name by skeleton, and otherwise a form
// of a compatible type with the same key (a MISC form meets names of every type; see
// matchShort).
func wordFiles(typ dossier.EntityType, t tok) []string {
	byKey := func(ts ...dossier.EntityType) []string {
		var out []string
		for _, x := range ts {
			out = append(out, wordKey+string(x)+" "+t.key)
		}
		return out
	}
	switch typ {
	case dossier.PER:
		return append([]string{wordSkel + t.skel}, byKey(dossier.MISC)...)
	case dossier.MISC:
		return byKey(dossier.ORG, dossier.LOC, dossier.MISC)
	}
	return byKey(typ, dossier.MISC)
}

// keysOf lists a chain's keys for every step, which are those of its form. commonOnly holds
// the one-word groups all of whose spellings are ordinary words.
func (r *Resolver) keysOf(c *chain, merges map[string][]int, commonOnly map[string]bool) chainKeys {
	var k chainKeys
	multi := !c.acrOnly && c.ntok >= 2
	if multi {
		for _, b := range blockKeys(c) {
			k.file = append(k.file, keyFull+b)
		}
		k.look = append(k.look, keyFull+queryKey(c))
		if vk, ok := vowelQueryKey(c); ok {
			k.look = append(k.look, keyFull+vk)
		}
		for _, t := range filedWords(c) {
			k.file = append(k.file, wordFiles(c.typ, t)...)
		}
		for _, a := range r.initials(c.name) {
			k.file = append(k.file, keyInitials+a)
		}
	}
	if one, ok := oneWord(c); ok {
		k.look = append(k.look, one)
		// An untyped one-word name goes with the place or organisation of its word (see
		// foldUntyped), so every non-person one-word form of a word meets the others.
		if c.typ != dossier.PER {
			k.look = append(k.look, keyOneWord+"any "+c.full.Tokens[0].Key)
		}
		// A place or a group alone meets the spellings of its word that differ only in vowels
		// (see joinVowelSpellings).
		for _, vk := range r.vowelKeys(c.typ, c.full.Tokens[0].Key, bare(c.full.Tokens[0])) {
			k.look = append(k.look, keyOneWord+"vowels "+vk)
		}
		// … and those with two letters swapped or another slip of one letter (see joinTypos).
		w := bare(c.full.Tokens[0])
		for _, f := range append([]string{w}, slipForms(w)...) {
			if tk, ok := typoKey(c.typ, f); ok {
				k.look = append(k.look, keyOneWord+"typo "+tk)
			}
		}
		// … and those with the article written solid or apart (see joinSolidArticles).
		if sk, ok := r.solidKey(c.typ, c.full.Tokens[0]); ok {
			k.look = append(k.look, keyOneWord+"solid "+sk)
		}
		// An ordinary word alone looks for no entity to join (see matchShort).
		if !commonOnly[one] {
			k.look = append(k.look, wordLooks(c)...)
		}
	}
	for _, a := range c.acrs() {
		k.look = append(k.look, keyAcronym+a)
	}
	if !c.acrOnly {
		// Whether a long name is two names run together depends on every chain writing either
		// (see bridges), whatever its block.
		k.file = append(k.file, keyBridge+strings.Join(c.full.Keys(), " "))
		for _, h := range r.bridgeHalves(c) {
			k.look = append(k.look, keyBridge+h)
		}
		full := pinName(c.fullText)
		k.file = append(k.file, keyWritten+full)
		// A well-known body's name meets its acronym alone whatever its initials spell
		// ("People's Protection Units", "YPG"; see knownNamed).
		for _, a := range r.acronymsOf[full] {
			k.file = append(k.file, keyInitials+a)
		}
	}
	for _, n := range writtenNames(c) {
		k.look = append(k.look, keyWritten+n)
	}
	for _, l := range r.knownLines(c) {
		k.look = append(k.look, keyMerge+strconv.Itoa(len(r.pins.Merge)+l))
	}
	if len(merges) > 0 {
		for _, t := range c.texts {
			for _, m := range merges[t.t.pin] {
				k.look = append(k.look, keyMerge+strconv.Itoa(m))
			}
		}
	}
	return k
}

// groups puts the chains into independent groups: chain indexes, each group in order, the groups
// in order of their first chain.
//
// A key joins the chains that look there with those filed under it; chains only filed under a
// key no chain looks at are not compared by it. An initials key joins the full names whose
// initials spell an acronym to the chains that write it.
//
// A chain's keys are its form's, made once per form and numbered (see groupKeys), and those of
// its document (see docKeys): the chains are joined by number, not by the keys' text, for a
// corpus holds many chains of each form.
func (r *Resolver) groups(chains []*chain) [][]int {
	gk := &groupKeys{ids: map[string]int32{}, forms: map[*form]*formKeys{}, docs: map[docKey]int32{}}
	merges, commonOnly := r.mergeKeys(), r.commonOnly(chains)
	var looked []bool
	look := func(id int32) {
		for int(id) >= len(looked) {
			looked = append(looked, false)
		}
		looked[id] = true
	}
	for _, c := range chains {
		fk, ok := gk.forms[c.form]
		if !ok {
			fk = gk.of(r.keysOf(c, merges, commonOnly))
			gk.forms[c.form] = fk
			for _, id := range fk.look {
				look(id)
			}
		}
		if key, ok := hyphenHead(c); ok {
			look(gk.docID(docKey{c.doc.id, key}))
		}
	}
	looked = append(looked, make([]bool, int(gk.next)-len(looked))...)
	u := newUnion(len(chains))
	first := make([]int32, gk.next) // key → first chain met under it, plus one; 0 for none
	join := func(id int32, i int) {
		if j := first[id]; j > 0 {
			u.union(i, int(j-1))
		} else {
			first[id] = int32(i + 1)
		}
	}
	for i, c := range chains {
		fk := gk.forms[c.form]
		for _, id := range fk.look {
			join(id, i)
		}
		for _, id := range fk.file {
			if looked[id] {
				join(id, i)
			}
		}
		if key, ok := hyphenHead(c); ok {
			join(gk.docs[docKey{c.doc.id, key}], i)
		}
		if isOneWord(c) && c.typ != dossier.PER {
			if id, ok := gk.docs[docKey{c.doc.id, c.full.Tokens[0].Key}]; ok && looked[id] {
				join(id, i)
			}
		}
	}
	at := make([]int32, len(chains)) // root → its group's number, plus one
	var gs [][]int
	for i := range chains {
		root := u.find(i)
		if at[root] == 0 {
			gs = append(gs, nil)
			at[root] = int32(len(gs))
		}
		gs[at[root]-1] = append(gs[at[root]-1], i)
	}
	return gs
}

// groupKeys numbers the keys of groups: those of forms by their text, those of documents (see
// docKeys) by document and word.
type groupKeys struct {
	ids   map[string]int32
	forms map[*form]*formKeys
	docs  map[docKey]int32
	next  int32
}

// formKeys are the numbers of the keys a form looks under, and of those it is filed under that
// join it to the chains looking there (an initials key as the acronym key it is compared at).
type formKeys struct {
	look, file []int32
}

// docKey is a key a chain has as a chain of its document, which a form shared by documents
// cannot hold: a name not a person's that ends in a word hyphenated looks where the one-word
// chains of its document that write the word are filed, since whether such a chain joins a
// longer name depends on it (see docHalves).
type docKey struct {
	doc, word string
}

// id numbers the key k.
func (gk *groupKeys) id(k string) int32 { return number(gk.ids, &gk.next, k) }

// docID numbers the document key k.
func (gk *groupKeys) docID(k docKey) int32 { return number(gk.docs, &gk.next, k) }

// number gives k its number in m, taking the next free one (shared by both kinds of key) when k
// has none yet.
func number[K comparable](m map[K]int32, next *int32, k K) int32 {
	n, ok := m[k]
	if !ok {
		n = *next
		m[k] = n
		*next++
	}
	return n
}

// of numbers a form's keys k, keeping of those it is filed under the kinds that join.
func (gk *groupKeys) of(k chainKeys) *formKeys {
	fk := &formKeys{look: make([]int32, len(k.look))}
	for i, l := range k.look {
		fk.look[i] = gk.id(l)
	}
	for _, f := range k.file {
		switch f[:2] {
		case keyFull, keyWord, keyWritten, keyBridge:
			fk.file = append(fk.file, gk.id(f))
		case keyInitials:
			fk.file = append(fk.file, gk.id(keyAcronym+f[2:]))
		}
	}
	return fk
}

// mergeKeys maps each name of a merge pin or well-known body (see merges) to the pins that
// name it.
func (r *Resolver) mergeKeys() map[string][]int {
	merges := r.merges()
	if len(merges) == 0 {
		return nil
	}
	m := map[string][]int{}
	for i, p := range merges {
		for _, n := range p {
			m[pinName(n)] = append(m[pinName(n)], i)
		}
	}
	return m
}

// commonOnly lists the one-word groups (see oneWord) whose every spelling is an ordinary word.
// What it reads of a chain is its form's, so each form is read once.
func (r *Resolver) commonOnly(chains []*chain) map[string]bool {
	out := map[string]bool{}
	seen := map[*form]bool{}
	for _, c := range chains {
		if !isOneWord(c) || seen[c.form] {
			continue
		}
		seen[c.form] = true
		k, _ := oneWord(c)
		common, met := out[k]
		out[k] = (common || !met) && r.common[c.full.Tokens[0].Text]
	}
	return out
}
