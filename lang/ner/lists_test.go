package ner

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier/lang/en"
)

// TestOverlayLists checks that the lists of a --data folder (testdata/overlay adds a given name,
// a town, a state code and an acronym joiner) reach the recogniser's features through the
// lexicon built from the run's language data, and that the embedded data alone lacks them.
func TestOverlayLists(t *testing.T) {
	overlay, err := en.Load("testdata/overlay")
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Zorvath Smith flew to Quillmere , QX")
	cases := []struct {
		at   int
		want uint64
	}{
		{0, key("gn", "true")},
		{1, key("gn-1", "Xx")},
		{4, key("pl", "B-CITY", "true")},
		{6, key("pl", "B-STATE", "true")},
		{5, key("pl+1", "B-STATE", ",")},
	}
	for _, c := range cases {
		for _, d := range []struct {
			name string
			data *en.Data
			has  bool
		}{{"overlay", overlay, true}, {"embedded", en.Embedded(), false}} {
			fs := features(input{words: words}, NewLexicon(d.data), nil, nil)
			if got := slices.Contains(fs[c.at], c.want); got != d.has {
				t.Errorf("%s: %s has the list feature: %v, want %v", d.name, words[c.at], got, d.has)
			}
		}
	}
	sents := [][]string{strings.Fields("the Agency zu Northfield Trade met")}
	tags := [][]string{{"O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"}}
	if _, ok := spelledOut(sents, tags, NewLexicon(overlay))["ANT"]; !ok {
		t.Errorf("overlay: ANT not spelled out by %v", sents[0])
	}
	if _, ok := spelledOut(sents, tags, NewLexicon(en.Embedded()))["ANT"]; ok {
		t.Errorf("embedded: ANT spelled out by %v across an unlisted word", sents[0])
	}
}

// TestNoLists checks that a sentence read without the lists (a model with no weights for them)
// takes none of their features, whatever the lexicon holds.
func TestNoLists(t *testing.T) {
	words := strings.Fields("Hector Ruiz flew to Baltimore , MD")
	fs := features(input{words: words, noLists: true}, NewLexicon(en.Embedded()), nil, nil)
	for i, f := range fs {
		for _, k := range []uint64{key("gn", "true"), key("pl", "B-CITY", "true"), key("pl", "B-STATE", "true")} {
			if slices.Contains(f, k) {
				t.Errorf("%s takes a list feature", words[i])
			}
		}
	}
}
