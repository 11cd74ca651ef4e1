package crosscheck

import (
	"testing"

	"github.com/dossier-project/dossier"
)

// TestKeptFigures wants the conflict checks to keep a document's head figures and the counts of
// the wounded of a head figure's sentence, and to let go of a count of the wounded in a sentence
// without a head figure, one dated to another year and a count of the dead that is no head.
func TestKeptFigures(t *testing.T) {
	first, second := dossier.Span{Start: 0, End: 40}, dossier.Span{Start: 41, End: 90}
	all := []casualty{
		{sent: first, kind: "killed", head: true},
		{sent: first, kind: "wounded"},
		{sent: first, kind: "wounded", past: true},
		{sent: second, kind: "wounded"},
		{sent: second, kind: "killed"},
	}
	want := []bool{true, true, false, false, false}
	for i, w := range want {
		if got := keptFigure(all, i); got != w {
			t.Errorf("figure %d (%s in sentence at %d) kept: %v, want %v", i, all[i].kind, all[i].sent.Start, got, w)
		}
	}
	if !headSentence(all, first.Start) || headSentence(all, second.Start) {
		t.Errorf("head sentences: at %d %v, at %d %v; want true, false", first.Start, headSentence(all, first.Start), second.Start, headSentence(all, second.Start))
	}
}

// TestSceneOfFitted wants a document's scene to hold its places, days and counts of the dead in
// lists no longer than they are.
func TestSceneOfFitted(t *testing.T) {
	all := []casualty{
		{kind: "killed", who: "people", lo: 4, places: []int{3, 1}, time: "2024-03-02", day: 10, exact: true},
		{kind: "killed", who: "civilians", lo: 2, places: []int{1, 5}, time: "2024-03-02"},
		{kind: "wounded", lo: 9, places: []int{7}},
	}
	sc := sceneOf(all)
	if len(sc.places) != 4 || cap(sc.places) != 4 {
		t.Errorf("places %v (cap %d), want 4 of cap 4", sc.places, cap(sc.places))
	}
	if len(sc.days) != 1 || sc.days[0] != "2024-03-02" || cap(sc.days) != 1 {
		t.Errorf("days %v (cap %d), want [2024-03-02] of cap 1", sc.days, cap(sc.days))
	}
	if len(sc.said) != 2 || cap(sc.said) != 2 || sc.said[0].n != 4 || !sc.said[0].exact {
		t.Errorf("said %+v (cap %d), want the two counts of the dead, the first exact", sc.said, cap(sc.said))
	}
}
