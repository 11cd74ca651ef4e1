package ner_test

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier/lang/ner"
)

func TestPseudo(t *testing.T) {
	tg := tagger(t)
	sents := []string{
		"I work at Enron in Houston .",
		"It was fine and we left early .",
		"we met Maria at the station .",
	}
	var exs []ner.Example
	for _, s := range sents {
		exs = append(exs, ner.Example{Doc: "d", Words: strings.Fields(s)})
	}
	cases := []struct {
		name    string
		minConf float64
		want    []string // first words of the sentences kept
	}{
		{"any likelihood keeps every sentence with a name or a capitalised word", 0, []string{"I", "we"}},
		{"a likelihood above one keeps none", 1.01, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := tg.Pseudo(exs, false, c.minConf)
			var first []string
			for _, ex := range got {
				first = append(first, ex.Words[0])
				if ex.Weight != 1 || len(ex.Tags) != len(ex.Words) {
					t.Errorf("%q: weight %d, %d tags for %d words", ex.Words, ex.Weight, len(ex.Tags), len(ex.Words))
				}
			}
			if strings.Join(first, " ") != strings.Join(c.want, " ") {
				t.Errorf("kept sentences starting %q, want %q", first, c.want)
			}
		})
	}
}
