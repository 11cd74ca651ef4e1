package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/web"
)

// TestSearchBounds asks the API and the search page queries past the limits: each is answered at
// once with a 400 that says which limit, and a sensible query still works afterwards.
func TestSearchBounds(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		query, want string
		status      int
	}{
		{strings.Repeat("Haddad ", 40), `"bad search query: the query has 40 words, more than the 32 allowed"`, http.StatusBadRequest},
		{strings.Repeat("Haddad ", 2000), "bad search query: the query is 1399", http.StatusBadRequest},
		{strings.Repeat("x", 900<<10), "bytes long, more than the 1024 allowed", http.StatusBadRequest},
		{strings.Repeat("depot ", dossier.MaxQueryTerms), "", http.StatusOK},
		{"depot", "", http.StatusOK},
	}
	for _, tt := range tests {
		for _, path := range []string{"/api/search?q=", "/search?q="} {
			res, body := f.get(t, path+url.QueryEscape(tt.query))
			if path == "/search?q=" {
				tt.want = strings.Trim(tt.want, `"`) // the page shows the message, not a JSON string
			}
			if res.StatusCode != tt.status || !strings.Contains(body, tt.want) || strings.Contains(body, "bad query: bad") {
				t.Errorf("GET %s(%d bytes): %d %.300s; want %d saying %q", path, len(tt.query), res.StatusCode, body, tt.status, tt.want)
			}
		}
	}
}

// slowSource answers a search only when its context ends, and reports when it started and how
// it ended.
type slowSource struct {
	web.Source
	started chan struct{}
	ended   chan error
}

func (s slowSource) Search(ctx context.Context, q string, n int) ([]dossier.Hit, error) {
	s.started <- struct{}{}
	<-ctx.Done()
	s.ended <- ctx.Err()
	return nil, ctx.Err()
}

// TestSearchDeadline checks that a search that does not end is stopped by its deadline with a
// 503, and that a search whose client goes away is cancelled.
func TestSearchDeadline(t *testing.T) {
	f := newFixture(t)
	src := slowSource{Source: f.store, started: make(chan struct{}, 1), ended: make(chan error, 1)}
	h := web.New(src, web.Options{SearchTimeout: 50 * time.Millisecond}).Handler()
	req := httptest.NewRequest(http.MethodGet, "http://127.0.0.1/api/search?q=depot", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	<-src.started
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "took too long") {
		t.Errorf("search past its deadline: %d %s, want 503", rec.Code, trim(rec.Body.String()))
	}
	if err := <-src.ended; err != context.DeadlineExceeded {
		t.Errorf("the search's context ended with %v, want the deadline", err)
	}

	// A client that goes away: the search's context ends with it, long before the deadline.
	h = web.New(src, web.Options{SearchTimeout: time.Hour}).Handler()
	ctx, leave := context.WithCancel(context.Background())
	req = httptest.NewRequestWithContext(ctx, http.MethodGet, "http://127.0.0.1/api/search?q=depot", nil)
	done := make(chan struct{})
	go func() {
		defer close(done)
		h.ServeHTTP(httptest.NewRecorder(), req)
	}()
	<-src.started
	leave()
	if err := <-src.ended; err != context.Canceled {
		t.Errorf("the search's context ended with %v, want cancelled with the request", err)
	}
	<-done
}
