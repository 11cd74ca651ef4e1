package ner

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

func TestTokenize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Gen. Smith said the U.S. didn't attack Iraq.", "Gen.|Smith|said|the|U.S.|did|n't|attack|Iraq|."},
		{"\"We're here,\" al-Assad's aide told Reuters (AFP).", "\"|We|'re|here|,|\"|al|-|Assad|'s|aide|told|Reuters|(|AFP|)|."},
		{"It cost 1,200 pounds in the U.S.", "It|cost|1,200|pounds|in|the|U.S."},
	} {
		var got []string
		for _, tk := range Tokenize(tc.in, dossier.Span{Start: 0, End: len(tc.in)}) {
			if tc.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q has offsets %d-%d", tc.in, tk.Text, tk.Start, tk.End)
			}
			got = append(got, tk.Text)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, g, tc.want)
		}
	}
}

// FuzzTokenize checks that tokens always point into the text, in order, without overlap, and never
// hold a space.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Gen. Smith said the U.S. didn't attack Iraq.", "\"We're here,\" al-Assad's aide told Reuters (AFP).", "It cost 1,200 pounds in the U.S.", "a\u2019s b\u2019", "...", "-x-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, tk := range Tokenize(s, dossier.Span{Start: 0, End: len(s)}) {
			if tk.Start < last || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("%q: token %q at %d-%d after %d", s, tk.Text, tk.Start, tk.End, last)
			}
			if s[tk.Start:tk.End] != tk.Text || strings.ContainsAny(tk.Text, " \n\t") {
				t.Fatalf("%q: token %q at %d-%d", s, tk.Text, tk.Start, tk.End)
			}
			last = tk.End
		}
	})
}
