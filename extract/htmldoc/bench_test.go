package htmldoc

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/dossier-project/dossier/internal/testshared"
)

type benchPage struct {
	id, url string
	body    []byte
	gold    string
}

var (
	benchOnce  sync.Once
	benchPages []benchPage
	benchErr   error
)

// loadBench reads the article extraction benchmark of the shared folder (html/<id>.html.gz and
// ground-truth.json), skipping the test when it is absent (a failure when CI=true).
func loadBench(tb testing.TB) []benchPage {
	tb.Helper()
	dir := testshared.Path(tb, "data", "article-extraction")
	benchOnce.Do(func() { benchPages, benchErr = readBench(dir) })
	if benchErr != nil {
		tb.Fatal(benchErr)
	}
	return benchPages
}

func readBench(dir string) ([]benchPage, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, err
	}
	var pages []benchPage
	for id, g := range gt {
		f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		z, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, err
		}
		body, err := io.ReadAll(z)
		f.Close()
		if err != nil {
			return nil, err
		}
		pages = append(pages, benchPage{id: id, url: g.URL, body: body, gold: g.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages, nil
}

type benchResult struct {
	p, r, f1 float64
	failed   int
}

// runBench extracts every page with s and scores the texts; texts maps page id to text.
func runBench(tb testing.TB, pages []benchPage, s settings) (benchResult, map[string]string) {
	texts := make(map[string]string, len(pages))
	var res benchResult
	for _, pg := range pages {
		doc, err := extract(pg.body, pg.url, s)
		if err != nil {
			res.failed++
		}
		texts[pg.id] = doc.Text
		p, r := testshared.ShingleScore(pg.gold, doc.Text)
		res.p += p
		res.r += r
	}
	res.p /= float64(len(pages))
	res.r /= float64(len(pages))
	if res.p+res.r > 0 {
		res.f1 = 2 * res.p * res.r / (res.p + res.r)
	}
	return res, texts
}

// TestBenchmarkF1 extracts the benchmark's pages, writes them as an export the shared scorer
// reads (to $HTMLDOC_EXPORT when set) and checks the F1 of the benchmark's method.
func TestBenchmarkF1(t *testing.T) {
	pages := loadBench(t)
	res, texts := runBench(t, pages, embedded().s)
	t.Logf("pages %d failed %d precision %.3f recall %.3f f1 %.3f", len(pages), res.failed, res.p, res.r, res.f1)

	type exportDoc struct {
		File string `json:"file"`
		Text string `json:"text"`
	}
	var export struct {
		Documents []exportDoc `json:"documents"`
	}
	for _, pg := range pages {
		export.Documents = append(export.Documents, exportDoc{File: pg.id + ".html.gz", Text: texts[pg.id]})
	}
	out := os.Getenv("HTMLDOC_EXPORT")
	if out == "" {
		out = filepath.Join(t.TempDir(), "export.json")
	}
	raw, err := json.Marshal(export)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("export written to %s", out)
	if res.f1 < 0.95 {
		t.Errorf("f1 %.3f, want >= 0.95", res.f1)
	}
}

// BenchmarkExtract extracts every benchmark page once per iteration.
func BenchmarkExtract(b *testing.B) {
	pages := loadBench(b)
	x := embedded()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, pg := range pages {
			if _, err := x.Extract(pg.body, pg.url); err != nil {
				b.Logf("%s: %v", pg.id, err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}
