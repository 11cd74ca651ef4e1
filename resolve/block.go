package resolve

import (
	"sort"
	"strconv"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/namekey"
)

// Blocks: every step of the resolution compares a chain only with the chains it finds under a few
// keys (skeleton pairs of full names, the skeleton of a word a one-word form may keep, an
// acronym, a pinned name). Two chains that no chain of keys joins can never end in one entity,
// nor change each other's entity; so the chains fall into independent groups, and resolving each
// group alone gives what resolving them all together gives. A new batch of documents need only
// re-resolve the groups its chains fall into.

// Kinds of key, by the step that uses them.
const (
	keyFull     = "F " // matchFull: blockKeys, queryKey among them
	keyWord     = "W " // matchShort: a word a one-word form may be
	keyAcronym  = "A " // matchAcronyms: an acronym written
	keyInitials = "I " // matchAcronyms: what a full name's initials spell
	keyMerge    = "M " // applyPins: one merge pin
)

// chainKeys are the keys a chain is filed under (file) and those it looks others up under
// (look). A chain meets another when one looks where the other is filed or both look at one key
// or are filed under one key the steps read together.
type chainKeys struct {
	file, look []string
}

// keysOf lists a chain's keys for every step.
func (r *Resolver) keysOf(c *chain, merges map[string][]int) chainKeys {
	var k chainKeys
	multi := !c.acrOnly && c.ntok >= 2
	if multi {
		for _, b := range blockKeys(c) {
			k.file = append(k.file, keyFull+b)
		}
		for _, t := range filedWords(c) {
			k.file = append(k.file, keyWord+class(c.typ)+t.skel)
		}
		for _, a := range r.initials(c) {
			k.file = append(k.file, keyInitials+a)
		}
	}
	if !c.acrOnly && c.ntok == 1 && len(c.full.Tokens) == 1 {
		skel := namekey.Skeleton(c.full.Tokens[0].Key)
		k.look = append(k.look, keyWord+class(c.typ)+skel)
		if c.typ == dossier.MISC {
			k.look = append(k.look, keyWord+class(dossier.PER)+skel)
		}
	}
	for _, a := range c.acrs {
		k.look = append(k.look, keyAcronym+a)
	}
	if len(merges) > 0 {
		for _, t := range c.texts {
			for _, m := range merges[pinName(t)] {
				k.look = append(k.look, keyMerge+strconv.Itoa(m))
			}
		}
	}
	return k
}

// groups puts the chains into independent groups: chain indexes, each group in order, the groups
// in order of their first chain.
//
// Full-name keys and acronyms join every chain under them (the steps compare them all with one
// another). A word key joins the chains filed under it only when a one-word form looks there, and
// an initials key joins the full names whose initials spell an acronym only when some chain
// writes that acronym: otherwise no step compares them.
func (r *Resolver) groups(chains []*chain) [][]int {
	merges := r.mergeKeys()
	u := newUnion(len(chains))
	first := map[string]int{} // key → first chain met under it, for keys that join
	looked := map[string]bool{}
	keys := make([]chainKeys, len(chains))
	for i, c := range chains {
		keys[i] = r.keysOf(c, merges)
		for _, k := range keys[i].look {
			looked[k] = true
		}
	}
	join := func(k string, i int) {
		if j, ok := first[k]; ok {
			u.union(i, j)
		} else {
			first[k] = i
		}
	}
	for i := range chains {
		for _, k := range keys[i].look {
			join(k, i)
		}
		for _, k := range keys[i].file {
			switch k[:2] {
			case keyFull:
				join(k, i)
			case keyWord:
				if looked[k] {
					join(k, i)
				}
			case keyInitials:
				if looked[keyAcronym+k[2:]] {
					join(keyAcronym+k[2:], i)
				}
			}
		}
	}
	out := map[int][]int{}
	var roots []int
	for i := range chains {
		root := u.find(i)
		if _, ok := out[root]; !ok {
			roots = append(roots, root)
		}
		out[root] = append(out[root], i)
	}
	gs := make([][]int, 0, len(roots))
	for _, root := range roots {
		gs = append(gs, out[root])
	}
	sort.SliceStable(gs, func(a, b int) bool { return gs[a][0] < gs[b][0] })
	return gs
}

// mergeKeys maps each name of a merge pin to the pins that name it.
func (r *Resolver) mergeKeys() map[string][]int {
	if len(r.pins.Merge) == 0 {
		return nil
	}
	m := map[string][]int{}
	for i, p := range r.pins.Merge {
		for _, n := range p {
			m[pinName(n)] = append(m[pinName(n)], i)
		}
	}
	return m
}
