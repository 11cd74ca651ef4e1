package claim_test

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier/claim"
	"github.com/dossier-project/dossier/lang/en"
)

// TestFigureSetting: a figure is set in the sentences before it in its paragraph that name a
// place, nearest first (three at most), then the headline written at the head of the text.
func TestFigureSetting(t *testing.T) {
	r, err := claim.New(en.MustLoad())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, title, text, figure string
		places                    []string
		want                      []string // the first words of each span of the setting
	}{
		{"sentence before", "", "Jets struck Kessin at dawn. Then they hit Morvik. The strikes killed 12 people.", "12",
			[]string{"Kessin", "Morvik"}, []string{"Then they", "Jets struck"}},
		{"sentences without a place are passed over", "", "Jets struck Kessin at dawn. Nobody was warned. The strikes killed 12 people.", "12",
			[]string{"Kessin"}, []string{"Jets struck"}},
		{"a new paragraph", "Jets strike Kessin", "Jets strike Kessin\nShells fell on Morvik.\nThe strikes killed 12 people.", "12",
			[]string{"Kessin", "Morvik"}, []string{"Jets strike"}},
		{"none", "", "The strikes killed 12 people.", "12", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := figureAnalysis(tt.text, tt.title, tt.places, tt.figure)
			if err := r.Analyze(a); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, sp := range a.Figures[0].Setting {
				w := strings.Fields(tt.text[sp.Start:sp.End])
				got = append(got, strings.Join(w[:min(2, len(w))], " "))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("setting %q, want %q", got, tt.want)
			}
		})
	}
}
