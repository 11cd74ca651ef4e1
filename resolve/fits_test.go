package resolve

import (
	"slices"
	"testing"
)

// TestBlockFits checks that a name's fits in a block are the chains of the block its name does
// not rule out, in the block's order, compared once per shape and listed once per name.
func TestBlockFits(t *testing.T) {
	shaped := func(s int) *chain { return &chain{form: &form{name: &name{shape: s}}} }
	// Shape 1 fits itself strongly and shape 2 weakly; shape 3 fits nothing.
	chains := []*chain{shaped(1), shaped(3), shaped(2), shaped(1), shaped(3), shaped(1)}
	calls := 0
	cmp := func(a, b *chain) level {
		calls++
		switch {
		case a.shape == 1 && b.shape == 1:
			return strong
		case a.shape == 1 && b.shape == 2:
			return weak
		}
		return no
	}
	fb := newFullBlocks(nil)
	b := &fullBlock{}
	nums := map[int]int{}
	for j, c := range chains {
		if _, ok := nums[c.shape]; !ok {
			nums[c.shape] = fb.shapes
			fb.shapes++
		}
		b.chains = append(b.chains, j)
		b.shape = append(b.shape, nums[c.shape])
	}
	f := newBlockFits(fb, cmp)
	want := []fit{{j: 0, strong: true}, {j: 2}, {j: 3, strong: true}, {j: 5, strong: true}}
	l := f.of(b, chains[0], chains)
	if !slices.Equal(l.fits, want) || calls != 3 {
		t.Errorf("fits of shape 1 = %v after %d comparisons, want %v after 3", l.fits, calls, want)
	}
	if again := f.of(b, chains[3], chains); again != l || calls != 3 {
		t.Errorf("another chain of shape 1 listed its block again (%d comparisons)", calls)
	}
	if none := f.of(b, chains[1], chains); len(none.fits) != 0 {
		t.Errorf("fits of shape 3 = %v, want none", none.fits)
	}
	u := newUnion(len(chains))
	if l.within(u, 0) {
		t.Error("a list not seen in one entity is within one")
	}
	for _, x := range l.fits {
		u.union(0, int(x.j))
	}
	l.one = true
	if !l.within(u, 5) || l.within(u, 1) {
		t.Error("within: want true for a chain of the list's entity only")
	}
}
