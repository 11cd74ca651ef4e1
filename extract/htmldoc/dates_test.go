package htmldoc

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"golang.org/x/net/html"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-project/dossier/internal/evalsplit"
	"github.com/dossier-project/dossier/internal/testshared"
)

type dateScore struct{ pages, dated, right int }

func (s dateScore) String() string {
	return fmt.Sprintf("pages %d accuracy %.3f dated %.3f precision %.3f", s.pages,
		float64(s.right)/float64(max(1, s.pages)), float64(s.dated)/float64(max(1, s.pages)),
		float64(s.right)/float64(max(1, s.dated)))
}

func (s *dateScore) add(got, want string) {
	s.pages++
	if len(got) >= 10 {
		s.dated++
		if got[:10] == want {
			s.right++
		}
	}
}

// TestDateEval scores publication dates on the htmldate evaluation pages, as
// eval/score_dates.py does (a day-precise date counts; a month or year is not a day), on each
// half. HTMLDOC_DATES=FILE writes each page's gold, date and the cues' readings to FILE.
func TestDateEval(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 687 pages")
	}
	dir := testshared.Path(t, "data", "htmldate-eval")
	raw, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]struct{ Date string }
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	names := make([]string, 0, len(gold))
	for n := range gold {
		names = append(names, n)
	}
	sort.Strings(names)
	var dump io.Writer = io.Discard
	if f := os.Getenv("HTMLDOC_DATES"); f != "" {
		out, err := os.Create(f)
		if err != nil {
			t.Fatal(err)
		}
		defer out.Close()
		dump = out
	}
	var dev, held dateScore
	for _, n := range names {
		body, err := readGz(filepath.Join(dir, "html", n+".gz"))
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := embedded().Extract(body, "")
		if evalsplit.IsDevelopment(n) {
			dev.add(doc.Published, gold[n].Date)
		} else {
			held.add(doc.Published, gold[n].Date)
		}
		fmt.Fprintf(dump, "%s\t%t\t%s\t%s\t%s\n", n, evalsplit.IsDevelopment(n), gold[n].Date, doc.Published, cueReadings(body, doc.Text))
	}
	t.Logf("development: %v", dev)
	t.Logf("held-out:    %v", held)
	for _, h := range []struct {
		name string
		s    dateScore
	}{{"development", dev}, {"held-out", held}} {
		acc := float64(h.s.right) / float64(h.s.pages)
		prec := float64(h.s.right) / float64(max(1, h.s.dated))
		if acc < 0.85 || prec < 0.9 {
			t.Errorf("%s half: accuracy %.3f precision %.3f, want at least 0.85 and 0.9", h.name, acc, prec)
		}
	}
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(z)
}

// cueReadings describes each date cue's reading of a page, for the evaluation's dump.
func cueReadings(body []byte, text string) string {
	root, err := html.Parse(bytes.NewReader(toUTF8(body)))
	if err != nil {
		return err.Error()
	}
	pm := readMeta(root)
	pm.dates = embedded().s.dates
	v := pm.readDates(root, "")
	own := pm.ownPublished("", text)
	clip := func(s string) string {
		s = strings.Join(strings.Fields(s), " ")
		if len(s) > 80 {
			s = strings.ToValidUTF8(s[:80], "")
		}
		return s
	}
	return fmt.Sprintf("head=%s\town=%s/%s weak=%t\tlib=%s [%s] furn=%t deep=%t prose=%t\tshown=%s [%s]\turl=%s\ttitle=%s", pm.headlineDate(root), own.value, own.cue, own.weak,
		v.lib.value, clip(v.lib.src), pm.inFurniture(v.lib.src), deepInText(v.lib.src, text), v.lib.prose,
		v.visible.value, clip(v.visible.src), pm.pageURL(""), pm.title)
}

// TestOnlyDayOf checks that the day of a month a page states is found where it is the only one
// of that month, banners left out.
func TestOnlyDayOf(t *testing.T) {
	tests := []struct{ name, body, month, want string }{
		{"one day", `<p>Posted on <span>19 May 2010</span> at 23:03.</p>`, "2010-05", "2010-05-19"},
		{"said twice", `<p>19 May 2010</p><p>Posted 19.05.2010</p>`, "2010-05", "2010-05-19"},
		{"two days", `<p>Posted on 19 May 2010.</p><p>Comment of 21 May 2010</p>`, "2010-05", ""},
		{"another month", `<p>Posted on 19 June 2010.</p>`, "2010-05", ""},
		{"banner", `<div class="topbar">Friday, 21 May 2010</div><p>Posted on 19 May 2010.</p>`, "2010-05", "2010-05-19"},
		{"script", `<script>var d = "21 May 2010";</script><p>Posted on 19 May 2010.</p>`, "2010-05", "2010-05-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := onlyDayOf(embedded().s.dates, root, tt.month); got != tt.want {
				t.Errorf("onlyDayOf(%q) = %q, want %q", tt.month, got, tt.want)
			}
		})
	}
}
