package web

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/namekey"
	"github.com/dossier-project/dossier/view"
)

// Source is what the server reads from a store: what the read model is built from, and search.
type Source interface {
	view.Source
	// Search finds documents matching a full-text query, best first.
	Search(ctx context.Context, query string, limit int) ([]dossier.Hit, error)
}

// Stamper is an optional capability of a Source: a cheap token that changes whenever the stored
// data does. When the Source has it, the server checks it on every request and reloads at once
// on a change; without it the server reloads every Options.Refresh.
type Stamper interface {
	Stamp(ctx context.Context) (string, error)
}

// Options configure a Server. The zero value is usable.
type Options struct {
	// Refresh is how long loaded data is used before the store is read again; 0 means 10 seconds.
	// Data that has not changed is kept as it is, without building the read model again.
	Refresh time.Duration
	// Hosts are extra host names (without port) the server answers to. Requests addressed to any
	// other name than localhost or a loopback address are refused, so a web page elsewhere cannot
	// reach the server by rebinding its own name to 127.0.0.1.
	Hosts []string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Pins is the file the review actions append their decisions to, in the pins format the
	// command's --pins reads (entity merges and splits, conflict reviews); "" turns them off.
	Pins string
	// SearchTimeout bounds one search; 0 means 10 seconds. A search also stops when its client
	// goes away.
	SearchTimeout time.Duration
	// Keys are the transliteration keys by which a search finds other spellings of the words
	// of entities' names (see view.NewSpeller); nil means those of the embedded language data.
	Keys *namekey.Keyer
}

// Server serves the pages and the JSON API.
type Server struct {
	src    Source
	opts   Options
	pages  map[string]*template.Template
	assets fs.FS

	mu      sync.Mutex
	speller *view.Speller // the spellings of snap's entities, for search

	cacheMu sync.Mutex
	cacheOf *view.Snapshot // the snapshot cache was built from
	cache   map[string]any // tables' rows and orders, by name
	snap    *view.Snapshot
	loaded  time.Time
	stamp   string
}

//go:embed templates/*.tmpl
var templateFiles embed.FS

//go:embed assets
var assetFiles embed.FS

// New returns a server over src. It reads nothing until the first request.
func New(src Source, opts Options) *Server {
	if opts.Refresh <= 0 {
		opts.Refresh = 10 * time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Keys == nil {
		opts.Keys = namekey.New()
	}
	s := &Server{src: src, opts: opts}
	s.pages = parsePages()
	assets, err := fs.Sub(assetFiles, "assets")
	if err != nil {
		panic(fmt.Sprintf("web: embedded assets: %v", err)) // the embed pattern guarantees the folder
	}
	s.assets = assets
	return s
}

// Handler returns the HTTP handler of every page, asset and API route.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.page(s.documentsPage))
	mux.HandleFunc("GET /search", s.page(s.searchPage))
	mux.HandleFunc("GET /doc/{id}", s.page(s.documentPage))
	mux.HandleFunc("GET /entities", s.page(s.entitiesPage))
	mux.HandleFunc("GET /entity/{id}", s.page(s.entityPage))
	mux.HandleFunc("GET /timeline", s.page(s.timelinePage))
	mux.HandleFunc("GET /conflicts", s.page(s.conflictsPage))
	mux.HandleFunc("GET /sources", s.page(s.sourcesPage))
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServerFS(s.assets)))

	mux.HandleFunc("POST /review/merge", s.review(s.reviewMerge))
	mux.HandleFunc("POST /review/split", s.review(s.reviewSplit))
	mux.HandleFunc("POST /review/conflict", s.review(s.reviewConflict))

	mux.HandleFunc("GET /api/{$}", s.api(s.apiIndex))
	mux.HandleFunc("GET /api/documents", tableAPI(s, documentTable))
	mux.HandleFunc("GET /api/documents/{id}", s.api(s.apiDocument))
	mux.HandleFunc("GET /api/entities", tableAPI(s, entityTable))
	mux.HandleFunc("GET /api/entities/{id}", s.api(s.apiEntity))
	mux.HandleFunc("GET /api/events", tableAPI(s, eventTable))
	mux.HandleFunc("GET /api/timeline", tableAPI(s, timelineTable))
	mux.HandleFunc("GET /api/conflicts", tableAPI(s, conflictTable))
	mux.HandleFunc("GET /api/sources", s.api(s.apiSources))
	mux.HandleFunc("GET /api/search", s.api(s.apiSearch))
	// The names a reader may guess from the API's routes lead to the pages that show them.
	mux.HandleFunc("GET /documents", redirect(func(*http.Request) string { return "/" }))
	mux.HandleFunc("GET /documents/{id}", redirect(func(r *http.Request) string { return "/doc/" + url.PathEscape(r.PathValue("id")) }))
	mux.HandleFunc("GET /entities/{id}", redirect(func(r *http.Request) string { return "/entity/" + url.PathEscape(r.PathValue("id")) }))
	mux.HandleFunc("GET /events", redirect(func(*http.Request) string { return "/timeline" }))
	mux.HandleFunc("/api/", s.api(func(*http.Request, *view.Snapshot) (any, error) {
		return nil, errNotFound("no such API route")
	}))
	mux.HandleFunc("/", s.page(func(*http.Request, *view.Snapshot) (string, any, error) {
		return "", nil, errNotFound("no such page")
	}))
	return s.guard(mux)
}

// redirect sends a request on for good to the path that to gives, with its query.
func redirect(to func(*http.Request) string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		target := to(r)
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
	}
}

// guard sets the security headers of every response and refuses methods other than GET and
// HEAD and hosts other than the loopback ones.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "+
			"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		isAPI := strings.HasPrefix(r.URL.Path, "/api/")
		isReview := strings.HasPrefix(r.URL.Path, "/review/")
		switch {
		case isReview && r.Method != http.MethodPost:
			h.Set("Allow", "POST")
			s.fail(w, r, false, &httpError{http.StatusMethodNotAllowed, "review actions are sent with POST"})
			return
		case !isReview && r.Method != http.MethodGet && r.Method != http.MethodHead:
			h.Set("Allow", "GET, HEAD")
			s.fail(w, r, isAPI, &httpError{http.StatusMethodNotAllowed, "only GET and HEAD are allowed"})
			return
		case isReview && !sameOrigin(r):
			s.fail(w, r, false, &httpError{http.StatusForbidden, "review actions are taken from this server's own pages only"})
			return
		}
		if !s.hostAllowed(r.Host) {
			s.fail(w, r, isAPI, &httpError{http.StatusMisdirectedRequest, "this server answers on localhost only"})
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) hostAllowed(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	if host == "" || strings.EqualFold(host, "localhost") {
		return true
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return true
	}
	for _, h := range s.opts.Hosts {
		if strings.EqualFold(h, host) {
			return true
		}
	}
	return false
}

// httpError is an error with the status it answers with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func errNotFound(format string, args ...any) error {
	return &httpError{http.StatusNotFound, fmt.Sprintf(format, args...)}
}

func errBadRequest(format string, args ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// status is the HTTP status and the message to show for err.
func status(err error) (int, string) {
	var he *httpError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.Is(err, dossier.ErrBadQuery):
		return http.StatusBadRequest, err.Error()
	case errors.Is(err, dossier.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, context.Canceled):
		return 499, "request cancelled"
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "the request took too long; try fewer or more specific words"
	}
	return http.StatusInternalServerError, "internal error: " + err.Error()
}

// data returns the current snapshot, loading it again when it may be out of date.
func (s *Server) data(ctx context.Context) (*view.Snapshot, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.opts.Now()
	stamp := ""
	if st, ok := s.src.(Stamper); ok {
		var err error
		if stamp, err = st.Stamp(ctx); err != nil {
			return nil, fmt.Errorf("web: read store stamp: %w", err)
		}
		if s.snap != nil && stamp == s.stamp {
			return s.snap, nil
		}
	} else if s.snap != nil && now.Sub(s.loaded) < s.opts.Refresh {
		return s.snap, nil
	}
	snap, err := view.Reload(ctx, s.src, s.snap)
	if err != nil {
		return nil, err
	}
	if snap != s.snap {
		s.speller = view.NewSpeller(snap.Corpus().Entities, s.opts.Keys)
	}
	s.snap, s.loaded, s.stamp = snap, now, stamp
	return snap, nil
}

// spellerFor is the speller of the snapshot last loaded.
func (s *Server) spellerFor() *view.Speller {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.speller
}
