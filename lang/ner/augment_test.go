package ner

import (
	"strings"
	"testing"
)

// TestCapitalisedCopies checks that the copies capitalise only ordinary words outside names and
// past the sentence's first, keep the tags, stand in their own document, and are the same for
// the same seed.
func TestCapitalisedCopies(t *testing.T) {
	vocab := map[string]byte{"studies": vocabLower | 1, "show": vocabLower | 1, "complete": vocabLower | 1, "paris": 3}
	exs := []Example{
		{Doc: "d", Words: strings.Fields("studies show complete studies in Paris"), Tags: strings.Fields("O O O B-ORG O B-LOC")},
		{Doc: "d", Words: strings.Fields("Paris is there"), Tags: strings.Fields("B-LOC O O")},
	}
	got := CapitalisedCopies(exs, vocab, 1, 1)
	if len(got) != 1 {
		t.Fatalf("got %d copies, want 1", len(got))
	}
	if w, want := strings.Join(got[0].Words, " "), "studies Show Complete studies in Paris"; w != want {
		t.Errorf("copy %q, want %q", w, want)
	}
	if got[0].Doc != "d#caps" || strings.Join(got[0].Tags, " ") != "O O O B-ORG O B-LOC" {
		t.Errorf("copy of document %q with tags %v", got[0].Doc, got[0].Tags)
	}
	if exs[0].Words[1] != "show" {
		t.Errorf("the example itself was changed: %v", exs[0].Words)
	}
	a, b := CapitalisedCopies(exs, vocab, 0.5, 7), CapitalisedCopies(exs, vocab, 0.5, 7)
	if len(a) != len(b) || len(a) > 0 && strings.Join(a[0].Words, " ") != strings.Join(b[0].Words, " ") {
		t.Errorf("the same seed gave different copies: %v, %v", a, b)
	}
}
