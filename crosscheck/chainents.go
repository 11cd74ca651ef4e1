package crosscheck

import "sort"

// chainEnts maps a document's mention chains to their entities' numbers in the corpus: pairs
// sorted by chain, which take a fraction of a map's memory for the few dozen chains of a
// document.
type chainEnts []chainEnt

// chainEnt is one chain of a document and the number of the entity it names (see
// corpus.entityNum); 8 bytes, where the entity's id would take 16 more.
type chainEnt struct {
	chain, ent int32
}

// namedChain is one chain of a document and the id of the entity its mentions carry.
type namedChain struct {
	chain int
	id    string
}

// at returns the number of the entity of chain, and whether it has one.
func (ce chainEnts) at(chain int) (int, bool) {
	i := sort.Search(len(ce), func(i int) bool { return int(ce[i].chain) >= chain })
	if i < len(ce) && int(ce[i].chain) == chain {
		return int(ce[i].ent), true
	}
	return 0, false
}

// chainEntsOf builds the table of a document from the chains its resolution gives (a later pair
// of one chain wins) and then those its mentions carry: mentionEnts calls add with each, and
// the number of its entity, made only when the chain was still without an entity and so took
// it; add reports whether it did.
func chainEntsOf(given []chainEnt, mentionEnts func(add func(chain int, ent func() int) bool)) chainEnts {
	out := append(make(chainEnts, 0, len(given)), given...)
	// Stable by chain keeps the pairs of one chain in the order given; the last of them wins.
	sort.SliceStable(out, func(i, j int) bool { return out[i].chain < out[j].chain })
	out = lastOfEach(out)
	n, added := len(out), map[int]bool{}
	mentionEnts(func(chain int, ent func() int) bool {
		if _, ok := out[:n].at(chain); ok || added[chain] {
			return false
		}
		added[chain] = true
		out = append(out, chainEnt{int32(chain), int32(ent())})
		return true
	})
	if len(out) > n {
		sort.Slice(out, func(i, j int) bool { return out[i].chain < out[j].chain })
	}
	return out
}

// lastOfEach keeps, of sorted pairs, the last pair of each chain, in place.
func lastOfEach(ce chainEnts) chainEnts {
	out := ce[:0]
	for i, p := range ce {
		if i+1 < len(ce) && ce[i+1].chain == p.chain {
			continue
		}
		out = append(out, p)
	}
	return out
}
