package export

import (
	"reflect"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestFigureSettingExport checks that an exported figure carries the side it counts, the capital
// its sentence names and the places of its setting as entity ids: nearest sentence first, each
// once, a dateline's place left out.
func TestFigureSettingExport(t *testing.T) {
	text := "KESSIN (Wire) - Jets hit Morvik and Tarsk. Shells fell on Morvik. Rockets hit the capital, killing 40 fighters."
	span := func(s string) dossier.Span {
		for i := 0; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return dossier.Span{Start: i, End: i + len(s)}
			}
		}
		t.Fatalf("%q not in the text", s)
		return dossier.Span{}
	}
	first, second := span("Jets hit Morvik and Tarsk."), span("Shells fell on Morvik.")
	mention := func(at dossier.Span, name string, chain int) dossier.Mention {
		return dossier.Mention{Span: at, Text: name, Type: dossier.LOC, Chain: chain}
	}
	morvik2 := span("Morvik.")
	a := &dossier.Analysis{Doc: dossier.Document{ID: "d1", Text: text}, Dateline: len("KESSIN (Wire) - "),
		Mentions: []dossier.Mention{
			mention(span("KESSIN"), "KESSIN", 0),
			mention(span("Morvik"), "Morvik", 1),
			mention(span("Tarsk"), "Tarsk", 2),
			mention(dossier.Span{Start: morvik2.Start, End: morvik2.End - 1}, "Morvik", 1),
		},
	}
	fig := dossier.Figure{Span: span("Rockets hit the capital, killing 40 fighters."), Counts: "killed", Who: "fighters",
		Low: 40, Text: "40", Side: "armed group", Capital: "Veldra", Setting: []dossier.Span{second, first, {Start: 0, End: 6}}}
	a.Events = []dossier.Event{{Type: "attack", Span: fig.Span, Figures: []dossier.Figure{fig}}}
	members := NewMembership(&dossier.Corpus{Members: []dossier.Member{
		{ChainRef: dossier.ChainRef{Doc: "d1", Chain: 1}, Entity: "e-morvik"},
		{ChainRef: dossier.ChainRef{Doc: "d1", Chain: 2}, Entity: "e-tarsk"},
	}})
	got := EventOf(a, 0, members).Figures
	if len(got) != 1 {
		t.Fatalf("%d figures, want 1", len(got))
	}
	tests := []struct {
		field     string
		got, want any
	}{
		{"setting", got[0].Setting, []string{"e-morvik", "e-tarsk"}},
		{"side", got[0].Side, "armed group"},
		{"capital", got[0].Capital, "Veldra"},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s = %v, want %v", tt.field, tt.got, tt.want)
		}
	}
}
