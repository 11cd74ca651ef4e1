package resolve

// blockFits finds, for a name and the block of full names it looks up (see fullBlocks), the
// chains of the block whose names the comparison does not rule out, in the block's order, with
// whether each fits strongly. A level depends on the two names alone (see memo), so the list is
// found once per name and block and read by every chain of the name: a large corpus writes one
// name in thousands of chains, and each of them walked its whole block, most of it names that
// could never fit, at a cost that grew as the square of the block.
//
// The lists are a cache: past maxFits entries in all they are dropped and found again as
// needed, so a corpus of many large blocks holds a bounded amount.
type blockFits struct {
	cmp   func(a, b *chain) level
	lists map[fitKey]*fitList
	held  int
	// The level of the name being listed against each shape of a block, found on first need
	// while listing it (at[g] says for which listing).
	at    []int
	lv    []level
	stamp int
}

// fitList is the chains a name may join in a block, in the block's order. one is set once they
// are all seen in one entity, which they stay in, as entities only grow: a chain of that entity
// then has nothing to join in the list.
type fitList struct {
	fits []fit
	one  bool
}

// within reports whether every chain of l is known to be in chain i's entity.
func (l *fitList) within(u *union, i int) bool {
	return l.one && len(l.fits) > 0 && u.find(int(l.fits[0].j)) == u.find(i)
}

// fit is a chain of a block that a name may join: its index, and whether it fits strongly
// (else weakly).
type fit struct {
	j      int32
	strong bool
}

// fitKey names a list: the block and the shape of the name looking it up.
type fitKey struct {
	b     *fullBlock
	shape int
}

// maxFits bounds how many entries the lists of a blockFits hold at once.
const maxFits = 1 << 21

// newBlockFits returns an empty cache of the fits by cmp within the blocks of fb.
func newBlockFits(fb *fullBlocks, cmp func(a, b *chain) level) *blockFits {
	return &blockFits{cmp: cmp, lists: map[fitKey]*fitList{}, at: make([]int, fb.shapes), lv: make([]level, fb.shapes)}
}

// of lists the chains of b that c's name may join, in b's order.
func (f *blockFits) of(b *fullBlock, c *chain, chains []*chain) *fitList {
	k := fitKey{b: b, shape: c.shape}
	if l, ok := f.lists[k]; ok {
		return l
	}
	f.stamp++
	var out []fit
	for x, j := range b.chains {
		g := b.shape[x]
		if f.at[g] != f.stamp {
			f.at[g], f.lv[g] = f.stamp, f.cmp(c, chains[j])
		}
		if f.lv[g] != no {
			out = append(out, fit{j: int32(j), strong: f.lv[g] == strong})
		}
	}
	if f.held+len(out) > maxFits {
		clear(f.lists)
		f.held = 0
	}
	l := &fitList{fits: out}
	f.lists[k] = l
	f.held += len(out)
	return l
}
