package crosscheck

import (
	"sort"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// evidence is one place where a document puts an actor in a camp.
type evidence struct {
	camp string
	cue  string
	span dossier.Span // the label or the sentence around the mention
	sent dossier.Span // the stored sentence that holds span's start (see sentenceAt)
	// holder is who holds the view when the report tells it as another's ("which Norland
	// considers …"), "" when it is the report's own.
	holder string
}

// stance is how one document characterises one entity.
type stance struct {
	doc      int
	backed   int
	hostile  int
	own      [2]int // backed and hostile evidence in the report's own voice
	evidence []evidence
}

func (s *stance) camp() string {
	switch {
	case s.backed > s.hostile:
		return "backed"
	case s.hostile > s.backed:
		return "hostile"
	}
	return ""
}

// frameKey is a source and an entity it labels.
type frameKey struct {
	source string
	ent    int
}

// framer gathers the framing table and the stances one document at a time (see add), so that a
// pass that loads its documents a block at a time holds only what they say of whom.
type framer struct {
	camps  map[int][]*stance
	frames map[frameKey]*Frame
	counts map[frameKey][2]int
}

func newFramer() *framer {
	return &framer{camps: map[int][]*stance{}, frames: map[frameKey]*Frame{}, counts: map[frameKey][2]int{}}
}

// add reads the labels and the characterisations of document di; documents come in order.
func (fr *framer) add(c *corpus, di int) {
	d := c.docs[di]
	per := map[int]*stance{}
	get := func(e int) *stance {
		s := per[e]
		if s == nil {
			s = &stance{doc: di}
			per[e] = s
		}
		return s
	}
	src := d.sourceName()
	for _, l := range d.a.Labels {
		id, ok := d.entAt(l.Chain)
		if !ok {
			continue
		}
		e := c.entNum[id]
		fk := frameKey{src, e}
		f := fr.frames[fk]
		if f == nil {
			f = &Frame{Source: src, Entity: id}
			fr.frames[fk] = f
		}
		f.Labels = appendString(f.Labels, l.Text)
	}
	for _, cl := range d.claimsOf(dossier.ClaimCharacterise) {
		if len(cl.About) == 0 {
			continue
		}
		if e := c.partyEnt(d, cl.About[0]); e >= 0 {
			get(e).add(cl.Camp, evidence{cue: cl.CueText, span: cl.Span, sent: sentenceAt(d, cl.Span.Start), holder: c.holderName(d, cl)})
		}
	}
	for e, s := range per {
		if s.backed+s.hostile == 0 {
			continue
		}
		fr.camps[e] = append(fr.camps[e], s)
		fk := frameKey{src, e}
		if fr.frames[fk] == nil {
			fr.frames[fk] = &Frame{Source: src, Entity: c.entIDs[e]}
		}
		n := fr.counts[fk]
		n[0] += s.own[0]
		n[1] += s.own[1]
		fr.counts[fk] = n
	}
}

// done returns the framing table, by source and entity, and the stances of each entity, by
// document.
func (fr *framer) done() ([]Frame, map[int][]*stance) {
	out := make([]Frame, 0, len(fr.frames))
	for fk, f := range fr.frames {
		n := fr.counts[fk]
		switch {
		case n[0] > n[1]:
			f.Camp = "backed"
		case n[1] > n[0]:
			f.Camp = "hostile"
		}
		sort.Strings(f.Labels)
		out = append(out, *f)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Source != out[j].Source {
			return out[i].Source < out[j].Source
		}
		return out[i].Entity < out[j].Entity
	})
	for _, ss := range fr.camps {
		sort.Slice(ss, func(i, j int) bool { return ss[i].doc < ss[j].doc })
	}
	return out, fr.camps
}

// add counts evidence ev of camp; a view the report tells as another's counts towards the
// stance the conflicts compare but not towards how the source itself frames the actor.
func (s *stance) add(camp string, ev evidence) {
	k := 0
	switch camp {
	case "backed":
		s.backed++
	case "hostile":
		s.hostile++
		k = 1
	default:
		return
	}
	if ev.holder == "" {
		s.own[k]++
	}
	ev.camp = camp
	s.evidence = append(s.evidence, ev)
}

// holderName names who holds characterisation cl when the report tells it as another's view:
// the entity's name when the holder is a resolved actor, else the holder as written; "" when
// the view is the report's own.
func (c *corpus) holderName(d *doc, cl *dossier.Claim) string {
	if e := c.partyEnt(d, cl.By); e >= 0 {
		return c.name(c.entIDs[e])
	}
	return cl.ByText
}

func appendString(s []string, x string) []string {
	for _, y := range s {
		if y == x {
			return s
		}
	}
	return append(s, x)
}

// hasCue reports whether phrase occurs in s at the start of a word (or anywhere, for a suffix
// cue such as "-backed").
func hasCue(s, phrase string) bool { return en.HasCue(s, phrase) }

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// mentionsFrom returns the indexes of the mentions that start at pos or after, in order of start.
func (d *doc) mentionsFrom(pos int) []int {
	ms := d.ms
	return startingFrom(&d.byStart, len(ms), func(i int) int { return int(ms[i].start) }, pos)
}

// timexesFrom returns the indexes of the time expressions that start at pos or after, in order.
func (d *doc) timexesFrom(pos int) []int {
	ts := d.ts
	return startingFrom(&d.timexByStart, len(ts), func(i int) int { return int(ts[i].start) }, pos)
}

// startingFrom returns the indexes, among n spans, of those that start at pos or after, in order of
// start; *order keeps the sorted indexes, made on first use.
func startingFrom(order *[]int, n int, start func(int) int, pos int) []int {
	if *order == nil {
		o := make([]int, n)
		for i := range o {
			o[i] = i
		}
		sort.SliceStable(o, func(i, j int) bool { return start(o[i]) < start(o[j]) })
		*order = o
	}
	o := *order
	return o[sort.Search(len(o), func(i int) bool { return start(o[i]) >= pos }):]
}

// sentenceAt returns the stored sentence of d holding byte pos, or the empty span at pos when
// none does (a document stored without sentence boundaries): the pass reads no text to cut one.
func sentenceAt(d *doc, pos int) dossier.Span {
	sents := d.a.Doc.Sentences
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > pos })
	if i < len(sents) && sents[i].Start <= pos {
		return sents[i]
	}
	return dossier.Span{Start: pos, End: pos}
}
