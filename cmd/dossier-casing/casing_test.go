package main

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// TestCountCasing checks what counts as lower case and as capitalised in mid-sentence: a
// sentence's first word, a word after a colon and every word of a headline count for nothing.
func TestCountCasing(t *testing.T) {
	counts := map[string]*casing{}
	countCasing(counts, textForms(segment.New(en.Embedded()), "Regardless of the rain, the match went on in Paris.\n"+
		"Rain Stops Play At Paris Open Final\n"+
		"The rain fell: Rain again, said Paris."))
	want := map[string]casing{"regardless": {}, "rain": {lower: 2}, "paris": {capMid: 2}, "the": {lower: 2}}
	for w, c := range want {
		got := casing{}
		if counts[w] != nil {
			got = *counts[w]
		}
		if got != c {
			t.Errorf("%s: got %+v, want %+v", w, got, c)
		}
	}
	var sb strings.Builder
	if err := write(&sb, counts, 2); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sb.String(), "\nrain\t2\t0\n") || strings.Contains(sb.String(), "\nparis\t") {
		t.Errorf("written file keeps the wrong words:\n%s", sb.String())
	}
}
