package web

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"

	"github.com/dossier-project/dossier/export"
	"github.com/dossier-project/dossier/view"
)

// tableAPI answers a table's API route. Without paging parameters it gives every row the
// filters choose, as a JSON array; with limit or after, one page of them and, when there are
// more, a Link header to the next page (rel="next"). format=csv or format=jsonl gives every
// chosen row as a file to download.
func tableAPI[T any](s *Server, t table[T]) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		snap, err := s.data(r.Context())
		var (
			q    listQuery
			rows []keyed[T]
			keep func(T) bool
		)
		if err == nil {
			q, err = readListQuery(r, t.sorts)
		}
		if err == nil {
			rows = sorted(s, snap, t, q.Sort)
			keep, err = t.filter(snap, q)
		}
		if err != nil {
			s.fail(w, r, true, err)
			return
		}
		switch {
		case q.Format == "csv":
			download(w, t.name+".csv", "text/csv; charset=utf-8", func(bw *bufio.Writer) error {
				cw := csv.NewWriter(bw)
				cw.Write(t.header)
				for _, row := range all(rows, keep, q) {
					cw.Write(export.Cells(t.csvRow(row)))
				}
				cw.Flush()
				return cw.Error()
			})
		case q.Format == "jsonl":
			download(w, t.name+".jsonl", "application/jsonl; charset=utf-8", func(bw *bufio.Writer) error {
				enc := json.NewEncoder(bw)
				for _, row := range all(rows, keep, q) {
					if err := enc.Encode(row); err != nil {
						return err
					}
				}
				return nil
			})
		case r.URL.Query().Has("limit") || r.URL.Query().Has("after"):
			p := paginate(rows, keep, q)
			if p.Next != "" {
				v := r.URL.Query()
				v.Set("after", p.Next)
				w.Header().Set("Link", "<"+r.URL.Path+"?"+v.Encode()+`>; rel="next"`)
			}
			writeJSON(w, http.StatusOK, p.Rows)
		default:
			writeJSON(w, http.StatusOK, all(rows, keep, q))
		}
	}
}

// download writes a file the browser saves under name.
func download(w http.ResponseWriter, name, contentType string, write func(*bufio.Writer) error) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	bw := bufio.NewWriter(w)
	// The status is sent with the first bytes; an error after them can only cut the file short.
	if err := write(bw); err == nil {
		bw.Flush()
	}
}

// tablePage is the data of a page showing one page of a table.
type tablePage[T any] struct {
	Rows []T
	Nav  nav
	// Choices for the filter form.
	Types, Kinds, Sources []string
	// Counts are the rows of each type or kind in the whole table: the facets of its filter.
	Counts map[string]int
}

// pageOfTable reads the request's filters and returns that page of the table.
func pageOfTable[T any](s *Server, r *http.Request, snap *view.Snapshot, t table[T]) (tablePage[T], error) {
	q, err := readListQuery(r, t.sorts)
	if err != nil {
		return tablePage[T]{}, err
	}
	keep, err := t.filter(snap, q)
	if err != nil {
		return tablePage[T]{}, err
	}
	p := paginate(sorted(s, snap, t, q.Sort), keep, q)
	out := tablePage[T]{Rows: p.Rows, Nav: makeNav(r, q, p, "/api/"+t.name, t.sorts)}
	out.Sources = cached(s, snap, "sources", func() []string { return sourceNames(snap) })
	return out, nil
}

// facet counts the rows of a table by one of their fields, once per snapshot.
func facet[T any](s *Server, snap *view.Snapshot, t table[T], field func(T) string) map[string]int {
	rows := cached(s, snap, t.name, func() []T { return t.all(snap) })
	return cached(s, snap, t.name+"/facet", func() map[string]int {
		out := map[string]int{}
		for _, r := range rows {
			out[field(r)]++
		}
		return out
	})
}

// sorted is a table's rows in one order, made once per snapshot.
func sorted[T any](s *Server, snap *view.Snapshot, t table[T], sort string) []keyed[T] {
	rows := cached(s, snap, t.name, func() []T { return t.all(snap) })
	return cached(s, snap, t.name+"/"+sort, func() []keyed[T] { return sortRows(t, rows, sort) })
}

// cached is what make builds from a snapshot, built once per snapshot under a name. Two
// requests may build it at once; both get a right answer and one is kept.
func cached[V any](s *Server, snap *view.Snapshot, name string, make func() V) V {
	s.cacheMu.Lock()
	if s.cacheOf != snap {
		s.cacheOf, s.cache = snap, map[string]any{}
	}
	v, ok := s.cache[name].(V)
	s.cacheMu.Unlock()
	if ok {
		return v
	}
	v = make()
	s.cacheMu.Lock()
	if s.cacheOf == snap {
		s.cache[name] = v
	}
	s.cacheMu.Unlock()
	return v
}

// maxSourceChoices bounds the source names offered in a filter form; any other can be typed.
const maxSourceChoices = 200

// sourceNames are the sources of the documents, most prolific first, for the filter forms.
func sourceNames(snap *view.Snapshot) []string {
	count := map[string]int{}
	var names []string
	for _, d := range snap.Documents() {
		if count[d.Source] == 0 {
			names = append(names, d.Source)
		}
		count[d.Source]++
	}
	slices.SortStableFunc(names, func(a, b string) int { return count[b] - count[a] })
	return names[:min(len(names), maxSourceChoices)]
}

// apiRoute is one line of the API index.
type apiRoute struct {
	Path        string   `json:"path"`
	Description string   `json:"description"`
	Parameters  []string `json:"parameters"`
}

// apiIndex lists the API's routes, at /api/.
func (s *Server) apiIndex(r *http.Request, _ *view.Snapshot) (any, error) {
	table := []string{"type", "source", "entity", "from", "to", "sort", "dir", "limit", "after", "format"}
	return struct {
		Routes []apiRoute `json:"routes"`
		Paging string     `json:"paging"`
	}{
		Routes: []apiRoute{
			{"/api/documents", "documents, dated ones first", []string{"source", "entity", "from", "to", "sort (date, title, source)", "dir", "limit", "after", "format"}},
			{"/api/documents/{id}", "one document with its text and everything found in it", []string{}},
			{"/api/entities", "entities, the most widely reported first", []string{"type (PER, ORG, LOC, MISC)", "source", "entity", "sort (docs, mentions, name, type)", "dir", "limit", "after", "format"}},
			{"/api/entities/{id}", "one entity: spellings, labels by source, documents, events, conflicts", []string{}},
			{"/api/events", "events: dated ones in time order, then undated ones in document order", table},
			{"/api/timeline", "dated events in time order", table},
			{"/api/conflicts", "where sources disagree", []string{"kind", "source", "entity", "sort (id, kind)", "dir", "limit", "after", "format"}},
			{"/api/sources", "sources and their origin groups", []string{}},
			{"/api/search", "full-text search, spellings of names included", []string{"q", "n"}},
		},
		Paging: "keyset: give limit, then follow the Link header (rel=\"next\"), whose after names the last row of the page; format=csv or jsonl downloads every row the filters choose",
	}, nil
}

// query is a URL query string with one parameter set, for links in templates.
func withParam(v url.Values, key, value string) string {
	c := url.Values{}
	for k, vs := range v {
		c[k] = vs
	}
	c.Del("after")
	c.Set(key, value)
	return c.Encode()
}
