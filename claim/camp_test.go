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
	for _, tc := range readCases[testCase](t, "testdata/camps.json") {
		t.Run(tc.Name, func(t *testing.T) {
			got := camps(analyse(t, tc.Text))
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
