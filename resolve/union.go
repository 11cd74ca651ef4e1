package resolve

// union is a union-find over chains that keeps, for each set, the pin labels of its chains and
// refuses a union that would put two labels of a split into one set.
type union struct {
	parent    []int
	size      []int
	labels    map[int][]int // root → pin labels of its chains
	forbidden map[[2]int]bool
	list      map[int][]int // root → members, kept only once asked for
}

func newUnion(n int) *union {
	u := &union{parent: make([]int, n), size: make([]int, n), labels: map[int][]int{}, forbidden: map[[2]int]bool{}}
	for i := range u.parent {
		u.parent[i] = i
		u.size[i] = 1
	}
	return u
}

func (u *union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
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
	u.parent[b] = a
	u.size[a] += u.size[b]
	if lb := u.labels[b]; len(lb) > 0 {
		for _, l := range lb {
			u.labels[a] = appendUniqInt(u.labels[a], l)
		}
		delete(u.labels, b)
	}
	if u.list != nil {
		u.list[a] = append(u.list[a], u.list[b]...)
		delete(u.list, b)
	}
	return true
}

// members lists the chains in i's set.
func (u *union) members(i int) []int {
	if u.list == nil {
		u.list = map[int][]int{}
		for k := range u.parent {
			r := u.find(k)
			u.list[r] = append(u.list[r], k)
		}
	}
	return u.list[u.find(i)]
}
