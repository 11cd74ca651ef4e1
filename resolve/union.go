package resolve

import "iter"

// union is a union-find over chains that keeps, for each set, the pin labels of its chains and
// refuses a union that would put two labels of a split into one set. It takes twelve bytes a
// chain: a corpus holds hundreds of thousands.
type union struct {
	parent    []int32
	size      []int32
	next      []int32       // each set's chains in a ring: the chain after each
	labels    map[int][]int // root → pin labels of its chains
	forbidden map[[2]int]bool
}

func newUnion(n int) *union {
	u := &union{parent: make([]int32, n), size: make([]int32, n), next: make([]int32, n), labels: map[int][]int{}, forbidden: map[[2]int]bool{}}
	for i := range u.parent {
		u.parent[i] = int32(i)
		u.size[i] = 1
		u.next[i] = int32(i)
	}
	return u
}

func (u *union) find(i int) int {
	for int(u.parent[i]) != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = int(u.parent[i])
	}
	return i
}

func (u *union) addLabel(i, l int) {
	r := u.find(i)
	u.labels[r] = appendUniqInt(u.labels[r], l)
}

func (u *union) forbid(a, b int) {
	u.forbidden[[2]int{a, b}] = true
	u.forbidden[[2]int{b, a}] = true
}

// union joins the sets of i and j unless a split forbids it; it reports whether they are one
// set afterwards.
func (u *union) union(i, j int) bool {
	a, b := u.find(i), u.find(j)
	if a == b {
		return true
	}
	for _, x := range u.labels[a] {
		for _, y := range u.labels[b] {
			if u.forbidden[[2]int{x, y}] {
				return false
			}
		}
	}
	if u.size[a] < u.size[b] || u.size[a] == u.size[b] && b < a {
		a, b = b, a
	}
	u.parent[b] = int32(a)
	u.size[a] += u.size[b]
	if lb := u.labels[b]; len(lb) > 0 {
		for _, l := range lb {
			u.labels[a] = appendUniqInt(u.labels[a], l)
		}
		delete(u.labels, b)
	}
	// Two rings become one when each passes on to the other's next.
	u.next[a], u.next[b] = u.next[b], u.next[a]
	return true
}

// members yields the chains in i's set, i first.
func (u *union) members(i int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for k := i; ; {
			if !yield(k) {
				return
			}
			if k = int(u.next[k]); k == i {
				return
			}
		}
	}
}
