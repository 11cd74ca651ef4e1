package textdump

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-project/dossier/internal/testshared"
)

// TestDevelopmentPages reads the development pages and their gold at run time, so no page text is
// part of the package, and checks the extraction against the gold.
func TestDevelopmentPages(t *testing.T) {
	gold := testshared.ReadGold(t, "eval", "seeds.gold.json")
	pages := testshared.Path(t, "seeds")
	pubOK := 0
	for _, g := range gold.Documents {
		page, err := os.ReadFile(filepath.Join(pages, g.File))
		if err != nil {
			t.Fatalf("development page of the gold file: %v", err)
		}
		doc, err := embedded(t).Extract(string(page))
		if err != nil {
			t.Errorf("%s: %v", g.File, err)
			continue
		}
		if testshared.Norm(doc.Title) != testshared.Norm(g.Title) {
			t.Errorf("%s: title %q, want %q", g.File, doc.Title, g.Title)
		}
		want := ""
		if g.Publisher != nil {
			want = *g.Publisher
		}
		if testshared.Norm(doc.Publisher) == testshared.Norm(want) {
			pubOK++
		} else {
			t.Logf("%s: publisher %q, want %q", g.File, doc.Publisher, want)
		}
		text := testshared.Norm(doc.Text)
		for _, k := range g.Keep {
			if !strings.Contains(text, testshared.Norm(k)) {
				t.Errorf("%s: lost %q", g.File, k)
			}
		}
		for _, d := range g.Drop {
			if strings.Contains(text, testshared.Norm(d)) {
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
