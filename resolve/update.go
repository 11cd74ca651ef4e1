package resolve

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// Prior is a resolution made before: the entities and the chains' membership that Resolve or
// Update gave for some of the analyses, with the Basis of the resolver that made it.
type Prior struct {
	Basis    string
	Entities []dossier.Entity
	Members  []dossier.Member
}

// rulesVersion names the matching rules: change it with any change to them that can change a
// resolution, so that results stored by an older program are resolved again, not reused.
const rulesVersion = "43"

// Basis names what a resolution depends on besides the analyses: the rules, the word lists and
// the pins. A prior resolution is reused only by a resolver of the same basis.
func (r *Resolver) Basis() string {
	h := sha256.New()
	h.Write([]byte(rulesVersion + "\x00"))
	h.Write(r.lists.Sum(nil))
	for _, list := range [][][2]string{r.pins.Merge, r.pins.Split} {
		for _, p := range list {
			h.Write([]byte(pinName(p[0]) + "\x00" + pinName(p[1]) + "\x00"))
		}
		h.Write([]byte{1})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// UpdateStats says how much of the corpus an Update resolved again.
type UpdateStats struct {
	Chains, Groups           int // chains and independent groups in all
	ResolvedChains, Resolved int // chains and groups resolved again
}

// Update resolves the chains of analyses as Resolve does, with the same result, but resolves
// again only the independent groups (see groups) that hold a chain the prior resolution did not
// place: the others keep the prior's entities, which a resolution of all would give again. A
// prior of another basis, or one that does not fit a group (an entity of it spread over several
// groups), is not used for that group.
func (r *Resolver) Update(analyses []*dossier.Analysis, prior *Prior) ([]dossier.Entity, []dossier.Member, UpdateStats) {
	return r.update(r.chains(sortedAnalyses(analyses)), prior)
}

// update is Update over the chains of the analyses.
func (r *Resolver) update(chains []*chain, prior *Prior) ([]dossier.Entity, []dossier.Member, UpdateStats) {
	groups := r.groups(chains)
	st := UpdateStats{Chains: len(chains), Groups: len(groups)}
	var known priorPlaces
	if prior != nil && prior.Basis == r.Basis() {
		known = placesOf(chains, prior)
	}
	var ents []placed
	// A group's members are those of its chains, in its order: each goes to its chain's place.
	members := make([]dossier.Member, len(chains))
	for _, g := range groups {
		es, ms, ok := known.reuse(chains, g)
		if !ok {
			st.Resolved++
			st.ResolvedChains += len(g)
			es, ms = r.resolveGroup(chains, g)
		}
		ents = append(ents, es...)
		for k, i := range g {
			members[i] = ms[k]
		}
	}
	return orderResults(ents), members, st
}

// priorPlaces is where a prior resolution placed the chains: for each chain, the index of its
// entity among the prior's, or -1; and the chains the prior placed in each entity. It takes
// four bytes a chain, where a map from the chains' names to entities took fifty.
type priorPlaces struct {
	prior *Prior
	of    []int32
	size  []int32
}

// placesOf finds the prior's entity of every chain, walking the chains and the prior's members
// in order of chain. Members of entities the prior does not list place nothing; of two members of
// one chain the last counts.
func placesOf(chains []*chain, prior *Prior) priorPlaces {
	p := priorPlaces{prior: prior, of: make([]int32, len(chains)), size: make([]int32, len(prior.Entities))}
	index := make(map[string]int32, len(prior.Entities))
	for i, e := range prior.Entities {
		index[e.ID] = int32(i)
	}
	order := make([]int32, 0, len(prior.Members))
	for i, m := range prior.Members {
		if e, ok := index[m.Entity]; ok {
			order = append(order, int32(i))
			p.size[e]++
		}
	}
	// A stored prior lists its members in order of chain already.
	byChain := func(a, b int32) int { return refCompare(prior.Members[a].ChainRef, prior.Members[b].ChainRef) }
	if !slices.IsSortedFunc(order, byChain) {
		slices.SortStableFunc(order, byChain)
	}
	for i := range p.of {
		p.of[i] = -1
	}
	ci := 0
	for _, mi := range order {
		m := prior.Members[mi]
		for ci < len(chains) && refCompare(chains[ci].ref(), m.ChainRef) < 0 {
			ci++
		}
		if ci < len(chains) && chains[ci].ref() == m.ChainRef {
			p.of[ci] = index[m.Entity]
		}
	}
	return p
}

// placed is an entity with its first chain (its index), by which entities are ordered.
type placed struct {
	first int
	e     dossier.Entity
}

// reuse gives the prior's entities and memberships of the group g, the members in g's order,
// when the prior placed every chain of it and each of its entities lies wholly in it.
func (p priorPlaces) reuse(chains []*chain, g []int) ([]placed, []dossier.Member, bool) {
	if p.prior == nil {
		return nil, nil, false
	}
	count := map[int32]int32{}
	var es []placed
	ms := make([]dossier.Member, 0, len(g))
	for _, i := range g {
		e := p.of[i]
		if e < 0 {
			return nil, nil, false
		}
		ref := chains[i].ref()
		if count[e] == 0 {
			es = append(es, placed{first: i, e: p.prior.Entities[e]})
		}
		count[e]++
		ms = append(ms, dossier.Member{ChainRef: ref, Entity: p.prior.Entities[e].ID})
	}
	for e, n := range count {
		if p.size[e] != n {
			return nil, nil, false
		}
	}
	return es, ms, true
}

// resolveGroup resolves the chains of one group alone, giving the members in g's order.
func (r *Resolver) resolveGroup(chains []*chain, g []int) ([]placed, []dossier.Member) {
	sub := make([]*chain, len(g))
	for i, ci := range g {
		sub[i] = chains[ci]
	}
	es, ms := r.resolveChains(sub)
	// The entities come in order of their first chain, and the members in order of chain: the
	// next entity's first chain is the next member of an entity not met yet.
	out := make([]placed, len(es))
	n := 0
	for k, m := range ms {
		if n < len(es) && m.Entity == es[n].ID {
			out[n] = placed{first: g[k], e: es[n]}
			n++
		}
	}
	return out, ms
}

// orderResults puts entities in order of their first chain, as Resolve gives them.
func orderResults(ents []placed) []dossier.Entity {
	slices.SortFunc(ents, func(a, b placed) int { return cmp.Compare(a.first, b.first) })
	out := make([]dossier.Entity, len(ents))
	for i, e := range ents {
		out[i] = e.e
	}
	return out
}

// refCompare compares chains by document id, then by number.
func refCompare(a, b dossier.ChainRef) int {
	if c := strings.Compare(a.Doc, b.Doc); c != 0 {
		return c
	}
	return cmp.Compare(a.Chain, b.Chain)
}

// sortedAnalyses are the analyses in order of document id, nil ones left out.
func sortedAnalyses(analyses []*dossier.Analysis) []*dossier.Analysis {
	as := make([]*dossier.Analysis, 0, len(analyses))
	for _, a := range analyses {
		if a != nil {
			as = append(as, a)
		}
	}
	sort.SliceStable(as, func(i, j int) bool { return as[i].Doc.ID < as[j].Doc.ID })
	return as
}
