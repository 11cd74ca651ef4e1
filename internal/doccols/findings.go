package doccols

import (
	"encoding/binary"
	"fmt"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// The findings column holds the labels, events, claims and figures of a document, what the
// cross-document checks read a block of documents at a time, in the outline's binary form (see
// outlineFormat) so that the pass decodes no JSON: a format byte, the table of the document's
// distinct strings, then the four lists. Spans inside an item (a trigger, a cue, a figure's
// clause) are written from the item's own span. An event's text, which the pass does not read,
// is written where it stands rather than in the table, so that a pass read steps over it.
const findingsFormat = 1

// encodeFindings returns the findings column of a.
func encodeFindings(a *dossier.Analysis) []byte {
	w := &outlineWriter{index: map[string]uint64{"": 0}}
	writeList(w, a.Labels, func(l *dossier.Label, prev dossier.Span) dossier.Span {
		w.span(l.Span, prev)
		w.str(l.Text)
		w.int(l.Chain)
		return l.Span
	})
	writeList(w, a.Events, func(e *dossier.Event, prev dossier.Span) dossier.Span {
		w.event(e, prev)
		return e.Span
	})
	writeList(w, a.Claims, func(c *dossier.Claim, prev dossier.Span) dossier.Span {
		w.claim(c, prev)
		return c.Span
	})
	w.figures(a.Figures)
	return w.column(findingsFormat)
}

// column returns the column w wrote: the format byte, the strings' table and the body.
func (w *outlineWriter) column(format byte) []byte {
	out := make([]byte, 0, 1+binary.MaxVarintLen64+len(w.table)+len(w.body))
	out = append(out, format)
	out = binary.AppendUvarint(out, uint64(len(w.index)-1))
	out = append(out, w.table...)
	return append(out, w.body...)
}

// text writes s where it stands, its length first.
func (w *outlineWriter) text(s string) {
	s = jsonText(s)
	w.uint(uint64(len(s)))
	w.body = append(w.body, s...)
}

// words writes a list of strings, its length first.
func (w *outlineWriter) words(ss []string) {
	w.uint(uint64(len(ss)))
	w.str(ss...)
}

// spans writes a list of spans, each from the one before, the first from prev.
func (w *outlineWriter) spans(sps []dossier.Span, prev dossier.Span) {
	w.uint(uint64(len(sps)))
	for _, sp := range sps {
		w.span(sp, prev)
		prev = sp
	}
}

func (w *outlineWriter) event(e *dossier.Event, prev dossier.Span) {
	w.span(e.Span, prev)
	w.span(e.Trigger, e.Span)
	w.str(string(e.Type), e.Word, e.Time, string(e.Modality), e.Cause, e.Number, e.Kind, e.By, e.Force)
	w.text(e.Text)
	w.uint(uint64(len(e.Args)))
	for _, arg := range e.Args {
		w.str(arg.Role)
		w.int(arg.Chain)
	}
	w.uint(uint64(len(e.Attribution)))
	for _, s := range e.Attribution {
		w.int(s.Chain)
		w.str(s.Text)
	}
	w.flag(e.Ongoing)
	w.figures(e.Figures)
}

func (w *outlineWriter) figures(fs []dossier.Figure) {
	writeList(w, fs, func(f *dossier.Figure, prev dossier.Span) dossier.Span {
		w.span(f.Span, prev)
		w.span(f.Clause, f.Span)
		w.span(f.At, f.Span)
		w.str(f.Counts, f.Who, f.Text, f.Time, f.Kind, f.By, f.Force, f.Side, f.Capital, f.Part)
		w.int(f.Low)
		w.flag(f.High != nil)
		if f.High != nil {
			w.int(*f.High)
		}
		for _, b := range []bool{f.Loose, f.Update, f.Sum, f.Total, f.Night, f.Around} {
			w.flag(b)
		}
		w.words(f.Incidents)
		w.words(f.Families)
		w.words(f.Sites)
		w.spans(f.Setting, f.Span)
		return f.Span
	})
}

func (w *outlineWriter) claim(c *dossier.Claim, prev dossier.Span) {
	w.span(c.Span, prev)
	w.span(c.Cue, c.Span)
	w.str(string(c.Kind), c.CueText, c.ByText, c.Object, c.Camp, c.Side, c.Force, c.Echo)
	w.party(c.By)
	w.uint(uint64(len(c.About)))
	for _, p := range c.About {
		w.party(p)
	}
	w.int(c.Event)
	for _, b := range []bool{c.Negated, c.Hedged, c.Attack, c.Role} {
		w.flag(b)
	}
	w.words(c.Words)
	w.flag(c.Other != nil)
	if c.Other != nil {
		w.span(*c.Other, c.Span)
	}
}

func (w *outlineWriter) party(p dossier.Party) {
	w.int(p.Chain)
	w.flag(p.The)
}

// decodeFindings fills a's labels, events, claims and figures from the findings column b,
// leaving the events' texts out when pass is set (see DecodePass).
// decodeFindings fills a's labels, events, claims and figures from the findings column b; with
// pass, an event's text is stepped over (the pass does not read it).
func decodeFindings(a *dossier.Analysis, b []byte, pass bool, shared *Shared) error {
	if len(b) == 0 || b[0] != findingsFormat {
		return fmt.Errorf("document %s: findings: %w: unknown format", a.Doc.ID, errOutline)
	}
	r := &outlineReader{b: b, off: 1, shared: shared}
	r.readTable()
	labels := readList(r, 3, func(l *dossier.Label, prev dossier.Span) dossier.Span {
		l.Span = r.span(prev)
		l.Text, l.Chain = r.str(), r.int()
		return l.Span
	})
	events := readList(r, 18, func(e *dossier.Event, prev dossier.Span) dossier.Span {
		r.event(e, prev, pass)
		return e.Span
	})
	claims := readList(r, 22, func(c *dossier.Claim, prev dossier.Span) dossier.Span {
		r.claim(c, prev)
		return c.Span
	})
	figures := r.figures()
	if r.bad || r.off != len(b) {
		return fmt.Errorf("document %s: findings: %w", a.Doc.ID, errOutline)
	}
	a.Labels, a.Events, a.Claims, a.Figures = labels, events, claims, figures
	return nil
}

// text reads a string written where it stands, or steps over it and gives "" unless keep.
func (r *outlineReader) text(keep bool) string {
	n := r.uint()
	if n > uint64(len(r.b)-r.off) {
		r.fail()
		return ""
	}
	s := r.b[r.off : r.off+int(n)]
	r.off += int(n)
	if !keep {
		return ""
	}
	if !utf8.Valid(s) {
		r.fail()
		return ""
	}
	return string(s)
}

// words reads a list of strings; an empty one is nil, as encoding/json reads an omitted one.
func (r *outlineReader) words() []string {
	n := r.count(1)
	if n == 0 {
		return nil
	}
	return r.strList(n)
}

// spans reads a list of spans written by outlineWriter.spans from prev.
func (r *outlineReader) spans(prev dossier.Span) []dossier.Span {
	n := r.count(2)
	if n == 0 {
		return nil
	}
	sps := make([]dossier.Span, n)
	for i := range sps {
		sps[i] = r.span(prev)
		prev = sps[i]
	}
	return sps
}

func (r *outlineReader) event(e *dossier.Event, prev dossier.Span, pass bool) {
	e.Span = r.span(prev)
	e.Trigger = r.span(e.Span)
	e.Type, e.Word, e.Time, e.Modality = dossier.EventType(r.str()), r.str(), r.str(), dossier.Modality(r.str())
	e.Cause, e.Number, e.Kind, e.By, e.Force = r.str(), r.str(), r.str(), r.str(), r.str()
	e.Text = r.text(!pass)
	if n := r.count(2); n > 0 {
		e.Args = make([]dossier.Arg, n)
		for i := range e.Args {
			e.Args[i] = dossier.Arg{Role: r.str(), Chain: r.int()}
		}
	}
	if n := r.count(2); n > 0 {
		e.Attribution = make([]dossier.Source, n)
		for i := range e.Attribution {
			e.Attribution[i].Chain = r.int()
			e.Attribution[i].Text = r.str()
		}
	}
	e.Ongoing = r.flag()
	e.Figures = r.figures()
}

func (r *outlineReader) figures() []dossier.Figure {
	return readList(r, 28, func(f *dossier.Figure, prev dossier.Span) dossier.Span {
		f.Span = r.span(prev)
		f.Clause, f.At = r.span(f.Span), r.span(f.Span)
		f.Counts, f.Who, f.Text, f.Time, f.Kind = r.str(), r.str(), r.str(), r.str(), r.str()
		f.By, f.Force, f.Side, f.Capital, f.Part = r.str(), r.str(), r.str(), r.str(), r.str()
		f.Low = r.int()
		if r.flag() {
			high := r.int()
			f.High = &high
		}
		f.Loose, f.Update, f.Sum, f.Total, f.Night, f.Around = r.flag(), r.flag(), r.flag(), r.flag(), r.flag(), r.flag()
		f.Incidents, f.Families, f.Sites = r.words(), r.words(), r.words()
		f.Setting = r.spans(f.Span)
		return f.Span
	})
}

func (r *outlineReader) claim(c *dossier.Claim, prev dossier.Span) {
	c.Span = r.span(prev)
	c.Cue = r.span(c.Span)
	c.Kind, c.CueText, c.ByText, c.Object = dossier.ClaimKind(r.str()), r.str(), r.str(), r.str()
	c.Camp, c.Side, c.Force, c.Echo = r.str(), r.str(), r.str(), r.str()
	c.By = r.party()
	if n := r.count(2); n > 0 {
		c.About = make([]dossier.Party, n)
		for i := range c.About {
			c.About[i] = r.party()
		}
	}
	c.Event = r.int()
	c.Negated, c.Hedged, c.Attack, c.Role = r.flag(), r.flag(), r.flag(), r.flag()
	c.Words = r.words()
	if r.flag() {
		o := r.span(c.Span)
		c.Other = &o
	}
}

func (r *outlineReader) party() dossier.Party {
	return dossier.Party{Chain: r.int(), The: r.flag()}
}
