package claim

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestInDateline checks which words of a sentence lie in the agency's dateline that opens it.
func TestInDateline(t *testing.T) {
	tests := []struct {
		text string
		word string
		want bool
	}{
		{"Title\n\nVELMORA (Coast Wire) - Gunmen ambushed a bus.", "Wire", true},
		{"Title\n\nVELMORA (Coast Wire) - Gunmen ambushed a bus.", "Gunmen", false},
		{"Title\n\nVELMORA - Gunmen ambushed a bus.", "VELMORA", true},
		{"Title\n\nThe Coast Wire said gunmen ambushed a bus.", "Wire", false},
	}
	for _, tc := range tests {
		start := strings.Index(tc.text, "\n\n") + 2
		s := dossier.Sentence{Span: dossier.Span{Start: start, End: len(tc.text)}}
		for _, w := range strings.Fields(tc.text[start:]) {
			i := strings.Index(tc.text[start:], w) + start
			s.Tokens = append(s.Tokens, dossier.Token{Span: dossier.Span{Start: i, End: i + len(w)}, Text: w})
		}
		d := newDoc(&dossier.Analysis{Doc: dossier.Document{Text: tc.text}})
		k := -1
		for i, tk := range s.Tokens {
			if strings.Trim(tk.Text, "()") == tc.word {
				k = i
			}
		}
		if got := d.inDateline(node{&s, k}); got != tc.want {
			t.Errorf("%q, %q: %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}
