package entity

import (
	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/ner"
)

// recognised is one name the name recogniser found, in bytes of the document's text.
type recognised struct {
	start, end int
	typ        dossier.EntityType
	conf       float64
}

// recognise reads the recogniser's findings onto the document's tokens: the names it found, and
// for each token the probability that it belongs to no name (the lowest over the recogniser's
// tokens it overlaps; 1 where the recogniser said nothing).
func (d *doc) recognise(parse []dossier.Sentence, rs []ner.Reading) {
	d.outside = make([]float64, len(d.toks))
	for i := range d.outside {
		d.outside[i] = 1
	}
	k := 0
	for s, r := range rs {
		toks := parse[s].Tokens
		for _, n := range r.Names {
			d.recog = append(d.recog, recognised{start: toks[n.Start].Start, end: toks[n.End-1].End,
				typ: dossier.EntityType(n.Type), conf: n.Conf})
		}
		for i, tk := range toks {
			for k > 0 && d.toks[k-1].end > tk.Start {
				k-- // a token of ours that spans several of the recogniser's
			}
			for k < len(d.toks) && d.toks[k].end <= tk.Start {
				k++
			}
			for j := k; j < len(d.toks) && d.toks[j].start < tk.End; j++ {
				d.outside[j] = min(d.outside[j], r.Outside[i])
			}
		}
	}
}

// Thresholds of the recogniser's say. A capitalised word the recogniser is this sure is no name
// is dropped when nothing else speaks for it; a name it is this sure of votes for its type.
const (
	noNameSure = 0.9
	typeSure   = 0.7
)

// dropUnnamed removes the one-word mentions that only their capital letter made: a word at a
// sentence start or in a headline, or written all in capitals, that the gazetteer does not know,
// no title precedes and the recogniser is sure is no name ("Regardless", "Fifteen", "POUNDS").
func (d *doc) dropUnnamed() {
	if d.outside == nil {
		return
	}
	out := d.cands[:0]
	for _, c := range d.cands {
		t := d.toks[c.a]
		lone := c.b-c.a == 1 && !c.hasGaz && c.title == "" && c.start == t.start && c.end == t.end
		acr := isAcronym(t.text)
		if lone && (!acr && (t.initial || d.headline[t.sent]) || acr && len(t.text) > 4) &&
			d.outside[c.a] >= noNameSure && !d.capMid[d.low[c.a]] {
			continue
		}
		out = append(out, c)
	}
	d.cands = out
}

// recognisedVotes gives a mention the type the recogniser found for the same words, with more
// votes the surer it is. It is asked only when the name and its context leave the type unclear:
// the gazetteer and the cue words know this domain's names better than a recogniser trained on
// other text.
// Names with particles ("al-", "bin", "abu") are left to the rules that know them: the recogniser
// saw few.
func (d *doc) recognisedVotes(c *cand) {
	for k := c.a; k < c.b; k++ {
		if d.particle(k) || prefixedName(d.toks[k].text) || kinship[d.low[k]] {
			return
		}
	}
	for _, r := range d.recog {
		if r.end <= c.start || r.start >= c.end || r.conf < typeSure {
			continue
		}
		if r.start == c.start && r.end == c.end {
			switch {
			case r.conf >= 0.9:
				d.vote(c, r.typ, 3)
			case r.conf >= 0.7:
				d.vote(c, r.typ, 2)
			}
		}
	}
}
