package view_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
	"github.com/dossier-project/dossier/view"
)

// memStore keeps analyses and a corpus in memory: a view.Source, and enough of a store for
// the pipeline to write to.
type memStore struct {
	mu       sync.Mutex
	analyses map[string]*dossier.Analysis
	corpus   *dossier.Corpus
}

func newMemStore() *memStore { return &memStore{analyses: map[string]*dossier.Analysis{}} }

func (m *memStore) Has(ctx context.Context, id string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.analyses[id] != nil, nil
}

func (m *memStore) Put(ctx context.Context, batch []*dossier.Analysis) ([]bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]bool, len(batch))
	for i, an := range batch {
		if m.analyses[an.Doc.ID] == nil {
			m.analyses[an.Doc.ID] = an
			out[i] = true
		}
	}
	return out, nil
}

func (m *memStore) PutFailures(ctx context.Context, fs []dossier.Failure) error { return nil }

func (m *memStore) Analyses(ctx context.Context, fn func(*dossier.Analysis) error) error {
	m.mu.Lock()
	var ids []string
	for id := range m.analyses {
		ids = append(ids, id)
	}
	m.mu.Unlock()
	sortStrings(ids)
	for _, id := range ids {
		m.mu.Lock()
		an := m.analyses[id]
		m.mu.Unlock()
		if err := fn(an); err != nil {
			return err
		}
	}
	return nil
}

func (m *memStore) PutCorpus(ctx context.Context, c *dossier.Corpus) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.corpus = c
	return nil
}

func (m *memStore) Corpus(ctx context.Context) (*dossier.Corpus, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.corpus, nil
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// doc builds an analysis of text; mentions, labels and time expressions are given by their
// text (the n-th occurrence when the same text comes again) and placed at their offsets.
type doc struct {
	an   *dossier.Analysis
	seen map[string]int
}

func newDoc(id, file, publisher, published, title, text string) *doc {
	d := dossier.Document{ID: id, File: file, Publisher: publisher, Published: published, Title: title,
		Language: "en", Text: text, Sentences: segment.New(en.Embedded()).Sentences(text)}
	return &doc{an: &dossier.Analysis{Doc: d}, seen: map[string]int{}}
}

// span finds the next occurrence of s.
func (d *doc) span(s string) dossier.Span {
	from := d.seen[s]
	i := strings.Index(d.an.Doc.Text[from:], s)
	if i < 0 {
		panic("no " + s + " in " + d.an.Doc.ID)
	}
	d.seen[s] = from + i + len(s)
	return dossier.Span{Start: from + i, End: from + i + len(s)}
}

// skip passes over the next occurrence of s.
func (d *doc) skip(s string) *doc {
	d.span(s)
	return d
}

func (d *doc) mention(text string, typ dossier.EntityType, chain int) *doc {
	d.an.Mentions = append(d.an.Mentions, dossier.Mention{Span: d.span(text), Text: text, Type: typ, Chain: chain})
	return d
}

func (d *doc) label(text string, chain int) *doc {
	d.an.Labels = append(d.an.Labels, dossier.Label{Span: d.span(text), Text: text, Chain: chain})
	return d
}

func (d *doc) timex(text, value, mod string) *doc {
	d.an.Timexes = append(d.an.Timexes, dossier.Timex{Span: d.span(text), Text: text, Type: "DATE", Value: value, Mod: mod})
	return d
}

func (d *doc) event(clause string, typ dossier.EventType, time string, mod dossier.Modality, args []dossier.Arg, said ...dossier.Source) *doc {
	sp := d.span(clause)
	d.an.Events = append(d.an.Events, dossier.Event{Span: sp, Type: typ, Trigger: dossier.Span{Start: sp.Start, End: sp.Start}, Text: clause,
		Args: args, Time: time, Modality: mod, Attribution: said})
	return d
}

const (
	almanacText = "Early in March 2023 José Ramírez met the Lantern Council. " +
		"On 2 October José Ramírez will meet the Lantern Council again, officials said."
	gazetteText = "Jose Ramirez, a former judge, left Port Amaro for Lindenau in 2022. Amaro is a port."
	strayText   = "Mira Holt wrote the letter. Holt signed it."
)

// smallStore holds three documents: two about one person written with and without accents,
// resolved into entities, and one whose chain no resolution placed.
func smallStore() *memStore {
	almanac := newDoc("almanac-1", "almanac.html", "Valley Almanac", "2023-03-10", "Council diary", almanacText).
		mention("José Ramírez", dossier.PER, 0).mention("Lantern Council", dossier.ORG, 1).
		mention("José Ramírez", dossier.PER, 0).mention("Lantern Council", dossier.ORG, 1).
		timex("Early in March 2023", "2023-03", "START").timex("2 October", "XXXX-10-02", "").
		event("Early in March 2023 José Ramírez met the Lantern Council.", dossier.Consult, "2023-03", dossier.Asserted,
			[]dossier.Arg{{Role: "actor", Chain: 0}, {Role: "other", Chain: 1}}).
		event("On 2 October José Ramírez will meet the Lantern Council again", dossier.Consult, "XXXX-10-02", dossier.Future,
			[]dossier.Arg{{Role: "actor", Chain: 0}}, dossier.Source{Chain: -1, Text: "officials"})
	gazette := newDoc("gazette-1", "notes/gazette.txt", "", "", "Judge leaves", gazetteText).
		mention("Jose Ramirez", dossier.PER, 0).label("a former judge", 0).
		mention("Port Amaro", dossier.LOC, 1).mention("Lindenau", dossier.LOC, 2).skip("Amaro").mention("Amaro", dossier.LOC, 3).
		timex("2022", "2022", "").
		event("Jose Ramirez, a former judge, left Port Amaro for Lindenau in 2022.", dossier.Travel, "2022", dossier.Reported,
			[]dossier.Arg{{Role: "actor", Chain: 0}, {Role: "destination", Chain: 2}}, dossier.Source{Chain: 1, Text: "Port Amaro"}).
		event("Amaro is a port.", dossier.Support, "", dossier.Asserted, nil)
	stray := newDoc("stray-1", "stray.txt", "", "", "Letter", strayText).
		mention("Mira Holt", dossier.PER, 0).skip("Holt").mention("Holt", dossier.PER, 0)

	side := func(d *doc, s string) dossier.ConflictSide {
		i := strings.Index(d.an.Doc.Text, s)
		return dossier.ConflictSide{Doc: d.an.Doc.ID, Span: dossier.Span{Start: i, End: i + len(s)}, Text: s}
	}
	m := newMemStore()
	m.Put(context.Background(), []*dossier.Analysis{almanac.an, gazette.an, stray.an})
	m.corpus = &dossier.Corpus{
		Entities: []dossier.Entity{
			{ID: "e1", Type: dossier.PER, Name: "José Ramírez", Aliases: []string{"Jose Ramirez"}},
			{ID: "e2", Type: dossier.ORG, Name: "Lantern Council", Aliases: []string{}},
			{ID: "e3", Type: dossier.LOC, Name: "Port Amaro", Aliases: []string{}},
			{ID: "e4", Type: dossier.LOC, Name: "Lindenau", Aliases: []string{}},
			{ID: "e5", Type: dossier.LOC, Name: "Amaro", Aliases: []string{}},
		},
		Members: []dossier.Member{
			{ChainRef: dossier.ChainRef{Doc: "almanac-1", Chain: 0}, Entity: "e1"},
			{ChainRef: dossier.ChainRef{Doc: "almanac-1", Chain: 1}, Entity: "e2"},
			{ChainRef: dossier.ChainRef{Doc: "gazette-1", Chain: 0}, Entity: "e1"},
			{ChainRef: dossier.ChainRef{Doc: "gazette-1", Chain: 1}, Entity: "e3"},
			{ChainRef: dossier.ChainRef{Doc: "gazette-1", Chain: 2}, Entity: "e4"},
			{ChainRef: dossier.ChainRef{Doc: "gazette-1", Chain: 3}, Entity: "e5"},
		},
		Conflicts: []dossier.Conflict{{ID: "c1", Kind: "place", About: []string{"e1"},
			Sides:   []dossier.ConflictSide{side(almanac, "José Ramírez met the Lantern Council"), side(gazette, "left Port Amaro for Lindenau")},
			Summary: "where José Ramírez was"}},
		Frames: []dossier.Frame{{Source: "gazette", Entity: "e1", Labels: []string{"a former judge"}}},
	}
	return m
}

func load(t *testing.T, src view.Source) *view.Snapshot {
	t.Helper()
	s, err := view.Load(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func names(es []view.EntitySummary) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, e.Name)
	}
	return out
}

func TestFindEntities(t *testing.T) {
	s := load(t, smallStore())
	tests := []struct {
		query string
		want  []string
	}{
		{"José Ramírez", []string{"José Ramírez"}},
		{"jose ramirez", []string{"José Ramírez"}},      // an alias, accents folded
		{"  JOSÉ   RAMÍREZ ", []string{"José Ramírez"}}, // case and spacing folded
		{"ramírez", []string{"José Ramírez"}},           // contained in a spelling
		{"amaro", []string{"Amaro"}},                    // an exact match hides the names containing it
		{"amar", []string{"Amaro", "Port Amaro"}},       // containment only: in list order
		{"holt", []string{"Mira Holt"}},                 // a chain no resolution placed, by its other spelling
		{"LINDENAU", []string{"Lindenau"}},
		{"Council", []string{"Lantern Council"}},
		{"Nobody Atall", []string{}},
		{"   ", []string{}},            // an empty name finds nothing, not everything
		{"e1", []string{}},             // ids are not names
		{"a former judge", []string{}}, // labels are not spellings
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, names(s.FindEntities(tt.query))); diff != "" {
				t.Errorf("FindEntities(%q) (-want +got):\n%s", tt.query, diff)
			}
		})
	}
}

func TestEntities(t *testing.T) {
	s := load(t, smallStore())
	tests := []struct {
		typ  string
		want []string
	}{
		// Most documents first, then most mentions, then by name.
		{"", []string{"José Ramírez", "Lantern Council", "Mira Holt", "Amaro", "Lindenau", "Port Amaro"}},
		{"LOC", []string{"Amaro", "Lindenau", "Port Amaro"}},
		{"per", []string{"José Ramírez", "Mira Holt"}},
		{"XYZ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.typ, func(t *testing.T) {
			got := s.Entities(tt.typ)
			if diff := cmp.Diff(tt.want, names(got)); diff != "" {
				t.Errorf("Entities(%q) (-want +got):\n%s", tt.typ, diff)
			}
			for _, e := range got {
				n := 0
				for _, sp := range e.Spellings {
					n += sp.Count
				}
				if n != e.Mentions || len(e.Spellings) == 0 || e.Documents == 0 {
					t.Errorf("%s: %d mentions in %d documents, spellings %+v", e.Name, e.Mentions, e.Documents, e.Spellings)
				}
			}
		})
	}
	holt := s.FindEntities("Mira Holt")[0]
	want := view.EntitySummary{ID: "stray-1:0", Type: "PER", Name: "Mira Holt", Aliases: []string{"Holt"}, Documents: 1, Mentions: 2,
		Spellings: []view.Spelling{
			{Text: "Mira Holt", Count: 1, Sources: []view.UseCount{{Source: dossier.UnknownSource, Count: 1}},
				Docs: []view.DocAnchor{{Doc: "stray-1", Source: dossier.UnknownSource, Title: "Letter", Sentence: 0}}},
			{Text: "Holt", Count: 1, Sources: []view.UseCount{{Source: dossier.UnknownSource, Count: 1}},
				Docs: []view.DocAnchor{{Doc: "stray-1", Source: dossier.UnknownSource, Title: "Letter", Sentence: 1}}},
		}}
	if diff := cmp.Diff(want, holt); diff != "" {
		t.Errorf("an unplaced chain is an entity of its own, named by its longest spelling (-want +got):\n%s", diff)
	}
}

func TestSameSourceDocumentsAreNumbered(t *testing.T) {
	docs := []view.DocAnchor{{Doc: "a", Source: "Harbor Lines"}, {Doc: "b", Source: "Valley Almanac"}, {Doc: "c", Source: "Harbor Lines"}}
	view.NumberBySource(docs)
	var got []int
	for _, d := range docs {
		got = append(got, d.Nth)
	}
	if diff := cmp.Diff([]int{1, 0, 2}, got); diff != "" {
		t.Errorf("numbers (-want +got):\n%s", diff)
	}
}

func TestEntity(t *testing.T) {
	s := load(t, smallStore())
	d, ok := s.Entity("e1")
	if !ok {
		t.Fatal("no entity e1")
	}
	wantSpellings := []view.Spelling{
		{Text: "José Ramírez", Count: 2, Sources: []view.UseCount{{Source: "Valley Almanac", Count: 2}},
			Docs: []view.DocAnchor{{Doc: "almanac-1", Source: "Valley Almanac", Title: "Council diary", Sentence: 0}}},
		{Text: "Jose Ramirez", Count: 1, Sources: []view.UseCount{{Source: dossier.UnknownSource, Count: 1}},
			Docs: []view.DocAnchor{{Doc: "gazette-1", Source: dossier.UnknownSource, Title: "Judge leaves", Sentence: 0}}},
	}
	if diff := cmp.Diff(wantSpellings, d.Spellings); diff != "" {
		t.Errorf("spellings (-want +got):\n%s", diff)
	}
	// Framing names sources as the pass stored them: one without a publisher by its URL's host,
	// else its file's name without extension.
	if diff := cmp.Diff([]view.Framing{{Source: "gazette", Labels: []string{"a former judge"}}}, d.Framing); diff != "" {
		t.Errorf("framing (-want +got):\n%s", diff)
	}
	var docs []string
	for _, doc := range d.DocumentsList {
		docs = append(docs, doc.ID+" "+doc.Source+" "+string(rune('0'+doc.EntityMentions)))
	}
	if diff := cmp.Diff([]string{"almanac-1 Valley Almanac 2", "gazette-1 " + dossier.UnknownSource + " 1"}, docs); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	if d.Mentions != 3 || d.Documents != 2 || len(d.Events) != 3 || len(d.Conflicts) != 1 || d.Conflicts[0].ID != "c1" {
		t.Errorf("%d mentions, %d documents, %d events, conflicts %+v", d.Mentions, d.Documents, len(d.Events), d.Conflicts)
	}
	if _, ok := s.Entity("nope"); ok {
		t.Error("Entity(nope) found something")
	}
}

func eventIDs(es []view.Event) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func TestEvents(t *testing.T) {
	s := load(t, smallStore())
	tests := []struct {
		name string
		f    view.EventFilter
		want []string
	}{
		{"all", view.EventFilter{}, []string{"almanac-1/0", "almanac-1/1", "gazette-1/0", "gazette-1/1"}},
		{"type any case", view.EventFilter{Type: "consult"}, []string{"almanac-1/0", "almanac-1/1"}},
		{"document", view.EventFilter{Doc: "gazette-1"}, []string{"gazette-1/0", "gazette-1/1"}},
		{"participant", view.EventFilter{Entities: []string{"e2"}}, []string{"almanac-1/0"}},
		{"cited", view.EventFilter{Entities: []string{"e3"}}, []string{"gazette-1/0"}},
		{"either entity", view.EventFilter{Entities: []string{"e2", "e4"}}, []string{"almanac-1/0", "gazette-1/0"}},
		{"all at once", view.EventFilter{Type: "TRAVEL", Doc: "almanac-1", Entities: []string{"e1"}}, []string{}},
		{"unknown type", view.EventFilter{Type: "NOPE"}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, eventIDs(s.Events(tt.f))); diff != "" {
				t.Errorf("Events(%+v) (-want +got):\n%s", tt.f, diff)
			}
		})
	}
	travel := s.Events(view.EventFilter{Type: "TRAVEL"})[0]
	want := view.Event{ID: "gazette-1/0", Doc: "gazette-1", Source: dossier.UnknownSource, Sentence: 0, Type: "TRAVEL",
		Modality: "reported", Time: "2022", When: "2022", From: "2022-01-01", To: "2023-01-01", Precision: "year", YearKnown: true,
		Args:        []view.EventArg{{Role: "actor", Entity: "e1", Name: "José Ramírez"}, {Role: "destination", Entity: "e4", Name: "Lindenau"}},
		Attribution: []view.Said{{Entity: "e3", Text: "Port Amaro"}},
		Text:        "Jose Ramirez, a former judge, left Port Amaro for Lindenau in 2022.", Start: 0, End: 67,
		Quote: "Jose Ramirez, a former judge, left Port Amaro for Lindenau in 2022."}
	if diff := cmp.Diff(want, travel); diff != "" {
		t.Errorf("event (-want +got):\n%s", diff)
	}
	for _, e := range s.Events(view.EventFilter{}) {
		d, err := s.Document(context.Background(), e.Doc)
		if err != nil {
			t.Fatal(err)
		}
		if d.Text[e.Start:e.End] != e.Text {
			t.Errorf("%s: offsets %d:%d do not hold its text", e.ID, e.Start, e.End)
		}
		// The quote is the whole sentence the event is told in, around the clause.
		if sp := d.Sentences[e.Sentence]; e.Quote != strings.TrimSpace(d.Text[sp.Start:sp.End]) || !strings.Contains(e.Quote, strings.TrimSpace(e.Text)) {
			t.Errorf("%s: quote %q is not the sentence around %q", e.ID, e.Quote, e.Text)
		}
	}
}

func TestTimeline(t *testing.T) {
	s := load(t, smallStore())
	tests := []struct {
		entities []string
		want     []string
	}{
		// Known years in order, the day without a year after them; undated events left out.
		{nil, []string{"gazette-1/0", "almanac-1/0", "almanac-1/1"}},
		{[]string{"e2"}, []string{"almanac-1/0"}},
		{[]string{"e4", "e2"}, []string{"gazette-1/0", "almanac-1/0"}},
		{[]string{"e5"}, []string{}}, // named only in an undated event
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.entities, ","), func(t *testing.T) {
			if diff := cmp.Diff(tt.want, eventIDs(s.Timeline(tt.entities...))); diff != "" {
				t.Errorf("Timeline(%v) (-want +got):\n%s", tt.entities, diff)
			}
		})
	}
	type when struct{ When, From, To, Precision, Mod string }
	var got []when
	for _, e := range s.Timeline() {
		got = append(got, when{e.When, e.From, e.To, e.Precision, e.Mod})
	}
	want := []when{
		{"2022", "2022-01-01", "2023-01-01", "year", ""},
		{"early Mar 2023", "2023-03-01", "2023-03-11", "month", "START"},
		{"2 Oct, year unknown", "0001-10-02", "0001-10-03", "day", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("times (-want +got):\n%s", diff)
	}
}

// textStore is a memStore that reads texts on their own, as every store can: a snapshot of it
// holds no texts and reads a document's when it is shown.
type textStore struct {
	*memStore
	reads int // texts read
}

func (m *textStore) Texts(ctx context.Context, ids []string, fn func(id, text string) error) error {
	for _, id := range ids {
		m.mu.Lock()
		an := m.analyses[id]
		m.mu.Unlock()
		if an == nil {
			continue
		}
		m.reads++
		if err := fn(id, an.Doc.Text); err != nil {
			return err
		}
	}
	return nil
}

func TestDocuments(t *testing.T) {
	ctx := context.Background()
	texts := &textStore{memStore: smallStore()}
	for _, tc := range []struct {
		name      string
		src       view.Source
		wantReads int // texts read from the source by Document
	}{
		{"analyses with texts", smallStore(), 0},
		{"texts read when shown", texts, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := load(t, tc.src)
			var got []string
			for _, d := range s.Documents() {
				got = append(got, d.ID+" "+d.Source)
			}
			// Dated first, then by id; a document without publisher or address has no source name.
			want := []string{"almanac-1 Valley Almanac", "gazette-1 " + dossier.UnknownSource, "stray-1 " + dossier.UnknownSource}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Documents (-want +got):\n%s", diff)
			}
			d, err := s.Document(ctx, "gazette-1")
			if err != nil {
				t.Fatal(err)
			}
			var ents []string
			for _, m := range d.Mentions {
				ents = append(ents, m.Text+"="+m.Entity)
			}
			if diff := cmp.Diff([]string{"Jose Ramirez=e1", "Port Amaro=e3", "Lindenau=e4", "Amaro=e5"}, ents); diff != "" {
				t.Errorf("mentions (-want +got):\n%s", diff)
			}
			if len(d.Labels) != 1 || d.Labels[0].Entity != "e1" || len(d.Events) != 2 || d.Text != gazetteText {
				t.Errorf("labels %+v, %d events, text %q", d.Labels, len(d.Events), d.Text)
			}
			if d.Events[0].Text == "" {
				t.Errorf("event without its words: %+v", d.Events[0])
			}
			if _, err := s.Document(ctx, "nope"); !errors.Is(err, dossier.ErrNotFound) {
				t.Errorf("Document(nope): %v, want an error wrapping ErrNotFound", err)
			}
			if got := s.Summarize(dossier.Document{ID: "new-1", File: "x/new.txt"}); got.Source != "new-1" || got.ID != "new-1" {
				t.Errorf("summary of an unknown document: %+v", got)
			}
		})
	}
	if texts.reads != 1 {
		t.Errorf("%d texts read, want 1", texts.reads)
	}
	for id, an := range texts.analyses {
		if an.Doc.Text == "" {
			t.Errorf("loading a snapshot emptied the source's text of %s", id)
		}
	}
}

// TestSameWithoutTexts checks that a snapshot holding no texts shows what one holding them does.
func TestSameWithoutTexts(t *testing.T) {
	// Each event's trigger is the first word of its clause.
	triggered := func() *memStore {
		m := smallStore()
		for _, an := range m.analyses {
			for i, ev := range an.Events {
				first, _, _ := strings.Cut(ev.Text, " ")
				an.Events[i].Trigger = dossier.Span{Start: ev.Start, End: ev.Start + len(first)}
			}
		}
		return m
	}
	with, without := load(t, triggered()), load(t, &textStore{memStore: triggered()})
	if evs := without.Events(view.EventFilter{}); len(evs) == 0 || evs[0].Trigger == "" {
		t.Fatalf("events without their triggers: %+v", evs)
	}
	if diff := cmp.Diff(with.Events(view.EventFilter{}), without.Events(view.EventFilter{})); diff != "" {
		t.Errorf("events (-with texts +without):\n%s", diff)
	}
	if diff := cmp.Diff(with.Entities(""), without.Entities("")); diff != "" {
		t.Errorf("entities (-with texts +without):\n%s", diff)
	}
	if diff := cmp.Diff(with.Conflicts(), without.Conflicts()); diff != "" {
		t.Errorf("conflicts (-with texts +without):\n%s", diff)
	}
	if diff := cmp.Diff(with.Documents(), without.Documents()); diff != "" {
		t.Errorf("documents (-with texts +without):\n%s", diff)
	}
}

func TestConflicts(t *testing.T) {
	s := load(t, smallStore())
	// The check finds nothing in these documents, so the stored conflicts are shown.
	want := []view.Conflict{{ID: "c1", Kind: "place", Summary: "where José Ramírez was",
		About: []view.Named{{ID: "e1", Name: "José Ramírez"}},
		Sides: []view.Side{
			{Doc: "almanac-1", Source: "Valley Almanac", Title: "Council diary", Published: "2023-03-10", Sentence: 0, Start: 20, End: 58,
				Text: "José Ramírez met the Lantern Council"},
			{Doc: "gazette-1", Source: dossier.UnknownSource, Title: "Judge leaves", Sentence: 0, Start: 30, End: 58,
				Text: "left Port Amaro for Lindenau"},
		}}}
	if diff := cmp.Diff(want, s.Conflicts()); diff != "" {
		t.Errorf("Conflicts (-want +got):\n%s", diff)
	}
}

func TestSources(t *testing.T) {
	s := load(t, smallStore()).Sources()
	var pubs []string
	for _, p := range s.Publishers {
		pubs = append(pubs, p.Name+" "+string(rune('0'+len(p.Documents))))
	}
	if diff := cmp.Diff([]string{"Valley Almanac 1", " 2"}, pubs); diff != "" {
		t.Errorf("publishers, the unnamed last (-want +got):\n%s", diff)
	}
	if s.Documents != 3 || s.IndependentOrigins != 3 || len(s.Groups) != 3 {
		t.Errorf("%d documents, %d origins, %d groups", s.Documents, s.IndependentOrigins, len(s.Groups))
	}
}

func TestReload(t *testing.T) {
	ctx := context.Background()
	m := smallStore()
	first := load(t, m)
	same, err := view.Reload(ctx, m, first)
	if err != nil {
		t.Fatal(err)
	}
	if same != first {
		t.Error("Reload built a new snapshot of unchanged data")
	}
	m.Put(ctx, []*dossier.Analysis{newDoc("later-1", "later.txt", "", "", "Later", "Nothing here.").an})
	next, err := view.Reload(ctx, m, first)
	if err != nil {
		t.Fatal(err)
	}
	if next == first || len(next.Documents()) != 4 || len(first.Documents()) != 3 {
		t.Errorf("Reload after a change: %d documents, before %d", len(next.Documents()), len(first.Documents()))
	}
}

// TestEmpty checks that a source with nothing stored, not even a corpus, gives empty lists,
// never null in JSON.
func TestEmpty(t *testing.T) {
	s := load(t, newMemStore())
	for name, v := range map[string]any{
		"documents": s.Documents(), "entities": s.Entities(""), "find": s.FindEntities("x"),
		"events": s.Events(view.EventFilter{}), "timeline": s.Timeline(), "conflicts": s.Conflicts(),
	} {
		b, _ := json.Marshal(v)
		if string(b) != "[]" {
			t.Errorf("%s: %s", name, b)
		}
	}
	b, _ := json.Marshal(s.Sources())
	if bytes.Contains(b, []byte("null")) {
		t.Errorf("sources: %s", b)
	}
}

// keys are the top-level keys of v's JSON object, in order.
func keys(t *testing.T, v any) []string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var out []string
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, k.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// TestJSONSchema pins the JSON keys of every type the API and the commands print: clients of
// either rely on them. Adding a key is fine; renaming or dropping one breaks them.
func TestJSONSchema(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"DocSummary", view.DocSummary{}, "id title publisher published language url file source origin origin_reason mentions events"},
		// The lists of mentions and events take the place of the summary's counts.
		{"DocDetail", view.DocDetail{}, "id title publisher published language url file source origin origin_reason " +
			"standfirst captions text sentences mentions labels timexes events"},
		{"EntitySummary", view.EntitySummary{}, "id type name aliases document_count mention_count spellings"},
		{"EntityDetail", view.EntityDetail{}, "id type name aliases document_count mention_count spellings framing documents events conflicts"},
		{"EntityDoc", view.EntityDoc{}, "id title publisher published language url file source origin origin_reason mentions events entity_mentions"},
		{"Spelling", view.Spelling{}, "text count sources docs"},
		{"UseCount", view.UseCount{}, "source count"},
		{"DocAnchor", view.DocAnchor{Nth: 1}, "doc source title sentence nth"},
		{"Framing", view.Framing{}, "source labels camp"},
		{"Event", view.Event{}, "id doc source sentence type modality time mod when from to precision year_known trigger args attribution cause number text quote start end"},
		{"EventArg", view.EventArg{}, "role entity name"},
		{"Said", view.Said{}, "entity text"},
		{"Conflict", view.Conflict{}, "id kind summary about sides"},
		{"Named", view.Named{}, "id name"},
		{"Side", view.Side{}, "doc source title published sentence start end text"},
		{"Sources", view.Sources{}, "document_count independent_origins publishers groups stories"},
		{"Publisher", view.Publisher{}, "name documents origins"},
		{"Group", view.Group{}, "id members"},
		{"Member", view.Member{}, "doc source title reason"},
		{"Story", view.Story{}, "id docs entities"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(strings.Fields(tt.want), keys(t, tt.v)); diff != "" {
				t.Errorf("keys (-want +got):\n%s", diff)
			}
		})
	}
}
