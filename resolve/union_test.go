package resolve

import (
	"slices"
	"testing"
)

// TestUnionMembers: every chain of a set lists the set's chains, whatever the order of unions,
// and a split keeps two sets apart.
func TestUnionMembers(t *testing.T) {
	tests := []struct {
		name   string
		n      int
		unions [][2]int
		split  [2]int // chains labelled apart, or {-1, -1}
		want   [][]int
	}{
		{"none", 3, nil, [2]int{-1, -1}, [][]int{{0}, {1}, {2}}},
		{"chain of unions", 5, [][2]int{{0, 1}, {3, 4}, {1, 4}}, [2]int{-1, -1}, [][]int{{0, 1, 3, 4}, {2}}},
		{"union twice", 4, [][2]int{{2, 0}, {0, 2}, {3, 1}, {1, 2}}, [2]int{-1, -1}, [][]int{{0, 1, 2, 3}}},
		{"split holds", 4, [][2]int{{0, 1}, {2, 3}, {1, 2}}, [2]int{0, 3}, [][]int{{0, 1}, {2, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := newUnion(tt.n)
			if tt.split[0] >= 0 {
				u.addLabel(tt.split[0], 0)
				u.addLabel(tt.split[1], 1)
				u.forbid(0, 1)
			}
			for _, p := range tt.unions {
				u.union(p[0], p[1])
			}
			for _, set := range tt.want {
				for _, i := range set {
					got := slices.Sorted(u.members(i))
					if !slices.Equal(got, set) {
						t.Errorf("members(%d) = %v, want %v", i, got, set)
					}
				}
			}
		})
	}
}
