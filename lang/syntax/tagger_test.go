package syntax

import (
	"math"
	"strings"
	"testing"
)

// TestTop finds the best class, the first of equals, and its lead over the next best.
func TestTop(t *testing.T) {
	for _, tc := range []struct {
		scores []int32
		best   int
		margin int32
	}{
		{[]int32{3, 9, 4}, 1, 5},
		{[]int32{9, 3, 4}, 0, 5},
		{[]int32{2, 7, 7}, 1, 0},
		{[]int32{-5, -8}, 0, 3},
		{[]int32{4}, 0, math.MaxInt32},
	} {
		best, margin := top(tc.scores)
		if best != tc.best || margin != tc.margin {
			t.Errorf("top(%v) = %d, %d; want %d, %d", tc.scores, best, margin, tc.best, tc.margin)
		}
	}
}

// TestSentenceCasing reads a sentence's casing from its words after the first.
func TestSentenceCasing(t *testing.T) {
	for _, tc := range []struct {
		text string
		want uint64
	}{
		{"The talks resumed in Geneva on Monday .", 1},
		{"POLICE SAY TWO HURT IN BLAST", 3},
		{"Talks Resume In Geneva After Long Pause", 4},
		{"i went to the shop , it was closed", 5},
		{"Yes .", 2},
	} {
		var ws []wordFeats
		for _, w := range strings.Fields(tc.text) {
			ws = append(ws, describe(w))
		}
		markSentence(ws)
		if ws[0].sent != tc.want {
			t.Errorf("%q: casing %d, want %d", tc.text, ws[0].sent, tc.want)
		}
	}
}
