package claim_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// campCase is one sentence with the camps it puts actors in ("Daesh hostile") and the actors it
// must leave without one, named as the text first writes them.
type campCase struct {
	Name string   `json:"name"`
	Text string   `json:"text"`
	Want []string `json:"want"`
	Not  []string `json:"not"`
}

func TestCamps(t *testing.T) {
	b, err := os.ReadFile("testdata/camps.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []campCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			a := analyse(t, tc.Text)
			got := camps(a)
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
