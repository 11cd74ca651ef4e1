package web

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/dossier-project/dossier"
)

// apiError is the body of every API error.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// apiFunc answers one API route with a value to encode.
type apiFunc func(r *http.Request, s *snapshot) (any, error)

func (s *Server) api(fn apiFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		snap, err := s.data(r.Context())
		var v any
		if err == nil {
			v, err = fn(r, snap)
		}
		if err != nil {
			s.fail(w, r, true, err)
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		code = http.StatusInternalServerError
		buf.Reset()
		json.NewEncoder(&buf).Encode(apiError{Error: "internal error: encode response", Status: code})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}

func (s *Server) apiDocuments(r *http.Request, snap *snapshot) (any, error) {
	return snap.summaries(), nil
}

// DocDetail is one document with everything found in it.
type DocDetail struct {
	DocSummary
	Standfirst string          `json:"standfirst"`
	Captions   []string        `json:"captions"`
	Text       string          `json:"text"`
	Sentences  []dossier.Span  `json:"sentences"`
	Mentions   []DocMention    `json:"mentions"`
	Labels     []DocLabel      `json:"labels"`
	Timexes    []dossier.Timex `json:"timexes"`
	Events     []Event         `json:"events"`
}

// DocMention is a mention with the entity it belongs to.
type DocMention struct {
	dossier.Mention
	Entity string `json:"entity"`
}

// DocLabel is a label with the entity it describes.
type DocLabel struct {
	dossier.Label
	Entity string `json:"entity"`
}

func (s *Server) apiDocument(r *http.Request, snap *snapshot) (any, error) {
	id := r.PathValue("id")
	an := snap.byDoc[id]
	if an == nil {
		return nil, errNotFound("no document %q", id)
	}
	d := DocDetail{DocSummary: snap.summary(an), Standfirst: an.Doc.Standfirst, Captions: nonNil(an.Doc.Captions),
		Text: an.Doc.Text, Sentences: nonNil(an.Doc.Sentences), Mentions: []DocMention{}, Labels: []DocLabel{},
		Timexes: nonNil(an.Timexes), Events: []Event{}}
	for _, m := range an.Mentions {
		d.Mentions = append(d.Mentions, DocMention{Mention: m, Entity: snap.members.Entity(id, m.Chain)})
	}
	for _, l := range an.Labels {
		d.Labels = append(d.Labels, DocLabel{Label: l, Entity: snap.members.Entity(id, l.Chain)})
	}
	for _, e := range snap.events {
		if e.Doc == id {
			d.Events = append(d.Events, e)
		}
	}
	return d, nil
}

func (s *Server) apiEntities(r *http.Request, snap *snapshot) (any, error) {
	t, err := entityType(r)
	if err != nil {
		return nil, err
	}
	return snap.entitySummaries(t), nil
}

func (s *Server) apiEntity(r *http.Request, snap *snapshot) (any, error) {
	id := r.PathValue("id")
	d, ok := snap.entityDetail(id)
	if !ok {
		return nil, errNotFound("no entity %q", id)
	}
	return d, nil
}

func (s *Server) apiEvents(r *http.Request, snap *snapshot) (any, error) {
	typ := strings.ToUpper(strings.TrimSpace(r.URL.Query().Get("type")))
	out := []Event{}
	for _, e := range snap.events {
		if typ == "" || e.Type == typ {
			out = append(out, e)
		}
	}
	return out, nil
}

func (s *Server) apiTimeline(r *http.Request, snap *snapshot) (any, error) {
	return nonNil(snap.timelineEvents()), nil
}

func (s *Server) apiConflicts(r *http.Request, snap *snapshot) (any, error) {
	return snap.conflictList(), nil
}

func (s *Server) apiSources(r *http.Request, snap *snapshot) (any, error) {
	return snap.sources(), nil
}

// SearchResult is the answer of /api/search.
type SearchResult struct {
	Query string      `json:"query"`
	Hits  []SearchHit `json:"hits"`
}

func (s *Server) apiSearch(r *http.Request, snap *snapshot) (any, error) {
	hits, err := s.search(r, snap)
	if err != nil {
		return nil, err
	}
	return SearchResult{Query: strings.TrimSpace(r.URL.Query().Get("q")), Hits: hits}, nil
}
