package entity

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// personVerbVotes votes for a person where the parse shows an unknown name as the subject of a
// verb only people do (PERSONVERB lemmas: "X testified", "X smiled", "X graduated"): a firm or
// a product does none of them. A verb with an object is left out, as some of them then take a
// body too ("X retired the model").
func (d *doc) personVerbVotes(parse []dossier.Sentence) {
	for _, c := range d.cands {
		if c.hasGaz || c.start != d.toks[c.a].start || c.end != d.toks[c.b-1].end {
			continue
		}
		p := tree.SentenceAt(parse, c.start)
		if p == nil {
			continue
		}
		h := tree.SpanHead(p, c.start, c.end)
		if h < 0 || !d.acts(p, h) {
			continue
		}
		v := p.Tokens[h].Head
		if d.g.is("PERSONVERB", strings.ToLower(p.Tokens[v].Lemma)) && tree.Child(p, v, "obj") < 0 {
			d.vote(c, dossier.PER, 2)
		}
	}
}
