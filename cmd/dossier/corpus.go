package main

import (
	"context"
	"errors"
	"fmt"
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
// The pass reads the store twice: first for the resolution, which keeps only the mention chains
// of each document, then for the checks, which read whole analyses. So the chains and the
// analyses are never held at once. The second read takes only the documents the first one read,
// so that a document stored in between waits for the next pass, as the pending marks say.
func (a *app) passOver(ctx context.Context, store dossier.Store, pending []string, reuse bool) error {
	r, err := a.resolver()
	if err != nil {
		return err
	}
	shared := doccols.NewShared()
	entities, members, ids, err := a.resolveStored(ctx, store, r, shared, pending, reuse)
	if err != nil {
		return err
	}
	analyses, err := loadAnalyses(ctx, store, shared, ids)
	if err != nil {
		return err
	}
	corpus, _ := checkCorpus(analyses, entities, members, r.Basis())
	if err := quoteSides(ctx, store, corpus.Conflicts, analyses); err != nil {
		return err
	}
	reach(ctx, "pass")
	return store.PutCross(ctx, corpus, pending)
}

// resolveStored resolves the entities of every stored analysis, reading each one's mention
// chains and letting the rest go, and returns the entities, the members and the ids of the
// documents read, in order.
//
// The stored entities are read only when the new documents are few beside the stored ones: a
// larger batch touches nearly every group (1,000 new among 5,000 generated news reports: 98% of
// the chains), and reading the stored results would cost more than it saves. The result is the
// same either way. A prior read after the chains may hold documents they lack; Update then
// resolves the groups those touch again.
func (a *app) resolveStored(ctx context.Context, store dossier.Store, r *resolve.Resolver, shared *doccols.Shared,
	pending []string, reuse bool) ([]dossier.Entity, []dossier.Member, []string, error) {
	chains := r.NewChains()
	var ids []string
	if err := passRead(store)(ctx, func(an *dossier.Analysis) error {
		shared.Names(an)
		chains.Add(an)
		ids = append(ids, an.Doc.ID)
		return nil
	}); err != nil {
		return nil, nil, nil, err
	}
	slices.Sort(ids)
	var prior *resolve.Prior
	if reuse && len(pending)*reuseShare <= len(ids) {
		var err error
		if prior, err = storedResolution(ctx, store, shared); err != nil {
			return nil, nil, nil, err
		}
	}
	entities, members := a.resolveChains(r, chains, prior)
	return entities, members, ids, nil
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

// passRead returns the function that reads every stored analysis for the pass: without the
// words the pass does not read when the store can leave them out (see dossier.PassReader).
func passRead(store dossier.Store) func(context.Context, func(*dossier.Analysis) error) error {
	if pr, ok := store.(dossier.PassReader); ok {
		return pr.PassAnalyses
	}
	return store.Analyses
}

// loadAnalyses reads the stored analyses of the documents ids (sorted) for the pass, with the
// strings that documents repeat kept once in shared.
func loadAnalyses(ctx context.Context, store dossier.Store, shared *doccols.Shared, ids []string) ([]*dossier.Analysis, error) {
	analyses := make([]*dossier.Analysis, 0, len(ids))
	err := passRead(store)(ctx, func(an *dossier.Analysis) error {
		if _, ok := slices.BinarySearch(ids, an.Doc.ID); !ok {
			return nil
		}
		shared.Analysis(an)
		analyses = append(analyses, an)
		return nil
	})
	return analyses, err
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
	chains := r.NewChains()
	for _, an := range analyses {
		chains.Add(an)
	}
	entities, members := a.resolveChains(r, chains, prior)
	c, res := checkCorpus(analyses, entities, members, r.Basis())
	return c, res, nil
}

// resolver returns an entity resolver that applies the pins of --pins, if any.
func (a *app) resolver() (*resolve.Resolver, error) {
	pins := &resolve.Pins{}
	if a.pins != "" {
		p, err := resolve.LoadPins(a.pins)
		if err != nil {
			return nil, err
		}
		pins = p
	}
	return resolve.New(pins), nil
}

// resolveChains resolves the gathered chains, reusing the entities of prior (nil for none) where
// no new chain touches them, and keeps what it resolved again in a.resolved.
func (a *app) resolveChains(r *resolve.Resolver, chains *resolve.Chains, prior *resolve.Prior) ([]dossier.Entity, []dossier.Member) {
	if prior != nil {
		var entities []dossier.Entity
		var members []dossier.Member
		entities, members, a.resolved = r.UpdateChains(chains, prior)
		return entities, members
	}
	entities, members := r.ResolveChains(chains)
	a.resolved = resolve.UpdateStats{Chains: len(members), ResolvedChains: len(members)}
	return entities, members
}

// checkCorpus checks the reports of analyses against each other with the entities resolved
// across them, and returns the results with the resolution's basis.
func checkCorpus(analyses []*dossier.Analysis, entities []dossier.Entity, members []dossier.Member, basis string) (*dossier.Corpus, *crosscheck.Result) {
	res := crosscheck.New().Check(analyses, entities, members)
	c := res.Corpus(entities, members)
	c.Basis = basis
	return c, res
}
