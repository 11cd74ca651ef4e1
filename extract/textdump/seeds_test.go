package textdump

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// The development pages and their gold live outside the repository; the test reads them at run
// time and skips when they are absent, so no page text is part of the package.
const (
	devPages = "/work/shared/seeds"
	devGold  = "/work/shared/eval/seeds.gold.json"
)

type goldDoc struct {
	File         string   `json:"file"`
	Title        string   `json:"title"`
	Publisher    *string  `json:"publisher"`
	Keep         []string `json:"keep"`
	Drop         []string `json:"drop"`
	NotPublished []string `json:"not_published"`
}

var (
	spaceRun = regexp.MustCompile(`\s+`)
	leadThe  = regexp.MustCompile(`(?i)^the\s+`)
	tailS    = regexp.MustCompile(`'s$`)
)

// scoreNorm normalises text the way the evaluation does before comparing.
func scoreNorm(s string) string {
	s = norm.NFKC.String(s)
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	s = strings.TrimSpace(spaceRun.ReplaceAllString(s, " "))
	s = leadThe.ReplaceAllString(s, "")
	s = tailS.ReplaceAllString(s, "")
	return strings.ToLower(s)
}

func TestDevelopmentPages(t *testing.T) {
	b, err := os.ReadFile(devGold)
	if err != nil {
		t.Skipf("development gold not available: %v", err)
	}
	var gold struct {
		Documents []goldDoc `json:"documents"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatalf("read %s: %v", devGold, err)
	}
	pubOK := 0
	for _, g := range gold.Documents {
		page, err := os.ReadFile(filepath.Join(devPages, g.File))
		if err != nil {
			t.Skipf("development page not available: %v", err)
		}
		doc, err := Extract(string(page))
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
			continue
		}
		if scoreNorm(doc.Title) != scoreNorm(g.Title) {
			t.Errorf("%s: title %q, want %q", g.File, doc.Title, g.Title)
		}
		want := ""
		if g.Publisher != nil {
			want = *g.Publisher
		}
		if scoreNorm(doc.Publisher) == scoreNorm(want) {
			pubOK++
		} else {
			t.Logf("%s: publisher %q, want %q", g.File, doc.Publisher, want)
		}
		text := scoreNorm(doc.Text)
		for _, k := range g.Keep {
			if !strings.Contains(text, scoreNorm(k)) {
				t.Errorf("%s: lost %q", g.File, k)
			}
		}
		for _, d := range g.Drop {
			if strings.Contains(text, scoreNorm(d)) {
				t.Errorf("%s: kept %q", g.File, d)
			}
		}
		for _, bad := range g.NotPublished {
			if doc.Published != "" && strings.HasPrefix(doc.Published, bad) {
				t.Errorf("%s: published %q comes from a banner", g.File, doc.Published)
			}
		}
		if testing.Verbose() {
			t.Logf("%s: title=%q publisher=%q published=%q standfirst=%q captions=%q\n%s",
				g.File, doc.Title, doc.Publisher, doc.Published, doc.Standfirst, doc.Captions, doc.Text)
		}
	}
	if n := len(gold.Documents); pubOK*5 < n*4 {
		t.Errorf("publisher right for %d of %d pages, want at least 80%%", pubOK, n)
	}
}
