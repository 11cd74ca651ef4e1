package entity

import (
	"testing"

	"github.com/dossier-project/dossier"
)

// TestForeignKeepsGazetteerNames reads sentences of a German page of the htmldate evaluation set
// as the pipeline does, and an English control: in the German text only the names the gazetteer
// knows are kept, typed as the gazetteer types them, and no label is read; the English text
// keeps the names the recogniser finds.
func TestForeignKeepsGazetteerNames(t *testing.T) {
	read := parsedReader(t)
	german := "Laut einem Bericht von Reuters am Dienstag reichen die Prognosen von 3 Milliarden Dollar am ersten Tag bis zu 55 Milliarden Dollar. " +
		"Die US-Börsenaufsichtsbehörde SEC prüft derzeit acht bis zehn Anträge für neue Spot Bitcoin-Produkte. " +
		"George Gagliardi, ein Anlageberater bei Coromandel Wealth Management in Lexington, Massachusetts, äußerte sich kritisch."
	english := "According to a Reuters report on Tuesday, forecasts range from 3 billion dollars on the first day to 55 billion dollars. " +
		"George Gagliardi, an investment adviser at Coromandel Wealth Management in Lexington, Massachusetts, was critical."
	tests := []struct {
		lang, text string
		want       map[string]dossier.EntityType // mention text → type
		not        []string
	}{
		{"de", german, map[string]dossier.EntityType{"Reuters": dossier.ORG, "SEC": dossier.ORG, "Massachusetts": dossier.LOC},
			[]string{"Spot Bitcoin", "George Gagliardi", "Dienstag", "Prognosen", "Coromandel Wealth Management"}},
		{"en", english, map[string]dossier.EntityType{"Reuters": dossier.ORG, "Massachusetts": dossier.LOC, "George Gagliardi": dossier.PER}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			a := read(t, dossier.Document{ID: "t", Language: tt.lang, Text: tt.text})
			checkSpans(t, a)
			got := map[string]dossier.Mention{}
			for _, m := range a.Mentions {
				got[m.Text] = m
			}
			for text, typ := range tt.want {
				if m, ok := got[text]; !ok || m.Type != typ {
					t.Errorf("mention %q: %+v, want type %s (mentions %v)", text, m, typ, mentionTexts(a))
				}
			}
			for _, text := range tt.not {
				if _, ok := got[text]; ok {
					t.Errorf("unwanted mention %q (mentions %v)", text, mentionTexts(a))
				}
			}
			if tt.lang != "en" && len(a.Labels) > 0 {
				t.Errorf("labels %+v read in a text not in English", a.Labels)
			}
		})
	}
}
