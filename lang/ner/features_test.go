package ner

import (
	"strings"
	"testing"
)

func TestSpelledOut(t *testing.T) {
	sents := [][]string{
		strings.Fields("The Housing Authority of New Orleans said HANO will act ."),
		strings.Fields("Talks with the American - Arab Committee and Bob Smith ended ."),
	}
	tags := [][]string{
		{"O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"},
		{"O", "O", "O", "O", "O", "O", "O", "O", "B-PER", "I-PER", "O", "O"},
	}
	long := spelledOut(sents, tags)
	cases := []struct {
		acr  string
		typ  int
		seen bool
	}{
		{"HANO", 2, true}, // ORG, from the run's first tagged word
		{"HA", 2, true},
		{"AAC", 0, true}, // spelled out, tagged as no name
		{"BS", 1, true},
		{"NOS", 0, false},
	}
	for _, c := range cases {
		typ, ok := long[c.acr]
		if ok != c.seen || ok && typ != c.typ {
			t.Errorf("%s: got %d %v, want %d %v", c.acr, typ, ok, c.typ, c.seen)
		}
	}
}

func TestAcronym(t *testing.T) {
	for w, want := range map[string]bool{"HANO": true, "UN": true, "A": false, "Hano": false, "ABCDEFG": false, "U.S.": false} {
		if got := acronym(w); got != want {
			t.Errorf("acronym(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestStripTitles(t *testing.T) {
	lex := NewLexicon()
	lex.Add("TITLE", "President")
	lex.Add("TITLE", "Administrator")
	lex.Add("TITLE", "Earl")
	lex.Add("LOC", "U.S.")
	lex.Add("ORG", "NASA")
	lex.Add("DEMONYM", "Americans")
	lex.Add("DEMONYM", "Afghan")
	cases := []struct {
		words, tags, want string
	}{
		{"U.S. President Jane Doe spoke", "B-PER I-PER I-PER I-PER O", "B-LOC O B-PER I-PER O"},
		{"NASA Administrator Jane Doe", "B-PER I-PER I-PER I-PER", "B-ORG O B-PER I-PER"},
		{"Afghan Administrator Jane Doe", "B-PER I-PER I-PER I-PER", "O O B-PER I-PER"},
		{"President Jane Doe", "B-PER I-PER I-PER", "O B-PER I-PER"},
		{"Earl of Clare", "B-PER I-PER I-PER", "B-PER I-PER I-PER"},
		{"43 million Americans voted", "B-PER I-PER I-PER O", "O O O O"},
		{"Americans for Peace met", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
	}
	for _, c := range cases {
		ex := Example{Words: strings.Fields(c.words), Tags: strings.Fields(c.tags)}
		stripTitles(ex, lex)
		if got := strings.Join(ex.Tags, " "); got != c.want {
			t.Errorf("%s: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestAcronymsAsSpelled(t *testing.T) {
	words := [][]string{
		strings.Fields("the Coalition Provisional Authority met"),
		strings.Fields("the CPA and the UN and the XYZ said"),
	}
	first := [][]string{
		{"O", "B-ORG", "I-ORG", "I-ORG", "O"},
		{"O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"},
	}
	out := []reading{{best: make([]int, 5)}, {best: []int{0, 0, 0, 0, 3, 0, 0, 0, 0}}}
	acronymsAsSpelled(words, first, out)
	want := []string{"O", "B-ORG", "O", "O", "B-ORG", "O", "O", "O", "O"}
	if got := tagNames(out[1].best); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %v, want %v", got, want)
	}
}
