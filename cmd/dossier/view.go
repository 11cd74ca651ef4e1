package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/export"
)

// view is what the query commands read: every analysis, the corpus-wide results, and indexes.
type view struct {
	analyses []*dossier.Analysis
	byDoc    map[string]*dossier.Analysis
	corpus   *dossier.Corpus
	members  *export.Membership
	entities map[string]*dossier.Entity
}

func (a *app) loadView(ctx context.Context) (*view, error) {
	store, err := a.openStore(ctx)
	if err != nil {
		return nil, err
	}
	defer store.Close()
	analyses, err := loadAnalyses(ctx, store)
	if err != nil {
		return nil, err
	}
	corpus, err := store.Corpus(ctx)
	if err != nil {
		return nil, err
	}
	if corpus == nil {
		corpus = &dossier.Corpus{}
	}
	v := &view{analyses: analyses, byDoc: map[string]*dossier.Analysis{}, corpus: corpus,
		members: export.NewMembership(corpus), entities: map[string]*dossier.Entity{}}
	for _, an := range analyses {
		v.byDoc[an.Doc.ID] = an
	}
	for i := range corpus.Entities {
		v.entities[corpus.Entities[i].ID] = &corpus.Entities[i]
	}
	return v, nil
}

// entityName is the display name of an entity id.
func (v *view) entityName(id string) string {
	if e := v.entities[id]; e != nil {
		return e.Name
	}
	return id
}

// source names a document by its publisher, else its file.
func (v *view) source(doc string) string {
	an := v.byDoc[doc]
	if an == nil {
		return doc
	}
	if an.Doc.Publisher != "" {
		return an.Doc.Publisher
	}
	return an.Doc.File
}

var folder = cases.Fold()

// fold makes a name comparable: case, accents and spacing folded.
func fold(s string) string {
	s = norm.NFKD.String(s)
	var b strings.Builder
	for _, r := range s {
		if r >= 0x300 && r <= 0x36f {
			continue
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(folder.String(b.String())), " ")
}

// findEntities returns the entities whose name or a spelling matches query: exact matches when
// there are any, else those containing it.
func (v *view) findEntities(query string) []*dossier.Entity {
	q := fold(query)
	var exact, partial []*dossier.Entity
	for i := range v.corpus.Entities {
		e := &v.corpus.Entities[i]
		names := append([]string{e.Name}, e.Aliases...)
		hit := false
		for _, n := range names {
			if fold(n) == q {
				exact = append(exact, e)
				hit = true
				break
			}
		}
		if hit {
			continue
		}
		for _, n := range names {
			if strings.Contains(fold(n), q) {
				partial = append(partial, e)
				break
			}
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return partial
}

// spelling is one way an entity is written, with how often each source writes it so.
type spelling struct {
	Text     string         `json:"text"`
	Count    int            `json:"count"`
	BySource map[string]int `json:"by_source"`
}

// spellings gathers every spelling of every entity.
func (v *view) spellings() map[string][]spelling {
	idx := map[string]map[string]*spelling{}
	for _, an := range v.analyses {
		for _, m := range an.Mentions {
			id := v.members.Entity(an.Doc.ID, m.Chain)
			if idx[id] == nil {
				idx[id] = map[string]*spelling{}
			}
			s := idx[id][m.Text]
			if s == nil {
				s = &spelling{Text: m.Text, BySource: map[string]int{}}
				idx[id][m.Text] = s
			}
			s.Count++
			s.BySource[v.source(an.Doc.ID)]++
		}
	}
	out := map[string][]spelling{}
	for id, m := range idx {
		for _, s := range m {
			out[id] = append(out[id], *s)
		}
		sort.Slice(out[id], func(i, j int) bool {
			a, b := out[id][i], out[id][j]
			if a.Count != b.Count {
				return a.Count > b.Count
			}
			return a.Text < b.Text
		})
	}
	return out
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}
