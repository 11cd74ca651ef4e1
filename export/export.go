// Package export writes what is stored as the public JSON export (shared/eval/FORMAT.md): one
// object with documents, entities (with mentions and labels), time expressions, events, claims,
// conflicts and happenings, every fact with the document and byte offsets it came from. It reads the store in
// passes, so documents are streamed rather than held in memory, and from a store that pages its
// cross-document results it reads them a page, or a document's chain members, at a time.
package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/dossier-project/dossier"
)

// Store is what the export reads.
type Store interface {
	Analyses(ctx context.Context, fn func(*dossier.Analysis) error) error
	Corpus(ctx context.Context) (*dossier.Corpus, error)
}

// Document is a document as exported.
type Document struct {
	ID         string   `json:"id"`
	File       string   `json:"file"`
	URL        string   `json:"url,omitempty"`
	Title      string   `json:"title"`
	Publisher  *string  `json:"publisher"`
	Published  *string  `json:"published"`
	Language   string   `json:"language"`
	Standfirst string   `json:"standfirst,omitempty"`
	Captions   []string `json:"captions,omitempty"`
	Origin     string   `json:"origin,omitempty"` // id of the first document of its origin group
	Text       string   `json:"text"`
}

// Mention is one occurrence of an entity.
type Mention struct {
	Doc   string `json:"doc"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Title string `json:"title,omitempty"`
}

// Label is how one document describes an entity.
type Label struct {
	Doc   string `json:"doc"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Entity is one actor with all its mentions and labels.
type Entity struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"`
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
	Labels   []Label   `json:"labels"`
}

// Timex is one time expression.
type Timex struct {
	Doc   string `json:"doc"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	// Dateline is true for the date of a dateline opening the text ("Published June 1 2016"),
	// which tells when the report was written, not when anything in it happened.
	Dateline bool `json:"dateline,omitempty"`
}

// Arg is one participant of an event.
type Arg struct {
	Role   string `json:"role"`
	Entity string `json:"entity"`
}

// Source is one link of an attribution chain, named or not.
type Source struct {
	Entity string `json:"entity,omitempty"`
	Text   string `json:"text"`
}

// Event is one happening as told in one clause.
type Event struct {
	ID          string   `json:"id"`
	Doc         string   `json:"doc"`
	Type        string   `json:"type"`
	Text        string   `json:"text"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Trigger     string   `json:"trigger"`
	Args        []Arg    `json:"args"`
	Time        *string  `json:"time"`
	Modality    string   `json:"modality"`
	Attribution []string `json:"attribution"`
	Sources     []Source `json:"sources,omitempty"`
	Cause       string   `json:"cause,omitempty"`
	Number      string   `json:"number,omitempty"`
	Figures     []Figure `json:"figures,omitempty"`
	Kind        string   `json:"kind,omitempty"`    // for an attack, the kind its words name ("air strike")
	By          string   `json:"by,omitempty"`      // for an attack, whose side did it: state or armed group
	Force       string   `json:"force,omitempty"`   // the state or force the words of that side name ("Russian jets": Russia)
	Ongoing     bool     `json:"ongoing,omitempty"` // told as going on or recurring, not as one incident
}

// Figure is a casualty figure an event's sentence states (see docs/EXPORT.md).
type Figure struct {
	Counts string   `json:"counts"`        // killed or wounded, or "killed or wounded" for one count of both
	Who    string   `json:"who,omitempty"` // civilians, children, fighters … when the text says
	Low    int      `json:"low"`
	High   *int     `json:"high"` // null when open-ended
	Text   string   `json:"text"`
	Update bool     `json:"update"`
	Sum    bool     `json:"sum,omitempty"` // its count adds up counts the text gives apart ("nine children and 14 others")
	Start  int      `json:"start"`         // the sentence that states it
	End    int      `json:"end"`
	Kind   string   `json:"kind,omitempty"`   // the kind of attack named nearest it
	By     string   `json:"by,omitempty"`     // whose side its sentence says did it
	Force  string   `json:"force,omitempty"`  // the state or force the words of that side name ("Russian jets": Russia)
	Around bool     `json:"around,omitempty"` // placed around a place rather than in it
	Sites  []string `json:"sites,omitempty"`  // kinds of site its sentence names ("market")
	Side   string   `json:"side,omitempty"`   // whose side the fighters it counts are on
	// Setting lists the places (entity ids) the sentences before it in its paragraph name, then
	// its headline's, nearest first: where the report sets it when its sentence names none.
	Setting []string `json:"setting,omitempty"`
	Capital string   `json:"capital,omitempty"` // the capital city its sentence names by its country alone
	Part    string   `json:"part,omitempty"`    // what part of the dead it counts ("among the dead", "bodies"), "" for a toll
}

// Happening is one real-world event as told by one or more reports, with the days it spans.
type Happening struct {
	ID           string              `json:"id"`
	Type         string              `json:"type"`
	Story        string              `json:"story,omitempty"`
	Time         *string             `json:"time"`  // TIMEX3 value: its day, else what its reports' days share
	Start        *string             `json:"start"` // the earliest day its reports give (ISO 8601), null when none
	End          *string             `json:"end"`   // the latest
	Participants []string            `json:"participants"`
	Events       []string            `json:"events"`  // the ids of its reports' events
	Origins      int                 `json:"origins"` // independent origins among its reports
	Fatalities   *dossier.Fatalities `json:"fatalities,omitempty"`
}

// Membership maps each document's mention chains to entity ids. When the cross-document pass has
// not run, every chain is an entity of its own, named after its document and chain.
type Membership struct {
	byChain map[dossier.ChainRef]string
}

// NewMembership indexes a corpus's members.
func NewMembership(c *dossier.Corpus) *Membership {
	m := &Membership{byChain: map[dossier.ChainRef]string{}}
	if c != nil {
		for _, mem := range c.Members {
			m.byChain[mem.ChainRef] = mem.Entity
		}
	}
	return m
}

// Entity returns the entity id of a chain.
func (m *Membership) Entity(doc string, chain int) string {
	if id, ok := m.byChain[dossier.ChainRef{Doc: doc, Chain: chain}]; ok {
		return id
	}
	return fmt.Sprintf("%s:%d", doc, chain)
}

// JSON writes the export of everything in store to w as one JSON object.
func JSON(ctx context.Context, w io.Writer, store Store) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	return write(ctx, bw, store, &arrayWriter{w: bw})
}

// recordWriter writes the records of the export's sections: as arrays of one object, or as
// JSON Lines.
type recordWriter interface {
	section(name string) // starts the named section: documents, timexes, events, claims, entities, conflicts, happenings
	item(v any) error
	end() error // closes the last section; the first error of any call
}

// write streams the export of store into rw, which writes to bw.
func write(ctx context.Context, bw *bufio.Writer, store Store, ew recordWriter) error {
	res, err := resultsOf(ctx, store)
	if err != nil {
		return err
	}
	if err := writeDocuments(ctx, store, res, ew); err != nil {
		return err
	}
	entities, err := entitiesOf(ctx, res)
	if err != nil {
		return err
	}
	if err := writeTimexes(ctx, store, res, ew, entities); err != nil {
		return fmt.Errorf("export timexes: %w", err)
	}
	err = eachRecord(ctx, store, res, ew, "events", func(a *dossier.Analysis) int { return len(a.Events) }, EventOf)
	if err != nil {
		return err
	}
	err = eachRecord(ctx, store, res, ew, "claims", func(a *dossier.Analysis) int { return len(a.Claims) }, ClaimOf)
	if err != nil {
		return err
	}
	if err := entities.write(ew); err != nil {
		return err
	}
	ew.section("conflicts")
	if err := res.conflicts(ctx, func(c dossier.Conflict) error { return ew.item(conflict(c)) }); err != nil {
		return err
	}
	ew.section("happenings")
	if err := res.happenings(ctx, func(h dossier.Happening) error { return ew.item(HappeningOf(h)) }); err != nil {
		return err
	}
	if err := ew.end(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// writeDocuments writes the documents section, each document with where it came from; the
// origins are let go once written.
func writeDocuments(ctx context.Context, store Store, res results, ew recordWriter) error {
	origin, err := res.origins(ctx)
	if err != nil {
		return err
	}
	ew.section("documents")
	err = store.Analyses(ctx, func(a *dossier.Analysis) error {
		return ew.item(Doc(a.Doc, origin[a.Doc.ID]))
	})
	if err != nil {
		return fmt.Errorf("export documents: %w", err)
	}
	return nil
}

// entityTable holds the entities while the documents' mentions and labels are gathered onto
// them: they are the only part of the export held in memory.
type entityTable struct {
	byID  map[string]*Entity
	order []string // ids in the order first seen
}

// entitiesOf starts the table with the stored entities, as yet without mentions or labels.
func entitiesOf(ctx context.Context, res results) (*entityTable, error) {
	t := &entityTable{byID: map[string]*Entity{}}
	err := res.entities(ctx, func(e dossier.Entity) error {
		t.byID[e.ID] = &Entity{ID: e.ID, Type: string(e.Type), Name: e.Name, Aliases: nonNil(e.Aliases),
			Mentions: []Mention{}, Labels: []Label{}}
		t.order = append(t.order, e.ID)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// gather adds the mentions and labels of analysis a to their entities; a mention of a chain
// that no stored entity holds makes an entity of its own.
func (t *entityTable) gather(a *dossier.Analysis, members *Membership) {
	for _, m := range a.Mentions {
		id := members.Entity(a.Doc.ID, m.Chain)
		e := t.byID[id]
		if e == nil {
			e = &Entity{ID: id, Type: string(m.Type), Name: m.Text, Aliases: []string{}, Mentions: []Mention{}, Labels: []Label{}}
			t.byID[id] = e
			t.order = append(t.order, id)
		}
		e.Mentions = append(e.Mentions, Mention{Doc: a.Doc.ID, Text: m.Text, Start: m.Start, End: m.End, Title: m.Title})
	}
	for _, l := range a.Labels {
		if e := t.byID[members.Entity(a.Doc.ID, l.Chain)]; e != nil {
			e.Labels = append(e.Labels, Label{Doc: a.Doc.ID, Text: l.Text, Start: l.Start, End: l.End})
		}
	}
}

// write writes the entities section in id order, letting each entity go once written.
func (t *entityTable) write(ew recordWriter) error {
	ew.section("entities")
	sort.SliceStable(t.order, func(i, j int) bool { return idLess(t.order[i], t.order[j]) })
	for i, id := range t.order {
		if err := ew.item(t.byID[id]); err != nil {
			return err
		}
		delete(t.byID, id) // written: its mentions can go
		t.order[i] = ""
	}
	return nil
}

// writeTimexes writes the timexes section and, in the same pass over the analyses, gathers
// every document's mentions and labels onto the entities.
func writeTimexes(ctx context.Context, store Store, res results, ew recordWriter, entities *entityTable) error {
	ew.section("timexes")
	return store.Analyses(ctx, func(a *dossier.Analysis) error {
		members, err := res.members(ctx, a.Doc.ID)
		if err != nil {
			return err
		}
		entities.gather(a, members)
		for _, t := range a.Timexes {
			if err := ew.item(Timex{Doc: a.Doc.ID, Text: t.Text, Start: t.Start, End: t.End, Type: t.Type, Value: t.Value, Mod: t.Mod, Dateline: t.Dateline}); err != nil {
				return err
			}
		}
		return nil
	})
}

// eachRecord writes a section holding, for every stored analysis a, the records item(a, i, its
// document's membership) for i below n(a).
func eachRecord[T any](ctx context.Context, store Store, res results, ew recordWriter, section string,
	n func(*dossier.Analysis) int, item func(*dossier.Analysis, int, *Membership) T) error {
	ew.section(section)
	err := store.Analyses(ctx, func(a *dossier.Analysis) error {
		if n(a) == 0 {
			return nil
		}
		members, err := res.members(ctx, a.Doc.ID)
		if err != nil {
			return err
		}
		for i := range n(a) {
			if err := ew.item(item(a, i, members)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("export %s: %w", section, err)
	}
	return nil
}

// Doc is the exported form of a document.
func Doc(d dossier.Document, origin string) Document {
	return Document{ID: d.ID, File: d.File, URL: d.URL, Title: d.Title, Publisher: optional(d.Publisher),
		Published: optional(d.Published), Language: d.Language, Standfirst: d.Standfirst, Captions: d.Captions,
		Origin: origin, Text: d.Text}
}

// EventOf is the exported form of the i-th event of a.
func EventOf(a *dossier.Analysis, i int, members *Membership) Event {
	ev := a.Events[i]
	out := Event{ID: fmt.Sprintf("%s:v%d", a.Doc.ID, i+1), Doc: a.Doc.ID, Type: string(ev.Type), Text: ev.Text,
		Start: ev.Start, End: ev.End, Time: optional(ev.Time), Modality: string(ev.Modality),
		Args: []Arg{}, Attribution: []string{}, Cause: ev.Cause, Number: ev.Number, Kind: ev.Kind, By: ev.By, Force: ev.Force, Ongoing: ev.Ongoing}
	if ev.Trigger.End > ev.Trigger.Start && ev.Trigger.End <= len(a.Doc.Text) {
		out.Trigger = a.Doc.Text[ev.Trigger.Start:ev.Trigger.End]
	}
	for _, f := range ev.Figures {
		out.Figures = append(out.Figures, Figure{Counts: f.Counts, Who: f.Who, Low: f.Low, High: f.High, Text: f.Text,
			Update: f.Update, Sum: f.Sum, Start: f.Start, End: f.End, Kind: f.Kind, By: f.By, Force: f.Force, Around: f.Around, Sites: f.Sites, Side: f.Side,
			Setting: settingPlaces(a, f.Setting, members), Capital: f.Capital, Part: f.Part})
	}
	for _, arg := range ev.Args {
		out.Args = append(out.Args, Arg{Role: arg.Role, Entity: members.Entity(a.Doc.ID, arg.Chain)})
	}
	for _, s := range ev.Attribution {
		src := Source{Text: s.Text}
		if s.Chain >= 0 {
			src.Entity = members.Entity(a.Doc.ID, s.Chain)
			out.Attribution = append(out.Attribution, src.Entity)
		}
		out.Sources = append(out.Sources, src)
	}
	return out
}

// settingPlaces lists the entities of the places the spans of a figure's setting name, nearest
// span first and in the order of the text within one, each once. A place an agency's dateline
// names is where the report was filed, not where the figure lies: it is left out.
func settingPlaces(a *dossier.Analysis, setting []dossier.Span, members *Membership) []string {
	var out []string
	seen := map[string]bool{}
	for _, sp := range setting {
		var in []dossier.Mention
		for _, m := range a.Mentions {
			if m.Type == dossier.LOC && sp.Contains(m.Span) && m.Start >= a.Dateline {
				in = append(in, m)
			}
		}
		sort.SliceStable(in, func(i, j int) bool { return in[i].Start < in[j].Start })
		for _, m := range in {
			if id := members.Entity(a.Doc.ID, m.Chain); !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	return out
}

// Claim is one claim a sentence makes (see docs/EXPORT.md).
type Claim struct {
	ID      string   `json:"id"`
	Doc     string   `json:"doc"`
	Kind    string   `json:"kind"` // accuse, deed, mutual, unclear, deny, cause, characterise, accounts
	Text    string   `json:"text"` // the sentence (for a characterisation by label, the label)
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Cue     string   `json:"cue,omitempty"`     // the cue as written
	By      *string  `json:"by"`                // entity id of who makes it, null when unnamed or the report itself
	ByText  string   `json:"by_text,omitempty"` // who makes it, as the text says
	About   []string `json:"about"`             // entity ids: the blamed, the denier, the actor described
	Event   *string  `json:"event"`             // id of the event it is about, null when none
	Negated bool     `json:"negated,omitempty"`
	Hedged  bool     `json:"hedged,omitempty"`
	Attack  bool     `json:"attack,omitempty"`
	Role    bool     `json:"role,omitempty"`
	Object  string   `json:"object,omitempty"` // deny: what is denied; cause: the reason
	Camp    string   `json:"camp,omitempty"`   // characterise: backed or hostile
	Side    string   `json:"side,omitempty"`   // accuse: the side of a force no name is given ("state", "armed group")
	Force   string   `json:"force,omitempty"`  // accuse: the state whose forces it names, with Side
	Other   *Quote   `json:"other,omitempty"`  // accounts: the competing account
}

// Quote is a stretch of a document's text with its byte offsets.
type Quote struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ClaimOf is the exported form of the i-th claim of a.
func ClaimOf(a *dossier.Analysis, i int, members *Membership) Claim {
	c := a.Claims[i]
	text := a.Doc.Text
	out := Claim{ID: fmt.Sprintf("%s:k%d", a.Doc.ID, i+1), Doc: a.Doc.ID, Kind: string(c.Kind), Start: c.Start, End: c.End,
		ByText: c.ByText, About: []string{}, Negated: c.Negated, Hedged: c.Hedged, Attack: c.Attack, Role: c.Role,
		Object: c.Object, Camp: c.Camp, Side: c.Side, Force: c.Force}
	if c.Start >= 0 && c.Start <= c.End && c.End <= len(text) {
		out.Text = text[c.Start:c.End]
	}
	if c.Cue.Start >= 0 && c.Cue.Start < c.Cue.End && c.Cue.End <= len(text) {
		out.Cue = text[c.Cue.Start:c.Cue.End]
	}
	if c.By.Chain >= 0 {
		out.By = optional(members.Entity(a.Doc.ID, c.By.Chain))
	}
	for _, p := range c.About {
		if p.Chain >= 0 {
			out.About = append(out.About, members.Entity(a.Doc.ID, p.Chain))
		}
	}
	if c.Event >= 0 && c.Event < len(a.Events) {
		out.Event = optional(fmt.Sprintf("%s:v%d", a.Doc.ID, c.Event+1))
	}
	if o := c.Other; o != nil && o.Start >= 0 && o.Start <= o.End && o.End <= len(text) {
		out.Other = &Quote{Text: text[o.Start:o.End], Start: o.Start, End: o.End}
	}
	return out
}

// HappeningOf is the exported form of a happening; its events are named as EventOf names them.
func HappeningOf(h dossier.Happening) Happening {
	out := Happening{ID: h.ID, Type: string(h.Type), Story: h.Story, Time: optional(h.Time), Start: optional(h.Start),
		End: optional(h.End), Participants: nonNil(h.Participants), Events: []string{}, Origins: h.Origins, Fatalities: h.Fatalities}
	for _, r := range h.Reports {
		out.Events = append(out.Events, fmt.Sprintf("%s:v%d", r.Doc, r.Event+1))
	}
	return out
}

type conflictOut struct {
	ID      string         `json:"id"`
	Kind    string         `json:"kind"`
	About   []string       `json:"about"`
	Sides   []conflictSide `json:"sides"`
	Summary string         `json:"summary"`
}

type conflictSide struct {
	Doc   string `json:"doc"`
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func conflict(c dossier.Conflict) conflictOut {
	out := conflictOut{ID: c.ID, Kind: c.Kind, About: nonNil(c.About), Summary: c.Summary, Sides: []conflictSide{}}
	for _, s := range c.Sides {
		out.Sides = append(out.Sides, conflictSide{Doc: s.Doc, Text: s.Text, Start: s.Start, End: s.End})
	}
	return out
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// idLess orders ids like "e2" before "e10", and others by text.
func idLess(a, b string) bool {
	if len(a) != len(b) && len(a) > 0 && len(b) > 0 && a[0] == b[0] && isDigits(a[1:]) && isDigits(b[1:]) {
		return len(a) < len(b)
	}
	return a < b
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// arrayWriter writes the sections as fields of one object, each an array of items separated by
// commas, keeping the first error.
type arrayWriter struct {
	w        *bufio.Writer
	count    int
	sections int
	err      error
}

func (a *arrayWriter) section(name string) {
	if a.sections == 0 {
		a.w.WriteString("{\n")
	} else {
		a.w.WriteString("],\n")
	}
	a.sections++
	a.w.WriteString(`"` + name + `": [`)
	a.count = 0
}

func (a *arrayWriter) end() error {
	if a.sections == 0 {
		a.w.WriteString("{")
	} else {
		a.w.WriteString("]")
	}
	a.w.WriteString("\n}\n")
	return a.err
}

func (a *arrayWriter) item(v any) error {
	if a.err != nil {
		return a.err
	}
	if a.count > 0 {
		a.w.WriteString(",")
	}
	a.w.WriteString("\n")
	a.count++
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if a.err = enc.Encode(v); a.err == nil {
		_, a.err = a.w.Write(bytes.TrimRight(buf.Bytes(), "\n"))
	}
	return a.err
}
