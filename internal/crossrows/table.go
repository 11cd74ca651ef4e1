package crossrows

import (
	"bytes"
	"slices"
)

// Table is the rows of one kind without their bodies: the id, position and hash of each. A pass
// compares its results with the table of every kind, and a store keeps the tables between its
// passes (see Known): a row for every mention chain of the corpus. So the ids are laid end to end
// in one array and the rows are found through an index sorted by id, about fifty bytes a row
// where a map from ids took over a hundred. The zero value is an empty table.
type Table struct {
	ids   []byte   // the ids, one after another
	ends  []uint32 // where each id ends in ids
	rows  []Stored
	order []int32 // the rows in order of id; nil until sorted
}

// Add appends a row.
func (t *Table) Add(id string, s Stored) {
	t.ids = append(t.ids, id...)
	t.ends = append(t.ends, uint32(len(t.ids)))
	t.rows = append(t.rows, s)
	t.order = nil
}

// Len is the number of rows.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return len(t.rows)
}

// Rows calls fn with the id, position and hash of every row, in order of id.
func (t *Table) Rows(fn func(id string, s Stored)) {
	if t == nil {
		return
	}
	for _, i := range t.sorted() {
		fn(string(t.id(i)), t.rows[i])
	}
}

// sorted returns the index of the rows in order of id, sorting it when the table changed.
func (t *Table) sorted() []int32 {
	if t.order == nil {
		t.order = make([]int32, len(t.rows))
		for i := range t.order {
			t.order[i] = int32(i)
		}
		slices.SortFunc(t.order, func(a, b int32) int { return bytes.Compare(t.id(a), t.id(b)) })
	}
	return t.order
}

// id returns the id of row i, in the table's own memory.
func (t *Table) id(i int32) []byte {
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.ids[start:t.ends[i]]
}

// repeated reports whether two rows have one id.
func (t *Table) repeated() bool {
	order := t.sorted()
	for k := 1; k < len(order); k++ {
		if bytes.Equal(t.id(order[k-1]), t.id(order[k])) {
			return true
		}
	}
	return false
}

// tableOf returns the table of stored, the rows of a map by id.
func tableOf(stored map[string]Stored) *Table {
	t := &Table{}
	for id, s := range stored {
		t.Add(id, s)
	}
	return t
}
