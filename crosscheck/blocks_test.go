package crosscheck

import (
	"slices"
	"testing"
)

// TestBlockReports checks that the blocks, kept in one list, hold the reports a map of a list
// per block would: the blocks in order of first use, each block's reports in ascending order.
func TestBlockReports(t *testing.T) {
	for _, n := range []int{0, 40, 300} {
		analyses, entities, members := synth(n)
		k := New()
		c := newCorpus(analyses, entities, members)
		reps := k.reports(c, c.all())
		want := map[blockKey][]int32{}
		var keys []blockKey
		for ri := range reps {
			eachBlock(c, &reps[ri], func(kk blockKey) {
				if _, ok := want[kk]; !ok {
					keys = append(keys, kk)
				}
				want[kk] = append(want[kk], int32(ri))
			})
		}
		got := blockReports(c, reps)
		if got.len() != len(keys) {
			t.Fatalf("%d documents: %d blocks, want %d", n, got.len(), len(keys))
		}
		for i, kk := range keys {
			if !slices.Equal(got.block(i), want[kk]) || got.place[i] != kk.place {
				t.Errorf("%d documents: block %d (%+v) = %v place %v, want %v place %v", n, i, kk, got.block(i), got.place[i], want[kk], kk.place)
			}
		}
		if n > 0 && len(keys) == 0 {
			t.Errorf("%d documents: no blocks", n)
		}
	}
}
