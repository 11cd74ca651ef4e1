package web

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/crosscheck"
	"github.com/dossier-project/dossier/export"
	"github.com/dossier-project/dossier/timeline"
)

// snapshot is everything read from the store at one time, with the cross-document check made of
// it and the indexes the pages use. It is never changed after load.
type snapshot struct {
	sum      [32]byte // fingerprint of what was read, to skip work when nothing changed
	analyses []*dossier.Analysis
	byDoc    map[string]*dossier.Analysis
	corpus   *dossier.Corpus
	check    *crosscheck.Result
	members  *export.Membership
	entities []*dossier.Entity // every entity, including chains no resolution placed
	entity   map[string]*dossier.Entity
	origin   map[string]dossier.Origin
	events   []Event // every event, in document order
}

// load reads src and builds a snapshot; when prev was read from the same data it is returned
// as it is.
func load(ctx context.Context, src Source, checker *crosscheck.Checker, prev *snapshot) (*snapshot, error) {
	var analyses []*dossier.Analysis
	h := sha256.New()
	err := src.Analyses(ctx, func(an *dossier.Analysis) error {
		analyses = append(analyses, an)
		var n [8]byte
		binary.LittleEndian.PutUint64(n[:], uint64(len(an.Doc.Text)))
		h.Write([]byte(an.Doc.ID))
		h.Write(n[:])
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web: read analyses: %w", err)
	}
	corpus, err := src.Corpus(ctx)
	if err != nil {
		return nil, fmt.Errorf("web: read corpus: %w", err)
	}
	if corpus == nil {
		corpus = &dossier.Corpus{}
	}
	cj, err := json.Marshal(corpus)
	if err != nil {
		return nil, fmt.Errorf("web: fingerprint corpus: %w", err)
	}
	h.Write(cj)
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	if prev != nil && prev.sum == sum {
		return prev, nil
	}

	s := &snapshot{sum: sum, analyses: analyses, byDoc: map[string]*dossier.Analysis{}, corpus: corpus,
		members: export.NewMembership(corpus), entity: map[string]*dossier.Entity{}, origin: map[string]dossier.Origin{}}
	for _, an := range analyses {
		s.byDoc[an.Doc.ID] = an
	}
	s.check = checker.Check(analyses, corpus.Entities, corpus.Members)
	for i := range corpus.Entities {
		e := &corpus.Entities[i]
		s.entities = append(s.entities, e)
		s.entity[e.ID] = e
	}
	// Chains no resolution placed (the cross-document pass has not run) still get a page: an
	// entity of their own, named by their longest spelling.
	own := map[string]bool{}
	for _, an := range analyses {
		for _, m := range an.Mentions {
			id := s.members.Entity(an.Doc.ID, m.Chain)
			e := s.entity[id]
			switch {
			case e == nil:
				e = &dossier.Entity{ID: id, Type: m.Type, Name: m.Text, Aliases: []string{}}
				s.entity[id] = e
				s.entities = append(s.entities, e)
				own[id] = true
			case own[id] && m.Text != e.Name && !contains(e.Aliases, m.Text):
				if len(m.Text) > len(e.Name) {
					e.Name, m.Text = m.Text, e.Name
				}
				e.Aliases = append(e.Aliases, m.Text)
			}
		}
	}
	for _, o := range s.check.Origins {
		s.origin[o.Doc] = o
	}
	if len(s.check.Origins) == 0 {
		for _, o := range corpus.Origins {
			s.origin[o.Doc] = o
		}
	}
	for _, an := range analyses {
		s.events = append(s.events, s.docEvents(an)...)
	}
	return s, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// conflicts are the disagreements found: the fresh check's, else the stored ones.
func (s *snapshot) conflicts() []dossier.Conflict {
	if len(s.check.Conflicts) > 0 || len(s.corpus.Conflicts) == 0 {
		return s.check.Conflicts
	}
	return s.corpus.Conflicts
}

// entityName is the display name of an entity id.
func (s *snapshot) entityName(id string) string {
	if e := s.entity[id]; e != nil {
		return e.Name
	}
	return id
}

// source names a document by its publisher, else its file, else its id.
func (s *snapshot) source(doc string) string {
	an := s.byDoc[doc]
	switch {
	case an == nil:
		return doc
	case strings.TrimSpace(an.Doc.Publisher) != "":
		return strings.TrimSpace(an.Doc.Publisher)
	case an.Doc.File != "":
		return path.Base(an.Doc.File)
	}
	return doc
}

// sentenceAt is the index of the sentence of doc holding byte offset off, or -1.
func (s *snapshot) sentenceAt(doc string, off int) int {
	an := s.byDoc[doc]
	if an == nil {
		return -1
	}
	return sentenceIndex(an.Doc.Sentences, off)
}

func sentenceIndex(sents []dossier.Span, off int) int {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > off })
	if i < len(sents) && sents[i].Start <= off {
		return i
	}
	if i > 0 {
		return i - 1 // between sentences: the one before
	}
	if len(sents) > 0 {
		return 0
	}
	return -1
}

// DocSummary is a document as lists show it.
type DocSummary struct {
	ID           string `json:"id"`
	Title        string `json:"title"`
	Publisher    string `json:"publisher"` // "" when the page does not say
	Published    string `json:"published"` // ISO 8601 as precise as known; "" when unknown
	Language     string `json:"language"`
	URL          string `json:"url"`
	File         string `json:"file"`
	Source       string `json:"source"`        // the publisher, else the file
	Origin       string `json:"origin"`        // id of the first document of its origin group
	OriginReason string `json:"origin_reason"` // why it joined that group; "" when it starts it
	Mentions     int    `json:"mentions"`
	Events       int    `json:"events"`
}

func (s *snapshot) summary(an *dossier.Analysis) DocSummary {
	o := s.origin[an.Doc.ID]
	d := DocSummary{ID: an.Doc.ID, Title: an.Doc.Title, Publisher: an.Doc.Publisher, Published: an.Doc.Published,
		Language: an.Doc.Language, URL: an.Doc.URL, File: an.Doc.File, Source: s.source(an.Doc.ID),
		Origin: o.Group, Mentions: len(an.Mentions), Events: len(an.Events)}
	if o.Group != "" && o.Group != an.Doc.ID {
		d.OriginReason = o.Reason
	}
	return d
}

func (s *snapshot) summaries() []DocSummary {
	out := make([]DocSummary, 0, len(s.analyses))
	for _, an := range s.analyses {
		out = append(out, s.summary(an))
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Published == "") != (b.Published == "") {
			return a.Published != ""
		}
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		return a.ID < b.ID
	})
	return out
}

// Event is one event as the pages and the API show it.
type Event struct {
	ID          string     `json:"id"` // document id and the event's index in it: "doc/3"
	Doc         string     `json:"doc"`
	Source      string     `json:"source"`
	Sentence    int        `json:"sentence"` // index of the sentence it is told in, -1 when unknown
	Type        string     `json:"type"`
	Modality    string     `json:"modality"`
	Time        string     `json:"time"` // TIMEX3 value; "" when the text ties none to it
	Mod         string     `json:"mod"`  // START, MID, END … of the time expression
	When        string     `json:"when"` // the time in words, or "undated"
	From        string     `json:"from"` // interval start (YYYY-MM-DD; year 0001 when unknown)
	To          string     `json:"to"`   // interval end, exclusive
	Precision   string     `json:"precision"`
	YearKnown   bool       `json:"year_known"`
	Trigger     string     `json:"trigger"`
	Args        []EventArg `json:"args"`
	Attribution []Said     `json:"attribution"` // who is said to say so, outermost first
	Cause       string     `json:"cause"`
	Number      string     `json:"number"`
	Text        string     `json:"text"`
	Start       int        `json:"start"`
	End         int        `json:"end"`
}

// EventArg is one participant of an event.
type EventArg struct {
	Role   string `json:"role"`
	Entity string `json:"entity"`
	Name   string `json:"name"`
}

// Said is one link of an attribution chain: a named entity or the text's own words.
type Said struct {
	Entity string `json:"entity"` // "" when the source is not a named actor
	Text   string `json:"text"`
}

func (s *snapshot) docEvents(an *dossier.Analysis) []Event {
	mods := map[string]string{}
	for _, t := range an.Timexes {
		if t.Mod != "" {
			mods[t.Value] = t.Mod
		}
	}
	var out []Event
	for i, ev := range an.Events {
		e := Event{ID: fmt.Sprintf("%s/%d", an.Doc.ID, i), Doc: an.Doc.ID, Source: s.source(an.Doc.ID),
			Sentence: sentenceIndex(an.Doc.Sentences, ev.Start), Type: string(ev.Type), Modality: string(ev.Modality),
			Time: ev.Time, Mod: mods[ev.Time], When: "undated", Cause: ev.Cause, Number: ev.Number,
			Text: ev.Text, Start: ev.Start, End: ev.End, Args: []EventArg{}, Attribution: []Said{}}
		if t := ev.Trigger; t.Start >= 0 && t.Start <= t.End && t.End <= len(an.Doc.Text) {
			e.Trigger = an.Doc.Text[t.Start:t.End]
		}
		if ev.Time != "" {
			e.When = timeline.Describe(ev.Time, e.Mod)
			if iv, ok := timeline.Parse(ev.Time, e.Mod); ok {
				e.From, e.To = iv.Start.Format("2006-01-02"), iv.End.Format("2006-01-02")
				e.Precision, e.YearKnown = iv.Precision, iv.YearKnown
			}
		}
		for _, a := range ev.Args {
			id := s.members.Entity(an.Doc.ID, a.Chain)
			e.Args = append(e.Args, EventArg{Role: a.Role, Entity: id, Name: s.entityName(id)})
		}
		for _, src := range ev.Attribution {
			if src.Chain >= 0 {
				id := s.members.Entity(an.Doc.ID, src.Chain)
				e.Attribution = append(e.Attribution, Said{Entity: id, Text: s.entityName(id)})
			} else {
				e.Attribution = append(e.Attribution, Said{Text: src.Text})
			}
		}
		out = append(out, e)
	}
	return out
}

// involves reports whether entity id takes part in e or is cited for it.
func (e Event) involves(id string) bool {
	for _, a := range e.Args {
		if a.Entity == id {
			return true
		}
	}
	for _, a := range e.Attribution {
		if a.Entity == id {
			return true
		}
	}
	return false
}

// timelineEvents are the events with a time, ordered by timeline.Less; events with the same time
// keep document order.
func (s *snapshot) timelineEvents() []Event {
	var out []Event
	for _, e := range s.events {
		if e.Time != "" {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return timeline.Less(out[i].Time, out[i].Mod, out[j].Time, out[j].Mod)
	})
	return out
}

// EntitySummary is an entity as lists show it.
type EntitySummary struct {
	ID        string   `json:"id"`
	Type      string   `json:"type"`
	Name      string   `json:"name"`
	Aliases   []string `json:"aliases"`
	Documents int      `json:"document_count"`
	Mentions  int      `json:"mention_count"`
}

func (s *snapshot) entitySummaries(typ string) []EntitySummary {
	docs := map[string]map[string]bool{}
	mentions := map[string]int{}
	for _, an := range s.analyses {
		for _, m := range an.Mentions {
			id := s.members.Entity(an.Doc.ID, m.Chain)
			if docs[id] == nil {
				docs[id] = map[string]bool{}
			}
			docs[id][an.Doc.ID] = true
			mentions[id]++
		}
	}
	out := []EntitySummary{}
	for _, e := range s.entities {
		if typ != "" && string(e.Type) != typ {
			continue
		}
		out = append(out, EntitySummary{ID: e.ID, Type: string(e.Type), Name: e.Name, Aliases: nonNil(e.Aliases),
			Documents: len(docs[e.ID]), Mentions: mentions[e.ID]})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Name < b.Name
	})
	return out
}

// EntityDetail is everything known about one entity.
type EntityDetail struct {
	EntitySummary
	Spellings     []Spelling   `json:"spellings"`
	Framing       []Framing    `json:"framing"`
	DocumentsList []DocSummary `json:"documents"`
	Events        []Event      `json:"events"`
	Conflicts     []Conflict   `json:"conflicts"`
}

// Spelling is one way an entity is written, with the sources that write it so.
type Spelling struct {
	Text    string      `json:"text"`
	Count   int         `json:"count"`
	Sources []UseCount  `json:"sources"`
	Docs    []DocAnchor `json:"docs"` // where it is written, first sentence per document
}

// UseCount is how often one source uses something.
type UseCount struct {
	Source string `json:"source"`
	Count  int    `json:"count"`
}

// DocAnchor points at a sentence of a document.
type DocAnchor struct {
	Doc      string `json:"doc"`
	Source   string `json:"source"`
	Sentence int    `json:"sentence"`
}

// Framing is how one source labels the entity.
type Framing struct {
	Source string   `json:"source"`
	Labels []string `json:"labels"`
	Camp   string   `json:"camp"` // backed, hostile, or "" when the words say neither or both
}

func (s *snapshot) entityDetail(id string) (*EntityDetail, bool) {
	e := s.entity[id]
	if e == nil {
		return nil, false
	}
	d := &EntityDetail{Spellings: []Spelling{}, Framing: []Framing{}, DocumentsList: []DocSummary{},
		Events: []Event{}, Conflicts: []Conflict{}}
	d.EntitySummary = EntitySummary{ID: e.ID, Type: string(e.Type), Name: e.Name, Aliases: nonNil(e.Aliases)}
	type acc struct {
		sp   Spelling
		by   map[string]int
		seen map[string]bool
	}
	byText := map[string]*acc{}
	var order []string
	for _, an := range s.analyses {
		in := false
		for _, m := range an.Mentions {
			if s.members.Entity(an.Doc.ID, m.Chain) != id {
				continue
			}
			in = true
			d.Mentions++
			a := byText[m.Text]
			if a == nil {
				a = &acc{sp: Spelling{Text: m.Text}, by: map[string]int{}, seen: map[string]bool{}}
				byText[m.Text] = a
				order = append(order, m.Text)
			}
			a.sp.Count++
			src := s.source(an.Doc.ID)
			if a.by[src] == 0 {
				a.sp.Sources = append(a.sp.Sources, UseCount{Source: src})
			}
			a.by[src]++
			if !a.seen[an.Doc.ID] {
				a.seen[an.Doc.ID] = true
				a.sp.Docs = append(a.sp.Docs, DocAnchor{Doc: an.Doc.ID, Source: src, Sentence: sentenceIndex(an.Doc.Sentences, m.Start)})
			}
		}
		if in {
			d.DocumentsList = append(d.DocumentsList, s.summary(an))
		}
	}
	d.Documents = len(d.DocumentsList)
	for _, t := range order {
		a := byText[t]
		for i := range a.sp.Sources {
			a.sp.Sources[i].Count = a.by[a.sp.Sources[i].Source]
		}
		d.Spellings = append(d.Spellings, a.sp)
	}
	sort.SliceStable(d.Spellings, func(i, j int) bool { return d.Spellings[i].Count > d.Spellings[j].Count })
	for _, f := range s.check.Framing {
		if f.Entity == id && (len(f.Labels) > 0 || f.Camp != "") {
			src := f.Source
			if s.byDoc[src] != nil { // the check names a source without a publisher by its document
				src = s.source(src)
			}
			d.Framing = append(d.Framing, Framing{Source: src, Labels: nonNil(f.Labels), Camp: f.Camp})
		}
	}
	for _, ev := range s.events {
		if ev.involves(id) {
			d.Events = append(d.Events, ev)
		}
	}
	for _, c := range s.conflicts() {
		for _, a := range c.About {
			if a == id {
				d.Conflicts = append(d.Conflicts, s.conflict(c))
				break
			}
		}
	}
	return d, true
}

// Conflict is a disagreement between reports, with each side's sentence.
type Conflict struct {
	ID      string  `json:"id"`
	Kind    string  `json:"kind"`
	Summary string  `json:"summary"`
	About   []Named `json:"about"`
	Sides   []Side  `json:"sides"`
}

// Named is an entity id with its name.
type Named struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Side is what one document says in a conflict.
type Side struct {
	Doc      string `json:"doc"`
	Source   string `json:"source"`
	Title    string `json:"title"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

func (s *snapshot) conflict(c dossier.Conflict) Conflict {
	out := Conflict{ID: c.ID, Kind: c.Kind, Summary: c.Summary, About: []Named{}, Sides: []Side{}}
	for _, id := range c.About {
		out.About = append(out.About, Named{ID: id, Name: s.entityName(id)})
	}
	for _, sd := range c.Sides {
		side := Side{Doc: sd.Doc, Source: s.source(sd.Doc), Sentence: s.sentenceAt(sd.Doc, sd.Start),
			Start: sd.Start, End: sd.End, Text: sd.Text}
		if an := s.byDoc[sd.Doc]; an != nil {
			side.Title = an.Doc.Title
		}
		out.Sides = append(out.Sides, side)
	}
	return out
}

func (s *snapshot) conflictList() []Conflict {
	out := []Conflict{}
	for _, c := range s.conflicts() {
		out = append(out, s.conflict(c))
	}
	return out
}

// Sources is who published what, and which documents share an origin.
type Sources struct {
	Documents          int         `json:"document_count"`
	IndependentOrigins int         `json:"independent_origins"`
	Publishers         []Publisher `json:"publishers"`
	Groups             []Group     `json:"groups"`
	Stories            []Story     `json:"stories"`
}

// Publisher is one source with its documents.
type Publisher struct {
	Name      string       `json:"name"` // "" for documents that do not say
	Documents []DocSummary `json:"documents"`
	Origins   int          `json:"origins"` // origin groups its documents belong to
}

// Group is one origin group: documents that copy, syndicate or translate one another.
type Group struct {
	ID      string   `json:"id"` // the group's earliest document
	Members []Member `json:"members"`
}

// Member is one document of an origin group and why it is there.
type Member struct {
	Doc    string `json:"doc"`
	Source string `json:"source"`
	Title  string `json:"title"`
	Reason string `json:"reason"` // "" for the document that starts the group
}

// Story is a group of documents about one story.
type Story struct {
	ID       string  `json:"id"`
	Docs     []Named `json:"docs"` // document ids with their titles
	Entities []Named `json:"entities"`
}

func (s *snapshot) sources() Sources {
	out := Sources{Documents: len(s.analyses), Publishers: []Publisher{}, Groups: []Group{}, Stories: []Story{}}
	byPub := map[string]*Publisher{}
	var pubs []string
	for _, d := range s.summaries() {
		p := byPub[d.Publisher]
		if p == nil {
			p = &Publisher{Name: d.Publisher}
			byPub[d.Publisher] = p
			pubs = append(pubs, d.Publisher)
		}
		p.Documents = append(p.Documents, d)
	}
	sort.Slice(pubs, func(i, j int) bool {
		if (pubs[i] == "") != (pubs[j] == "") {
			return pubs[i] != ""
		}
		return strings.ToLower(pubs[i]) < strings.ToLower(pubs[j])
	})
	for _, name := range pubs {
		p := byPub[name]
		groups := map[string]bool{}
		for _, d := range p.Documents {
			groups[d.Origin] = true
		}
		p.Origins = len(groups)
		out.Publishers = append(out.Publishers, *p)
	}
	byGroup := map[string]*Group{}
	var ids []string
	for _, an := range s.analyses {
		o, ok := s.origin[an.Doc.ID]
		if !ok {
			o = dossier.Origin{Doc: an.Doc.ID, Group: an.Doc.ID}
		}
		g := byGroup[o.Group]
		if g == nil {
			g = &Group{ID: o.Group}
			byGroup[o.Group] = g
			ids = append(ids, o.Group)
		}
		m := Member{Doc: an.Doc.ID, Source: s.source(an.Doc.ID), Title: an.Doc.Title}
		if o.Group != an.Doc.ID {
			m.Reason = o.Reason
		}
		g.Members = append(g.Members, m)
	}
	out.IndependentOrigins = len(ids)
	sort.SliceStable(ids, func(i, j int) bool { return len(byGroup[ids[i]].Members) > len(byGroup[ids[j]].Members) })
	for _, id := range ids {
		g := byGroup[id]
		sort.SliceStable(g.Members, func(i, j int) bool { return g.Members[i].Reason == "" && g.Members[j].Reason != "" })
		out.Groups = append(out.Groups, *g)
	}
	for _, st := range s.check.Stories {
		story := Story{ID: st.ID, Docs: []Named{}, Entities: []Named{}}
		for _, d := range st.Docs {
			title := d
			if an := s.byDoc[d]; an != nil {
				title = an.Doc.Title
			}
			story.Docs = append(story.Docs, Named{ID: d, Name: title})
		}
		for _, e := range st.Entities {
			story.Entities = append(story.Entities, Named{ID: e, Name: s.entityName(e)})
		}
		out.Stories = append(out.Stories, story)
	}
	return out
}

func nonNil[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return v
}
