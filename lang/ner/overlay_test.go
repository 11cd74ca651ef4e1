package ner_test

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/ner"
)

// TestOverlayReachesTagger checks that a --data folder's list reaches the recogniser as the
// program wires it (language data → gazetteer → lexicon): with the overlay's acronym joiner "zu",
// the document spells "BNT" out and the acronym is read as the organisation's. Whatever a model
// makes of the acronym alone, the overlay must change its say: its tag, or else the probability
// that it is in no name.
func TestOverlayReachesTagger(t *testing.T) {
	text := []string{
		"The Bureau zu Northfield Trade opened an office in the city .",
		"Officials of the BNT said the office would stay open .",
	}
	tag := func(dir string) (string, float64) {
		d, err := en.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		gaz, err := entity.LoadGazetteerWith(d)
		if err != nil {
			t.Fatal(err)
		}
		tg, err := ner.New(gaz.Lexicon())
		if err != nil {
			t.Fatal(err)
		}
		sents := make([][]dossier.Token, len(text))
		for i, s := range text {
			for _, w := range strings.Fields(s) {
				sents[i] = append(sents[i], dossier.Token{Text: w})
			}
		}
		rs := tg.TagDoc(sents)
		return sents[1][3].Entity, rs[1].Outside[3]
	}
	plain, plainOut := tag("")
	got, gotOut := tag("testdata/overlay")
	t.Logf("BNT: %s %.4f without the overlay, %s %.4f with it", plain, plainOut, got, gotOut)
	if got != "B-ORG" {
		t.Errorf("with the overlay, BNT tagged %s, want B-ORG", got)
	}
	if plain == "B-ORG" && gotOut >= plainOut {
		t.Errorf("the overlay changes nothing: BNT is tagged %s and in no name with probability %.3f with it and without it (%.3f), want the probability lower", plain, gotOut, plainOut)
	}
}
