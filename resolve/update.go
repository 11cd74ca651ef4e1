package resolve

import (
	"crypto/sha256"
	"encoding/hex"
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
const rulesVersion = "8"

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
	known := map[dossier.ChainRef]string{}
	prev := map[string]*dossier.Entity{}
	size := map[string]int{} // chains of each prior entity
	if prior != nil && prior.Basis == r.Basis() {
		for i := range prior.Entities {
			prev[prior.Entities[i].ID] = &prior.Entities[i]
		}
		for _, m := range prior.Members {
			if prev[m.Entity] != nil {
				known[m.ChainRef] = m.Entity
				size[m.Entity]++
			}
		}
	}
	var ents []placed
	members := make([]dossier.Member, 0, len(chains))
	for _, g := range groups {
		if es, ms, ok := reuse(chains, g, known, prev, size); ok {
			ents = append(ents, es...)
			members = append(members, ms...)
			continue
		}
		st.Resolved++
		st.ResolvedChains += len(g)
		es, ms := r.resolveGroup(chains, g)
		ents = append(ents, es...)
		members = append(members, ms...)
	}
	return orderResults(ents, members), members, st
}

// placed is an entity with its first chain, by which entities are ordered.
type placed struct {
	first dossier.ChainRef
	e     dossier.Entity
}

// reuse gives the prior's entities and memberships of the group g when the prior placed every
// chain of it and each of its entities lies wholly in it.
func reuse(chains []*chain, g []int, known map[dossier.ChainRef]string, prev map[string]*dossier.Entity, size map[string]int) ([]placed, []dossier.Member, bool) {
	count := map[string]int{}
	var es []placed
	ms := make([]dossier.Member, 0, len(g))
	for _, i := range g {
		ref := chains[i].ref
		id, ok := known[ref]
		if !ok {
			return nil, nil, false
		}
		if count[id] == 0 {
			es = append(es, placed{first: ref, e: *prev[id]})
		}
		count[id]++
		ms = append(ms, dossier.Member{ChainRef: ref, Entity: id})
	}
	for id, n := range count {
		if size[id] != n {
			return nil, nil, false
		}
	}
	return es, ms, true
}

// resolveGroup resolves the chains of one group alone.
func (r *Resolver) resolveGroup(chains []*chain, g []int) ([]placed, []dossier.Member) {
	sub := make([]*chain, len(g))
	for i, ci := range g {
		sub[i] = chains[ci]
	}
	es, ms := r.resolveChains(sub)
	first := map[string]dossier.ChainRef{}
	for _, m := range ms {
		if _, ok := first[m.Entity]; !ok {
			first[m.Entity] = m.ChainRef
		}
	}
	out := make([]placed, len(es))
	for i, e := range es {
		out[i] = placed{first: first[e.ID], e: e}
	}
	return out, ms
}

// orderResults puts entities in order of their first chain and members in order of chain, as
// Resolve gives them.
func orderResults(ents []placed, members []dossier.Member) []dossier.Entity {
	sort.Slice(ents, func(i, j int) bool { return refLess(ents[i].first, ents[j].first) })
	sort.Slice(members, func(i, j int) bool { return refLess(members[i].ChainRef, members[j].ChainRef) })
	out := make([]dossier.Entity, len(ents))
	for i, e := range ents {
		out[i] = e.e
	}
	return out
}

// refLess orders chains by document id, then by number.
func refLess(a, b dossier.ChainRef) bool {
	if c := strings.Compare(a.Doc, b.Doc); c != 0 {
		return c < 0
	}
	return a.Chain < b.Chain
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
