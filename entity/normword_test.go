package entity

import (
	"slices"
	"testing"
)

// TestAppendNormPlain checks that a plain word is read as the general splitting reads it.
func TestAppendNormPlain(t *testing.T) {
	g, err := LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{
		"Assad", "al", "Al", "the", "THE", "el", "as", "an", "US", "O'Neill", "1990s", "x", "&",
		"al-Raqqa", "U.S.", "Ar-Raqqa", "I’m", "co-op", "Zürich", "St.", "a\tb",
	} {
		got := g.w.appendNorm(nil, w)
		if want := g.w.appendSplit(nil, w); !slices.Equal(got, want) {
			t.Errorf("appendNorm(%q) = %q, want %q", w, got, want)
		}
	}
}
