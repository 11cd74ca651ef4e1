package report

import (
	"github.com/dossier-project/dossier"
)

// Input is what a report is made from: the stored analyses and the stored cross-document results
// (entities, origins, stories, happenings, conflicts and the framing table). Corpus may be nil or
// empty when the cross-document pass has not run; the report then says less.
type Input struct {
	Analyses []*dossier.Analysis `json:"analyses"`
	Corpus   *dossier.Corpus     `json:"corpus,omitempty"`
}

// crossed reports whether the cross-document pass has run: it gives every document an origin.
func (in Input) crossed() bool { return in.Corpus != nil && len(in.Corpus.Origins) > 0 }
