package claim_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestCamps reads sentences and checks the camps they put actors in ("Daesh hostile") and the
// actors they must leave without one (Not), named as the text first writes them.
func TestCamps(t *testing.T) {
	for _, tc := range readCases[campCase](t, "testdata/camps.json") {
		t.Run(tc.Name, func(t *testing.T) {
			a := analyse(t, tc.Text)
			if len(tc.Misparse) > 0 {
				misparse(t, a, tc.Misparse)
			}
			got := camps(a)
			held := holders(a)
			for _, w := range tc.By {
				if !slices.Contains(held, w) {
					t.Errorf("missing holder %q; got %q", w, held)
				}
			}
			for _, h := range held {
				if !slices.Contains(tc.By, h) {
					t.Errorf("read %q, want the report's own voice", h)
				}
			}
			for _, w := range tc.Want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, name := range tc.Not {
				for _, g := range got {
					if strings.HasPrefix(g, name+" ") {
						t.Errorf("read %q, want no camp for %s", g, name)
					}
				}
			}
		})
	}
}

// campCase is a sentence, the camps it must put actors in, the actors it must leave without one
// and, for a parse the parser may also give, the words to read another way first.
type campCase struct {
	testCase
	Misparse []reading `json:"misparse"`
	// By are the characterisations told as another's view, as "NAME CAMP by HOLDER"; a
	// characterisation not listed here must be the report's own (see holders).
	By []string `json:"by"`
}

// reading is how a parse reads one word: its tag, its relation and the word it hangs on ("" for
// the root), each word named by its text (its first occurrence).
type reading struct {
	Word string `json:"word"`
	UPOS string `json:"upos"`
	Rel  string `json:"rel"`
	Head string `json:"head"`
}

// misparse rereads the words of a's parse as the readings say and reads the claims again, so that
// a case holds under a parse the parser gives other texts.
func misparse(t *testing.T, a *dossier.Analysis, readings []reading) {
	t.Helper()
	at := func(s *dossier.Sentence, word string) int {
		for k, tok := range s.Tokens {
			if tok.Text == word {
				return k
			}
		}
		t.Fatalf("no word %q in the parse", word)
		return -1
	}
	if len(a.Parse) != 1 {
		t.Fatalf("a misparse case needs one sentence, got %d", len(a.Parse))
	}
	s := &a.Parse[0]
	for _, r := range readings {
		tok := &s.Tokens[at(s, r.Word)]
		if r.UPOS != "" {
			tok.UPOS = r.UPOS
		}
		tok.Rel, tok.Head = r.Rel, -1
		if r.Head != "" {
			tok.Head = at(s, r.Head)
		}
	}
	list, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	if err := list[len(list)-1].Analyze(a); err != nil {
		t.Fatal(err)
	}
}

// camps lists the characterisations of a as "NAME CAMP", the name as the text first writes it.
func camps(a *dossier.Analysis) []string {
	var out []string
	for _, c := range a.Claims {
		if c.Kind != dossier.ClaimCharacterise || len(c.About) == 0 {
			continue
		}
		for _, m := range a.Mentions {
			if m.Chain == c.About[0].Chain {
				out = append(out, m.Text+" "+c.Camp)
				break
			}
		}
	}
	return out
}

// holders lists the characterisations of a whose holder is named, as "NAME CAMP by HOLDER".
func holders(a *dossier.Analysis) []string {
	var out []string
	for _, c := range a.Claims {
		if c.Kind != dossier.ClaimCharacterise || len(c.About) == 0 || c.ByText == "" {
			continue
		}
		for _, m := range a.Mentions {
			if m.Chain == c.About[0].Chain {
				out = append(out, m.Text+" "+c.Camp+" by "+c.ByText)
				break
			}
		}
	}
	return out
}
