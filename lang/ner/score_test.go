package ner

import (
	"strings"
	"testing"
)

// TestScoreMeasures checks the exact-span precision, recall and F1 of a small tagging: a person
// found, an organisation cut short (a false positive and a miss) and a place missed.
func TestScoreMeasures(t *testing.T) {
	var s Score
	s.Add(strings.Fields("B-PER I-PER O B-ORG I-ORG O B-LOC"), strings.Fields("B-PER I-PER O B-ORG O O O"))
	cases := []struct {
		typ      string
		p, r, f1 float64
	}{
		{"", 0.5, 1.0 / 3, 0.4},
		{"PER", 1, 1, 1},
		{"ORG", 0, 0, 0},
		{"LOC", 0, 0, 0},
	}
	for _, c := range cases {
		if p, r, f := s.Precision(c.typ), s.Recall(c.typ), s.F1(c.typ); p != c.p || r != c.r || f != c.f1 {
			t.Errorf("%q: precision %.3f recall %.3f f1 %.3f, want %.3f %.3f %.3f", c.typ, p, r, f, c.p, c.r, c.f1)
		}
	}
}
