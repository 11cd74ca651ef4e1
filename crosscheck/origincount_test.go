package crosscheck

import "testing"

// A report joined to another only through a third document outside the happening is its own
// origin; two pages of one publisher about one happening are one, however far apart.
func TestOriginCountFollowsDirectJoins(t *testing.T) {
	// Documents 0 and 1 are one publisher's reports of two incidents, joined in one group;
	// document 2 credits document 1. Document 3 is the publisher's later page on document 0's
	// incident.
	o := &origins{
		group:  []int{0, 0, 0, 3},
		linked: map[[2]int]bool{{0, 1}: true, {1, 2}: true},
		pub:    []string{"plain gazette", "plain gazette", "hill courier", "plain gazette"},
		text:   newUnionFind(4),
		agency: make([]string, 4),
	}
	for _, c := range []struct {
		docs []int
		want int
	}{
		{[]int{0, 2}, 2}, // joined only through document 1, which is not among them
		{[]int{0, 1, 2}, 1},
		{[]int{0, 3}, 1}, // one publisher's pages on one happening
		{[]int{2, 3}, 2},
	} {
		if got := o.count(c.docs); got != c.want {
			t.Errorf("count(%v) = %d, want %d", c.docs, got, c.want)
		}
	}
}
