package crossrows

import (
	"bytes"
	"cmp"
	"slices"
)

// Spacing is the distance between the positions of neighbouring rows when a kind is numbered
// afresh: room for results to come in between without moving the others.
const Spacing = 1 << 20

// Stored is what a store holds of one row: enough to tell whether a new row differs from it.
type Stored struct {
	Pos  int64
	Hash [HashLen]byte
}

// Write is one row to insert or update.
type Write struct {
	Row
	Pos int64
}

// Plan compares the new rows of a kind, in order, with the stored ones by id and returns the rows
// to write and the ids to delete. A row is written when it is new, when its JSON changed, or when
// it must move to keep the order; the rows whose order among themselves stays (the longest such
// run) keep their positions, and the others are placed in the gaps between them. Only when a gap
// is too narrow is the whole kind numbered afresh.
func Plan(rows []Row, stored map[string]Stored) (writes []Write, deletes []string) {
	t := &Table{}
	for _, r := range rows {
		t.Add(r.ID, Stored{Hash: r.Hash})
	}
	p := planOf(t, tableOf(stored))
	for _, i := range p.write {
		writes = append(writes, Write{Row: rows[i], Pos: t.rows[i].Pos})
	}
	return writes, p.deletes
}

// plan is what Plan decides for the rows of a kind, held in a few bytes a row: a pass plans a
// row for every result of the corpus, and most of them are written only when the kind is new.
type plan struct {
	write   []int32  // the rows to write, in order
	deletes []string // the stored ids no row has
}

// planOf is Plan over the rows of t, in order, whose hashes it holds; it sets their positions in
// t. The rows of t and of stored are met in order of id, one list against the other.
func planOf(t, stored *Table) plan {
	n := t.Len()
	old := make([]int64, n) // the stored position of each row, where in is true
	in := make([]bool, n)
	same := make([]bool, n) // stored with the same hash
	var p plan
	mine, theirs := t.sorted(), []int32(nil)
	if stored.Len() > 0 {
		theirs = stored.sorted()
	}
	for a, b := 0, 0; a < len(mine) || b < len(theirs); {
		c := -1
		switch {
		case a == len(mine):
			c = 1
		case b < len(theirs):
			c = bytes.Compare(t.id(mine[a]), stored.id(theirs[b]))
		}
		switch {
		case c < 0:
			a++
		case c > 0:
			p.deletes = append(p.deletes, string(stored.id(theirs[b])))
			b++
		default:
			i, s := mine[a], stored.rows[theirs[b]]
			old[i], in[i], same[i] = s.Pos, true, s.Hash == t.rows[i].Hash
			a++
			b++
		}
	}
	pos := place(old, in)
	k := 0
	for i := range pos {
		if !same[i] || old[i] != pos[i] {
			k++
		}
	}
	p.write = make([]int32, 0, k)
	for i := range pos {
		if !same[i] || old[i] != pos[i] {
			p.write = append(p.write, int32(i))
		}
		t.rows[i].Pos = pos[i]
	}
	return p
}

// place returns the position of each row, given the stored position of each (old, where in is
// true).
func place(old []int64, in []bool) []int64 {
	pos := make([]int64, len(old))
	keep := kept(old, in)
	for i := 0; i < len(old); {
		if keep[i] {
			pos[i] = old[i]
			i++
			continue
		}
		j := i // rows i to j-1 lie between two kept rows (or an end)
		for j < len(old) && !keep[j] {
			j++
		}
		if !fill(pos, old, i, j) {
			for k := range pos {
				pos[k] = int64(k+1) * Spacing
			}
			return pos
		}
		i = j
	}
	return pos
}

// fill spreads the positions of rows i to j-1 evenly between their kept neighbours, and reports
// false when the gap has no room for them.
func fill(pos []int64, old []int64, i, j int) bool {
	n := int64(j - i)
	var lo, hi int64
	switch {
	case i == 0 && j == len(old):
		lo, hi = 0, (n+1)*Spacing
	case i == 0:
		hi = old[j]
		lo = hi - (n+1)*Spacing
	case j == len(old):
		lo = old[i-1]
		hi = lo + (n+1)*Spacing
	default:
		lo, hi = old[i-1], old[j]
	}
	step := (hi - lo) / (n + 1)
	if step < 1 {
		return false
	}
	for k := range n {
		pos[i+int(k)] = lo + (k+1)*step
	}
	return true
}

// kept marks the rows that keep their stored positions: the longest run of stored rows whose
// stored positions already rise in the new order.
func kept(old []int64, in []bool) []bool {
	// Patience sorting: tails[k] is the index of the row ending the best rising run of length
	// k+1 found so far; prev links each row to the one before it in its run.
	var tails []int32
	prev := make([]int32, len(old))
	for i := range old {
		if !in[i] {
			continue
		}
		k, _ := slices.BinarySearchFunc(tails, old[i], func(t int32, p int64) int { return cmp.Compare(old[t], p) })
		prev[i] = -1
		if k > 0 {
			prev[i] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, int32(i))
		} else {
			tails[k] = int32(i)
		}
	}
	keep := make([]bool, len(old))
	if len(tails) > 0 {
		for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
			keep[i] = true
		}
	}
	return keep
}
