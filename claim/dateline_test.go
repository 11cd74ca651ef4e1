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

// TestDatelineEnd checks where an agency's dateline opening a text ends.
func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		text, rest string // rest: the text after the dateline, "" when there is none
	}{
		{"DARUN, Aug 3 (Lake Wire) - Shells fell on Morvik.", " Shells fell on Morvik."},
		{"PORT ALDEN (AP) — The council met.", " The council met."},
		{"Port Alden (Valley Wire) - The council met.", " The council met."},
		{"KESSIN - Rockets hit the market.", " Rockets hit the market."},
		{"UN envoy says talks will resume.", ""},
		{"Published February 23 2015 A bomb killed four people.", ""},
		{"Rebels fired rockets (about 70) - officials said.", ""},
	}
	for _, tt := range tests {
		end := DatelineEnd(tt.text)
		got := ""
		if end > 0 {
			got = tt.text[end:]
		}
		if got != tt.rest {
			t.Errorf("%q: rest %q, want %q", tt.text, got, tt.rest)
		}
	}
}
