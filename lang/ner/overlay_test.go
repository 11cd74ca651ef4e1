package ner_test

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/ner"
)

// TestOverlayReachesTagger checks that a --data folder's list reaches the shipped recogniser as
// the program wires it (language data → gazetteer → lexicon): with the overlay's acronym joiner
// "zu", the document spells "BNT" out and the acronym is read as the organisation's; without
// it, it is not.
func TestOverlayReachesTagger(t *testing.T) {
	text := []string{
		"The Bureau zu Northfield Trade opened an office in the city .",
		"Officials of the BNT said the office would stay open .",
	}
	for _, c := range []struct {
		dir, want string
	}{
		{"", "O"},
		{"testdata/overlay", "B-ORG"},
	} {
		d, err := en.Load(c.dir)
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
		tg.TagDoc(sents)
		if got := sents[1][3].Entity; got != c.want {
			t.Errorf("data %q: %s tagged %s, want %s", c.dir, sents[1][3].Text, got, c.want)
		}
	}
}
