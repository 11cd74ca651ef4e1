package export

import (
	"context"
	"fmt"

	"github.com/dossier-project/dossier"
)

// pageSize is how many results of one kind the export reads at once from a store that pages them.
const pageSize = 500

// results is what the export reads of the stored cross-document results: from a store that
// pages them, a page or a document at a time; from any other, the whole corpus at once.
type results interface {
	// origins maps each document to the first document of its origin group.
	origins(ctx context.Context) (map[string]string, error)
	// members is the membership of one document's mention chains.
	members(ctx context.Context, doc string) (*Membership, error)
	// entities, conflicts and happenings call fn with every stored result of their kind, in order.
	entities(ctx context.Context, fn func(dossier.Entity) error) error
	conflicts(ctx context.Context, fn func(dossier.Conflict) error) error
	happenings(ctx context.Context, fn func(dossier.Happening) error) error
}

// resultsOf is how the export reads store's results.
func resultsOf(ctx context.Context, store Store) (results, error) {
	if p, ok := store.(dossier.ResultPages); ok {
		return paged{p}, nil
	}
	c, err := store.Corpus(ctx)
	if err != nil {
		return nil, fmt.Errorf("export: read corpus: %w", err)
	}
	if c == nil {
		c = &dossier.Corpus{}
	}
	return whole{c, NewMembership(c)}, nil
}

// whole reads results from a corpus held in memory.
type whole struct {
	c  *dossier.Corpus
	ms *Membership
}

func (w whole) origins(context.Context) (map[string]string, error) {
	out := map[string]string{}
	for _, o := range w.c.Origins {
		out[o.Doc] = o.Group
	}
	return out, nil
}

func (w whole) members(context.Context, string) (*Membership, error) { return w.ms, nil }

func (w whole) entities(_ context.Context, fn func(dossier.Entity) error) error {
	return eachOf(w.c.Entities, fn)
}

func (w whole) conflicts(_ context.Context, fn func(dossier.Conflict) error) error {
	return eachOf(w.c.Conflicts, fn)
}

func (w whole) happenings(_ context.Context, fn func(dossier.Happening) error) error {
	return eachOf(w.c.Happenings, fn)
}

func eachOf[T any](list []T, fn func(T) error) error {
	for _, x := range list {
		if err := fn(x); err != nil {
			return err
		}
	}
	return nil
}

// paged reads results a page or a document at a time.
type paged struct{ p dossier.ResultPages }

func (p paged) origins(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	err := eachPage(ctx, p.p.Origins, func(o dossier.Origin) string { return o.Doc }, func(o dossier.Origin) error {
		out[o.Doc] = o.Group
		return nil
	})
	return out, err
}

func (p paged) members(ctx context.Context, doc string) (*Membership, error) {
	ms, err := p.p.DocMembers(ctx, doc)
	if err != nil {
		return nil, err
	}
	return NewMembership(&dossier.Corpus{Members: ms}), nil
}

func (p paged) entities(ctx context.Context, fn func(dossier.Entity) error) error {
	return eachPage(ctx, p.p.Entities, func(e dossier.Entity) string { return e.ID }, fn)
}

func (p paged) conflicts(ctx context.Context, fn func(dossier.Conflict) error) error {
	return eachPage(ctx, p.p.Conflicts, func(c dossier.Conflict) string { return c.ID }, fn)
}

func (p paged) happenings(ctx context.Context, fn func(dossier.Happening) error) error {
	return eachPage(ctx, p.p.Happenings, func(h dossier.Happening) string { return h.ID }, fn)
}

// eachPage calls fn with every result page reads, a page at a time; id names a result for the
// next page to follow.
func eachPage[T any](ctx context.Context, page func(context.Context, string, int) ([]T, error), id func(T) string, fn func(T) error) error {
	after := ""
	for {
		list, err := page(ctx, after, pageSize)
		if err != nil {
			return fmt.Errorf("export: read results: %w", err)
		}
		if err := eachOf(list, fn); err != nil {
			return err
		}
		if len(list) < pageSize {
			return nil
		}
		after = id(list[len(list)-1])
	}
}
