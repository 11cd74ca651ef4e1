package web_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/corpustest"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
	"github.com/dossier-project/dossier/sqlite"
	"github.com/dossier-project/dossier/web"
)

// hostileID is the id of the document whose every field tries to inject markup.
const hostileID = "hostile0000000001"

// pwn is what the hostile document's markup would do if it ran.
const pwn = `document.body.setAttribute('data-pwned','yes')`

// hostile is a document written to break out of every context it is shown in.
func hostile() *dossier.Analysis {
	name := `<script>` + pwn + `</script>Evil Brigade`
	text := name + ` attacked the "><img src=x onerror="` + pwn + `"> depot on 3 May 2022, officials said. ` +
		`It is <b>bold</b> & it ends here.`
	doc := dossier.Document{ID: hostileID, File: "hostile.jsonl", URL: "javascript:" + pwn,
		Title: `<script>` + pwn + `</script>"><img src=x onerror="` + pwn + `">`, Publisher: `<i onmouseover="` + pwn + `">Pub</i>`,
		Published: "2022-05-04", Language: "en", Text: text}
	doc.Sentences = segment.New(en.Embedded()).Sentences(text)
	at := strings.Index(text, "3 May 2022")
	trig := strings.Index(text, "attacked")
	return &dossier.Analysis{Doc: doc,
		Mentions: []dossier.Mention{{Span: dossier.Span{Start: 0, End: len(name)}, Text: name, Type: dossier.ORG, Chain: 0}},
		Labels:   []dossier.Label{{Span: dossier.Span{Start: trig, End: trig + 8}, Text: "attacked", Chain: 0}},
		Timexes:  []dossier.Timex{{Span: dossier.Span{Start: at, End: at + 10}, Text: "3 May 2022", Type: "DATE", Value: `2022-05-03"><script>`}},
		Events: []dossier.Event{{Span: dossier.Span{Start: 0, End: len(text)}, Type: dossier.Assault,
			Trigger: dossier.Span{Start: trig, End: trig + 8}, Text: text, Args: []dossier.Arg{{Role: "actor", Chain: 0}},
			Time: "2022-05-03", Modality: dossier.Reported, Attribution: []dossier.Source{{Chain: -1, Text: `<script>` + pwn + `</script>`}}}},
	}
}

// calendar is a document whose time expressions the timeline must draw as ranges: a month
// narrowed to its start, and a day whose year the text does not give.
func calendar() *dossier.Analysis {
	text := "Early in March 2023 the Lantern Council met the river guard. On 2 October the Lantern Council will meet again."
	doc := dossier.Document{ID: "calendar000000001", File: "calendar.txt", Title: "Lantern Council diary",
		Publisher: "Valley Almanac", Language: "en", Text: text, Sentences: segment.New(en.Embedded()).Sentences(text)}
	name := "Lantern Council"
	m1 := strings.Index(text, name)
	m2 := strings.LastIndex(text, name)
	second := strings.Index(text, "On 2 October")
	return &dossier.Analysis{Doc: doc,
		Mentions: []dossier.Mention{
			{Span: dossier.Span{Start: m1, End: m1 + len(name)}, Text: name, Type: dossier.ORG, Chain: 0},
			{Span: dossier.Span{Start: m2, End: m2 + len(name)}, Text: name, Type: dossier.ORG, Chain: 0}},
		Timexes: []dossier.Timex{
			{Span: dossier.Span{Start: 0, End: 19}, Text: text[:19], Type: "DATE", Value: "2023-03", Mod: "START"},
			{Span: dossier.Span{Start: second + 3, End: second + 12}, Text: "2 October", Type: "DATE", Value: "XXXX-10-02"}},
		Events: []dossier.Event{
			{Span: dossier.Span{Start: 0, End: second - 1}, Type: dossier.Consult, Text: text[:second-1],
				Args: []dossier.Arg{{Role: "actor", Chain: 0}}, Time: "2023-03", Modality: dossier.Asserted},
			{Span: dossier.Span{Start: second, End: len(text)}, Type: dossier.Consult, Text: text[second:],
				Args: []dossier.Arg{{Role: "actor", Chain: 0}}, Time: "XXXX-10-02", Modality: dossier.Future}},
	}
}

type fixture struct {
	store *sqlite.Store
	srv   *httptest.Server
	h     http.Handler
}

// newFixture ingests the example corpus, the invented story under testdata and the hostile
// document with the real stages, runs the cross-document pass and serves the result.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	sum := corpustest.Build(t, store, []string{"../examples", "testdata/story.jsonl"}, hostile(), calendar())
	if len(sum.Failed) > 0 || sum.Stored < 7 {
		t.Fatalf("ingest: %+v", sum)
	}
	h := web.New(store, web.Options{}).Handler()
	return &fixture{store: store, h: h}
}

func (f *fixture) get(t *testing.T, path string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "http://127.0.0.1"+path, nil)
	rec := httptest.NewRecorder()
	f.h.ServeHTTP(rec, req)
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

// entityID finds the id of the entity with this name through the API.
func (f *fixture) entityID(t *testing.T, name string) string {
	t.Helper()
	_, body := f.get(t, "/api/entities")
	var es []struct{ ID, Name string }
	if err := json.Unmarshal([]byte(body), &es); err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Name == name {
			return e.ID
		}
	}
	t.Fatalf("no entity named %q in %s", name, body)
	return ""
}

func (f *fixture) docID(t *testing.T, title string) string {
	t.Helper()
	_, body := f.get(t, "/api/documents")
	var ds []struct{ ID, Title string }
	if err := json.Unmarshal([]byte(body), &ds); err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if d.Title == title {
			return d.ID
		}
	}
	t.Fatalf("no document titled %q", title)
	return ""
}

func TestRoutes(t *testing.T) {
	f := newFixture(t)
	commander := f.entityID(t, "Yousef Abdel-Karim Haddad")
	ledger := f.docID(t, "New Mountain Brigade chief promises talks with tribes")
	protest := f.docID(t, "Brigade Commander's Removal Stirs Protests in Wadi Samra")
	tests := []struct {
		path   string
		status int
		ctype  string
		want   []string // substrings of the body
		absent []string
	}{
		{"/", 200, "text/html", []string{"<h1>Documents</h1>", "Desert Wire", "date unknown", "2024-04-04",
			"Harbour Guard replaces its commander in Port Amaro", "same publisher as", `href="/doc/` + ledger + `"`,
			// A copy names the first document of its group by its title, not by its id twice.
			`same publisher as</span> <a href="/doc/` + ledger + `" title="` + ledger + `">New Mountain Brigade chief promises talks with tribes</a>`},
			[]string{"same publisher as " + ledger}},
		{"/doc/" + protest, 200, "text/html", []string{`<dt>Origin</dt><dd>same publisher as <a href="/doc/` + ledger + `" title="` + ledger +
			`">New Mountain Brigade chief promises talks with tribes</a></dd>`}, []string{"same publisher as " + ledger}},
		{"/search?q=brigade", 200, "text/html", []string{"<mark>Brigade</mark>", "Mountain"}, []string{"[Brigade]"}},
		{"/search", 200, "text/html", []string{"Words must all appear"}, nil},
		{"/search?q=%22%22", 400, "text/html", []string{"400"}, nil},
		{"/doc/" + ledger, 200, "text/html", []string{`id="s0"`, `class="mention PER" href="/entity/`, `class="timex" title="`,
			"The Levant Ledger", "APPOINT"}, nil},
		{"/doc/nope", 404, "text/html", []string{"404", "no document"}, nil},
		{"/entities", 200, "text/html", []string{"Yousef Abdel-Karim Haddad", "Mountain Brigade", "Port Amaro"}, nil},
		{"/entities?type=LOC", 200, "text/html", []string{"Wadi Samra"}, []string{"Yousef Abdel-Karim Haddad"}},
		{"/entities?type=XYZ", 400, "text/html", []string{"unknown entity type"}, nil},
		{"/entity/" + commander, 200, "text/html", []string{"Yusuf Abd al-Karim al-Haddad", "Youssef Abdelkarim Hadad",
			"The Levant Ledger", "Desert Wire", "How each source labels it", "DISMISS", "Conflicts about it"}, nil},
		{"/entity/nope", 404, "text/html", []string{"no entity"}, nil},
		{"/timeline", 200, "text/html", []string{"<svg", "Dates with a known year", "Year not given", "2 Apr 2024",
			"early Mar 2023", "2 Oct, year unknown", `class="full"`, "<circle", "#s"}, nil},
		// A range that ends before it begins holds no date: the page says so.
		{"/timeline?from=2024-05&to=2024-04-30", 400, "text/html", []string{"from (2024-05) is after to (2024-04-30)"}, nil},
		{"/timeline?from=2024-04&to=2024", 200, "text/html", []string{"2 Apr 2024"}, nil},
		{"/conflicts", 200, "text/html", []string{`class="sides"`, "cause", "Desert Wire", "secret contacts", "#s"}, nil},
		{"/sources", 200, "text/html", []string{"Origin groups", "independent origin", "same publisher as", "Coastal Courier"}, nil},
		{"/nowhere", 404, "text/html", []string{"no such page"}, nil},
		{"/assets/style.css", 200, "text/css", []string{".mention.PER"}, nil},

		{"/api/documents", 200, "application/json", []string{`"id":`, `"publisher": "Desert Wire"`, `"published": ""`, `"origin":`}, nil},
		{"/api/documents/" + ledger, 200, "application/json", []string{`"text":`, `"sentences":`, `"mentions":`, `"entity":`, `"events":`}, nil},
		{"/api/documents/nope", 404, "application/json", []string{`"error":`, `"status": 404`}, nil},
		{"/api/entities", 200, "application/json", []string{`"document_count":`, `"mention_count":`, `"aliases":`}, nil},
		{"/api/entities?type=per", 200, "application/json", []string{`"type": "PER"`}, []string{`"type": "LOC"`}},
		{"/api/entities?type=nope", 400, "application/json", []string{`"status": 400`}, nil},
		{"/api/entities/" + commander, 200, "application/json", []string{`"spellings":`, `"framing":`, `"documents":`,
			`"events":`, `"conflicts":`, `"Yusuf Abd al-Karim al-Haddad"`}, nil},
		{"/api/entities/nope", 404, "application/json", []string{`"status": 404`}, nil},
		{"/api/events", 200, "application/json", []string{`"type": "DISMISS"`, `"modality":`, `"attribution":`, `"sentence":`, `"when": "undated; reported `}, nil},
		{"/api/events?type=travel", 200, "application/json", []string{`"type": "TRAVEL"`}, []string{`"type": "DISMISS"`}},
		{"/api/timeline", 200, "application/json", []string{`"when": "2 Apr 2024"`, `"year_known": false`, `"precision":`}, nil},
		{"/api/timeline?from=2025&to=2024-12", 400, "application/json", []string{`"status": 400`, "is after to"}, nil},
		{"/api/conflicts", 200, "application/json", []string{`"kind":`, `"sides":`, `"about":`}, nil},
		{"/api/sources", 200, "application/json", []string{`"independent_origins":`, `"publishers":`, `"groups":`, `"reason":`}, nil},
		{"/api/search?q=brigade", 200, "application/json", []string{`"hits":`, `"match": true`, `"text": "Brigade"`}, nil},
		{"/api/search", 400, "application/json", []string{`"status": 400`, "empty query"}, nil},
		// Spellings of names: a spelling no page uses finds the pages that write the name otherwise.
		{"/api/search?q=Yousif", 200, "application/json", []string{`"text": "Yousef"`}, nil},
		{"/search?q=Hadad", 200, "text/html", []string{"Who Really Forced Out Haddad?", "Mountain Brigade Commander Ousted"}, nil},
		{"/api/search?q=-", 400, "application/json", []string{`"status": 400`}, nil},
		{"/api/search?q=brigade&n=0", 400, "application/json", []string{`"status": 400`}, nil},
		{"/api/nope", 404, "application/json", []string{`"status": 404`}, nil},
		{"/api/", 200, "application/json", []string{`"routes":`, `"/api/entities"`, `"paging":`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res, body := f.get(t, tt.path)
			if res.StatusCode != tt.status {
				t.Errorf("status %d, want %d\n%s", res.StatusCode, tt.status, trim(body))
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("Content-Type %q, want %s", ct, tt.ctype)
			}
			for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} {
				if res.Header.Get(h) == "" {
					t.Errorf("no %s header", h)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("body lacks %q\n%s", w, trim(body))
				}
			}
			for _, w := range tt.absent {
				if strings.Contains(body, w) {
					t.Errorf("body holds %q", w)
				}
			}
			if strings.HasPrefix(tt.ctype, "application/json") && !json.Valid([]byte(body)) {
				t.Errorf("invalid JSON: %s", trim(body))
			}
		})
	}
}

func trim(s string) string {
	if len(s) > 3000 {
		return s[:3000] + "…"
	}
	return s
}

func TestMethodsAndHosts(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		method, host, path string
		status             int
	}{
		{"GET", "127.0.0.1:8080", "/", 200},
		{"HEAD", "localhost", "/api/documents", 200},
		{"GET", "[::1]:80", "/", 200},
		{"POST", "127.0.0.1", "/", 405},
		{"DELETE", "127.0.0.1", "/api/documents", 405},
		{"PUT", "127.0.0.1", "/api/nope", 405},
		{"GET", "attacker.example", "/", 421},
		{"GET", "attacker.example:8080", "/api/documents", 421},
	}
	for _, tt := range tests {
		req := httptest.NewRequest(tt.method, "http://"+tt.host+tt.path, nil)
		rec := httptest.NewRecorder()
		f.h.ServeHTTP(rec, req)
		if rec.Code != tt.status {
			t.Errorf("%s %s%s: status %d, want %d", tt.method, tt.host, tt.path, rec.Code, tt.status)
		}
		if tt.status == 405 && rec.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow %q", tt.method, tt.path, rec.Header().Get("Allow"))
		}
	}
	h := web.New(f.store, web.Options{Hosts: []string{"dossier.lan"}}).Handler()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "http://dossier.lan:8080/", nil))
	if rec.Code != 200 {
		t.Errorf("allowed host: status %d", rec.Code)
	}
}

// TestHostile checks that markup in a document's title, publisher, URL, text, mentions, time
// values and attribution comes out as text on every page that shows it.
func TestHostile(t *testing.T) {
	f := newFixture(t)
	evil := f.entityID(t, `<script>`+pwn+`</script>Evil Brigade`)
	for _, path := range []string{"/", "/doc/" + hostileID, "/entities", "/entity/" + evil, "/timeline",
		"/sources", "/search?q=depot", "/search?q=%3Cscript%3E+depot"} {
		t.Run(path, func(t *testing.T) {
			res, body := f.get(t, path)
			if res.StatusCode != 200 {
				t.Fatalf("status %d", res.StatusCode)
			}
			for _, bad := range []string{"<script", "<img", "<b>", "<i ", "onerror=\"", "onmouseover=\"", "javascript:"} {
				if strings.Contains(body, bad) {
					i := strings.Index(body, bad)
					t.Errorf("page holds %q unescaped: …%s…", bad, body[max(0, i-80):min(len(body), i+80)])
				}
			}
			if !strings.Contains(body, "&lt;script&gt;") {
				t.Errorf("page does not show the escaped markup")
			}
		})
	}
	res, body := f.get(t, "/api/documents/"+hostileID)
	if res.StatusCode != 200 || !strings.Contains(body, `"url": "javascript:`) {
		t.Errorf("the API should give the stored URL as JSON data: %d %s", res.StatusCode, trim(body))
	}
	if !strings.Contains(body, `\u003cscript\u003e`) {
		t.Errorf("the API should escape < and > in JSON strings")
	}
}

// TestReload checks that the server sees what is stored after it started, once the refresh
// interval has passed.
func TestReload(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	h := web.New(store, web.Options{Refresh: time.Minute, Now: func() time.Time { return now }}).Handler()
	get := func() string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "http://127.0.0.1/api/documents", nil))
		return rec.Body.String()
	}
	if got := strings.TrimSpace(get()); got != "[]" {
		t.Fatalf("empty store: %s", got)
	}
	if _, err := store.Put(ctx, []*dossier.Analysis{hostile()}); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(get()); got != "[]" {
		t.Errorf("reloaded before the refresh interval: %s", trim(got))
	}
	now = now.Add(2 * time.Minute)
	if got := get(); !strings.Contains(got, hostileID) {
		t.Errorf("not reloaded after the refresh interval: %s", trim(got))
	}
}

// TestGuessedRoutes checks that the page names a reader may guess from the API's routes lead
// to the pages that show them, with the query kept.
func TestGuessedRoutes(t *testing.T) {
	f := newFixture(t)
	tests := []struct{ path, location string }{
		{"/documents", "/"},
		{"/documents?source=Desert+Wire", "/?source=Desert+Wire"},
		{"/documents/abc123", "/doc/abc123"},
		{"/entities/e1", "/entity/e1"},
		{"/events?type=ASSAULT", "/timeline?type=ASSAULT"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			res, _ := f.get(t, tc.path)
			if res.StatusCode != http.StatusMovedPermanently {
				t.Fatalf("status %d, want %d", res.StatusCode, http.StatusMovedPermanently)
			}
			if got := res.Header.Get("Location"); got != tc.location {
				t.Errorf("Location %q, want %q", got, tc.location)
			}
		})
	}
}
