package web_test

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier/resolve"
	"github.com/dossier-project/dossier/web"
)

// row is what the tables' JSON rows have in common, and what the filters read.
type row struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	Kind      string `json:"kind"`
	Source    string `json:"source"`
	Published string `json:"published"`
	From      string `json:"from"`
	YearKnown bool   `json:"year_known"`
	Time      string `json:"time"`
	Args      []struct {
		Entity string `json:"entity"`
	} `json:"args"`
	Spellings []struct {
		Sources []struct {
			Source string `json:"source"`
		} `json:"sources"`
	} `json:"spellings"`
}

func (f *fixture) rows(t *testing.T, path string) ([]row, *http.Response) {
	t.Helper()
	res, body := f.get(t, path)
	if res.StatusCode != 200 {
		t.Fatalf("GET %s: status %d: %s", path, res.StatusCode, trim(body))
	}
	var rows []row
	if err := json.Unmarshal([]byte(body), &rows); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return rows, res
}

func ids(rows []row) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.ID)
	}
	return out
}

// TestKeysetPaging follows the next links of every table in every order, two rows a page, and
// checks that the pages together are the whole table in the same order, each row once.
func TestKeysetPaging(t *testing.T) {
	f := newFixture(t)
	tables := map[string][]string{
		"/api/documents": {"date", "title", "source"},
		"/api/entities":  {"docs", "mentions", "name", "type"},
		"/api/events":    {"time", "type", "source"},
		"/api/timeline":  {"time", "type", "source"},
		"/api/conflicts": {"id", "kind"},
	}
	for api, sorts := range tables {
		for _, sort := range sorts {
			for _, dir := range []string{"asc", "desc"} {
				t.Run(api+"/"+sort+"/"+dir, func(t *testing.T) {
					whole, _ := f.rows(t, api+"?sort="+sort+"&dir="+dir)
					if len(whole) < 3 {
						t.Fatalf("only %d rows: too few to page", len(whole))
					}
					var paged []string
					next := api + "?limit=2&sort=" + sort + "&dir=" + dir
					for pages := 0; next != ""; pages++ {
						if pages > len(whole) {
							t.Fatal("paging does not end")
						}
						rows, res := f.rows(t, next)
						if len(rows) > 2 {
							t.Fatalf("page of %d rows, limit 2", len(rows))
						}
						paged = append(paged, ids(rows)...)
						next = nextLink(res.Header.Get("Link"))
					}
					if !slices.Equal(paged, ids(whole)) {
						t.Errorf("pages give\n%v\nthe whole table is\n%v", paged, ids(whole))
					}
				})
			}
		}
	}
}

// nextLink is the URL of rel="next" in a Link header, or "".
func nextLink(h string) string {
	for _, part := range strings.Split(h, ",") {
		if strings.Contains(part, `rel="next"`) {
			u := strings.TrimSpace(part)
			return u[strings.Index(u, "<")+1 : strings.Index(u, ">")]
		}
	}
	return ""
}

// TestFilters checks that each filter keeps exactly the rows it names.
func TestFilters(t *testing.T) {
	f := newFixture(t)
	commander := f.entityID(t, "Yousef Abdel-Karim Haddad")
	involves := func(r row) bool {
		for _, a := range r.Args {
			if a.Entity == commander {
				return true
			}
		}
		return false
	}
	usedBy := func(src string) func(row) bool {
		return func(r row) bool {
			for _, sp := range r.Spellings {
				for _, s := range sp.Sources {
					if s.Source == src {
						return true
					}
				}
			}
			return false
		}
	}
	tests := []struct {
		path  string
		keep  func(row) bool
		whole string // the table the filter chooses from
	}{
		{"/api/documents?source=desert+wire", func(r row) bool { return r.Source == "Desert Wire" }, "/api/documents"},
		{"/api/documents?from=2024-04-01&to=2024-04-30", func(r row) bool { return strings.HasPrefix(r.Published, "2024-04") }, "/api/documents"},
		{"/api/documents?from=2023", func(r row) bool { return r.Published >= "2023" }, "/api/documents"},
		{"/api/entities?type=LOC", func(r row) bool { return r.Type == "LOC" }, "/api/entities"},
		{"/api/entities?source=Island+Herald", usedBy("Island Herald"), "/api/entities"},
		{"/api/events?type=dismiss", func(r row) bool { return r.Type == "DISMISS" }, "/api/events"},
		{"/api/events?entity=" + url.QueryEscape("Youssef Abdelkarim Hadad"), involves, "/api/events"},
		{"/api/timeline?from=2024-01-01", func(r row) bool { return r.YearKnown && r.From >= "2024" }, "/api/timeline"},
		{"/api/timeline?source=The+Levant+Ledger", func(r row) bool { return r.Source == "The Levant Ledger" }, "/api/timeline"},
		{"/api/conflicts?kind=cause", func(r row) bool { return r.Kind == "cause" }, "/api/conflicts"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			got, _ := f.rows(t, tt.path)
			whole, _ := f.rows(t, tt.whole)
			var want []string
			for _, r := range whole {
				if tt.keep(r) {
					want = append(want, r.ID)
				}
			}
			if len(want) == 0 || len(want) == len(whole) {
				t.Fatalf("the filter should keep some rows and drop others: keeps %d of %d", len(want), len(whole))
			}
			if !slices.Equal(ids(got), want) {
				t.Errorf("filter gives %v, want %v", ids(got), want)
			}
		})
	}
	// The type filter's choices count the rows of each type: its facets.
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		rows, _ := f.rows(t, "/api/entities?type="+typ)
		_, page := f.get(t, "/entities")
		if want := fmt.Sprintf(`<option value="%s">%s (%d)</option>`, typ, typ, len(rows)); !strings.Contains(page, want) {
			t.Errorf("the entities page lacks the facet %s", want)
		}
	}
	for _, bad := range []string{"/api/documents?from=April", "/api/entities?sort=size", "/api/entities?limit=0",
		"/api/entities?after=not-a-cursor", "/api/events?type=KILL", "/api/entities?format=xml", "/entities?type=PERSON"} {
		if res, body := f.get(t, bad); res.StatusCode != 400 {
			t.Errorf("GET %s: status %d, want 400: %s", bad, res.StatusCode, trim(body))
		}
	}
}

// TestDownloads checks that each table downloads whole as CSV and JSON Lines, filters applied.
func TestDownloads(t *testing.T) {
	f := newFixture(t)
	for _, api := range []string{"/api/documents", "/api/entities?type=PER", "/api/events", "/api/timeline", "/api/conflicts"} {
		t.Run(api, func(t *testing.T) {
			whole, _ := f.rows(t, api)
			sep := "?"
			if strings.Contains(api, "?") {
				sep = "&"
			}
			res, body := f.get(t, api+sep+"format=csv&limit=1")
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/csv") {
				t.Errorf("CSV Content-Type %q", ct)
			}
			if cd := res.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment;") {
				t.Errorf("CSV Content-Disposition %q", cd)
			}
			records, err := csv.NewReader(strings.NewReader(body)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(records) != len(whole)+1 || records[0][0] != "id" {
				t.Errorf("CSV has %d records, want a header and %d rows", len(records), len(whole))
			}
			for i, rec := range records[1:] {
				if rec[0] != whole[i].ID {
					t.Errorf("CSV row %d is %s, want %s", i+1, rec[0], whole[i].ID)
					break
				}
			}
			res, body = f.get(t, api+sep+"format=jsonl")
			lines := strings.Split(strings.TrimSuffix(body, "\n"), "\n")
			if len(lines) != len(whole) || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/jsonl") {
				t.Errorf("JSON Lines has %d lines (%s), want %d", len(lines), res.Header.Get("Content-Type"), len(whole))
			}
			for i, l := range lines {
				var r row
				if err := json.Unmarshal([]byte(l), &r); err != nil || r.ID != whole[i].ID {
					t.Errorf("JSON Lines line %d: %v %q", i+1, err, r.ID)
					break
				}
			}
		})
	}
	_, page := f.get(t, "/entities?type=ORG")
	if !strings.Contains(page, `href="/api/entities?format=csv&amp;type=ORG"`) || !strings.Contains(page, "format=jsonl") {
		t.Errorf("the entities page lacks download links of its filtered table")
	}
}

func TestAPIIndex(t *testing.T) {
	f := newFixture(t)
	res, body := f.get(t, "/api/")
	if res.StatusCode != 200 {
		t.Fatalf("/api/: status %d", res.StatusCode)
	}
	var idx struct {
		Routes []struct {
			Path, Description string
			Parameters        *[]string
		}
	}
	if err := json.Unmarshal([]byte(body), &idx); err != nil {
		t.Fatal(err)
	}
	if len(idx.Routes) < 9 {
		t.Fatalf("the index lists %d routes", len(idx.Routes))
	}
	for _, r := range idx.Routes {
		// A route without parameters lists none ([]), so that a client can read every route alike.
		if r.Parameters == nil {
			t.Errorf("%s: parameters is null, want a list", r.Path)
		}
		path := strings.Replace(r.Path, "{id}", "nosuch", 1)
		if r.Path == "/api/search" {
			path += "?q=brigade"
		}
		res, _ := f.get(t, path)
		if want := 200; strings.Contains(r.Path, "{id}") {
			want = 404
			if res.StatusCode != want {
				t.Errorf("%s: status %d, want %d", path, res.StatusCode, want)
			}
		} else if res.StatusCode != want {
			t.Errorf("%s: status %d, want %d", path, res.StatusCode, want)
		}
	}
}

// TestReview checks that the review actions write pins the resolver reads, only when sent
// from the server's own pages.
func TestReview(t *testing.T) {
	f := newFixture(t)
	pins := filepath.Join(t.TempDir(), "pins.tsv")
	h := web.New(f.store, web.Options{Pins: pins}).Handler()
	commander := f.entityID(t, "Yousef Abdel-Karim Haddad")
	cs, _ := f.rows(t, "/api/conflicts")
	post := func(path, origin string, form url.Values) *httptest.ResponseRecorder {
		req := httptest.NewRequest("POST", "http://127.0.0.1:8080"+path, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		if origin == "cross-site" {
			req.Header.Set("Origin", "null")
			req.Header.Set("Sec-Fetch-Site", "cross-site")
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	const self = "http://127.0.0.1:8080"
	tests := []struct {
		name, path, origin string
		form               url.Values
		status             int
		pin                string // the line the action appends; "" for none
	}{
		{"merge", "/review/merge", self, url.Values{"entity": {commander}, "other": {"Omar Nasser Khalil"}}, 303,
			"merge\tYousef Abdel-Karim Haddad\tOmar Nasser Khalil"},
		{"split", "/review/split", self, url.Values{"entity": {commander}, "spelling": {"Hadad"}}, 303,
			"split\tYousef Abdel-Karim Haddad\tHadad"},
		{"conflict", "/review/conflict", self, url.Values{"conflict": {cs[0].ID}, "verdict": {"confirmed"}}, 303,
			"reviewed\t" + conflictKey(t, f, cs[0].ID) + "\tconfirmed"},
		{"from elsewhere", "/review/merge", "http://attacker.example", url.Values{"entity": {commander}, "other": {"Omar Nasser Khalil"}}, 403, ""},
		{"from another site", "/review/merge", "cross-site", url.Values{"entity": {commander}, "other": {"Omar Nasser Khalil"}}, 403, ""},
		{"origin unknown", "/review/merge", "null", url.Values{"entity": {commander}, "other": {"Omar Nasser Khalil"}}, 403, ""},
		{"unknown other", "/review/merge", self, url.Values{"entity": {commander}, "other": {"Nobody Atall"}}, 400, ""},
		{"not a spelling", "/review/split", self, url.Values{"entity": {commander}, "spelling": {"Omar"}}, 400, ""},
		{"bad verdict", "/review/conflict", self, url.Values{"conflict": {cs[0].ID}, "verdict": {"maybe"}}, 400, ""},
		{"unknown conflict", "/review/conflict", self, url.Values{"conflict": {"c999"}, "verdict": {"confirmed"}}, 400, ""},
	}
	var want []string
	for _, tt := range tests {
		rec := post(tt.path, tt.origin, tt.form)
		if rec.Code != tt.status {
			t.Errorf("%s: status %d, want %d: %s", tt.name, rec.Code, tt.status, trim(rec.Body.String()))
		}
		if tt.pin != "" {
			want = append(want, tt.pin)
		}
	}
	b, err := os.ReadFile(pins)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Split(strings.TrimSpace(string(b)), "\n"); !slices.Equal(got, want) {
		t.Errorf("pins file:\n%s\nwant:\n%s", b, strings.Join(want, "\n"))
	}
	p, err := resolve.LoadPins(pins)
	if err != nil {
		t.Fatalf("the resolver cannot read the pins written: %v", err)
	}
	if len(p.Merge) != 1 || len(p.Split) != 1 || len(p.Reviewed) != 1 {
		t.Errorf("pins read back: %+v", p)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "http://127.0.0.1/conflicts", nil))
	if !strings.Contains(rec.Body.String(), "reviewed: confirmed") {
		t.Errorf("the conflicts page does not show the review")
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "http://127.0.0.1/review/merge", nil))
	if rec.Code != 405 {
		t.Errorf("GET /review/merge: status %d, want 405", rec.Code)
	}
	// Without a pins file the actions are off and the pages offer none.
	rec = httptest.NewRecorder()
	f.h.ServeHTTP(rec, httptest.NewRequest("POST", "http://127.0.0.1/review/merge", strings.NewReader(tests[0].form.Encode())))
	if rec.Code != 403 {
		t.Errorf("review without a pins file: status %d, want 403", rec.Code)
	}
	if _, body := f.get(t, "/entity/"+commander); strings.Contains(body, "/review/") {
		t.Errorf("the entity page offers review actions without a pins file")
	}
}

// conflictKey is how a review names a conflict: its kind and its sides' places, sorted.
func conflictKey(t *testing.T, f *fixture, id string) string {
	t.Helper()
	_, body := f.get(t, "/api/conflicts")
	var cs []struct {
		ID, Kind string
		Sides    []struct {
			Doc        string
			Start, End int
		}
	}
	if err := json.Unmarshal([]byte(body), &cs); err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.ID != id {
			continue
		}
		var sides []string
		for _, s := range c.Sides {
			sides = append(sides, fmt.Sprintf("%s:%d-%d", s.Doc, s.Start, s.End))
		}
		slices.Sort(sides)
		return c.Kind + " " + strings.Join(sides, " ")
	}
	t.Fatalf("no conflict %s", id)
	return ""
}
