package doccols

import (
	"testing"

	"github.com/google/go-cmp/cmp"

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
	// An analysis is stored with its outline apart, or whole as before outlines were.
	for _, encode := range []func(*dossier.Analysis) (Columns, error){Encode, EncodeWhole} {
		c, err := encode(a)
		if err != nil {
			t.Fatal(err)
		}
		got := &dossier.Analysis{Doc: dossier.Document{ID: "d1"}}
		if err := Decode(got, c); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(a, got); diff != "" {
			t.Errorf("round trip with %d bytes of outline (-want +got):\n%s", len(c.Outline), diff)
		}
	}
	c, _ := Encode(a)
	if rest := (&dossier.Analysis{}); Decode(rest, Columns{Captions: c.Captions, Sentences: c.Sentences, Analysis: c.Analysis}) != nil ||
		rest.Mentions != nil || rest.Timexes != nil || rest.Sketch != nil || rest.Credits != nil || rest.Dateline != 0 {
		t.Errorf("the analysis column holds what the outline holds: %s", c.Analysis)
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
	if err := Decode(&dossier.Analysis{}, Columns{Captions: []byte("[]"), Sentences: []byte("{"), Analysis: []byte("{}")}); err == nil {
		t.Error("a broken sentences column decodes without error")
	}
}

// TestDecodeOutline: the outline of an analysis holds its mentions, time expressions, sketch,
// credit lines and dateline as Decode gives them, and none of its other findings, whether it is
// read from the outline column or, for a document stored before outlines were, the analysis.
func TestDecodeOutline(t *testing.T) {
	a := &dossier.Analysis{
		Doc:      dossier.Document{ID: "d1"},
		Mentions: []dossier.Mention{{Span: dossier.Span{Start: 0, End: 4}, Text: "Port", Type: dossier.LOC, Chain: 2, Entity: "e1"}},
		Labels:   []dossier.Label{{Span: dossier.Span{Start: 0, End: 4}, Text: "rebels", Chain: 2}},
		Timexes:  []dossier.Timex{{Span: dossier.Span{Start: 5, End: 11}, Text: "Monday", Value: "2016-07-11", Dateline: true}},
		Events:   []dossier.Event{{Span: dossier.Span{Start: 0, End: 12}, Word: "attack"}},
		Claims:   []dossier.Claim{{Span: dossier.Span{Start: 0, End: 12}, Kind: dossier.ClaimDeny, Event: -1}},
		Figures:  []dossier.Figure{{Span: dossier.Span{Start: 0, End: 12}, Counts: "killed", Low: 12, Text: "12"}},
		Sketch:   []uint64{1, 1 << 63},
		Credits:  []dossier.Credit{{Span: dossier.Span{Start: 20, End: 33}, Phrase: "translated by"}},
		Dateline: 12,
	}
	c, err := Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := EncodeWhole(a)
	if err != nil {
		t.Fatal(err)
	}
	want := &dossier.Analysis{Doc: a.Doc, Mentions: a.Mentions, Timexes: a.Timexes, Sketch: a.Sketch, Credits: a.Credits, Dateline: a.Dateline}
	for _, tc := range []struct {
		name              string
		outline, analysis []byte
	}{
		{"outline column", c.Outline, []byte("{")},
		{"analysis column", nil, whole.Analysis},
	} {
		got := &dossier.Analysis{Doc: dossier.Document{ID: "d1"}}
		if err := DecodeOutline(got, tc.outline, tc.analysis); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: outline (-want +got):\n%s", tc.name, diff)
		}
	}
	if err := DecodeOutline(&dossier.Analysis{}, nil, []byte("{")); err == nil {
		t.Error("a broken analysis column decodes without error")
	}
	if err := DecodeOutline(&dossier.Analysis{}, c.Outline[:len(c.Outline)-1], nil); err == nil {
		t.Error("an outline cut short decodes without error")
	}
}
