package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/view"
)

// apiError is the body of every API error.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// apiFunc answers one API route with a value to encode.
type apiFunc func(r *http.Request, s *view.Snapshot) (any, error)

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

func (s *Server) apiDocument(r *http.Request, snap *view.Snapshot) (any, error) {
	id := r.PathValue("id")
	d, err := snap.Document(r.Context(), id)
	if errors.Is(err, dossier.ErrNotFound) {
		return nil, errNotFound("no document %q", id)
	}
	if err != nil {
		return nil, err
	}
	return d, nil
}

func (s *Server) apiEntity(r *http.Request, snap *view.Snapshot) (any, error) {
	id := r.PathValue("id")
	d, ok := snap.Entity(id)
	if !ok {
		return nil, errNotFound("no entity %q", id)
	}
	return d, nil
}

func (s *Server) apiSources(r *http.Request, snap *view.Snapshot) (any, error) {
	return snap.Sources(), nil
}

// SearchResult is the answer of /api/search.
type SearchResult struct {
	Query string      `json:"query"`
	Hits  []SearchHit `json:"hits"`
}

func (s *Server) apiSearch(r *http.Request, snap *view.Snapshot) (any, error) {
	hits, err := s.search(r, snap)
	if err != nil {
		return nil, err
	}
	return SearchResult{Query: strings.TrimSpace(r.URL.Query().Get("q")), Hits: hits}, nil
}
