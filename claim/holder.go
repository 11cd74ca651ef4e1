package claim

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// holderRels are the relations by which a verb of calling takes what it makes of its object, or
// the object itself: "considers [X] [a terrorist group]", "[X] is designated", "calls [them]
// [terrorists]", "regards X [as a threat]".
var holderRels = map[string]bool{"obj": true, "xcomp": true, "nsubj:pass": true, "obl": true, "ccomp": true}

// holder is who holds a characterisation the report tells as another's view.
type holder struct {
	party dossier.Party
	text  string
}

// holderOf returns who holds the view that words at sp (a label, or the described name) put
// forward, when a verb of calling tells it as theirs: the subject of the verb whose object or
// complement the words are ("Norland considers the Front a terrorist group", "what Norland
// calls terrorists"), or of a relative clause of calling on the name ("the Front, which Norland
// considers a terrorist group"); the agent of a passive one ("designated a terrorist group by
// Norland"); or the name glued in front of a participle of calling ("a Norland-designated
// terrorist group"). The holder is never the described actor (chain about).
func (r *Reader) holderOf(d *doc, sp dossier.Span, about int) (holder, bool) {
	s := tree.SentenceAt(d.a.Parse, sp.Start)
	if s == nil {
		return holder{}, false
	}
	if h, ok := r.gluedHolder(d, s, sp, about); ok {
		return h, true
	}
	head := tree.SpanHead(s, sp.Start, sp.End)
	if head < 0 {
		return holder{}, false
	}
	heads := []int{head}
	if g := s.Tokens[head].Head; g > head && s.Tokens[g].UPOS == "NOUN" && (s.Tokens[head].Rel == "compound" || s.Tokens[head].Rel == "amod") {
		heads = append(heads, g) // "what Norland calls Front terrorists": the name's noun
	}
	var verbs []int
	for _, h := range heads {
		if v := s.Tokens[h].Head; v >= 0 && holderRels[s.Tokens[h].Rel] {
			verbs = append(verbs, v)
		}
		for _, c := range tree.Children(s, h) {
			if strings.HasPrefix(s.Tokens[c].Rel, "acl") && s.Tokens[c].Start >= sp.End {
				verbs = append(verbs, c)
			}
		}
	}
	if k := r.relativeAfter(s, sp.End); k >= 0 {
		verbs = append(verbs, k)
	}
	for _, v := range verbs {
		if s.Tokens[v].UPOS != "VERB" || !r.deemVerbs[lemma(&s.Tokens[v])] || tree.Negated(s, v) {
			continue
		}
		k := tree.Subject(s, v)
		if k < 0 {
			k = tree.Agent(s, v)
		}
		if k < 0 || s.Tokens[k].UPOS == "PRON" || sp.Contains(s.Tokens[k].Span) {
			continue
		}
		if h, ok := d.holderAt(s, k, about); ok {
			return h, true
		}
	}
	return holder{}, false
}

// gluedHolder returns the holder a participle of calling glued to a name in front of it names
// ("a Norland-designated terrorist group", "the Norland-listed Front"), when that participle
// stands inside sp or among the three words before it.
func (r *Reader) gluedHolder(d *doc, s *dossier.Sentence, sp dossier.Span, about int) (holder, bool) {
	for k := 2; k < len(s.Tokens) && s.Tokens[k].Start < sp.End; k++ {
		t := &s.Tokens[k]
		if k+3 < len(s.Tokens) && s.Tokens[k+3].End <= sp.Start || !r.deemVerbs[lemma(t)] {
			continue
		}
		dash, name := s.Tokens[k-1], s.Tokens[k-2]
		if dash.Text != "-" || dash.End != t.Start || name.End != dash.Start {
			continue
		}
		return d.holderAt(s, k-2, about)
	}
	return holder{}, false
}

// holderAt returns the holder word k names: the mention that holds it, or the word as written
// when no mention does; false when it is the described actor.
func (d *doc) holderAt(s *dossier.Sentence, k, about int) (holder, bool) {
	t := s.Tokens[k]
	for _, mi := range d.mentionsIn(dossier.Span{Start: max(0, t.Start-200), End: t.End + 200}) {
		m := &d.a.Mentions[mi]
		if !m.Span.Contains(t.Span) {
			continue
		}
		if m.Chain == about {
			return holder{}, false
		}
		return holder{party: dossier.Party{Chain: m.Chain, The: d.the[m.Chain]}, text: m.Text}, true
	}
	if t.UPOS != "PROPN" && t.UPOS != "NOUN" && t.UPOS != "ADJ" {
		return holder{}, false
	}
	return holder{party: dossier.Party{Chain: -1}, text: t.Text}, true
}

// gluedBefore returns the holder a participle of calling glued to a name names (see
// gluedHolder) for words at sp read in front of a name, where no verb's clause tells whose view
// they are.
func (r *Reader) gluedBefore(d *doc, sp dossier.Span, about int) (holder, bool) {
	s := tree.SentenceAt(d.a.Parse, sp.Start)
	if s == nil {
		return holder{}, false
	}
	return r.gluedHolder(d, s, sp, about)
}
