package crosscheck

import (
	"slices"
	"testing"

	"github.com/dossier-project/dossier"
)

// A report that gives no day of its own meets the dated reports of its days however many heads
// earlier days hold, and is not offered those of days after its document's.
func TestHeadSetNear(t *testing.T) {
	ev := &passEvent{Type: dossier.Assault}
	var reps []report
	var hs headSet
	for d := int64(1); d <= 12; d++ {
		reps = append(reps, report{e: ev, day: d, exact: true})
		ri := len(reps) - 1
		hs.dated(reps, ri)
		hs.add(ri)
	}
	for _, tc := range []struct {
		day  int64
		want []int // reports beyond the first maxHeads heads that must be offered
		not  []int
	}{
		{day: 11, want: []int{8, 9, 10}, not: []int{11}},
		{day: 12, want: []int{8, 9, 10, 11}},
		{day: 20, not: []int{8, 9, 10, 11}},
	} {
		got := hs.near(&report{e: ev, day: tc.day})
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("day %d: near = %v, want it to hold %d", tc.day, got, w)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("day %d: near = %v, want it without %d", tc.day, got, n)
			}
		}
		if len(hs.heads) != maxHeads {
			t.Errorf("%d heads, want %d", len(hs.heads), maxHeads)
		}
	}
}

// Heads are tried nearest in days first, in the order of the reports where equal; heads of
// unknown day come last.
func TestNearestFirst(t *testing.T) {
	ev := &passEvent{Type: dossier.Assault}
	reps := []report{{e: ev, day: 8}, {e: ev, day: 10}, {e: ev, day: -1}, {e: ev, day: 9}, {e: ev, day: 11}}
	heads := []int{0, 1, 2, 3, 4}
	nearestFirst(reps, &report{e: ev, day: 10}, heads)
	if want := []int{1, 3, 4, 0, 2}; !slices.Equal(heads, want) {
		t.Errorf("nearestFirst = %v, want %v", heads, want)
	}
}

// toldLater keeps a report that gives no day from an attack dated after its document was
// written, and only such a report.
func TestToldLater(t *testing.T) {
	ev := &passEvent{Type: dossier.Assault}
	dated := &passEvent{Type: dossier.Assault, Time: "2024-06-04"}
	for _, tc := range []struct {
		name string
		a, b report
		want bool
	}{
		{"next day", report{e: dated, day: 4, exact: true}, report{e: ev, day: 3, last: 3}, true},
		{"same day", report{e: dated, day: 3, exact: true}, report{e: ev, day: 3, last: 3}, false},
		{"later printed date", report{e: dated, day: 4, exact: true}, report{e: ev, day: 3, last: 4}, false},
		{"both dated", report{e: dated, day: 4, exact: true}, report{e: dated, day: 3, last: 3, exact: true}, false},
		{"unknown date", report{e: dated, day: 4, exact: true}, report{e: ev, day: -1, last: -1}, false},
	} {
		if got := toldLater(&tc.a, &tc.b); got != tc.want {
			t.Errorf("%s: toldLater = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// A report that gives no day of its own, joined to an attack of one day, does not then chain it
// to an attack its report dates to another day.
func TestJoinKeepsDays(t *testing.T) {
	c := &corpus{}
	sigs := attackSigs{
		0: {{kind: "air strike", day: 3}},
		1: {{kind: "air strike", day: -1}},
		2: {{kind: "air strike", day: 4}},
		3: {{kind: "air strike", day: 3}},
	}
	u := newUnionFind(4)
	if !c.join(u, sigs, 0, 1) {
		t.Fatal("an undated attack does not join a dated one")
	}
	if c.join(u, sigs, 1, 2) {
		t.Error("an undated attack chained attacks of two days")
	}
	if !c.join(u, sigs, 1, 3) {
		t.Error("an attack of the same day does not join")
	}
	if u.find(2) == u.find(0) {
		t.Error("attacks of two days are one happening")
	}
}

// A report that names no place, joined to an attack in one town, does not then chain it to an
// attack in a town elsewhere; it still joins an attack in the town's region.
func TestJoinKeepsPlaces(t *testing.T) {
	tsv := "Ostria\tcountry\t\tOstria\t\nVarla\tregion\t\tOstria\t\nLenna\tregion\t\tOstria\t\n" +
		"Morvik\ttown\tVarla\tOstria\t\nTarvo\ttown\tLenna\tOstria\t"
	pl := testPlaces(t, tsv)
	c := &corpus{places: pl, entIDs: []string{"morvik", "tarvo", "varla"}, entName: []string{"Morvik", "Tarvo", "Varla"},
		placeSets: [][]int{{0}, {1}, {2}}}
	sigs := attackSigs{
		0: {{kind: "air strike", day: 3, places: 1}},
		1: {{day: 3}},
		2: {{kind: "air strike", day: 3, places: 2}},
		3: {{kind: "air strike", day: 3, places: 3}},
	}
	u := newUnionFind(4)
	tests := []struct {
		a, b int
		want bool
		what string
	}{
		{0, 1, true, "a placeless attack joins one in a town"},
		{1, 2, false, "a placeless attack chains attacks of two towns"},
		{1, 3, true, "an attack in the town's region does not join"},
	}
	for _, tt := range tests {
		if got := c.join(u, sigs, tt.a, tt.b); got != tt.want {
			t.Errorf("join(%d, %d) = %v: %s", tt.a, tt.b, got, tt.what)
		}
	}
	if u.find(2) == u.find(0) {
		t.Error("attacks in two towns are one happening")
	}
}
