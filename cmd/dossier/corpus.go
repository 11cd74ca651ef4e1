package main

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/crosscheck"
	"github.com/dossier-project/dossier/internal/doccols"
	"github.com/dossier-project/dossier/resolve"
)

// crossPass runs the cross-document pass while stored documents wait for it, and stores its
// results in the transaction that clears their marks. It reports whether a pass stored results.
//
// A pass whose results another one overtook (a concurrent ingest or worker stored newer ones)
// stores nothing; the documents that still wait then get a pass of their own, a few times over.
// Documents stored meanwhile by others stay marked for the pass their own command runs.
func (a *app) crossPass(ctx context.Context, store dossier.Store) (bool, error) {
	const attempts = 5
	for i := 1; ; i++ {
		ran, err := a.crossOnce(ctx, store)
		if !errors.Is(err, dossier.ErrStale) || i == attempts {
			return ran, err
		}
	}
}

// crossOnce runs one cross-document pass if documents wait for it.
//
// The pending marks are read before the analyses: a document stored in between is read by this
// pass but stays marked, so it costs one more pass at worst and is never left out.
func (a *app) crossOnce(ctx context.Context, store dossier.Store) (bool, error) {
	pending, err := store.Pending(ctx)
	if err != nil {
		return false, fmt.Errorf("cross-document pass: %w", err)
	}
	if len(pending) == 0 {
		return false, nil
	}
	if err := a.passOver(ctx, store, pending, true); err != nil {
		return false, fmt.Errorf("cross-document pass: %w", err)
	}
	return true, nil
}

// passOver resolves and checks every stored analysis and stores the results, clearing the marks
// of pending (the documents that waited for the pass, as Pending listed them). With reuse, the
// entities of the stored results are kept where no new chain touches them (see
// resolve.Resolver.Update); recheck passes false, for the data or the pins may have changed.
//
// The analyses are read one at a time for their mention chains first, so that the pass never
// holds them and the chains at once; once entities are resolved, the checks read them again
// (see crosscheck.Checker.CheckStored), from a store that gives the pass's reads about
// --pass-block documents at a time, else all of them, each kept as the record the checks read
// (see crosscheck.Record). The later reads take only the documents of the first, so all see one
// set of documents even when others are stored meanwhile. A store that gives the analyses out of
// order of id is read once, as a whole.
func (a *app) passOver(ctx context.Context, store dossier.Store, pending []string, reuse bool) error {
	defer passCollection()()
	shared := doccols.NewShared()
	r, err := a.resolver()
	if err != nil {
		return err
	}
	res, err := a.resolveStored(ctx, store, shared, r, len(pending), reuse)
	if errors.Is(err, resolve.ErrOrder) {
		return a.passOverHeld(ctx, store, shared, pending, reuse)
	}
	if err != nil {
		return err
	}
	k, err := a.checker()
	if err != nil {
		return err
	}
	// The checks read the members only at their start: held smaller until the results take them.
	held := holdMembers(res.members, res.docs, res.entities)
	res.members = nil
	if _, ok := store.(dossier.PassReader); ok {
		// The happenings and members are held in compact forms until the store reads them.
		src := &storedSource{ctx: ctx, store: store, shared: shared, docs: res.docs}
		result, haps, err := k.CheckStoredHeld(src, res.entities, held.members(), a.passBlock)
		if err != nil {
			return err
		}
		if err := quoteSides(ctx, store, result.Conflicts, nil); err != nil {
			return err
		}
		out := result.Results(res.entities, held.listed())
		out.Happenings, out.Basis = haps, r.Basis()
		reach(ctx, "pass")
		if p, ok := store.(dossier.ResultsPutter); ok {
			return p.PutResults(ctx, out, pending)
		}
		return store.PutCross(ctx, out.Corpus(), pending)
	}
	recs, err := loadRecords(ctx, store, shared, res.docs)
	if err != nil {
		return err
	}
	result := k.CheckRecords(recs, res.entities, held.members())
	analyses := quotedAnalyses(store, recs)
	corpus := result.Corpus(res.entities, held.members())
	corpus.Basis = r.Basis()
	return a.storePass(ctx, store, corpus, analyses, pending)
}

// passBlock is the default of --pass-block: about how many documents' records the checks of a
// pass over a store that gives the pass's reads (see dossier.PassReader) hold at once (see
// crosscheck.Checker.CheckStored): a few megabytes of records, and few enough reads of the store.
const passBlock = 2000

// storedSource is what the checks of a pass read from store: the analyses of the documents
// docs (sorted ids), read as the pass reads them (see passRead).
type storedSource struct {
	ctx    context.Context
	store  dossier.Store
	shared *doccols.Shared // keeps once the ids the pass's resolution holds too
	docs   []string
}

// Each calls fn with the analysis of every document of the pass, its id and publisher kept once
// in shared; the rest of it is let go once fn returns, so it is not kept in shared. A store that
// reads outlines gives only them (see outlineReader).
func (s *storedSource) Each(fn func(*dossier.Analysis) error) error {
	read := passRead(s.store)
	if r, ok := s.store.(outlineReader); ok {
		read = r.PassOutlines
	}
	return readOf(s.ctx, read, s.docs, func(an *dossier.Analysis) error {
		an.Doc.ID, an.Doc.Publisher = s.shared.String(an.Doc.ID), s.shared.String(an.Doc.Publisher)
		for i := range an.Mentions {
			an.Mentions[i].Entity = s.shared.String(an.Mentions[i].Entity)
		}
		return fn(an)
	})
}

// outlineReader is implemented by a store that reads, for the pass, only what the checks hold
// of every document between the blocks that read it whole (see crosscheck.Source.Each): without
// the events, claims, figures and labels, most of what decoding an analysis costs.
type outlineReader interface {
	PassOutlines(ctx context.Context, fn func(*dossier.Analysis) error) error
}

// idReader is implemented by a store that reads the analyses of a list of documents for the
// pass, as dossier.PassReader.PassAnalyses reads all of them, without reading the others.
type idReader interface {
	PassAnalysesOf(ctx context.Context, ids []string, fn func(*dossier.Analysis) error) error
}

// sharedReader is implemented by a store that reads them as idReader does, keeping their
// strings in a doccols.Shared as it decodes them (no copy of a string met before).
type sharedReader interface {
	PassAnalysesSharedOf(ctx context.Context, ids []string, shared *doccols.Shared, fn func(*dossier.Analysis) error) error
}

// Of calls fn with the analyses of the documents ids (sorted), the strings of each block kept
// once in a table of the block's own, let go with it. A store that cannot read a list of ids is
// read whole, its other documents skipped.
func (s *storedSource) Of(ids []string, fn func(*dossier.Analysis) error) error {
	shared := doccols.NewShared()
	if r, ok := s.store.(sharedReader); ok {
		return r.PassAnalysesSharedOf(s.ctx, ids, shared, fn)
	}
	read := func(an *dossier.Analysis) error {
		shared.Analysis(an)
		return fn(an)
	}
	if r, ok := s.store.(idReader); ok {
		return r.PassAnalysesOf(s.ctx, ids, read)
	}
	return passReadOf(s.ctx, s.store, ids, read)
}

// quotedAnalyses returns the ids and texts of the documents of recs for quoteSides, as analyses:
// none when the store gives the texts itself, so that the records are let go before the results
// are stored.
func quotedAnalyses(store dossier.Store, recs *crosscheck.Records) []*dossier.Analysis {
	if _, ok := store.(dossier.PassReader); ok {
		return nil
	}
	analyses := make([]*dossier.Analysis, len(recs.All()))
	for i, rec := range recs.All() {
		analyses[i] = &dossier.Analysis{Doc: dossier.Document{ID: rec.ID(), Text: rec.Text()}}
	}
	return analyses
}

// passGCPercent is the garbage collector's target (see debug.SetGCPercent) while the pass runs.
// The pass holds what it read of every stored document, and the default target of 100 lets the
// heap grow to twice that before each collection; the checks' peak resident memory is then
// about twice what they hold. At 25 it is about 1.25 times, for more collections: rechecking a
// 10,000-document generated store peaked at 356-380 MB instead of 406-411 MB at 40, for 7-14%
// more processor time (single runs on a loaded machine).
const passGCPercent = 25

// passCollection lowers the garbage collector's target to passGCPercent for the pass and returns
// what restores the previous one. A lower target already set (GOGC) is kept, and so is none.
func passCollection() (restore func()) {
	old := debug.SetGCPercent(passGCPercent)
	if old < 0 || old <= passGCPercent {
		debug.SetGCPercent(old)
		return func() {}
	}
	return func() { debug.SetGCPercent(old) }
}

// passOverHeld is passOver reading every analysis once and holding them all while it resolves
// entities (reusing stored ones as resolveStored does) and checks.
func (a *app) passOverHeld(ctx context.Context, store dossier.Store, shared *doccols.Shared, pending []string, reuse bool) error {
	analyses, err := loadAnalyses(ctx, store, shared)
	if err != nil {
		return err
	}
	var prior *resolve.Prior
	if reuse && len(pending)*reuseShare <= len(analyses) {
		if prior, err = storedResolution(ctx, store, shared); err != nil {
			return err
		}
	}
	corpus, _, err := a.buildCorpus(analyses, prior)
	if err != nil {
		return err
	}
	return a.storePass(ctx, store, corpus, analyses, pending)
}

// storePass quotes the conflicts of corpus and stores it, clearing the marks of pending.
func (a *app) storePass(ctx context.Context, store dossier.Store, corpus *dossier.Corpus, analyses []*dossier.Analysis, pending []string) error {
	if err := quoteSides(ctx, store, corpus.Conflicts, analyses); err != nil {
		return err
	}
	reach(ctx, "pass")
	return store.PutCross(ctx, corpus, pending)
}

// resolution is the entity resolution of the stored documents, which are docs, in order of id.
type resolution struct {
	entities []dossier.Entity
	members  []dossier.Member
	docs     []string
}

// resolveStored resolves entities across the stored analyses, reading them one at a time for
// their mention chains (from a store that can, their ids and mentions alone) and holding none.
// It fails with resolve.ErrOrder when the store gives them out of order of document id.
//
// The stored entities are read only when the new documents (pending of them) are few beside the
// stored ones: a larger batch touches nearly every group (1,000 new among 5,000 generated news
// reports: 98% of the chains), and reading the stored results would cost more than it saves.
// The result is the same either way. A prior read after the analyses may hold documents they
// lack; Update then resolves the groups those touch again.
func (a *app) resolveStored(ctx context.Context, store dossier.Store, shared *doccols.Shared, r *resolve.Resolver, pending int, reuse bool) (*resolution, error) {
	g := r.NewGathered()
	res := &resolution{}
	err := mentionsRead(store, shared)(ctx, func(an *dossier.Analysis) error {
		if err := g.Add(an); err != nil {
			return err
		}
		res.docs = append(res.docs, an.Doc.ID)
		return nil
	})
	if err != nil {
		return nil, err
	}
	var prior *resolve.Prior
	if reuse && pending*reuseShare <= g.Docs() {
		if prior, err = storedResolution(ctx, store, shared); err != nil {
			return nil, err
		}
	}
	if prior != nil {
		res.entities, res.members, a.resolved = r.UpdateGathered(g, prior)
	} else {
		res.entities, res.members = r.ResolveGathered(g)
		a.resolved = resolve.UpdateStats{Chains: len(res.members), ResolvedChains: len(res.members)}
	}
	return res, nil
}

// storedResolution returns the entity resolution of the stored results; the rest of them is
// not kept, nor read when the store can leave it out. Its ids are kept once in shared, with the
// analyses' own.
func storedResolution(ctx context.Context, store dossier.Store, shared *doccols.Shared) (*resolve.Prior, error) {
	read := store.Corpus
	if pr, ok := store.(dossier.PassReader); ok {
		read = pr.Resolution
	}
	c, err := read(ctx)
	if err != nil {
		return nil, err
	}
	for i := range c.Entities {
		c.Entities[i].ID = shared.String(c.Entities[i].ID)
	}
	for i := range c.Members {
		m := &c.Members[i]
		m.Doc, m.Entity = shared.String(m.Doc), shared.String(m.Entity)
	}
	return &resolve.Prior{Basis: c.Basis, Entities: c.Entities, Members: c.Members}, nil
}

// quoteSides quotes the sides of conflicts from their documents' texts: from analyses when they
// hold them, else from the store, which then read them for the pass without their texts.
func quoteSides(ctx context.Context, store dossier.Store, conflicts []dossier.Conflict, analyses []*dossier.Analysis) error {
	pr, ok := store.(dossier.PassReader)
	if !ok {
		dossier.QuoteSides(conflicts, analyses)
		return nil
	}
	texts := map[string]string{}
	if err := pr.Texts(ctx, dossier.SideDocs(conflicts), func(id, text string) error {
		texts[id] = text
		return nil
	}); err != nil {
		return fmt.Errorf("quote conflicts: %w", err)
	}
	dossier.QuoteSidesFrom(conflicts, texts)
	return nil
}

// reuseShare: the pass reuses stored entities when at most one document in reuseShare is new.
const reuseShare = 50

// haltKey is the context key of the halt hook.
type haltKey struct{}

// withHalt returns ctx carrying a hook that is called at named points of ingestion ("stored": the
// pages are stored and the cross-document pass not begun; "pass": its results are made and not
// stored), so that tests can kill the process there.
func withHalt(ctx context.Context, halt func(point string)) context.Context {
	return context.WithValue(ctx, haltKey{}, halt)
}

// reach calls the halt hook of ctx, if any, at a named point.
func reach(ctx context.Context, point string) {
	if halt, ok := ctx.Value(haltKey{}).(func(string)); ok {
		halt(point)
	}
}

// passRead is how the pass reads the stored analyses: without the words it does not read when
// the store can leave them out (see dossier.PassReader).
func passRead(store dossier.Store) func(context.Context, func(*dossier.Analysis) error) error {
	if pr, ok := store.(dossier.PassReader); ok {
		return pr.PassAnalyses
	}
	return store.Analyses
}

// passReadOf reads the stored analyses as the pass reads them (see passRead), calling fn with
// those of the documents ids (sorted) alone.
func passReadOf(ctx context.Context, store dossier.Store, ids []string, fn func(*dossier.Analysis) error) error {
	return readOf(ctx, passRead(store), ids, fn)
}

// readOf reads analyses with read, calling fn with those of the documents ids (sorted) alone.
func readOf(ctx context.Context, read func(context.Context, func(*dossier.Analysis) error) error, ids []string, fn func(*dossier.Analysis) error) error {
	return read(ctx, func(an *dossier.Analysis) error {
		if _, ok := slices.BinarySearch(ids, an.Doc.ID); !ok {
			return nil
		}
		return fn(an)
	})
}

// mentionsRead is how the pass reads the stored analyses for entity resolution: with their ids
// and mentions alone when the store can leave the rest out, their strings kept in shared.
func mentionsRead(store dossier.Store, shared *doccols.Shared) func(context.Context, func(*dossier.Analysis) error) error {
	if sr, ok := store.(sharedMentions); ok {
		return func(ctx context.Context, fn func(*dossier.Analysis) error) error {
			return sr.PassMentionsShared(ctx, shared, fn)
		}
	}
	read := store.Analyses
	if pr, ok := store.(dossier.PassReader); ok {
		read = pr.PassMentions
	}
	return func(ctx context.Context, fn func(*dossier.Analysis) error) error {
		return read(ctx, func(an *dossier.Analysis) error {
			shared.Analysis(an)
			return fn(an)
		})
	}
}

// sharedMentions is implemented by a store that reads the mentions as dossier.PassReader does,
// keeping their strings in a doccols.Shared as it decodes them.
type sharedMentions interface {
	PassMentionsShared(ctx context.Context, shared *doccols.Shared, fn func(*dossier.Analysis) error) error
}

// loadAnalyses reads every stored analysis for the pass, with the strings that documents repeat
// kept once in shared.
func loadAnalyses(ctx context.Context, store dossier.Store, shared *doccols.Shared) ([]*dossier.Analysis, error) {
	var analyses []*dossier.Analysis
	err := passRead(store)(ctx, func(an *dossier.Analysis) error {
		shared.Analysis(an)
		analyses = append(analyses, an)
		return nil
	})
	return analyses, err
}

// loadRecords reads the stored analyses of the documents only (sorted ids) for the pass, with
// the strings that documents repeat kept once in shared, keeping of each the record the checks
// read (see crosscheck.Records.Add).
func loadRecords(ctx context.Context, store dossier.Store, shared *doccols.Shared, only []string) (*crosscheck.Records, error) {
	recs := crosscheck.NewRecords()
	err := passReadOf(ctx, store, only, func(an *dossier.Analysis) error {
		shared.Analysis(an)
		recs.Add(an)
		return nil
	})
	return recs, err
}

// resolver returns the entity resolver of the pass, reading the language data of --data, with
// the pins of --pins.
func (a *app) resolver() (*resolve.Resolver, error) {
	lang, err := a.language()
	if err != nil {
		return nil, err
	}
	pins := &resolve.Pins{}
	if a.pins != "" {
		p, err := resolve.LoadPins(a.pins)
		if err != nil {
			return nil, err
		}
		pins = p
	}
	return resolve.Load(lang, pins)
}

// buildCorpus resolves entities across documents and checks the reports against each other,
// leaving the conflicts' sides unquoted (see quoteSides). The entities of prior (nil for none), an
// earlier pass's resolution, are kept where the new documents do not touch them: the resolution
// is the same, made faster.
func (a *app) buildCorpus(analyses []*dossier.Analysis, prior *resolve.Prior) (*dossier.Corpus, *crosscheck.Result, error) {
	r, err := a.resolver()
	if err != nil {
		return nil, nil, err
	}
	var entities []dossier.Entity
	var members []dossier.Member
	if prior != nil {
		entities, members, a.resolved = r.Update(analyses, prior)
	} else {
		entities, members = r.Resolve(analyses)
		a.resolved = resolve.UpdateStats{Chains: len(members), ResolvedChains: len(members)}
	}
	return a.check(analyses, entities, members, r.Basis())
}

// check checks the reports of analyses against each other, with the entities and members of a
// resolution of basis, and returns the corpus of results with the conflicts' sides unquoted.
func (a *app) check(analyses []*dossier.Analysis, entities []dossier.Entity, members []dossier.Member, basis string) (*dossier.Corpus, *crosscheck.Result, error) {
	k, err := a.checker()
	if err != nil {
		return nil, nil, err
	}
	res := k.Check(analyses, entities, members)
	c := res.Corpus(entities, members)
	c.Basis = basis
	return c, res, nil
}

// checker returns the checker of the pass, reading the language data of --data.
func (a *app) checker() (*crosscheck.Checker, error) {
	lang, err := a.language()
	if err != nil {
		return nil, err
	}
	return crosscheck.Load(lang)
}
