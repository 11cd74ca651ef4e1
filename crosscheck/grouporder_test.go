package crosscheck

import (
	"testing"
)

func TestInGroupOrder(t *testing.T) {
	tests := []struct {
		name   string
		n      int
		groups [][]int
	}{
		{"in order", 3, [][]int{{0}, {1, 2}}},
		{"interleaved", 6, [][]int{{0, 3, 5}, {1, 4}, {2}}},
		{"one group", 4, [][]int{{0, 1, 2, 3}}},
		{"cycles", 5, [][]int{{4}, {0, 2}, {1, 3}}},
		{"none", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reps := make([]report, tt.n)
			for i := range reps {
				reps[i].ev = int32(i)
			}
			got := inGroupOrder(reps, tt.groups)
			if len(got) != len(tt.groups) {
				t.Fatalf("got %d groups, want %d", len(got), len(tt.groups))
			}
			for gi, g := range tt.groups {
				if len(got[gi]) != len(g) || cap(got[gi]) != len(g) {
					t.Fatalf("group %d: length %d capacity %d, want both %d", gi, len(got[gi]), cap(got[gi]), len(g))
				}
				for i, ri := range g {
					if int(got[gi][i].ev) != ri {
						t.Errorf("group %d, report %d: got report %d, want %d", gi, i, got[gi][i].ev, ri)
					}
				}
			}
		})
	}
}

// TestReportsMadeOnce: the reports are made in one list of their number, never grown, and the
// happenings' groups hold each of them once, in the order the happenings tell them.
func TestReportsMadeOnce(t *testing.T) {
	_, analyses, ents, members := load(t, "testdata/time_scene.json")
	k := New()
	c := newCorpus(analyses, ents, members)
	c.places, c.attacks = k.places, k.attacks
	reps := k.reports(c, c.all())
	if len(reps) == 0 || cap(reps) != len(reps) {
		t.Fatalf("reports: length %d, capacity %d; want one list of their number", len(reps), cap(reps))
	}
	dups := k.nearDuplicates(c)
	k.stories(c, dups)
	haps, grouped := k.happenings(c, k.origins(c, dups, nil), newConflictFigs(len(c.docs)), incidentGroups{}, c.all())
	if len(grouped) != len(haps) {
		t.Fatalf("%d groups of reports for %d happenings", len(grouped), len(haps))
	}
	n := 0
	for hi, g := range grouped {
		if len(g) != len(haps[hi].Reports) {
			t.Errorf("happening %d: %d reports grouped, %d told", hi, len(g), len(haps[hi].Reports))
		}
		for i, r := range g {
			want := haps[hi].Reports[i]
			if c.docs[r.doc].id != want.Doc || int(r.ev) != want.Event {
				t.Errorf("happening %d, report %d: grouped %s/%d, told %s/%d", hi, i, c.docs[r.doc].id, r.ev, want.Doc, want.Event)
			}
		}
		if cap(g) != len(g) {
			t.Errorf("happening %d: capacity %d for %d reports: appending would write over the next group", hi, cap(g), len(g))
		}
		n += len(g)
	}
	if n != len(reps) {
		t.Errorf("%d reports grouped, want %d", n, len(reps))
	}
}
