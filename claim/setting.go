package claim

import (
	"strings"

	"github.com/dossier-project/dossier"
)

// settingSentences is how many sentences before a figure its setting holds at most.
const settingSentences = 3

// headlineReach is how far into the text a headline written at its head may start: after a
// date line or a section name.
const headlineReach = 200

// markSettings fills the Setting and Capital of every casualty figure of the analysis: where the
// document places a figure whose own sentence names no place (see dossier.Figure).
func (r *Reader) markSettings(d *doc) {
	sents := d.sentences()
	head := d.headline()
	set := func(fs []dossier.Figure) {
		for i := range fs {
			fs[i].Setting = d.setting(sents, fs[i].Span, head)
			fs[i].Capital = r.capitals.in(d, fs[i].Span)
		}
	}
	set(d.a.Figures)
	for i := range d.a.Events {
		set(d.a.Events[i].Figures)
	}
}

// setting lists the sentences before sentence s in its paragraph that name a place, nearest
// first, then the headline when the text holds one and it is not already listed.
func (d *doc) setting(sents []dossier.Span, s dossier.Span, head dossier.Span) []dossier.Span {
	var out []dossier.Span
	end := s.Start
	for i := len(sents) - 1; i >= 0 && len(out) < settingSentences; i-- {
		p := sents[i]
		if p.Start >= s.Start {
			continue
		}
		if p.End > end || strings.Contains(d.text[p.End:end], "\n") {
			break // the paragraph ends here
		}
		end = p.Start
		if d.namesPlace(p) {
			out = append(out, p)
		}
	}
	if head.End > head.Start && !s.Contains(head) && !containsSpan(out, head) {
		out = append(out, head)
	}
	return out
}

// namesPlace reports whether a mention inside s is typed as a place.
func (d *doc) namesPlace(s dossier.Span) bool {
	for _, i := range d.mentionsIn(s) {
		if d.a.Mentions[i].Type == dossier.LOC {
			return true
		}
	}
	return false
}

// headline is the span of the document's title where the text writes it at its head, the zero
// span when it does not.
func (d *doc) headline() dossier.Span {
	t := strings.TrimSpace(d.a.Doc.Title)
	if t == "" {
		return dossier.Span{}
	}
	head := d.text[:min(len(d.text), headlineReach+len(t))]
	i := strings.Index(head, t)
	if i < 0 || i > headlineReach {
		return dossier.Span{}
	}
	return dossier.Span{Start: i, End: i + len(t)}
}

// containsSpan reports whether list holds a span that holds s.
func containsSpan(list []dossier.Span, s dossier.Span) bool {
	for _, x := range list {
		if x.Contains(s) {
			return true
		}
	}
	return false
}
