package syntax

import (
	"slices"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestBufferFeats checks what Parser.bufferScores relies on: the features of bufferFeats are
// those of the buffer's position alone, whatever the stack and the arcs made; with those of
// stateFeats they are the parser's features; and the scores of the two parts added up are the
// scores of all the features.
func TestBufferFeats(t *testing.T) {
	m := loadModel(t)
	text := "The committee said on Tuesday that it would not vote on the bill before May."
	toks := m.Sentence(text, dossier.Span{Start: 0, End: len(text)}).Tokens
	s := parseInput(toks)
	p := m.Parser
	p.SetBranching(1, 0)
	c := newConfig(len(toks))
	L := len(p.labels)
	var scores [256]int32
	steps := 0
	for !c.done() {
		fresh := newConfig(len(toks))
		fresh.b = c.b
		if got, want := c.bufferFeats(nil, s), fresh.bufferFeats(nil, s); !slices.Equal(got, want) {
			t.Fatalf("step %d: buffer features %x after the moves made, %x from the buffer alone", steps, got, want)
		}
		all := c.parseFeats(nil, s)
		split := c.stateFeats(c.bufferFeats(nil, s), s)
		if !slices.Equal(all, split) || len(all) != 108 {
			t.Fatalf("step %d: %d features, split into %d", steps, len(all), len(split))
		}
		m := shift
		if len(c.stack) > 0 {
			k := 1 + 2*L
			clear(scores[:])
			p.w.score(all, &scores)
			var parts [256]int32
			copy(parts[:k], p.bufferScores(c, s, k))
			p.w.score(c.stateFeats(nil, s), &parts)
			if !slices.Equal(scores[:k], parts[:k]) {
				t.Fatalf("step %d: scores %v, from the two parts %v", steps, scores[:k], parts[:k])
			}
			m = p.bestValid(c, scores[:k])
		}
		c.apply(m, L)
		steps++
	}
	if steps != 2*len(toks) {
		t.Errorf("%d moves for %d words", steps, len(toks))
	}
}
