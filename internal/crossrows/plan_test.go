package crossrows

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// row makes a row whose body is its id followed by a version letter.
func row(spec string) Row {
	id, v, _ := strings.Cut(spec, ":")
	body := []byte(id + v)
	return Row{ID: id, Body: body, Hash: hash(body)}
}

func TestPlan(t *testing.T) {
	spaced := func(ids ...string) map[string]Stored {
		m := map[string]Stored{}
		for i, id := range ids {
			m[id] = Stored{Pos: int64(i+1) * Spacing, Hash: row(id).Hash}
		}
		return m
	}
	tests := []struct {
		name    string
		stored  map[string]Stored
		rows    []string
		writes  []string
		deletes []string
	}{
		{"new kind", nil, []string{"a", "b"}, []string{"a", "b"}, nil},
		{"unchanged", spaced("a", "b", "c"), []string{"a", "b", "c"}, nil, nil},
		{"one changed", spaced("a", "b", "c"), []string{"a", "b:2", "c"}, []string{"b"}, nil},
		{"one dropped", spaced("a", "b", "c"), []string{"a", "c"}, nil, []string{"b"}},
		{"one added in front", spaced("a", "b", "c"), []string{"z", "a", "b", "c"}, []string{"z"}, nil},
		{"one added between", spaced("a", "b", "c"), []string{"a", "z", "b", "c"}, []string{"z"}, nil},
		{"one moved", spaced("a", "b", "c", "d"), []string{"b", "c", "a", "d"}, []string{"a"}, nil},
		{"no room", map[string]Stored{"a": {Pos: 1, Hash: row("a").Hash}, "b": {Pos: 2, Hash: row("b").Hash}},
			[]string{"a", "z", "b"}, []string{"a", "z", "b"}, nil},
		{"all gone", spaced("a", "b"), nil, nil, []string{"a", "b"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var rows []Row
			for _, s := range tc.rows {
				rows = append(rows, row(s))
			}
			writes, deletes := Plan(rows, tc.stored)
			var got []string
			for _, w := range writes {
				got = append(got, w.ID)
			}
			slices.Sort(deletes)
			if !slices.Equal(got, tc.writes) || !slices.Equal(deletes, tc.deletes) {
				t.Errorf("writes %v, deletes %v; want %v, %v", got, deletes, tc.writes, tc.deletes)
			}
			// The stored rows with the writes applied are in the new order.
			after := map[string]int64{}
			for id, s := range tc.stored {
				after[id] = s.Pos
			}
			for _, w := range writes {
				after[w.ID] = w.Pos
			}
			for i := 1; i < len(rows); i++ {
				if after[rows[i-1].ID] >= after[rows[i].ID] {
					t.Errorf("%s at %d does not come before %s at %d", rows[i-1].ID, after[rows[i-1].ID], rows[i].ID, after[rows[i].ID])
				}
			}
		})
	}
}

func TestSplitDuplicateIDs(t *testing.T) {
	c := &dossier.Corpus{Origins: []dossier.Origin{
		{Doc: "d1", Group: "d1", Reason: "earliest"},
		{Doc: "d1", Group: "d0", Reason: "near-duplicate"},
		{Doc: "d2", Group: "d1", Reason: "same publisher"},
	}}
	rows, err := Split(c, Origin)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	if want := []string{"d1", "d1#2", "d2"}; !slices.Equal(ids, want) {
		t.Errorf("ids %v, want %v", ids, want)
	}
}

func TestPrefixEnd(t *testing.T) {
	tests := []struct{ prefix, want string }{
		{"doc/", "doc0"},
		{"a\xff", "b"},
		{"\xff\xff", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := PrefixEnd(tc.prefix); got != tc.want {
			t.Errorf("PrefixEnd(%q) = %q, want %q", tc.prefix, got, tc.want)
		}
	}
}
