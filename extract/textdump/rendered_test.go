package textdump

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/internal/testshared"
)

// renderedFloor is the least word 4-gram F1 the rendered benchmark pages may score, a little
// under what the classifier reaches, so that a regression fails the test.
const renderedFloor = 0.86

// renderedTitleFloor is the least number of rendered benchmark pages whose title must match the
// title the page's markup gives (og:title or <title> without the site name), a little under what
// the title finder reaches.
const renderedTitleFloor = 117

// The publisher found on the rendered benchmark pages is checked against the page's
// og:site_name: at most renderedPubWrong pages may name another publisher, and at least
// renderedPubRight must name the site, each a little around what the publisher finder reaches.
const (
	renderedPubWrong = 32
	renderedPubRight = 17
)

// renderedPage is one page of the article extraction benchmark rendered to text.
type renderedPage struct {
	id, text, gold, title, h1, site string
}

var (
	ogTitle   = regexp.MustCompile(`(?is)<meta[^>]+property=["']og:title["'][^>]*content=(?:"([^"]*)"|'([^']*)')|<meta[^>]+content=(?:"([^"]*)"|'([^']*)')[^>]*property=["']og:title["']`)
	htmlTitle = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)
	siteSep   = regexp.MustCompile(`\s+[|–—:-]+\s+`)
	ogSite    = regexp.MustCompile(`(?is)<meta[^>]+property=["']og:site_name["'][^>]*content=(?:"([^"]*)"|'([^']*)')|<meta[^>]+content=(?:"([^"]*)"|'([^']*)')[^>]*property=["']og:site_name["']`)
	domainEnd = regexp.MustCompile(`\.(?:com|org|net|co\.uk|co|io|info|news|uk|us)$`)
	firstH1   = regexp.MustCompile(`(?is)<h1[^>]*>(.*?)</h1>`)
	markup    = regexp.MustCompile(`(?s)<[^>]*>`)
)

// pageH1 is the text of a page's first <h1>, often a cleaner headline than its <title>.
func pageH1(page []byte) string {
	m := firstH1.FindSubmatch(page)
	if m == nil {
		return ""
	}
	return strings.Join(strings.Fields(html.UnescapeString(markup.ReplaceAllString(string(m[1]), " "))), " ")
}

// pageSite is the site name a page gives in its og:site_name, or "".
func pageSite(page []byte) string {
	m := ogSite.FindSubmatch(page)
	if m == nil {
		return ""
	}
	return strings.Join(strings.Fields(html.UnescapeString(string(bytes.Join(m[1:], nil)))), " ")
}

// siteKey is the form site names are compared in: case and spaces folded, without a leading
// "the" or a trailing domain suffix such as ".com".
func siteKey(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimPrefix(s, "the ")
	return domainEnd.ReplaceAllString(s, "")
}

// pageTitle is the title a page gives in its markup, og:title first, without a site name after
// a separator.
func pageTitle(page []byte) string {
	t := ""
	if m := ogTitle.FindSubmatch(page); m != nil {
		t = string(bytes.Join(m[1:], nil))
	} else if m := htmlTitle.FindSubmatch(page); m != nil {
		t = string(m[1])
	}
	t = strings.Join(strings.Fields(html.UnescapeString(t)), " ")
	if loc := siteSep.FindAllStringIndex(t, -1); len(loc) > 0 {
		last := loc[len(loc)-1]
		if site := t[last[1]:]; len(strings.Fields(site)) <= 5 && len(strings.Fields(t[:last[0]])) >= 3 {
			t = t[:last[0]]
		}
	}
	return t
}

// renderPages renders the benchmark's HTML pages to text with w3m, as a browser's text dump
// would give them, into a temporary folder.
func renderPages(t *testing.T) []renderedPage {
	t.Helper()
	w3m := testshared.Command(t, "w3m")
	dir := testshared.Path(t, "data", "article-extraction")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		t.Fatalf("read ground truth: %v", err)
	}
	out := t.TempDir()
	pages := make([]renderedPage, 0, len(gt))
	for id, g := range gt {
		pages = append(pages, renderedPage{id: id, gold: g.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i := range pages {
		wg.Add(1)
		sem <- struct{}{}
		go func(pg *renderedPage) {
			defer func() { <-sem; wg.Done() }()
			err := renderPage(w3m, filepath.Join(dir, "html", pg.id+".html.gz"), filepath.Join(out, pg.id+".txt"), pg)
			if err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}(&pages[i])
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("render %d pages: %v", len(errs), errs[0])
	}
	return pages
}

// renderPage renders one gzipped HTML page to a text file and reads the text back.
func renderPage(w3m, in, out string, pg *renderedPage) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	page, err := io.ReadAll(z)
	if err != nil {
		return err
	}
	pg.title = pageTitle(page)
	pg.h1 = pageH1(page)
	pg.site = pageSite(page)
	cmd := exec.Command(w3m, "-dump", "-cols", "10000", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8")
	cmd.Stdin = bytes.NewReader(page)
	text, err := cmd.Output()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, text, 0o644); err != nil {
		return err
	}
	b, err := os.ReadFile(out)
	pg.text = string(b)
	return err
}

// TestRenderedPages measures the classifier on real page dumps: the article extraction
// benchmark's pages rendered to text by w3m, scored against the benchmark's gold text by word
// 4-gram F1 as eval/score_extraction.py scores them. The text scored is the document the
// extract package makes, title and standfirst before the body. The pages are split by the
// first hex digit of their id into two halves, reported apart.
func TestRenderedPages(t *testing.T) {
	pages := renderPages(t)
	x := &extract.Extractor{Text: embedded(t).Extract}
	type half struct {
		p, r                               float64
		n, failed, ok, okH1                int
		sites, pubRight, pubNone, pubWrong int
	}
	halves := map[string]*half{"0-7": {}, "8-f": {}, "all": {}}
	for _, pg := range pages {
		doc, err := x.Extract(&dossier.Page{File: pg.id + ".txt", Format: dossier.FormatText, Body: []byte(pg.text)})
		p, r := testshared.ShingleScore(pg.gold, doc.Text)
		got := testshared.Norm(doc.Title)
		titleOK := pg.title != "" && got == testshared.Norm(pg.title)
		titleOrH1 := titleOK || (pg.h1 != "" && got == testshared.Norm(pg.h1))
		name := "0-7"
		if pg.id[0] >= '8' {
			name = "8-f"
		}
		for _, h := range []*half{halves[name], halves["all"]} {
			h.n++
			h.p += p
			h.r += r
			if err != nil {
				h.failed++
			}
			if titleOK {
				h.ok++
			}
			if titleOrH1 {
				h.okH1++
			}
			if pg.site != "" {
				h.sites++
				switch {
				case doc.Publisher == "":
					h.pubNone++
				case siteKey(doc.Publisher) == siteKey(pg.site):
					h.pubRight++
				default:
					h.pubWrong++
				}
			}
		}
		if testing.Verbose() {
			t.Logf("%s p %.3f r %.3f title %v %v %q (page %q, h1 %q) publisher %q (site %q) err %v", pg.id[:8], p, r, titleOK, titleOrH1, doc.Title, pg.title, pg.h1, doc.Publisher, pg.site, err)
		}
	}
	for _, name := range []string{"0-7", "8-f", "all"} {
		h := halves[name]
		p, r := h.p/float64(h.n), h.r/float64(h.n)
		t.Logf("pages %s: %d, failed %d, precision %.3f recall %.3f f1 %.3f, title right %d (or as the first h1 %d), publisher of %d with a site name: right %d, none %d, wrong %d",
			name, h.n, h.failed, p, r, testshared.F1(p, r), h.ok, h.okH1, h.sites, h.pubRight, h.pubNone, h.pubWrong)
	}
	all := halves["all"]
	if f1 := testshared.F1(all.p/float64(all.n), all.r/float64(all.n)); f1 < renderedFloor {
		t.Errorf("f1 %.3f on the rendered pages, want at least %.3f", f1, renderedFloor)
	}
	if all.pubWrong > renderedPubWrong {
		t.Errorf("%d wrong publishers on the rendered pages, want at most %d", all.pubWrong, renderedPubWrong)
	}
	if all.pubRight < renderedPubRight {
		t.Errorf("%d publishers right on the rendered pages, want at least %d", all.pubRight, renderedPubRight)
	}
	if all.ok < renderedTitleFloor {
		t.Errorf("%d titles right on the rendered pages, want at least %d", all.ok, renderedTitleFloor)
	}
}
