package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/export"
	dates "github.com/dossier-project/dossier/timeline"
)

// model is a report laid out once for every output format.
type model struct {
	Docs       []*docView
	Groups     []groupView
	Entities   []entityView
	Timeline   timeline
	Happenings []happeningView
	Conflicts  []conflictView
	Framing    framingTable
	Counts     counts
}

type counts struct {
	Docs, Origins, Entities, Happenings, Conflicts, Corroborated int
}

// cite points at one sentence of one document.
type cite struct {
	Doc      *docView
	Sentence int // 1-based; 0 when the span lies outside every sentence
}

// Anchor is the id of the cited sentence in the documents section.
func (c cite) Anchor() string {
	if c.Sentence == 0 {
		return c.Doc.Anchor
	}
	return fmt.Sprintf("%s-s%d", c.Doc.Anchor, c.Sentence)
}

// Label is the short form of the citation: "D2:4".
func (c cite) Label() string {
	if c.Sentence == 0 {
		return c.Doc.Label
	}
	return fmt.Sprintf("%s:%d", c.Doc.Label, c.Sentence)
}

// Text is the cited sentence.
func (c cite) Text() string {
	if c.Sentence == 0 {
		return ""
	}
	s := c.Doc.a.Doc.Sentences[c.Sentence-1]
	return c.Doc.a.Doc.Text[s.Start:s.End]
}

type docView struct {
	a         *dossier.Analysis
	ID        string
	Label     string // D1, D2 … in order of publication
	Anchor    string
	Title     string
	Publisher string // "" when unknown
	Source    string // publisher, else the site of the URL, else the title
	Published string
	File      string
	URL       string
	Link      string // URL when it is a web address, the only kind the report links to
	Group     string // label of the origin group's first document
	Reason    string // why it is in its group, document ids replaced by labels
	Paras     [][]sentenceView
	cited     map[int]bool
}

type sentenceView struct {
	N      int // 1-based; 0 for text between sentences
	Text   string
	Cited  bool
	Anchor bool   // the first part of the sentence, which carries its anchor
	ID     string // the anchor
}

type groupView struct {
	Label string // O1, O2 …
	Docs  []*docView
}

type entityView struct {
	ID, Type, Name string
	Docs           int
	Spellings      []spellingView
}

type spellingView struct {
	Text    string
	Sources []string // sources that use it
	Cites   []cite   // first use in each document
}

type happeningView struct {
	ID, Type, Time, Precision string
	When                      string // Time in words: "17 Nov 2017, evening"
	Fatalities                string // the range of the dead its sources give ("12-21+"), "" when none does
	Participants              []string
	Origins, DocCount         int
	Reports                   []reportView
	Modalities                string // "asserted 3, reported 2"
}

// events counts the happening's events over its reports.
func (h happeningView) events() int {
	n := 0
	for _, r := range h.Reports {
		n += r.Events
	}
	return n
}

type reportView struct {
	Cite        cite
	Source      string
	Modality    string
	Attribution string
	Text        string
	// Events counts the happening's events this one sentence tells with this modality and
	// attribution: the sentence is quoted once for all of them.
	Events int
}

type conflictView struct {
	ID, Kind, Summary string
	About             []string
	Sides             []sideView
}

type sideView struct {
	Cite   cite
	Source string
	Text   string
}

// sourceDate is the side's source and its document's date, as a side's heading gives them:
// "Reuters, 2017-10-05"; the date is left out when unknown.
func (s sideView) sourceDate() string {
	if s.Cite.Doc == nil || s.Cite.Doc.Published == "" {
		return s.Source
	}
	return s.Source + ", " + s.Cite.Doc.Published
}

type framingTable struct {
	Sources []string
	Rows    []framingRow
}

type framingRow struct {
	Entity string
	Cells  []framingCell // one per source
}

type framingCell struct {
	Labels []string
	Camp   string
	Cites  []cite
}

// build lays out the report of in.
func build(in Input) *model {
	m := &model{}
	corpus := in.Corpus
	if corpus == nil {
		corpus = &dossier.Corpus{}
	}
	members := export.NewMembership(corpus)
	entityOf := func(doc string, chain int) string { return members.Entity(doc, chain) }

	docs, byID := docViews(in)
	m.Docs = docs
	relabel := func(s string) string {
		for _, d := range m.Docs {
			s = strings.ReplaceAll(s, d.ID, d.Label)
		}
		return s
	}
	citeAt := func(doc string, sp dossier.Span) (cite, bool) {
		d := byID[doc]
		if d == nil {
			return cite{}, false
		}
		return citeOf(d, sp), true
	}
	entName, entType := entityNames(corpus)
	name := func(id string) string {
		if n := entName[id]; n != "" {
			return n
		}
		return id
	}

	m.Groups = groups(in, corpus, m.Docs, byID, relabel)
	m.Entities = entities(in, corpus, m.Docs, entityOf, entName, entType, citeAt)
	hs := happeningList(in, m.Docs, entityOf)
	m.Happenings = happenings(hs, byID, name, citeAt)
	m.Timeline = buildTimeline(hs, byID, name)
	m.Conflicts = conflicts(corpus, byID, name, citeAt, relabel)
	m.Framing = framing(in, m.Docs, entityOf, name)

	for _, d := range m.Docs {
		d.Paras = paragraphs(d)
	}
	m.Counts = countsOf(m)
	return m
}

// docViews returns the documents of in once each, in order of publication (unknown dates
// last) then id, labelled D1, D2… in that order, and indexed by id.
func docViews(in Input) ([]*docView, map[string]*docView) {
	var docs []*docView
	byID := map[string]*docView{}
	for _, a := range in.Analyses {
		if a == nil || byID[a.Doc.ID] != nil {
			continue
		}
		d := &docView{a: a, ID: a.Doc.ID, Title: a.Doc.Title, Publisher: strings.TrimSpace(a.Doc.Publisher),
			Published: a.Doc.Published, File: a.Doc.File, URL: a.Doc.URL, cited: map[int]bool{}}
		if strings.HasPrefix(d.URL, "https://") || strings.HasPrefix(d.URL, "http://") {
			d.Link = d.URL
		}
		d.Source = a.Doc.SourceName()
		byID[d.ID] = d
		docs = append(docs, d)
	}
	slices.SortStableFunc(docs, func(x, y *docView) int {
		if (x.Published == "") != (y.Published == "") {
			if x.Published == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(x.Published, y.Published), cmp.Compare(x.ID, y.ID))
	})
	for i, d := range docs {
		d.Label = fmt.Sprintf("D%d", i+1)
		d.Anchor = "d" + d.ID
	}
	return docs, byID
}

// entityNames returns the name and the type of each entity of the corpus, by id.
func entityNames(corpus *dossier.Corpus) (names, types map[string]string) {
	names = map[string]string{}
	types = map[string]string{}
	for _, e := range corpus.Entities {
		names[e.ID] = e.Name
		types[e.ID] = string(e.Type)
	}
	return names, types
}

// countsOf sums up the report for its overview, counting a happening as corroborated when
// more than one independent source tells it.
func countsOf(m *model) counts {
	c := counts{Docs: len(m.Docs), Origins: len(m.Groups), Entities: len(m.Entities),
		Happenings: len(m.Happenings), Conflicts: len(m.Conflicts)}
	for _, h := range m.Happenings {
		if h.Origins > 1 {
			c.Corroborated++
		}
	}
	return c
}

// happeningList is the stored happenings; before the cross-document pass every event is a
// happening of its own.
func happeningList(in Input, docs []*docView, entityOf func(string, int) string) []dossier.Happening {
	if in.crossed() {
		return in.Corpus.Happenings
	}
	var hs []dossier.Happening
	for _, d := range docs {
		for i, ev := range d.a.Events {
			h := dossier.Happening{ID: fmt.Sprintf("%s:v%d", d.Label, i+1), Type: ev.Type, Time: ev.Time, Origins: 1,
				Reports: []dossier.Report{{Doc: d.ID, Event: i, Modality: ev.Modality, Origin: d.ID}}}
			for _, arg := range ev.Args {
				h.Participants = append(h.Participants, entityOf(d.ID, arg.Chain))
			}
			hs = append(hs, h)
		}
	}
	return hs
}

// groups puts documents into their origin groups; without origins every document stands alone.
func groups(in Input, corpus *dossier.Corpus, docs []*docView, byID map[string]*docView, relabel func(string) string) []groupView {
	group := map[string]string{}
	reason := map[string]string{}
	for _, o := range corpus.Origins {
		group[o.Doc] = o.Group
		reason[o.Doc] = o.Reason
	}
	var out []groupView
	index := map[string]int{}
	for _, d := range docs {
		g := group[d.ID]
		if g == "" || byID[g] == nil {
			g = d.ID
		}
		d.Group = byID[g].Label
		d.Reason = relabel(reason[d.ID])
		if d.Reason == "" {
			d.Reason = "independent"
		}
		i, ok := index[g]
		if !ok {
			i = len(out)
			index[g] = i
			out = append(out, groupView{Label: fmt.Sprintf("O%d", i+1)})
		}
		out[i].Docs = append(out[i].Docs, d)
	}
	return out
}

func entities(in Input, corpus *dossier.Corpus, docs []*docView, entityOf func(string, int) string,
	entName, entType map[string]string, citeAt func(string, dossier.Span) (cite, bool)) []entityView {
	type acc struct {
		v     entityView
		first int
		docs  map[string]bool
		spell map[string]*spellingView
		seen  map[string]bool // spelling + doc
	}
	all := map[string]*acc{}
	var order []string
	for _, e := range corpus.Entities {
		all[e.ID] = &acc{v: entityView{ID: e.ID, Type: string(e.Type), Name: e.Name}, docs: map[string]bool{},
			spell: map[string]*spellingView{}, seen: map[string]bool{}}
		order = append(order, e.ID)
	}
	for _, d := range docs {
		for _, mn := range d.a.Mentions {
			id := entityOf(d.ID, mn.Chain)
			e := all[id]
			if e == nil {
				e = &acc{v: entityView{ID: id, Type: string(mn.Type), Name: mn.Text}, docs: map[string]bool{},
					spell: map[string]*spellingView{}, seen: map[string]bool{}}
				all[id] = e
				order = append(order, id)
			}
			e.docs[d.ID] = true
			s := e.spell[mn.Text]
			if s == nil {
				s = &spellingView{Text: mn.Text}
				e.spell[mn.Text] = s
			}
			if !e.seen[mn.Text+"\x00"+d.ID] {
				e.seen[mn.Text+"\x00"+d.ID] = true
				if !slices.Contains(s.Sources, d.Source) {
					s.Sources = append(s.Sources, d.Source)
				}
				if c, ok := citeAt(d.ID, mn.Span); ok {
					s.Cites = append(s.Cites, c)
				}
			}
		}
	}
	var out []entityView
	for _, id := range order {
		e := all[id]
		if len(e.docs) == 0 {
			continue
		}
		e.v.Docs = len(e.docs)
		for _, s := range e.spell {
			e.v.Spellings = append(e.v.Spellings, *s)
		}
		// The preferred name first, then the most used spellings.
		slices.SortFunc(e.v.Spellings, func(x, y spellingView) int {
			if (x.Text == e.v.Name) != (y.Text == e.v.Name) {
				if x.Text == e.v.Name {
					return -1
				}
				return 1
			}
			return cmp.Or(cmp.Compare(len(y.Cites), len(x.Cites)), cmp.Compare(x.Text, y.Text))
		})
		out = append(out, e.v)
	}
	slices.SortStableFunc(out, func(x, y entityView) int {
		return cmp.Or(cmp.Compare(y.Docs, x.Docs), cmp.Compare(len(y.Spellings), len(x.Spellings)))
	})
	return out
}

// happenings lists the aligned happenings, best corroborated first.
func happenings(hs []dossier.Happening, byID map[string]*docView, name func(string) string, citeAt func(string, dossier.Span) (cite, bool)) []happeningView {
	var out []happeningView
	for _, h := range hs {
		v := happeningView{ID: h.ID, Type: string(h.Type), Time: h.Time, When: dates.Describe(h.Time, ""), Origins: h.Origins,
			Precision: notedPrecision(export.Precision(h.Time), byPublication(h, byID)), Fatalities: h.Fatalities.String()}
		for _, p := range h.Participants {
			v.Participants = append(v.Participants, name(p))
		}
		docSeen := map[string]bool{}
		modal := map[string]int{}
		var modalOrder []string
		for _, r := range h.Reports {
			d := byID[r.Doc]
			if d == nil || r.Event < 0 || r.Event >= len(d.a.Events) {
				continue
			}
			ev := d.a.Events[r.Event]
			c, _ := citeAt(r.Doc, ev.Span)
			var attr []string
			for _, a := range r.Attribution {
				attr = append(attr, name(a))
			}
			v.Reports = addReport(v.Reports, reportView{Cite: c, Source: d.Source, Modality: string(r.Modality),
				Attribution: strings.Join(attr, " ← "), Text: sentenceText(d, c, ev.Text), Events: 1})
			docSeen[r.Doc] = true
			if modal[string(r.Modality)] == 0 {
				modalOrder = append(modalOrder, string(r.Modality))
			}
			modal[string(r.Modality)]++
		}
		v.DocCount = len(docSeen)
		var parts []string
		for _, k := range modalOrder {
			parts = append(parts, fmt.Sprintf("%s %d", k, modal[k]))
		}
		v.Modalities = strings.Join(parts, ", ")
		out = append(out, v)
	}
	slices.SortStableFunc(out, func(x, y happeningView) int {
		return cmp.Or(cmp.Compare(y.Origins, x.Origins), cmp.Compare(y.events(), x.events()))
	})
	return out
}

// sentenceText is the whole sentence a citation points at, so that a report is quoted as a
// sentence a reader can follow ("Haddad, a former major, was replaced on Tuesday") rather than
// the clause its event spans (", was replaced on Tuesday"); the clause when the citation names no
// sentence or the text is not at hand.
func sentenceText(d *docView, c cite, clause string) string {
	sents, text := d.a.Doc.Sentences, d.a.Doc.Text
	if c.Sentence < 1 || c.Sentence > len(sents) {
		return clause
	}
	sp := sents[c.Sentence-1]
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return clause
	}
	return strings.TrimSpace(text[sp.Start:sp.End])
}

// addReport adds r to a happening's reports, or counts it on the report already there that quotes
// the same sentence with the same modality and attribution, so that a sentence telling several
// events of one happening is quoted once.
func addReport(reports []reportView, r reportView) []reportView {
	for i, o := range reports {
		if o.Cite == r.Cite && o.Modality == r.Modality && o.Attribution == r.Attribution && o.Text == r.Text {
			reports[i].Events += r.Events
			return reports
		}
	}
	return append(reports, r)
}

func conflicts(corpus *dossier.Corpus, byID map[string]*docView, name func(string) string,
	citeAt func(string, dossier.Span) (cite, bool), relabel func(string) string) []conflictView {
	var out []conflictView
	for _, c := range corpus.Conflicts {
		v := conflictView{ID: c.ID, Kind: c.Kind, Summary: relabel(c.Summary)}
		for _, a := range c.About {
			v.About = append(v.About, name(a))
		}
		for _, s := range c.Sides {
			sv := sideView{Text: s.Text}
			if cc, ok := citeAt(s.Doc, s.Span); ok {
				sv.Cite = cc
				sv.Source = cc.Doc.Source
			} else {
				sv.Source = s.Doc
			}
			v.Sides = append(v.Sides, sv)
		}
		out = append(out, v)
	}
	return out
}

// framing is the table source × entity → labels, from the stored frames when the pass ran, else
// from the labels themselves. Each cell cites where its labels are said.
func framing(in Input, docs []*docView, entityOf func(string, int) string, name func(string) string) framingTable {
	g := framingGrid{cells: map[framingKey]*framingCell{}}
	if in.crossed() {
		for _, f := range in.Corpus.Frames {
			c := g.add(f.Source, f.Entity)
			c.Labels = append(c.Labels, f.Labels...)
			c.Camp = f.Camp
		}
	}
	for _, d := range docs {
		g.cite(d, in.crossed(), entityOf)
	}
	return g.table(docs, name)
}

// framingKey is one cell of the framing table: what one source says of one actor.
type framingKey struct{ source, entity string }

// framingGrid gathers the framing table's cells with the sources and actors in the order first
// met.
type framingGrid struct {
	cells              map[framingKey]*framingCell
	srcOrder, entOrder []string
}

// add returns the cell of source and entity, making it if needed.
func (g *framingGrid) add(source, entity string) *framingCell {
	k := framingKey{source, entity}
	c := g.cells[k]
	if c == nil {
		c = &framingCell{}
		g.cells[k] = c
		if !slices.Contains(g.srcOrder, source) {
			g.srcOrder = append(g.srcOrder, source)
		}
		if !slices.Contains(g.entOrder, entity) {
			g.entOrder = append(g.entOrder, entity)
		}
	}
	return c
}

// framingSource names a document's source as the pass does: by its publisher, else by its id.
func framingSource(d *docView) string {
	if d.Publisher != "" {
		return d.Publisher
	}
	return d.ID
}

// cite adds the sentences of one document that give a cell its labels and its camp; without a
// cross-document pass the document's labels make the cells.
func (g *framingGrid) cite(d *docView, crossed bool, entityOf func(string, int) string) {
	for _, l := range d.a.Labels {
		ent := entityOf(d.ID, l.Chain)
		k := framingKey{framingSource(d), ent}
		c := g.cells[k]
		if !crossed {
			c = g.add(k.source, ent)
			if !slices.Contains(c.Labels, l.Text) {
				c.Labels = append(c.Labels, l.Text)
			}
		}
		if c == nil || !slices.Contains(c.Labels, l.Text) {
			continue
		}
		// Two labels of one sentence cite it once.
		if ct := citeOf(d, l.Span); !slices.Contains(c.Cites, ct) {
			c.Cites = append(c.Cites, ct)
		}
	}
	// A camp is cited where the source's characterisations of the actor put it there; a view
	// the source tells as another's ("which Norland considers …") is not the source's framing.
	for _, cl := range d.a.Claims {
		if cl.Kind != dossier.ClaimCharacterise || cl.Camp == "" || len(cl.About) == 0 || cl.About[0].Chain < 0 || held(cl) {
			continue
		}
		c := g.cells[framingKey{framingSource(d), entityOf(d.ID, cl.About[0].Chain)}]
		if c == nil || c.Camp != cl.Camp {
			continue
		}
		if ct := citeOf(d, cl.Span); !slices.Contains(c.Cites, ct) {
			c.Cites = append(c.Cites, ct)
		}
	}
}

// table lays the cells out, sources shown by their document labels. A stored frame can say
// nothing: a source whose words put an actor in both camps equally and give it no label. An actor
// no source says anything of is no row, and a source that says nothing of any actor is no column.
func (g *framingGrid) table(docs []*docView, name func(string) string) framingTable {
	label := map[string]string{}
	for _, d := range docs {
		label[d.ID] = d.Label + " " + d.Source
	}
	said := func(k framingKey) bool { c := g.cells[k]; return c != nil && !c.empty() }
	srcOrder := slices.DeleteFunc(g.srcOrder, func(s string) bool {
		return !slices.ContainsFunc(g.entOrder, func(e string) bool { return said(framingKey{s, e}) })
	})
	entOrder := slices.DeleteFunc(g.entOrder, func(e string) bool {
		return !slices.ContainsFunc(srcOrder, func(s string) bool { return said(framingKey{s, e}) })
	})
	var t framingTable
	for _, s := range srcOrder {
		if l := label[s]; l != "" {
			t.Sources = append(t.Sources, l)
		} else {
			t.Sources = append(t.Sources, s)
		}
	}
	for _, e := range entOrder {
		row := framingRow{Entity: name(e)}
		for _, s := range srcOrder {
			if said(framingKey{s, e}) {
				row.Cells = append(row.Cells, *g.cells[framingKey{s, e}])
			} else {
				row.Cells = append(row.Cells, framingCell{})
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// empty tells whether a framing cell says nothing: no label and no camp.
func (c framingCell) empty() bool { return len(c.Labels) == 0 && c.Camp == "" }

// paragraphs splits a document's text into paragraphs of sentences, keeping the text between
// sentences so nothing of the document is lost.
func paragraphs(d *docView) [][]sentenceView {
	text := d.a.Doc.Text
	var paras [][]sentenceView
	var cur []sentenceView
	emit := func(s string, n int) {
		for i, part := range strings.Split(s, "\n\n") {
			if i > 0 && len(cur) > 0 {
				paras = append(paras, cur)
				cur = nil
			}
			if strings.TrimSpace(part) == "" {
				if len(cur) > 0 && part != "" {
					cur = append(cur, sentenceView{Text: " "})
				}
				continue
			}
			sv := sentenceView{N: n, Text: part, Cited: n > 0 && d.cited[n], Anchor: i == 0 && n > 0}
			if sv.Anchor {
				sv.ID = fmt.Sprintf("%s-s%d", d.Anchor, n)
			}
			cur = append(cur, sv)
		}
	}
	pos := 0
	for i, s := range d.a.Doc.Sentences {
		if s.Start < pos || s.End > len(text) || s.Start > s.End {
			continue
		}
		emit(text[pos:s.Start], 0)
		emit(text[s.Start:s.End], i+1)
		pos = s.End
	}
	emit(text[pos:], 0)
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	return paras
}

// held reports whether characterisation cl is told as the view of someone the report names
// (the claim stage writes who, as the text names them, whenever it finds one).
func held(cl dossier.Claim) bool {
	return cl.ByText != ""
}
