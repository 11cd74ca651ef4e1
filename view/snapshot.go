package view

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/export"
)

// Source is what a snapshot is read from; every dossier.Store is one.
type Source interface {
	// Analyses calls fn for every stored analysis, in order of document id.
	Analyses(ctx context.Context, fn func(*dossier.Analysis) error) error
	// Corpus returns the stored cross-document results (empty when none were computed).
	Corpus(ctx context.Context) (*dossier.Corpus, error)
}

// TextSource is an optional capability of a Source, which every store has: the clean texts of
// chosen documents. A snapshot of a Source that has it holds no document's text and reads one
// document's text when Document asks for it.
type TextSource interface {
	// Texts calls fn with the clean text of each stored document among ids, in order of id.
	Texts(ctx context.Context, ids []string, fn func(id, text string) error) error
}

// Snapshot is everything read from a Source at one time, with the indexes the views use. It is
// safe for concurrent use; what its methods return must not be changed.
type Snapshot struct {
	sum      [32]byte            // fingerprint of what was read, to skip work when nothing changed
	analyses []*dossier.Analysis // without their events, claims and sketches, and texts when texts is set
	byDoc    map[string]*dossier.Analysis
	corpus   *dossier.Corpus
	members  *export.Membership
	entities []*dossier.Entity // every entity, including chains no resolution placed
	entity   map[string]*dossier.Entity
	uses     map[string]*entityUse     // by entity id
	events   []Event                   // every event, in document order
	origin   map[string]dossier.Origin // by document id
	texts    TextSource                // where a document's text is read; nil when the analyses hold it
	// eventCount is the number of events of each document: the analyses kept hold none.
	eventCount map[string]int
	// rank is each document's place in the order Documents lists them, the order citations
	// number them.
	rank map[string]int
}

// entityUse is where and how an entity is named.
type entityUse struct {
	docs      []string       // documents naming it, in document order
	perDoc    map[string]int // mentions per document
	mentions  int
	spellings []Spelling // commonest first
}

// Load reads src and builds a snapshot of the stored analyses and the stored results of the
// cross-document pass; it runs no analysis itself.
func Load(ctx context.Context, src Source) (*Snapshot, error) {
	return Reload(ctx, src, nil)
}

// Reload is Load, except that when src holds what prev was read from, prev itself is returned
// and nothing is built again.
func Reload(ctx context.Context, src Source, prev *Snapshot) (*Snapshot, error) {
	corpus, err := src.Corpus(ctx)
	if err != nil {
		return nil, fmt.Errorf("view: read corpus: %w", err)
	}
	if corpus == nil {
		corpus = &dossier.Corpus{}
	}
	s := newSnapshot(corpus)
	s.texts, _ = src.(TextSource)
	h := sha256.New()
	err = src.Analyses(ctx, func(an *dossier.Analysis) error {
		var n [8]byte
		binary.LittleEndian.PutUint64(n[:], uint64(an.TextLength()))
		h.Write([]byte(an.Doc.ID))
		h.Write(n[:])
		s.add(an)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("view: read analyses: %w", err)
	}
	if err := fingerprint(h, corpus); err != nil {
		return nil, fmt.Errorf("view: fingerprint corpus: %w", err)
	}
	copy(s.sum[:], h.Sum(nil))
	if prev != nil && prev.sum == s.sum {
		return prev, nil
	}
	s.finish()
	return s, nil
}

// fingerprint writes the JSON of each of c's results to w, one at a time, so that no encoding of
// the whole corpus is held.
func fingerprint(w io.Writer, c *dossier.Corpus) error {
	enc := json.NewEncoder(w)
	return errors.Join(encodeEach(enc, c.Entities), encodeEach(enc, c.Members), encodeEach(enc, c.Origins),
		encodeEach(enc, c.Conflicts), encodeEach(enc, c.Stories), encodeEach(enc, c.Happenings),
		encodeEach(enc, c.Frames), enc.Encode(c.Basis))
}

// encodeEach encodes the items of list one after another, then the count of them, so that
// results moved from one list to the next change the fingerprint.
func encodeEach[T any](enc *json.Encoder, list []T) error {
	for _, x := range list {
		if err := enc.Encode(x); err != nil {
			return err
		}
	}
	return enc.Encode(len(list))
}

// Stored reads every stored analysis, words included, and the stored cross-document results,
// without the indexes of a snapshot: what a reader laying out every document's text needs.
func Stored(ctx context.Context, src Source) ([]*dossier.Analysis, *dossier.Corpus, error) {
	var analyses []*dossier.Analysis
	err := src.Analyses(ctx, func(an *dossier.Analysis) error {
		analyses = append(analyses, an)
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("view: read analyses: %w", err)
	}
	corpus, err := src.Corpus(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("view: read corpus: %w", err)
	}
	if corpus == nil {
		corpus = &dossier.Corpus{}
	}
	return analyses, corpus, nil
}

// triggerWords are the words of each event's trigger in an's text, "" where its span does not
// fit the text.
func triggerWords(an *dossier.Analysis) []string {
	out := make([]string, len(an.Events))
	for i, ev := range an.Events {
		if t := ev.Trigger; t.Start >= 0 && t.Start <= t.End && t.End <= len(an.Doc.Text) {
			out[i] = strings.Clone(an.Doc.Text[t.Start:t.End]) // not a slice holding the whole text
		}
	}
	return out
}

// newSnapshot is a snapshot of corpus that holds no document yet.
func newSnapshot(corpus *dossier.Corpus) *Snapshot {
	kept := *corpus
	kept.Members = nil // the membership holds them
	s := &Snapshot{corpus: &kept, byDoc: map[string]*dossier.Analysis{}, members: export.NewMembership(corpus),
		entity: map[string]*dossier.Entity{}, uses: map[string]*entityUse{}, origin: map[string]dossier.Origin{},
		eventCount: map[string]int{}}
	for _, o := range corpus.Origins {
		s.origin[o.Doc] = o
	}
	for i := range corpus.Entities {
		e := &corpus.Entities[i]
		s.entities = append(s.entities, e)
		s.entity[e.ID] = e
	}
	return s
}

// add takes in the next analysis, in order of document id: its events become the snapshot's,
// named once every document is in (finish), and the analysis is kept without what the snapshot
// does not show — its events, claims, near-duplicate sketch and credit lines, and its text when
// the source reads texts on their own.
func (s *Snapshot) add(an *dossier.Analysis) {
	kept := *an // the source may hand out what it holds: it is not changed
	kept.Events, kept.Claims, kept.Sketch, kept.Credits = nil, nil, nil, nil
	if s.texts != nil {
		kept.TextLen = an.TextLength()
		kept.Doc.Text = ""
	}
	s.eventCount[an.Doc.ID] = len(an.Events)
	s.analyses = append(s.analyses, &kept)
	s.byDoc[an.Doc.ID] = &kept
	s.events = append(s.events, s.docEvents(an, triggerWords(an))...)
}

// finish makes the entities of chains no resolution placed, names the participants and cited
// sources of every event, and indexes where each entity is named.
func (s *Snapshot) finish() {
	// Chains no resolution placed (the cross-document pass has not run) are still entities: one
	// of their own each, named by their longest spelling.
	own := map[string]bool{}
	for _, an := range s.analyses {
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
	s.indexUses()
	for i := range s.events {
		e := &s.events[i]
		for j := range e.Args {
			e.Args[j].Name = s.entityName(e.Args[j].Entity)
		}
		for j := range e.Attribution {
			if a := &e.Attribution[j]; a.Entity != "" {
				a.Text = s.entityName(a.Entity)
			}
		}
	}
	s.orderEvents()
}

// orderEvents ranks the documents as Documents lists them (dated ones by date), the order the
// citations "D1", "D2", … number them, and puts the events in that order, keeping text order
// within a document: read in order of document id, they would come in an order no reader can
// follow.
func (s *Snapshot) orderEvents() {
	s.rank = make(map[string]int, len(s.analyses))
	for i, d := range s.Documents() {
		s.rank[d.ID] = i
	}
	sort.SliceStable(s.events, func(i, j int) bool { return s.rank[s.events[i].Doc] < s.rank[s.events[j].Doc] })
}

// Corpus is the stored cross-document result (empty, never nil, when none was stored), without
// its list of chain members: EntityOf reads them.
func (s *Snapshot) Corpus() *dossier.Corpus { return s.corpus }

// Stories are the stored groups of documents about one story.
func (s *Snapshot) Stories() []dossier.Story { return s.corpus.Stories }

// Happenings are the stored happenings: aligned events, each with all its reports.
func (s *Snapshot) Happenings() []dossier.Happening { return s.corpus.Happenings }

// Frames are the stored framing table: how each source labels each actor.
func (s *Snapshot) Frames() []dossier.Frame { return s.corpus.Frames }

// EntityOf is the entity id of a document's mention chain.
func (s *Snapshot) EntityOf(doc string, chain int) string { return s.members.Entity(doc, chain) }

// conflicts are the stored disagreements.
func (s *Snapshot) conflicts() []dossier.Conflict { return s.corpus.Conflicts }

// entityName is the display name of an entity id.
func (s *Snapshot) entityName(id string) string {
	if e := s.entity[id]; e != nil {
		return e.Name
	}
	return id
}

// source names a document by its publisher, else its site, else "unknown source".
func (s *Snapshot) source(doc string) string {
	if an := s.byDoc[doc]; an != nil {
		return an.Doc.SourceName()
	}
	return doc
}

// sentenceAt is the index of the sentence of doc holding byte offset off, or -1.
func (s *Snapshot) sentenceAt(doc string, off int) int {
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

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func nonNil[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return v
}
