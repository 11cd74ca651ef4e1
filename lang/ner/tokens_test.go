package ner

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/syntax"
)

// TestFill checks that a document without a parse is read into the language layer's words, one
// sentence per span, or one per paragraph when it has no sentence spans.
func TestFill(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		sents []dossier.Span
		want  []string
	}{
		{"spans", "Gen. Smith said the U.S. didn't attack Iraq. It cost 1,200 pounds.",
			[]dossier.Span{{Start: 0, End: 44}, {Start: 45, End: 66}},
			[]string{"Gen.|Smith|said|the|U.S.|did|n't|attack|Iraq|.", "It|cost|1,200|pounds|."}},
		{"paragraphs", "\"We're here,\" al-Assad's aide told Reuters.\n\nMore (AFP).\n",
			nil,
			[]string{"\"|We|'re|here|,|\"|al|-|Assad|'s|aide|told|Reuters|.", "More|(|AFP|)|."}},
	} {
		a := &dossier.Analysis{Doc: dossier.Document{Text: tc.text, Sentences: tc.sents}}
		Fill(a, syntax.NewTokenizer(en.Embedded()))
		var got []string
		for _, s := range a.Parse {
			var words []string
			for _, tk := range s.Tokens {
				if tc.text[tk.Start:tk.End] != tk.Text {
					t.Errorf("%s: token %q has offsets %d-%d", tc.name, tk.Text, tk.Start, tk.End)
				}
				words = append(words, tk.Text)
			}
			got = append(got, strings.Join(words, "|"))
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}
