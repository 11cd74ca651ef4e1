package doccols

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
)

// sharedDoc is an analysis with a string in every field Shared keeps once, decoded from its
// columns so that no two documents share storage before Shared runs.
func sharedDoc(t *testing.T, id string) *dossier.Analysis {
	t.Helper()
	high := 9
	a := &dossier.Analysis{
		Doc: dossier.Document{ID: id, Publisher: "Harbour News", Published: "2020-04-14", Language: "en",
			Sentences: []dossier.Span{{Start: 0, End: 40}}},
		Mentions: []dossier.Mention{{Span: dossier.Span{Start: 0, End: 4}, Text: "Port Alden", Type: dossier.LOC, Title: "Mayor", Entity: "e1"}},
		Labels:   []dossier.Label{{Text: "rebel"}},
		Timexes:  []dossier.Timex{{Text: "Monday", Type: "DATE", Value: "2020-04-13", Mod: "START"}},
		Events: []dossier.Event{{Type: dossier.Assault, Word: "shelled", Time: "2020-04-13", Modality: dossier.Reported,
			Args: []dossier.Arg{{Role: "place", Chain: 0}}, Attribution: []dossier.Source{{Chain: -1, Text: "a source"}},
			Cause: "the storm", Number: "nine", Kind: "shelling", By: "state",
			Figures: []dossier.Figure{{Counts: "killed", Who: "civilians", Low: 9, High: &high, Text: "nine", Incidents: []string{"strike"}, Sites: []string{"market"}}}}},
		Figures: []dossier.Figure{{Counts: "wounded", Families: []string{"attack"}, Setting: []dossier.Span{{Start: 1, End: 2}}, Capital: "Alden"}},
		Claims: []dossier.Claim{{Kind: dossier.ClaimDeny, CueText: "denied", ByText: "residents", Object: "any role",
			About: []dossier.Party{{Chain: 0}}, Words: []string{"shelling"}, Camp: "backed", Echo: "k"}},
		Sketch:  []uint64{1, 2},
		Credits: []dossier.Credit{{Phrase: "reported", Words: []string{"harbour", "news"}}},
	}
	got := roundTrip(t, a)
	// The document's fields and the figures no event carries are columns of their own.
	d := &got.Doc
	d.Publisher, d.Published, d.Language = strings.Clone(a.Doc.Publisher), strings.Clone(a.Doc.Published), strings.Clone(a.Doc.Language)
	f := a.Figures[0]
	f.Counts, f.Capital = strings.Clone(f.Counts), strings.Clone(f.Capital)
	f.Families = []string{strings.Clone(f.Families[0])}
	got.Figures = append(make([]dossier.Figure, 0, 4), f)
	return got
}

// roundTrip returns a as its columns decode, with the document's id only of its own fields.
func roundTrip(t *testing.T, a *dossier.Analysis) *dossier.Analysis {
	t.Helper()
	c, err := Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	got := &dossier.Analysis{Doc: dossier.Document{ID: a.Doc.ID}}
	if err := Decode(got, c); err != nil {
		t.Fatal(err)
	}
	return got
}

// TestShared checks that Shared changes no value and keeps the strings of two documents once.
func TestShared(t *testing.T) {
	a, b := sharedDoc(t, "d1"), sharedDoc(t, "d2")
	wantA, wantB := sharedDoc(t, "d1"), sharedDoc(t, "d2")
	s := NewShared()
	s.Analysis(a)
	s.Analysis(b)
	for _, tc := range []struct{ got, want *dossier.Analysis }{{a, wantA}, {b, wantB}} {
		if diff := cmp.Diff(tc.want, tc.got); diff != "" {
			t.Errorf("%s changed (-want +got):\n%s", tc.want.Doc.ID, diff)
		}
	}
	same := []struct {
		field string
		x, y  string
	}{
		{"publisher", a.Doc.Publisher, b.Doc.Publisher},
		{"document id", a.Doc.ID, s.String(strings.Clone("d1"))},
		{"mention", a.Mentions[0].Text, b.Mentions[0].Text},
		{"mention entity", a.Mentions[0].Entity, b.Mentions[0].Entity},
		{"label", a.Labels[0].Text, b.Labels[0].Text},
		{"timex value", a.Timexes[0].Value, b.Timexes[0].Value},
		{"event word", a.Events[0].Word, b.Events[0].Word},
		{"attribution", a.Events[0].Attribution[0].Text, b.Events[0].Attribution[0].Text},
		{"event figure", a.Events[0].Figures[0].Who, b.Events[0].Figures[0].Who},
		{"figure incident", a.Events[0].Figures[0].Incidents[0], b.Events[0].Figures[0].Incidents[0]},
		{"figure capital", a.Figures[0].Capital, b.Figures[0].Capital},
		{"figure family", a.Figures[0].Families[0], b.Figures[0].Families[0]},
		{"claim object", a.Claims[0].Object, b.Claims[0].Object},
		{"claim word", a.Claims[0].Words[0], b.Claims[0].Words[0]},
		{"credit word", a.Credits[0].Words[1], b.Credits[0].Words[1]},
		{"figure site", a.Events[0].Figures[0].Sites[0], b.Events[0].Figures[0].Sites[0]},
	}
	for _, tc := range same {
		if unsafe.StringData(tc.x) != unsafe.StringData(tc.y) {
			t.Errorf("%s %q is kept twice", tc.field, tc.x)
		}
	}
	lists := []struct {
		field string
		x, y  []string
	}{
		{"figure incidents", a.Events[0].Figures[0].Incidents, b.Events[0].Figures[0].Incidents},
		{"figure sites", a.Events[0].Figures[0].Sites, b.Events[0].Figures[0].Sites},
		{"figure families", a.Figures[0].Families, b.Figures[0].Families},
		{"claim words", a.Claims[0].Words, b.Claims[0].Words},
		{"credit words", a.Credits[0].Words, b.Credits[0].Words},
	}
	for _, tc := range lists {
		if unsafe.SliceData(tc.x) != unsafe.SliceData(tc.y) {
			t.Errorf("%s %q are kept twice", tc.field, tc.x)
		}
	}
	for _, n := range []struct {
		field    string
		len, cap int
	}{
		{"mentions", len(a.Mentions), cap(a.Mentions)},
		{"events", len(a.Events), cap(a.Events)},
		{"claims", len(a.Claims), cap(a.Claims)},
		{"figures", len(a.Figures), cap(a.Figures)},
	} {
		if n.len != n.cap {
			t.Errorf("%s: %d held in room for %d", n.field, n.len, n.cap)
		}
	}
}

// TestSharedFigures: events of a document that carry equal figure lists hold one list, and an
// event with other figures keeps its own.
func TestSharedFigures(t *testing.T) {
	a := sharedDoc(t, "d1")
	ev := a.Events[0]
	other := ev
	other.Figures = []dossier.Figure{{Counts: "wounded", Low: 3, Text: "three"}}
	a.Events = append(a.Events, ev, other, ev)
	got := roundTrip(t, a)
	NewShared().Analysis(got)
	if diff := cmp.Diff(a.Events, got.Events); diff != "" {
		t.Errorf("events changed (-want +got):\n%s", diff)
	}
	first := &got.Events[0].Figures[0]
	for i, want := range []bool{true, false, true} {
		if same := &got.Events[i+1].Figures[0] == first; same != want {
			t.Errorf("event %d holds the first event's figures: %v, want %v", i+1, same, want)
		}
	}
}

// TestSharedDecodePass: Shared.DecodePass gives what DecodePass then Analysis give, from binary
// columns and from a document stored before them, and keeps what two documents repeat once.
func TestSharedDecodePass(t *testing.T) {
	docs := []*dossier.Analysis{sharedDoc(t, "d1"), sharedDoc(t, "d2")}
	for _, tc := range findingsCases() {
		docs = append(docs, &tc.a)
	}
	s := NewShared()
	var got []*dossier.Analysis
	for _, a := range docs {
		for _, whole := range []bool{false, true} {
			c, err := Encode(a)
			if whole {
				c, err = EncodeWhole(a)
			}
			if err != nil {
				t.Fatal(err)
			}
			want := &dossier.Analysis{Doc: dossier.Document{ID: a.Doc.ID}}
			if err := DecodePass(want, c.Sentences, c.Analysis, c.Outline, c.Findings); err != nil {
				t.Fatal(err)
			}
			NewShared().Analysis(want)
			g := &dossier.Analysis{Doc: dossier.Document{ID: a.Doc.ID}}
			if err := s.DecodePass(g, c.Sentences, c.Analysis, c.Outline, c.Findings); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, g); diff != "" {
				t.Errorf("%s (whole %v): (-DecodePass, Analysis +Shared.DecodePass):\n%s", a.Doc.ID, whole, diff)
			}
			if !whole {
				got = append(got, g)
			}
		}
	}
	a, b := got[0], got[1]
	if unsafe.StringData(a.Mentions[0].Text) != unsafe.StringData(b.Mentions[0].Text) {
		t.Errorf("mention %q is kept twice", a.Mentions[0].Text)
	}
	x, y := a.Events[0].Figures[0].Incidents, b.Events[0].Figures[0].Incidents
	if unsafe.SliceData(x) != unsafe.SliceData(y) {
		t.Errorf("figure incidents %q are kept twice", x)
	}
}

// TestSharedDecodeMentions: Shared.DecodeMentions gives what DecodeMentions then Analysis give,
// from an outline and from an analysis column, and keeps no string of the outline that the
// mentions do not read.
func TestSharedDecodeMentions(t *testing.T) {
	s := NewShared()
	for _, whole := range []bool{false, true} {
		a := sharedDoc(t, "d1")
		c, err := Encode(a)
		if whole {
			c, err = EncodeWhole(a)
		}
		if err != nil {
			t.Fatal(err)
		}
		want := &dossier.Analysis{Doc: dossier.Document{ID: "d1"}}
		if err := DecodeMentions(want, c.Outline, c.Analysis); err != nil {
			t.Fatal(err)
		}
		NewShared().Analysis(want)
		got := &dossier.Analysis{Doc: dossier.Document{ID: "d1"}}
		if err := s.DecodeMentions(got, c.Outline, c.Analysis); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("whole %v: (-DecodeMentions, Analysis +Shared.DecodeMentions):\n%s", whole, diff)
		}
		if _, kept := s.words[a.Timexes[0].Text]; kept && !whole {
			t.Errorf("time expression %q kept though the mentions do not read it", a.Timexes[0].Text)
		}
	}
}
