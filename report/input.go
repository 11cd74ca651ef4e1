package report

import (
	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/crosscheck"
)

// Input is what a report is made from: the stored analyses, the stored cross-document results and
// the cross-check of them (which also gives stories, happenings and the framing table). Corpus and
// Cross may be nil when the cross-document pass has not run; the report then says less.
type Input struct {
	Analyses []*dossier.Analysis `json:"analyses"`
	Corpus   *dossier.Corpus     `json:"corpus,omitempty"`
	Cross    *crosscheck.Result  `json:"cross,omitempty"`
}
