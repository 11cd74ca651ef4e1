package main

import (
	"math"
	"strings"
	"testing"
)

func TestRe3dBagScore(t *testing.T) {
	gold := []re3dGold{{Value: "the Kurdish YPG", Type: "ORG"}, {Value: "Syria", Type: "LOC"}, {Value: "Syria", Type: "LOC"}, {Value: "Raqqa", Type: "LOC"}}
	got := []re3dGold{{Value: "Kurdish YPG", Type: "ORG"}, {Value: "Syria", Type: "LOC"}, {Value: "Raqqa", Type: "ORG"}, {Value: "Monday", Type: "MISC"}}
	var plain, typed bagScore
	plain.add(spellings(gold, false), spellings(got, false))
	typed.add(spellings(gold, true), spellings(got, true))
	for _, c := range []struct {
		name       string
		s          bagScore
		tp, fp, fn int
	}{
		// "the" is dropped, one "Syria" of two is found, "Raqqa" counts without its type, "Monday" is extra.
		{"spellings", plain, 3, 1, 1},
		{"typed", typed, 2, 2, 2},
	} {
		if c.s.tp != c.tp || c.s.fp != c.fp || c.s.fn != c.fn {
			t.Errorf("%s: tp %d fp %d fn %d, want %d %d %d", c.name, c.s.tp, c.s.fp, c.s.fn, c.tp, c.fp, c.fn)
		}
	}
	if f := plain.f1(); math.Abs(f-0.75) > 1e-9 {
		t.Errorf("f1 %.3f, want 0.750", f)
	}
	if (bagScore{}).f1() != 0 {
		t.Error("an empty score has a non-zero f1")
	}
}

func TestEvalRejectsUnknownSets(t *testing.T) {
	if err := knownSets([]string{"seeds", "re3d", "dates"}); err != nil {
		t.Errorf("known sets refused: %v", err)
	}
	if err := knownSets([]string{"seeds", "re3dd"}); err == nil {
		t.Error("a misspelt set name is accepted")
	}
}

func TestPrintRe3dHalf(t *testing.T) {
	var out strings.Builder
	a := &app{stdout: &out}
	plain := bagScore{tp: 3, fp: 1, fn: 1}
	typed := bagScore{tp: 2, fp: 2, fn: 2}
	printRe3d(a, "re3d development", &plain, &typed)
	want := "re3d development: mentions precision 0.750 recall 0.750 f1 0.750\n" +
		"re3d development: typed precision 0.500 recall 0.500 f1 0.500\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
