package crosscheck

import "github.com/dossier-project/dossier"

// Corpus is the result as the store keeps it, with the entity resolution it was checked against:
// what every reader reads instead of running the check again.
func (r *Result) Corpus(entities []dossier.Entity, members []dossier.Member) *dossier.Corpus {
	return &dossier.Corpus{Entities: entities, Members: members, Origins: r.Origins, Conflicts: r.Conflicts,
		Stories: r.Stories, Happenings: r.Happenings, Frames: r.Framing}
}

// Results returns the results of r with the entities and members of the resolution they were
// found with, as lists (see dossier.Results), without a basis.
func (r *Result) Results(entities []dossier.Entity, members dossier.List[dossier.Member]) *dossier.Results {
	return &dossier.Results{Entities: dossier.ListOf(entities), Members: members, Origins: dossier.ListOf(r.Origins),
		Conflicts: dossier.ListOf(r.Conflicts), Stories: dossier.ListOf(r.Stories), Happenings: dossier.ListOf(r.Happenings),
		Frames: dossier.ListOf(r.Framing)}
}
