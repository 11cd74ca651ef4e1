package crosscheck

import "github.com/dossier-project/dossier"

// Corpus is the result as the store keeps it, with the entity resolution it was checked against:
// what every reader reads instead of running the check again.
func (r *Result) Corpus(entities []dossier.Entity, members []dossier.Member) *dossier.Corpus {
	return &dossier.Corpus{Entities: entities, Members: members, Origins: r.Origins, Conflicts: r.Conflicts,
		Stories: r.Stories, Happenings: r.Happenings, Frames: r.Framing}
}
