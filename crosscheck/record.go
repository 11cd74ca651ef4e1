package crosscheck

import (
	"github.com/dossier-project/dossier"
)

// Record is what the checks read of one analysis, in a form of the pass's own that holds less
// than the analysis: the document's id, publisher, date, source name and sentences, its findings
// without what no check reads (the events' text and stated count, the document's file, address,
// title and captions), and its mentions and time expressions in a smaller form (see Records.Add).
// A pass that holds every document holds records, not analyses.
type Record struct {
	a   *analysis
	ms  []mention
	ts  []timex
	ref string // the analysis's reference date (see dossier.Analysis.ReferenceDate)
	// named are the chains whose mentions carry an entity (set once resolution has run), with
	// that entity, in order of the mentions.
	named []namedChain
	// text is the document's clean text when the analysis held it, for quoting conflicts; ""
	// when the store left it out (see dossier.PassReader).
	text string
}

// analysis is what the checks read of a dossier.Analysis besides its mentions and time
// expressions; its fields are named as the analysis's are.
type analysis struct {
	Doc      document
	Labels   []dossier.Label
	Events   []passEvent
	Figures  []passFigure
	Claims   []dossier.Claim
	Sketch   []uint64
	Credits  []dossier.Credit
	Dateline int
	textLen  int
}

// TextLength is dossier.Analysis.TextLength.
func (a *analysis) TextLength() int { return a.textLen }

// document is what the checks read of a dossier.Document: its id, publisher and date, the name
// its source is shown by (see dossier.Document.SourceName) and its sentences.
type document struct {
	ID, Publisher, Published string
	source                   string
	Sentences                []dossier.Span
}

// SourceName is dossier.Document.SourceName, worked out when the record was made.
func (d *document) SourceName() string { return d.source }

// passEvent is what the checks read of a dossier.Event: all of it but its text and the count its
// clause states (fatalities come from its figures). The words its few readers read (the
// trigger, cause, kind of attack, side and force) and its arguments' roles are numbers in the
// names of its records (see corpus.str), a 4th of a string's size.
type passEvent struct {
	dossier.Span
	Type        dossier.EventType
	Trigger     dossier.Span
	Args        []arg
	Time        string
	Modality    dossier.Modality
	Attribution []dossier.Source
	Figures     []passFigure
	// word, cause, kind, by and force are dossier.Event's Word, Cause, Kind, By and Force.
	word, cause, kind, by, force uint32
	Ongoing                      bool
}

// passFigure is what the checks read of a dossier.Figure: all of it but where the figure as
// written ends, in a little over half the size: its words are numbers in the names of its
// records (see corpus.str), its counts 32-bit.
type passFigure struct {
	dossier.Span
	Clause    dossier.Span
	Setting   []dossier.Span
	Incidents []string
	Families  []string
	Sites     []string
	at        int32 // where the figure as written starts (dossier.Figure.At.Start)
	low, high int32 // high is the most it allows when bounded is set
	// counts, who, text, time, kind, by, force, side, capital and part are dossier.Figure's
	// Counts, Who, Text, Time, Kind, By, Force, Side, Capital and Part.
	counts, who, text, time, kind, by, force, side, capital, part uint32
	bounded                                                       bool // dossier.Figure.High is not nil
	Loose, Update, Total, Night, Around, Sum, Quoted              bool
}

// figureOf returns what the checks read of f, numbering its words in ns.
func figureOf(f *dossier.Figure, ns *names) passFigure {
	out := passFigure{Span: f.Span, Clause: f.Clause, Setting: f.Setting, Incidents: f.Incidents, Families: f.Families,
		Sites: f.Sites, at: int32(f.At.Start), low: int32(f.Low), counts: ns.of(f.Counts), who: ns.of(f.Who), text: ns.of(f.Text),
		time: ns.of(f.Time), kind: ns.of(f.Kind), by: ns.of(f.By), force: ns.of(f.Force), side: ns.of(f.Side),
		capital: ns.of(f.Capital), part: ns.of(f.Part), Loose: f.Loose, Update: f.Update, Total: f.Total, Night: f.Night,
		Around: f.Around, Sum: f.Sum, Quoted: f.Quoted}
	if f.High != nil {
		out.high, out.bounded = int32(*f.High), true
	}
	return out
}

// passFiguresOf returns what the checks read of fs, numbering their words in ns. A list that
// several events of a document carry (see doccols.Shared) is made once: seen holds those made,
// by their first figure.
func passFiguresOf(fs []dossier.Figure, ns *names, seen map[*dossier.Figure][]passFigure) []passFigure {
	if len(fs) == 0 {
		return nil
	}
	if out, ok := seen[&fs[0]]; ok && len(out) == len(fs) {
		return out
	}
	out := make([]passFigure, len(fs))
	for i := range fs {
		out[i] = figureOf(&fs[i], ns)
	}
	seen[&fs[0]] = out
	return out
}

// figure returns f as a dossier.Figure, with what dossier.FatalitiesOf reads.
func (c *corpus) figure(f *passFigure) dossier.Figure {
	out := dossier.Figure{Span: f.Span, Clause: f.Clause, Counts: c.str(f.counts), Who: c.str(f.who), Low: int(f.low),
		Text: c.str(f.text), Loose: f.Loose, Update: f.Update, Total: f.Total, Night: f.Night, Sum: f.Sum, Part: c.str(f.part)}
	if f.bounded {
		high := int(f.high)
		out.High = &high
	}
	return out
}

// arg is what the checks read of a dossier.Arg: its chain and, as a number in the names of its
// records, its role.
type arg struct {
	Chain int32
	role  uint32
}

// mention is what the checks read of a mention: its span and chain, where the travel cue said
// right before it starts (-1 when none), and its text and type as numbers in the names of its
// records (see doc.text and doc.entType). Offsets are 32-bit, as a stored text is far shorter
// than 2 GB: a mention takes 24 bytes.
type mention struct {
	start, end int32
	Chain      int32
	travel     int32
	text, typ  uint32
}

// span is the mention's span.
func (m mention) span() dossier.Span { return dossier.Span{Start: int(m.start), End: int(m.end)} }

// timex is what the checks read of a time expression: its span, its value as a number in the
// names of its records (see doc.value), whether it is a date, and whether a dateline gives it;
// 16 bytes.
type timex struct {
	start, end int32
	value      uint32
	date       bool // its type is DATE
	Dateline   bool
}

// span is the time expression's span.
func (t *timex) span() dossier.Span { return dossier.Span{Start: int(t.start), End: int(t.end)} }

// Records are the records of the documents of a pass, made one at a time (see Add), with the
// strings they repeat numbered once for all of them: their mentions' texts and types, the words
// of their events and figures, the values of their time expressions.
type Records struct {
	list  []*Record
	names *names
}

// NewRecords returns an empty Records.
func NewRecords() *Records { return &Records{names: newNames()} }

// Add makes the record of a and keeps it, taking a over: the record shares a's strings and
// lists, and a's mentions and time expressions, which the record holds in a smaller form, are
// left nil, so that nothing is held twice while a is still referenced. The caller should let go
// of a.
func (rs *Records) Add(a *dossier.Analysis) {
	rs.list = append(rs.list, recordOf(a, rs.names))
	a.Mentions, a.Timexes = nil, nil
}

// All returns the records in the order they were added.
func (rs *Records) All() []*Record { return rs.list }

// names numbers the strings of records, each kept once.
type names struct {
	list []string
	num  map[string]uint32
}

func newNames() *names { return &names{list: []string{""}, num: map[string]uint32{"": 0}} }

// of returns the number of s, numbering it when it is new.
func (n *names) of(s string) uint32 {
	if i, ok := n.num[s]; ok {
		return i
	}
	i := uint32(len(n.list))
	n.list = append(n.list, s)
	n.num[s] = i
	return i
}

// recordOf makes the record of a without changing a, numbering its strings in ns.
func recordOf(a *dossier.Analysis, ns *names) *Record {
	r := &Record{a: analysisOf(a, ns), ms: make([]mention, len(a.Mentions)), ref: a.ReferenceDate(), text: a.Doc.Text}
	if len(a.Timexes) > 0 {
		r.ts = make([]timex, len(a.Timexes))
	}
	for i, t := range a.Timexes {
		r.ts[i] = timex{start: int32(t.Start), end: int32(t.End), value: ns.of(t.Value), date: t.Type == "DATE", Dateline: t.Dateline}
	}
	for i, m := range a.Mentions {
		travel := int32(-1)
		if m.Travel != nil {
			travel = int32(m.Travel.Start)
		}
		r.ms[i] = mention{start: int32(m.Start), end: int32(m.End), Chain: int32(m.Chain), travel: travel,
			text: ns.of(m.Text), typ: ns.of(string(m.Type))}
		if m.Entity != "" {
			r.named = append(r.named, namedChain{m.Chain, m.Entity})
		}
	}
	return r
}

// analysisOf returns what the checks read of a, sharing a's strings and lists and numbering
// the words of its events in ns.
func analysisOf(a *dossier.Analysis, ns *names) *analysis {
	d := &a.Doc
	out := &analysis{
		Doc:    document{ID: d.ID, Publisher: d.Publisher, Published: d.Published, source: d.SourceName(), Sentences: d.Sentences},
		Labels: a.Labels, Claims: a.Claims, Sketch: a.Sketch, Credits: a.Credits,
		Dateline: a.Dateline, textLen: a.TextLength(),
	}
	seen := map[*dossier.Figure][]passFigure{}
	out.Figures = passFiguresOf(a.Figures, ns, seen)
	if len(a.Events) > 0 {
		out.Events = make([]passEvent, len(a.Events))
	}
	for i := range a.Events {
		e := &a.Events[i]
		out.Events[i] = passEvent{Span: e.Span, Type: e.Type, Trigger: e.Trigger, Args: argsOf(e.Args, ns), Time: e.Time,
			Modality: e.Modality, Attribution: e.Attribution, Figures: passFiguresOf(e.Figures, ns, seen), word: ns.of(e.Word), cause: ns.of(e.Cause),
			kind: ns.of(e.Kind), by: ns.of(e.By), force: ns.of(e.Force), Ongoing: e.Ongoing}
	}
	return out
}

// argsOf returns what the checks read of args, numbering their roles in ns.
func argsOf(args []dossier.Arg, ns *names) []arg {
	if len(args) == 0 {
		return nil
	}
	out := make([]arg, len(args))
	for i, a := range args {
		out[i] = arg{Chain: int32(a.Chain), role: ns.of(a.Role)}
	}
	return out
}

// ID returns the id of the record's document.
func (r *Record) ID() string { return r.a.Doc.ID }

// Text returns the clean text of the record's document, "" when the analysis it was made of
// did not hold it (see dossier.PassReader).
func (r *Record) Text() string { return r.text }

// records makes the records of analyses (nil ones left out) without changing them.
func records(analyses []*dossier.Analysis) *Records {
	rs := NewRecords()
	for _, a := range analyses {
		if a != nil {
			rs.list = append(rs.list, recordOf(a, rs.names))
		}
	}
	return rs
}
