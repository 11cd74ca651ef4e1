package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestFramingLeavesOutSilentFrames checks that a stored frame saying nothing of its actor — no
// label, no camp, as when one source's words put the actor in both camps equally — makes no
// row and no column of the framing table, and that a camp given without a label is shown.
func TestFramingLeavesOutSilentFrames(t *testing.T) {
	in := loadInput(t, "examples.json")
	framed := map[string]bool{}
	for _, f := range in.Corpus.Frames {
		framed[f.Entity] = true
	}
	var quiet *dossier.Entity
	for i := range in.Corpus.Entities {
		if !framed[in.Corpus.Entities[i].ID] {
			quiet = &in.Corpus.Entities[i]
			break
		}
	}
	if quiet == nil || len(in.Corpus.Frames) == 0 {
		t.Fatal("the examples need a framed entity and one no source labels")
	}
	labelled := in.Corpus.Frames[0]
	in.Corpus.Frames = append(in.Corpus.Frames,
		dossier.Frame{Source: labelled.Source, Entity: quiet.ID},
		dossier.Frame{Source: "Silent Outlet", Entity: labelled.Entity},
		dossier.Frame{Source: "Camp Outlet", Entity: labelled.Entity, Camp: "backed"},
	)
	m := build(in)
	for _, r := range m.Framing.Rows {
		if r.Entity == quiet.Name {
			t.Errorf("%s has a framing row though no source labels it", quiet.Name)
		}
		if !slices.ContainsFunc(r.Cells, func(c framingCell) bool { return len(c.Labels) > 0 || c.Camp != "" }) {
			t.Errorf("framing row %s is empty", r.Entity)
		}
	}
	if slices.Contains(m.Framing.Sources, "Silent Outlet") {
		t.Error("a source that labels no actor has a framing column")
	}
	if !slices.Contains(m.Framing.Sources, "Camp Outlet") {
		t.Error("a source that places an actor in a camp has no framing column")
	}

	var b bytes.Buffer
	if err := Terminal(&b, in, Options{}); err != nil {
		t.Fatal(err)
	}
	_, framing, _ := strings.Cut(b.String(), "FRAMING")
	if !strings.Contains(framing, "Camp Outlet: backed") {
		t.Errorf("the text report does not show the camp given without a label:\n%s", framing)
	}
	if strings.Contains(framing, "Silent Outlet") {
		t.Errorf("the text report names a source that labels no actor:\n%s", framing)
	}
	for _, line := range strings.Split(framing, "\n") {
		if strings.TrimSpace(line) == quiet.Name {
			t.Errorf("the text report lists %s, whom no source labels", quiet.Name)
		}
	}
}

// TestFramingCitesOnceAndCitesCamps checks that a framing cell cites a sentence once however
// many of its labels it holds, and cites where the source's characterisations put the actor in
// the cell's camp.
func TestFramingCitesOnceAndCitesCamps(t *testing.T) {
	in := loadInput(t, "examples.json")
	a := in.Analyses[0]
	if len(a.Labels) < 2 || a.Doc.Publisher == "" {
		t.Fatal("the first example document needs two labels and a publisher")
	}
	first, other := a.Labels[0], a.Labels[1]
	var ent string
	for _, m := range in.Corpus.Members {
		if m.Doc == a.Doc.ID && m.Chain == first.Chain {
			ent = m.Entity
		}
	}
	fi := slices.IndexFunc(in.Corpus.Frames, func(f dossier.Frame) bool {
		return f.Source == a.Doc.Publisher && f.Entity == ent
	})
	if fi < 0 {
		t.Fatalf("no frame of %s for the entity of %q", a.Doc.Publisher, first.Text)
	}
	// A second label in the first one's place, and a characterisation elsewhere in the text
	// that puts the actor in a camp.
	a.Labels = append(a.Labels, dossier.Label{Span: first.Span, Text: "second label", Chain: first.Chain})
	a.Claims = append(a.Claims, dossier.Claim{Span: other.Span, Kind: dossier.ClaimCharacterise,
		About: []dossier.Party{{Chain: first.Chain}}, Camp: "backed"})
	// A view of the same camp the source tells as another's, in a sentence of its own, is not
	// the source's framing and is not cited.
	for _, sn := range a.Doc.Sentences {
		if !sn.Contains(first.Span) && !sn.Contains(other.Span) {
			a.Claims = append(a.Claims, dossier.Claim{Span: sn, Kind: dossier.ClaimCharacterise,
				About: []dossier.Party{{Chain: first.Chain}}, Camp: "backed", ByText: "Norland"})
			break
		}
	}
	in.Corpus.Frames[fi].Labels = append(in.Corpus.Frames[fi].Labels, "second label")
	in.Corpus.Frames[fi].Camp = "backed"

	m := build(in)
	var cell *framingCell
	for _, r := range m.Framing.Rows {
		for i := range r.Cells {
			if slices.Contains(r.Cells[i].Labels, "second label") {
				cell = &r.Cells[i]
			}
		}
	}
	if cell == nil {
		t.Fatal("the framing table lost the added label")
	}
	var got []string
	for _, c := range cell.Cites {
		got = append(got, c.Label())
	}
	if len(got) != 2 || got[0] == got[1] {
		t.Errorf("cites %v, want the labels' sentence once and the characterisation's", got)
	}
}
