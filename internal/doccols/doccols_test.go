package doccols

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dossier-project/dossier"
)

func TestRoundTrip(t *testing.T) {
	a := &dossier.Analysis{
		Doc: dossier.Document{ID: "d1", Captions: []string{"A harbour at dawn."},
			Sentences: []dossier.Span{{Start: 0, End: 12}}},
		Mentions: []dossier.Mention{{Span: dossier.Span{Start: 0, End: 4}, Text: "Port", Type: dossier.LOC}},
		Timexes:  []dossier.Timex{{Span: dossier.Span{Start: 5, End: 11}, Text: "Monday", Value: "XXXX-WXX-1"}},
		Claims: []dossier.Claim{{Span: dossier.Span{Start: 0, End: 12}, Kind: dossier.ClaimDeny, By: dossier.Party{Chain: 0},
			About: []dossier.Party{{Chain: 0}}, Event: -1, Role: true, Object: "any role", Words: []string{"port"}}},
		Figures: []dossier.Figure{{Span: dossier.Span{Start: 0, End: 12}, At: dossier.Span{Start: 0, End: 2},
			Counts: "killed", Low: 12, Text: "12"}},
		Sketch:   []uint64{1, 1 << 63, ^uint64(0)},
		Credits:  []dossier.Credit{{Span: dossier.Span{Start: 20, End: 33}, Phrase: "translated by", Words: []string{"harbour", "news"}}},
		Dateline: 12,
	}
	c, err := Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	got := &dossier.Analysis{Doc: dossier.Document{ID: "d1"}}
	if err := Decode(got, c); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	empty, _ := Encode(&dossier.Analysis{})
	if string(empty.Captions) != "[]" || string(empty.Sentences) != "[]" {
		t.Errorf("empty slices encode as %s and %s, want []", empty.Captions, empty.Sentences)
	}
	// An analysis stored before sketches and credit lines were read has none.
	old := &dossier.Analysis{Sketch: []uint64{7}, Credits: []dossier.Credit{{Phrase: "via"}}}
	if err := Decode(old, Columns{Captions: []byte("[]"), Sentences: []byte("[]"), Analysis: []byte(`{"claims":[]}`)}); err != nil {
		t.Fatal(err)
	}
	if old.Sketch != nil || old.Credits != nil {
		t.Errorf("an older analysis decodes with sketch %v and credits %v, want none", old.Sketch, old.Credits)
	}
	if err := Decode(got, Columns{Captions: []byte("[]"), Sentences: []byte("{"), Analysis: []byte("{}")}); err == nil {
		t.Error("a broken sentences column decodes without error")
	}
}

// TestChecks: the checks' findings decode as the analysis column does, less what the checks
// never read, and making them leaves the analysis as it was.
func TestChecks(t *testing.T) {
	a := &dossier.Analysis{
		Doc:      dossier.Document{ID: "d1"},
		Mentions: []dossier.Mention{{Span: dossier.Span{Start: 0, End: 9}, Text: "Ana Ruiz", Type: dossier.PER, Title: "Col.", Travel: &dossier.Span{Start: 12, End: 20}}},
		Timexes:  []dossier.Timex{{Span: dossier.Span{Start: 5, End: 11}, Text: "Monday", Type: "DATE", Value: "2021-03-01", Mod: "START", Dateline: true}},
		Events:   []dossier.Event{{Span: dossier.Span{Start: 0, End: 30}, Type: "attack", Word: "shelled", Text: "shelled the port", Number: "three", Cause: "a dispute"}},
		Labels:   []dossier.Label{{Span: dossier.Span{Start: 0, End: 4}, Text: "a colonel", Chain: 0}},
		Sketch:   []uint64{3, 1 << 62},
		Dateline: 4,
	}
	before := cmp.Diff(a, &dossier.Analysis{})
	checks, err := EncodeChecks(a)
	if err != nil {
		t.Fatal(err)
	}
	if after := cmp.Diff(a, &dossier.Analysis{}); after != before {
		t.Errorf("making the checks' findings changed the analysis")
	}
	got := &dossier.Analysis{Doc: dossier.Document{ID: "d1"}}
	if err := DecodePass(got, []byte("[]"), checks); err != nil {
		t.Fatal(err)
	}
	want := *a
	want.Mentions = []dossier.Mention{a.Mentions[0]}
	want.Mentions[0].Title = ""
	want.Timexes = []dossier.Timex{a.Timexes[0]}
	want.Timexes[0].Text, want.Timexes[0].Mod = "", ""
	want.Events = []dossier.Event{a.Events[0]}
	want.Events[0].Text, want.Events[0].Number = "", ""
	if diff := cmp.Diff(&want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("checks' findings (-want +got):\n%s", diff)
	}
	analysis, _ := Encode(a)
	if len(checks) >= len(analysis.Analysis) {
		t.Errorf("checks' findings take %d bytes, the analysis %d: want fewer", len(checks), len(analysis.Analysis))
	}
}
