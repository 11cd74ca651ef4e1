package resolve

import (
	"errors"
	"fmt"

	"github.com/dossier-project/dossier"
)

// ErrOrder is returned by Gathered.Add for an analysis whose document id does not sort after the
// previous one's.
var ErrOrder = errors.New("analyses out of order of document id")

// Gathered holds the mention chains of analyses added one at a time, in order of document id,
// so that a resolution of many documents need not hold their analyses: each is read when added
// and may be dropped after. Resolving what it gathered (ResolveGathered, UpdateGathered) gives
// what Resolve and Update give for the same analyses.
type Gathered struct {
	r      *Resolver
	chains []*chain
	f      *forms
	docs   int
	last   string
}

// NewGathered returns an empty Gathered that reads names as r does.
func (r *Resolver) NewGathered() *Gathered {
	return &Gathered{r: r, f: newForms()}
}

// Add reads the chains of a, whose document id must sort after the previous analysis's
// (ErrOrder otherwise); a nil analysis is skipped.
func (g *Gathered) Add(a *dossier.Analysis) error {
	if a == nil {
		return nil
	}
	if g.docs > 0 && a.Doc.ID <= g.last {
		return fmt.Errorf("gather %s after %s: %w", a.Doc.ID, g.last, ErrOrder)
	}
	g.add(a)
	return nil
}

// Docs is the number of documents added.
func (g *Gathered) Docs() int { return g.docs }

// add reads the chains of a, the next document in order.
func (g *Gathered) add(a *dossier.Analysis) {
	g.chains = append(g.chains, g.r.docChains(a, g.f)...)
	g.docs++
	g.last = a.Doc.ID
}

// done completes the chains gathered, with the names that only the whole set of documents
// gives, and returns them; g is not to be used after.
func (g *Gathered) done() []*chain {
	out := g.chains
	g.r.expandAcronyms(g.f)
	g.r.wordsInCapitals(g.f)
	g.r.actorTails(g.f)
	g.r.possessives(g.f)
	g.r.singulars(g.f)
	g.r.compounds(g.f)
	g.chains, g.f = nil, nil
	return out
}

// ResolveGathered is Resolve over the analyses g gathered; g is not to be used after.
func (r *Resolver) ResolveGathered(g *Gathered) ([]dossier.Entity, []dossier.Member) {
	return r.resolveChains(g.done())
}

// UpdateGathered is Update over the analyses g gathered; g is not to be used after.
func (r *Resolver) UpdateGathered(g *Gathered, prior *Prior) ([]dossier.Entity, []dossier.Member, UpdateStats) {
	return r.update(g.done(), prior)
}
