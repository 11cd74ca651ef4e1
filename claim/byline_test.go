package claim_test

import (
	"slices"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// TestBylines checks that the names of a report's bylines take part in none of its events and
// claims, while the actors of the text, a body whose name ends in "Staff" among them, still do.
func TestBylines(t *testing.T) {
	cases := readCases[struct {
		Name      string   `json:"name"`
		Publisher string   `json:"publisher"`
		Text      string   `json:"text"`
		Bylines   []string `json:"bylines"`
		Actors    []string `json:"actors"`
	}](t, "testdata/byline.json")
	list, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			a := &dossier.Analysis{Doc: dossier.Document{ID: "t", Text: tc.Text, Language: "en", Published: "2024-06-04",
				Publisher: tc.Publisher, Sentences: segment.New(en.Embedded()).Sentences(tc.Text)}}
			for _, s := range list {
				if err := s.Analyze(a); err != nil {
					t.Fatal(err)
				}
			}
			named := map[int]string{}
			for _, m := range a.Mentions {
				named[m.Chain] = m.Text
			}
			var took []string
			for _, e := range a.Events {
				for _, arg := range e.Args {
					took = append(took, named[arg.Chain])
				}
			}
			for _, c := range a.Claims {
				took = append(took, named[c.By.Chain])
				for _, p := range c.About {
					took = append(took, named[p.Chain])
				}
			}
			for _, b := range tc.Bylines {
				if slices.Contains(took, b) {
					t.Errorf("byline %q takes part in an event or a claim", b)
				}
			}
			for _, n := range tc.Actors {
				if !slices.Contains(took, n) {
					t.Errorf("actor %q takes part in nothing; parts %q", n, took)
				}
			}
		})
	}
}
