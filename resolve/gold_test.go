package resolve

import (
	"sort"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/testshared"
	"github.com/dossier-project/dossier/lang/en"
)

// TestGoldMerges builds one chain per gold entity per document from the development gold's
// forms (read at run time) and checks that each gold entity's chains end in one entity and that
// no distinct pair shares one.
func TestGoldMerges(t *testing.T) {
	g := testshared.ReadGold(t, "eval", "seeds.gold.json")
	docs := map[string]*dossier.Analysis{}
	type ref struct {
		doc   string
		chain int
	}
	owner := map[ref]string{}
	for _, e := range g.Entities {
		files := make([]string, 0, len(e.Forms))
		for f := range e.Forms {
			files = append(files, f)
		}
		sort.Strings(files)
		for _, f := range files {
			a := docs[f]
			if a == nil {
				a = &dossier.Analysis{Doc: dossier.Document{ID: f}}
				docs[f] = a
			}
			chain := 0
			if n := len(a.Mentions); n > 0 {
				chain = a.Mentions[n-1].Chain + 1
			}
			for _, form := range e.Forms[f] {
				a.Mentions = append(a.Mentions, dossier.Mention{Text: form, Type: dossier.EntityType(e.Type), Chain: chain})
			}
			owner[ref{f, chain}] = e.ID
		}
	}
	var as []*dossier.Analysis
	for _, a := range docs {
		as = append(as, a)
	}
	ents, members := New(en.Embedded(), nil).Resolve(as)
	got := map[string]map[string]bool{} // gold id → system ids
	for _, m := range members {
		gid := owner[ref{m.Doc, m.Chain}]
		if got[gid] == nil {
			got[gid] = map[string]bool{}
		}
		got[gid][m.Entity] = true
	}
	merged := 0
	for _, e := range g.Entities {
		if len(got[e.ID]) == 1 {
			merged++
		} else {
			t.Errorf("gold entity %d-document entity split into %d system entities", len(e.Forms), len(got[e.ID]))
		}
	}
	violations := 0
	for _, d := range g.Distinct {
		for s := range got[d[0]] {
			if got[d[1]][s] {
				violations++
				t.Errorf("a distinct pair shares system entity %s", s)
				break
			}
		}
	}
	t.Logf("gold entities complete: %d/%d; distinct pairs kept apart: %d/%d; system entities: %d",
		merged, len(g.Entities), len(g.Distinct)-violations, len(g.Distinct), len(ents))
}
