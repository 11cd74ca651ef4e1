package crosscheck

import "github.com/dossier-project/dossier"

// Corpus is the result as the store keeps it, with the entity resolution it was checked against:
// what every reader reads instead of running the check again.
func (r *Result) Corpus(entities []dossier.Entity, members []dossier.Member) *dossier.Corpus {
	c := &dossier.Corpus{Entities: entities, Members: members, Origins: r.Origins, Conflicts: r.Conflicts}
	for _, st := range r.Stories {
		c.Stories = append(c.Stories, dossier.Story(st))
	}
	for _, h := range r.Happenings {
		dh := dossier.Happening{ID: h.ID, Type: h.Type, Story: h.Story, Participants: h.Participants,
			Time: h.Time, Origins: h.Origins, Reports: make([]dossier.Report, len(h.Reports))}
		for i, rep := range h.Reports {
			dh.Reports[i] = dossier.Report(rep)
		}
		c.Happenings = append(c.Happenings, dh)
	}
	for _, f := range r.Framing {
		c.Frames = append(c.Frames, dossier.Frame(f))
	}
	return c
}
