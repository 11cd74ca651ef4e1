package crosscheck

import (
	"testing"

	"github.com/dossier-project/dossier"
)

// TestSentenceAt checks that the pass takes a position's sentence from the stored boundaries
// only: outside them, and in a document stored without them, it is the empty span there.
func TestSentenceAt(t *testing.T) {
	sents := []dossier.Span{{Start: 0, End: 20}, {Start: 22, End: 40}}
	tests := []struct {
		sents []dossier.Span
		pos   int
		want  dossier.Span
	}{
		{sents, 0, dossier.Span{Start: 0, End: 20}},
		{sents, 19, dossier.Span{Start: 0, End: 20}},
		{sents, 25, dossier.Span{Start: 22, End: 40}},
		{sents, 21, dossier.Span{Start: 21, End: 21}},
		{sents, 45, dossier.Span{Start: 45, End: 45}},
		{nil, 7, dossier.Span{Start: 7, End: 7}},
	}
	for _, tt := range tests {
		d := &doc{a: analysisOf(&dossier.Analysis{Doc: dossier.Document{Sentences: tt.sents}}, newNames())}
		if got := sentenceAt(d, tt.pos); got != tt.want {
			t.Errorf("sentences %v, position %d: %v, want %v", tt.sents, tt.pos, got, tt.want)
		}
	}
}
