package crossrows

import (
	"slices"
	"testing"
)

func TestTable(t *testing.T) {
	tests := []struct {
		name     string
		ids      []string
		sorted   []string
		repeated bool
	}{
		{"empty", nil, nil, false},
		{"in order", []string{"a", "b/1", "b/2"}, []string{"a", "b/1", "b/2"}, false},
		{"out of order", []string{"d1/10", "d1/9", "d0/2", "d1/1"}, []string{"d0/2", "d1/1", "d1/10", "d1/9"}, false},
		{"a prefix of another", []string{"ab", "a", "abc"}, []string{"a", "ab", "abc"}, false},
		{"repeated", []string{"x", "y", "x"}, []string{"x", "x", "y"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tab := &Table{}
			for i, id := range tc.ids {
				tab.Add(id, Stored{Pos: int64(i)})
			}
			var got []string
			tab.Rows(func(id string, s Stored) {
				got = append(got, id)
				if tc.ids[s.Pos] != id {
					t.Errorf("row %q has the position of %q", id, tc.ids[s.Pos])
				}
			})
			if !slices.Equal(got, tc.sorted) || tab.Len() != len(tc.ids) {
				t.Errorf("rows %q (%d), want %q", got, tab.Len(), tc.sorted)
			}
			if r := tab.repeated(); r != tc.repeated {
				t.Errorf("repeated = %v, want %v", r, tc.repeated)
			}
		})
	}
	var none *Table
	none.Rows(func(string, Stored) { t.Error("a nil table has rows") })
	if none.Len() != 0 {
		t.Error("a nil table has a length")
	}
}

func TestNumberRepeats(t *testing.T) {
	tab := &Table{}
	for _, id := range []string{"a", "a", "a#2", "b", "a"} {
		tab.Add(id, Stored{})
	}
	var got []string
	out := numberRepeats(tab)
	for i := range out.Len() {
		got = append(got, string(out.id(int32(i))))
	}
	if want := []string{"a", "a#2", "a#2#2", "b", "a#3"}; !slices.Equal(got, want) {
		t.Errorf("ids %q, want %q", got, want)
	}
}
