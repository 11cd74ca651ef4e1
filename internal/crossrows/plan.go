package crossrows

import (
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
	at  int // the row's index among the rows planned
}

// Plan compares the new rows of a kind, in order, with the stored ones by id and returns the rows
// to write and the ids to delete. A row is written when it is new, when its JSON changed, or when
// it must move to keep the order; the rows whose order among themselves stays (the longest such
// run) keep their positions, and the others are placed in the gaps between them. Only when a gap
// is too narrow is the whole kind numbered afresh.
func Plan(rows []Row, stored map[string]Stored) (writes []Write, deletes []string) {
	old := make([]Stored, len(rows))
	in := make([]bool, len(rows))
	matched := 0
	for i, r := range rows {
		if old[i], in[i] = stored[r.ID]; in[i] {
			matched++
		}
	}
	pos := place(old, in)
	for i, r := range rows {
		if !in[i] || old[i].Hash != r.Hash || old[i].Pos != pos[i] {
			writes = append(writes, Write{Row: r, Pos: pos[i], at: i})
		}
	}
	if matched == len(stored) {
		return writes, nil
	}
	seen := make(map[string]bool, len(rows))
	for _, r := range rows {
		seen[r.ID] = true
	}
	for id := range stored {
		if !seen[id] {
			deletes = append(deletes, id)
		}
	}
	return writes, deletes
}

// place returns the position of each row, given the stored row of each (old, where in is true).
func place(old []Stored, in []bool) []int64 {
	pos := make([]int64, len(old))
	keep := kept(old, in)
	for i := 0; i < len(old); {
		if keep[i] {
			pos[i] = old[i].Pos
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
func fill(pos []int64, old []Stored, i, j int) bool {
	n := int64(j - i)
	var lo, hi int64
	switch {
	case i == 0 && j == len(old):
		lo, hi = 0, (n+1)*Spacing
	case i == 0:
		hi = old[j].Pos
		lo = hi - (n+1)*Spacing
	case j == len(old):
		lo = old[i-1].Pos
		hi = lo + (n+1)*Spacing
	default:
		lo, hi = old[i-1].Pos, old[j].Pos
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
func kept(old []Stored, in []bool) []bool {
	// Patience sorting: tails[k] is the index of the row ending the best rising run of length
	// k+1 found so far; prev links each row to the one before it in its run.
	var tails []int
	prev := make([]int, len(old))
	for i := range old {
		if !in[i] {
			continue
		}
		k, _ := slices.BinarySearchFunc(tails, old[i].Pos, func(t int, p int64) int { return cmp.Compare(old[t].Pos, p) })
		prev[i] = -1
		if k > 0 {
			prev[i] = tails[k-1]
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
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
