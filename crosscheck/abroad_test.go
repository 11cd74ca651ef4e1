package crosscheck

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestFiguresOfTwoCountries: a toll placed only by a place the hierarchy does not know, or by
// nothing, is not one incident with a toll of a report set in another country: three protesters
// killed in Ecuador and 95 across the cities of a report about Iran are two stories' dead, though
// neither names a place the hierarchy can put the other's in. Two such tolls of one country, or
// of reports that name none, may still be one.
func TestFiguresOfTwoCountries(t *testing.T) {
	tests := []struct {
		name, a, b string
		same       bool
	}{
		{"a country the hierarchy does not know against a report about another",
			"Three protesters were killed in clashes with police in Ecuador on Tuesday.",
			"At least 95 protesters have been killed. Iranian security forces crushed protests across Iran and the Middle East.",
			false},
		{"nothing placed, two countries",
			"Three protesters were killed in clashes with police on Tuesday. Ecuador declared a state of emergency.",
			"At least 95 protesters have been killed. Iranian security forces crushed the protests.",
			false},
		{"nothing placed, one country",
			"Three protesters were killed in clashes with police on Tuesday. Iranian officials declared a state of emergency.",
			"At least 95 protesters have been killed. Iranian security forces crushed the protests.",
			true},
		{"nothing placed, no country",
			"Three protesters were killed in clashes with police on Tuesday.",
			"At least 95 protesters have been killed.",
			true},
		{"a village the hierarchy does not know in a report about the region",
			"Three protesters were killed in clashes with police in Dervanli on Tuesday.",
			"At least 95 protesters have been killed. The unrest spread across the Middle East.",
			true},
	}
	ents := []dossier.Entity{{ID: "ecuador", Type: dossier.LOC, Name: "Ecuador"}, {ID: "iran", Type: dossier.LOC, Name: "Iran"},
		{ID: "me", Type: dossier.LOC, Name: "Middle East"}, {ID: "dervanli", Type: dossier.LOC, Name: "Dervanli"},
		{ID: "isf", Type: dossier.ORG, Name: "Iranian security forces"}, {ID: "io", Type: dossier.ORG, Name: "Iranian officials"}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := withFigures(namedAnalysis("a1", tt.a, ents))
			b := withFigures(namedAnalysis("a2", tt.b, ents))
			c := newCorpus([]*dossier.Analysis{a, b}, ents, nil)
			k := New()
			fa, fb := k.casualties(c, 0), k.casualties(c, 1)
			if len(fa) != 1 || len(fb) != 1 {
				t.Fatalf("figures %d and %d, want one each", len(fa), len(fb))
			}
			if can, _ := c.sameIncident(&fa[0], &fb[0]); can != tt.same {
				t.Errorf("sameIncident = %v, want %v (countries %q, %q)", can, tt.same, fa[0].country, fb[0].country)
			}
		})
	}
}

// namedAnalysis is an analysis of text with a mention of each entity of ents whose name it
// holds, typed as the entity is.
func namedAnalysis(id, text string, ents []dossier.Entity) *dossier.Analysis {
	a := &dossier.Analysis{Doc: dossier.Document{ID: id, Publisher: id, Published: "2024-06-05", Text: text,
		Sentences: simpleSentences(text)}}
	for _, e := range ents {
		if at := strings.Index(text, e.Name); at >= 0 {
			a.Mentions = append(a.Mentions, dossier.Mention{Span: dossier.Span{Start: at, End: at + len(e.Name)}, Text: e.Name, Type: e.Type, Entity: e.ID})
		}
	}
	slices.SortFunc(a.Mentions, func(x, y dossier.Mention) int { return x.Start - y.Start })
	return a
}
