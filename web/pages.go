package web

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/view"
)

// sourceUse is one source's use of a spelling: how many times, and the documents where it does.
type sourceUse struct {
	Source string
	Count  int
	Docs   []view.DocAnchor
}

// bySource groups the documents using a spelling by source, in the order the sources first use it,
// so that a source's documents stand together after its name and its count.
func bySource(sp view.Spelling) []sourceUse {
	out := make([]sourceUse, 0, len(sp.Sources))
	at := map[string]int{}
	for _, u := range sp.Sources {
		at[u.Source] = len(out)
		out = append(out, sourceUse{Source: u.Source, Count: u.Count})
	}
	for _, d := range sp.Docs {
		i, ok := at[d.Source]
		if !ok {
			at[d.Source] = len(out)
			i = len(out)
			out = append(out, sourceUse{Source: d.Source})
		}
		out[i].Docs = append(out[i].Docs, d)
	}
	return out
}

// pageNames are the page templates; each is parsed with the shared layout.
var pageNames = []string{"documents", "search", "document", "entities", "entity", "timeline", "conflicts", "sources", "error"}

func parsePages() map[string]*template.Template {
	funcs := template.FuncMap{
		"docHref":    func(id string) string { return "/doc/" + url.PathEscape(id) },
		"entityHref": func(id string) string { return "/entity/" + url.PathEscape(id) },
		"sentHref":   sentenceHref,
		"dateOr": func(s string) string {
			if s == "" {
				return "date unknown"
			}
			return s
		},
		"webURL":   webURL,
		"join":     strings.Join,
		"short":    truncate,
		"inc":      func(i int) int { return i + 1 },
		"col":      column,
		"bySource": bySource,
	}
	pages := map[string]*template.Template{}
	for _, name := range pageNames {
		t := template.Must(template.New("layout.tmpl").Funcs(funcs).ParseFS(templateFiles,
			"templates/layout.tmpl", "templates/shared.tmpl", "templates/"+name+".tmpl"))
		pages[name] = t
	}
	return pages
}

// webURL returns u when it is an http or https address, else "": a page's own URL is shown as a
// link only when following it cannot run anything.
func webURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// pageData is what the layout receives.
type pageData struct {
	Title  string
	Active string // the navigation entry to mark
	Query  string // the search box's text
	Data   any
}

// titled lets a page's data name the page.
type titled struct {
	title, active string
	data          any
}

// pageFunc builds one page: the template to use and its data.
type pageFunc func(r *http.Request, s *view.Snapshot) (name string, data any, err error)

func (s *Server) page(fn pageFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		snap, err := s.data(r.Context())
		name, data := "", any(nil)
		if err == nil {
			name, data, err = fn(r, snap)
		}
		if err != nil {
			s.fail(w, r, false, err)
			return
		}
		pd := pageData{Query: r.URL.Query().Get("q")}
		if t, ok := data.(titled); ok {
			pd.Title, pd.Active, pd.Data = t.title, t.active, t.data
		} else {
			pd.Data = data
		}
		s.render(w, http.StatusOK, name, pd)
	}
}

func (s *Server) render(w http.ResponseWriter, code int, name string, pd pageData) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout", pd); err != nil {
		http.Error(w, "internal error: render "+name, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

// fail answers with an error: JSON under /api/, else an HTML page.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, isAPI bool, err error) {
	code, msg := status(err)
	if code == 499 {
		return
	}
	if isAPI {
		writeJSON(w, code, apiError{Error: msg, Status: code})
		return
	}
	s.render(w, code, "error", pageData{Title: http.StatusText(code), Query: r.URL.Query().Get("q"),
		Data: struct {
			Status int
			Text   string
			Msg    string
		}{code, http.StatusText(code), msg}})
}

func (s *Server) documentsPage(r *http.Request, snap *view.Snapshot) (string, any, error) {
	p, err := pageOfTable(s, r, snap, documentTable)
	if err != nil {
		return "", nil, err
	}
	titles := cached(s, snap, "titles", func() map[string]string { return docTitles(snap) })
	return "documents", titled{"Documents", "documents", struct {
		tablePage[view.DocSummary]
		Origins int
		Groups  map[string]*originLink
	}{p, cached(s, snap, "origins", func() int { return snap.Sources().IndependentOrigins }), originLinks(p.Rows, titles)}}, nil
}

// originLink says why a document joined another's origin group, and names that document by
// its title rather than by its id alone.
type originLink struct {
	Why   string // the reason without the group's id: "same publisher as", "near-duplicate of"
	Title string // the title of the group's first document, else its id
}

// docTitles maps every document's id to its title, or to its id when it has none.
func docTitles(snap *view.Snapshot) map[string]string {
	docs := snap.Documents()
	m := make(map[string]string, len(docs))
	for _, d := range docs {
		m[d.ID] = cmp.Or(strings.TrimSpace(d.Title), d.ID)
	}
	return m
}

// originLinks are the origin links of the rows that joined another document's group, by id.
func originLinks(rows []view.DocSummary, titles map[string]string) map[string]*originLink {
	out := map[string]*originLink{}
	for _, d := range rows {
		if d.Origin == "" || d.Origin == d.ID {
			continue
		}
		why := strings.TrimSpace(strings.TrimSuffix(d.OriginReason, d.Origin))
		out[d.ID] = &originLink{Why: cmp.Or(why, "copies"), Title: cmp.Or(titles[d.Origin], d.Origin)}
	}
	return out
}

// searchLimit reads the n parameter: how many hits to return, 1 to 100, default 20.
func searchLimit(r *http.Request) (int, error) {
	v := r.URL.Query().Get("n")
	if v == "" {
		return 20, nil
	}
	var n int
	if _, err := fmt.Sscanf(v, "%d", &n); err != nil || n < 1 || n > 100 || fmt.Sprint(n) != v {
		return 0, errBadRequest("n must be a number from 1 to 100")
	}
	return n, nil
}

// SearchHit is one search result.
type SearchHit struct {
	Document view.DocSummary `json:"document"`
	Snippet  []SnippetPart   `json:"snippet"`
}

func (s *Server) search(r *http.Request, snap *view.Snapshot) ([]SearchHit, error) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		return nil, errBadRequest("empty query: give words to look for in q")
	}
	n, err := searchLimit(r)
	if err != nil {
		return nil, err
	}
	if err := dossier.CheckQuery(q); err != nil {
		return nil, &httpError{http.StatusBadRequest, err.Error()} // "bad search query: …"
	}
	// The request's context ends when the client goes; the deadline bounds the search anyway.
	ctx, cancel := context.WithTimeout(r.Context(), cmp.Or(s.opts.SearchTimeout, 10*time.Second))
	defer cancel()
	hits, err := s.src.Search(ctx, s.spellerFor().Expand(q), n)
	if err != nil && ctx.Err() != nil {
		// The store's own error for an interrupted query need not say why.
		return nil, fmt.Errorf("search: %w", ctx.Err())
	}
	if err != nil {
		if errors.Is(err, dossier.ErrBadQuery) {
			return nil, &httpError{http.StatusBadRequest, err.Error()} // names itself a bad search query
		}
		return nil, fmt.Errorf("search: %w", err)
	}
	out := []SearchHit{}
	for _, h := range hits {
		out = append(out, SearchHit{Document: snap.Summarize(h.Doc), Snippet: splitSnippet(h.Snippet)})
	}
	return out, nil
}

func (s *Server) searchPage(r *http.Request, snap *view.Snapshot) (string, any, error) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	data := struct {
		Query string
		Hits  []SearchHit
	}{Query: q}
	if q == "" {
		return "search", titled{"Search", "", data}, nil
	}
	hits, err := s.search(r, snap)
	if err != nil {
		return "", nil, err
	}
	data.Hits = hits
	return "search", titled{"Search: " + q, "", data}, nil
}

func (s *Server) documentPage(r *http.Request, snap *view.Snapshot) (string, any, error) {
	id := r.PathValue("id")
	d, err := snap.Document(r.Context(), id)
	if errors.Is(err, dossier.ErrNotFound) {
		return "", nil, errNotFound("no document %q", id)
	}
	if err != nil {
		return "", nil, err
	}
	titles := cached(s, snap, "titles", func() map[string]string { return docTitles(snap) })
	return "document", titled{d.Title, "documents", struct {
		Doc    *view.DocDetail
		Blocks []block
		Group  *originLink
	}{d, blocks(d), originLinks([]view.DocSummary{d.DocSummary}, titles)[d.ID]}}, nil
}

// entityTypes are the values the type filter accepts.
var entityTypes = []string{string(dossier.PER), string(dossier.ORG), string(dossier.LOC), string(dossier.MISC)}

func entityType(r *http.Request) (string, error) {
	t := strings.ToUpper(strings.TrimSpace(r.URL.Query().Get("type")))
	if t == "" || slices.Contains(entityTypes, t) {
		return t, nil
	}
	return "", errBadRequest("unknown entity type %q: use one of %s", t, strings.Join(entityTypes, ", "))
}

func (s *Server) entitiesPage(r *http.Request, snap *view.Snapshot) (string, any, error) {
	p, err := pageOfTable(s, r, snap, entityTable)
	if err != nil {
		return "", nil, err
	}
	p.Types = entityTypes
	p.Counts = facet(s, snap, entityTable, func(e view.EntitySummary) string { return e.Type })
	return "entities", titled{"Entities", "entities", p}, nil
}

func (s *Server) entityPage(r *http.Request, snap *view.Snapshot) (string, any, error) {
	id := r.PathValue("id")
	d, ok := snap.Entity(id)
	if !ok {
		return "", nil, errNotFound("no entity %q", id)
	}
	return "entity", titled{d.Name, "entities", struct {
		*view.EntityDetail
		CanWrite bool
		Pinned   string
	}{d, s.opts.Pins != "", r.URL.Query().Get("pinned")}}, nil
}

func (s *Server) timelinePage(r *http.Request, snap *view.Snapshot) (string, any, error) {
	p, err := pageOfTable(s, r, snap, timelineTable)
	if err != nil {
		return "", nil, err
	}
	p.Types = eventTypeNames
	p.Counts = facet(s, snap, timelineTable, func(e view.Event) string { return e.Type })
	undated := len(cached(s, snap, eventTable.name, func() []view.Event { return eventTable.all(snap) })) -
		len(cached(s, snap, timelineTable.name, func() []view.Event { return timelineTable.all(snap) }))
	return "timeline", titled{"Timeline", "timeline", struct {
		tablePage[view.Event]
		Chart   chart
		Undated int
	}{p, timelineChart(p.Rows), undated}}, nil
}

func (s *Server) conflictsPage(r *http.Request, snap *view.Snapshot) (string, any, error) {
	p, err := pageOfTable(s, r, snap, conflictTable)
	if err != nil {
		return "", nil, err
	}
	p.Kinds = conflictKinds
	p.Counts = facet(s, snap, conflictTable, func(c view.Conflict) string { return c.Kind })
	reviews, err := s.reviews(p.Rows)
	if err != nil {
		return "", nil, err
	}
	return "conflicts", titled{"Conflicts", "conflicts", struct {
		tablePage[view.Conflict]
		Reviews  map[string]string
		CanWrite bool
	}{p, reviews, s.opts.Pins != ""}}, nil
}

func (s *Server) sourcesPage(r *http.Request, snap *view.Snapshot) (string, any, error) {
	return "sources", titled{"Sources", "sources", snap.Sources()}, nil
}

// sortColumn is a column heading that orders the table by it.
type sortColumn struct {
	Href, Label, Class string
	On, Desc           bool
}

func column(n nav, by, label, class string) sortColumn {
	return sortColumn{Href: n.Sort[by], Label: label, Class: class, On: n.Q.Sort == by, Desc: n.Q.Desc}
}
