package crosscheck

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestFigureCapitalPlace: a figure whose sentence names a capital city by its country alone lies
// in that city when a report of the corpus names it, before the place the sentence before it
// names; a capital no report names leaves the figure to its setting.
func TestFigureCapitalPlace(t *testing.T) {
	tests := []struct {
		capital, want string
	}{
		{"Tarsk", "Tarsk"},
		{"", "Morvik"},
		{"Veldra", "Morvik"},
	}
	for _, tt := range tests {
		t.Run(tt.capital, func(t *testing.T) {
			text := "Jets struck Morvik on Monday. Rockets hit the capital, killing 7 people."
			other := "Shops in Tarsk stayed shut."
			a := capitalAnalysis("a1", text, "Morvik", "morvik")
			b := capitalAnalysis("a2", other, "Tarsk", "tarsk")
			withClaims(t, withFigures(a))
			n := 0
			for i := range a.Events {
				for j := range a.Events[i].Figures {
					a.Events[i].Figures[j].Capital = tt.capital
					n++
				}
			}
			if n != 1 {
				t.Fatalf("%d figures read, want 1", n)
			}
			c := newCorpus([]*dossier.Analysis{a, b}, []dossier.Entity{
				{ID: "morvik", Type: dossier.LOC, Name: "Morvik"}, {ID: "tarsk", Type: dossier.LOC, Name: "Tarsk"}}, nil)
			figs := New().casualties(c, 0)
			if len(figs) != 1 || len(figs[0].context) != 1 {
				t.Fatalf("figures %+v, want one placed by its document", figs)
			}
			if got := c.entName[figs[0].context[0]]; got != tt.want {
				t.Errorf("placed in %q, want %q", got, tt.want)
			}
		})
	}
}

// capitalAnalysis is an analysis of text with one LOC mention of place, of entity id.
func capitalAnalysis(id, text, place, entity string) *dossier.Analysis {
	at := strings.Index(text, place)
	return &dossier.Analysis{Doc: dossier.Document{ID: id, Publisher: id, Published: "2024-06-03", Text: text,
		Sentences: simpleSentences(text)},
		Mentions: []dossier.Mention{{Span: dossier.Span{Start: at, End: at + len(place)}, Text: place, Type: dossier.LOC, Entity: entity}}}
}
