package crosscheck

import "github.com/dossier-project/dossier"

// Record is what the checks read of one analysis: the analysis without its mentions, and its
// mentions in the smaller form the checks read (see NewRecord). A pass that holds every
// document holds records, not analyses.
type Record struct {
	a  *dossier.Analysis
	ms []mention
	// named are the chains whose mentions carry an entity (set once resolution has run), with
	// that entity, in order of the mentions.
	named []chainEnt
}

// mention is what the checks read of a mention: its span, text, type and chain, and where the
// travel cue said right before it starts (-1 when none).
type mention struct {
	dossier.Span
	Text   string
	Type   dossier.EntityType
	Chain  int32
	travel int32
}

// NewRecord makes the record of a, taking a over: a's mentions are moved into the record and
// a.Mentions is left nil, so that they are not held twice.
func NewRecord(a *dossier.Analysis) *Record {
	r := &Record{a: a, ms: make([]mention, len(a.Mentions))}
	for i, m := range a.Mentions {
		travel := int32(-1)
		if m.Travel != nil {
			travel = int32(m.Travel.Start)
		}
		r.ms[i] = mention{Span: m.Span, Text: m.Text, Type: m.Type, Chain: int32(m.Chain), travel: travel}
		if m.Entity != "" {
			r.named = append(r.named, chainEnt{m.Chain, m.Entity})
		}
	}
	a.Mentions = nil
	return r
}

// Analysis returns the analysis the record was made of, without its mentions.
func (r *Record) Analysis() *dossier.Analysis { return r.a }

// records makes the records of analyses (nil ones left out) without changing them: each
// record holds a copy of its analysis.
func records(analyses []*dossier.Analysis) []*Record {
	out := make([]*Record, 0, len(analyses))
	for _, a := range analyses {
		if a == nil {
			continue
		}
		cp := *a
		out = append(out, NewRecord(&cp))
	}
	return out
}
