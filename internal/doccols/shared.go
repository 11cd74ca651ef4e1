package doccols

import (
	"reflect"
	"slices"

	"github.com/dossier-project/dossier"
)

// Shared makes analyses read for the cross-document pass take less memory while they are all
// held: every string the pass reads is kept once however many documents repeat it (types, cue
// words, names, dates), every list is cut to its length, and a figure list that several events
// of a document carry is kept once. Strings are immutable and the pass changes no figure, so
// sharing them changes nothing the pass computes. Lists of words (a figure's incident nouns and
// sites, a claim's words) are kept once too, as the pass changes none of them either. The zero
// value is not ready: use NewShared.
type Shared struct {
	words map[string]string
	lists map[string][]string // by the words joined with a zero byte
	// Buffers reused from one document to the next: a list's key being built, and the strings'
	// table and a list's words of the column being read (see outlineReader).
	key   []byte
	table []string
	ends  []int
	list  []string
}

// NewShared returns an empty Shared.
func NewShared() *Shared { return &Shared{words: map[string]string{}, lists: map[string][]string{}} }

// String returns the kept copy of x, keeping x when it is new.
func (s *Shared) String(x string) string { return s.str(x) }

// str returns the kept copy of x, keeping x when it is new.
func (s *Shared) str(x string) string {
	if x == "" {
		return ""
	}
	if k, ok := s.words[x]; ok {
		return k
	}
	s.words[x] = x
	return x
}

// bytes returns the kept copy of the string b holds, keeping a copy when it is new: a string
// met before costs no copy.
func (s *Shared) bytes(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if k, ok := s.words[string(b)]; ok {
		return k
	}
	x := string(b)
	s.words[x] = x
	return x
}

// strs returns the kept list of the strings of xs, keeping a list of exactly their number, each
// string shared, when it is new. An empty list stays as it is (nil or not).
func (s *Shared) strs(xs []string) []string {
	if len(xs) == 0 {
		return xs
	}
	s.key = s.key[:0]
	for i, x := range xs {
		if i > 0 {
			s.key = append(s.key, 0)
		}
		s.key = append(s.key, x...)
	}
	if k, ok := s.lists[string(s.key)]; ok {
		return k
	}
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = s.str(x)
	}
	s.lists[s.bytes(s.key)] = out
	return out
}

// fit returns xs in a list of exactly its length: decoding grows lists by doubling.
func fit[T any](xs []T) []T {
	if xs == nil || len(xs) == cap(xs) {
		return xs
	}
	return slices.Clone(xs)
}

// Analysis shares the strings of a and cuts its lists to their lengths, in place.
func (s *Shared) Analysis(a *dossier.Analysis) {
	d := &a.Doc
	d.ID = s.str(d.ID)
	d.Publisher, d.Published, d.Language = s.str(d.Publisher), s.str(d.Published), s.str(d.Language)
	d.Sentences = fit(d.Sentences)
	a.Mentions = fit(a.Mentions)
	for i := range a.Mentions {
		m := &a.Mentions[i]
		m.Text, m.Type, m.Title, m.Entity = s.str(m.Text), dossier.EntityType(s.str(string(m.Type))), s.str(m.Title), s.str(m.Entity)
	}
	a.Labels = fit(a.Labels)
	for i := range a.Labels {
		a.Labels[i].Text = s.str(a.Labels[i].Text)
	}
	a.Timexes = fit(a.Timexes)
	for i := range a.Timexes {
		t := &a.Timexes[i]
		t.Text, t.Type, t.Value, t.Mod = s.str(t.Text), s.str(t.Type), s.str(t.Value), s.str(t.Mod)
	}
	a.Events = fit(a.Events)
	var lists [][]dossier.Figure
	for i := range a.Events {
		e := &a.Events[i]
		s.event(e)
		e.Figures, lists = sameFigures(e.Figures, lists)
	}
	a.Figures = s.figures(a.Figures)
	a.Claims = fit(a.Claims)
	for i := range a.Claims {
		s.claim(&a.Claims[i])
	}
	a.Sketch = fit(a.Sketch)
	a.Credits = fit(a.Credits)
	for i := range a.Credits {
		c := &a.Credits[i]
		c.Phrase, c.Words = s.str(c.Phrase), s.strs(c.Words)
	}
}

// event shares the strings of e and cuts its lists.
func (s *Shared) event(e *dossier.Event) {
	e.Type, e.Modality = dossier.EventType(s.str(string(e.Type))), dossier.Modality(s.str(string(e.Modality)))
	e.Word, e.Text, e.Time = s.str(e.Word), s.str(e.Text), s.str(e.Time)
	e.Cause, e.Number, e.Kind, e.By = s.str(e.Cause), s.str(e.Number), s.str(e.Kind), s.str(e.By)
	e.Args = fit(e.Args)
	for i := range e.Args {
		e.Args[i].Role = s.str(e.Args[i].Role)
	}
	e.Attribution = fit(e.Attribution)
	for i := range e.Attribution {
		e.Attribution[i].Text = s.str(e.Attribution[i].Text)
	}
	e.Figures = s.figures(e.Figures)
}

// sameFigures returns fs, or the list of seen equal to it: the events of one sentence carry the
// same figures, which are then kept once. It returns seen with fs added when it is new.
func sameFigures(fs []dossier.Figure, seen [][]dossier.Figure) ([]dossier.Figure, [][]dossier.Figure) {
	if len(fs) == 0 {
		return fs, seen
	}
	for _, o := range seen {
		if reflect.DeepEqual(o, fs) {
			return o, seen
		}
	}
	return fs, append(seen, fs)
}

// figures shares the strings of fs and cuts the lists.
func (s *Shared) figures(fs []dossier.Figure) []dossier.Figure {
	fs = fit(fs)
	for i := range fs {
		f := &fs[i]
		f.Counts, f.Who, f.Text, f.Time = s.str(f.Counts), s.str(f.Who), s.str(f.Text), s.str(f.Time)
		f.Kind, f.By, f.Side, f.Capital = s.str(f.Kind), s.str(f.By), s.str(f.Side), s.str(f.Capital)
		f.Incidents, f.Families, f.Setting = s.strs(f.Incidents), s.strs(f.Families), fit(f.Setting)
		f.Sites = s.strs(f.Sites)
	}
	return fs
}

// claim shares the strings of c and cuts its lists.
func (s *Shared) claim(c *dossier.Claim) {
	c.Kind, c.CueText, c.ByText = dossier.ClaimKind(s.str(string(c.Kind))), s.str(c.CueText), s.str(c.ByText)
	c.Object, c.Camp, c.Echo = s.str(c.Object), s.str(c.Camp), s.str(c.Echo)
	c.About, c.Words = fit(c.About), s.strs(c.Words)
}
