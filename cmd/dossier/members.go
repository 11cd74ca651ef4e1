package main

import (
	"slices"

	"github.com/dossier-project/dossier"
)

// heldMembers are the members of a pass's resolution while its checks run, which read them
// only at their start: a member takes 12 bytes here (its document as a number in the pass's
// documents, its entity as one in the resolution's entities) instead of 40, and is written out
// again for the checks and for the results. Members that cannot be numbered so (a document or
// an entity outside the lists) are held as they are.
type heldMembers struct {
	docs     []string // the pass's documents, sorted
	entities []dossier.Entity
	packed   []packedMember
	list     []dossier.Member // set instead of packed when the members could not be numbered
}

// packedMember is a dossier.Member with its document and entity numbered.
type packedMember struct {
	doc, chain, entity int32
}

// holdMembers returns members held in their smaller form, numbered in docs (sorted ids) and
// entities; the caller should let go of members.
func holdMembers(members []dossier.Member, docs []string, entities []dossier.Entity) *heldMembers {
	h := &heldMembers{docs: docs, entities: entities, list: members}
	if len(members) == 0 || !slices.IsSorted(docs) {
		return h
	}
	entNum := make(map[string]int32, len(entities))
	for i := range entities {
		entNum[entities[i].ID] = int32(i)
	}
	packed := make([]packedMember, len(members))
	for i := range members {
		m := &members[i]
		d, ok := slices.BinarySearch(docs, m.Doc)
		e, known := entNum[m.Entity]
		if !ok || !known || int(int32(m.Chain)) != m.Chain {
			return h
		}
		packed[i] = packedMember{doc: int32(d), chain: int32(m.Chain), entity: e}
	}
	h.packed, h.list = packed, nil
	return h
}

// members writes the held members out, in their order.
func (h *heldMembers) members() []dossier.Member {
	if h.packed == nil {
		return h.list
	}
	out := make([]dossier.Member, len(h.packed))
	for i, p := range h.packed {
		out[i] = dossier.Member{ChainRef: dossier.ChainRef{Doc: h.docs[p.doc], Chain: int(p.chain)}, Entity: h.entities[p.entity].ID}
	}
	return out
}

// listed returns the held members as a list that writes each out only when it is read.
func (h *heldMembers) listed() dossier.List[dossier.Member] {
	if h.packed == nil {
		return dossier.ListOf(h.list)
	}
	return dossier.List[dossier.Member]{Len: len(h.packed), At: func(i int) dossier.Member {
		p := h.packed[i]
		return dossier.Member{ChainRef: dossier.ChainRef{Doc: h.docs[p.doc], Chain: int(p.chain)}, Entity: h.entities[p.entity].ID}
	}}
}
