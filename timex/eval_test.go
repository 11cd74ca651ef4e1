package timex

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/testshared"
)

// credit is the scorer's time.values credit of one gold timex given the system's timexes.
func credit(g testshared.GoldTimex, sys []dossier.Timex) float64 {
	best := 0.0
	b := testshared.Norm(g.Text)
	for _, x := range sys {
		a := testshared.Norm(x.Text)
		if a == "" || !(strings.Contains(a, b) || strings.Contains(b, a)) {
			continue
		}
		if x.Value == g.Value && x.Mod == g.Mod {
			return 1
		}
		if x.Value == g.Value || contains(g.Also, x.Value) {
			best = 0.5
		}
	}
	return best
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

type tbDoc struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func readTimeBank(t testing.TB) []tbDoc {
	t.Helper()
	path := testshared.Path(t, "data", "timebank", "input.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	var docs []tbDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d tbDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return docs
}

// measure scores the gold timexes against the system's and returns the score and a report of
// the misses.
func measure(gold []testshared.GoldTimex, sys map[string][]dossier.Timex) (float64, []string) {
	got := 0.0
	var misses []string
	for _, g := range gold {
		c := credit(g, sys[g.Doc])
		got += c
		if c < 1 {
			var near []string
			for _, x := range sys[g.Doc] {
				a, b := testshared.Norm(x.Text), testshared.Norm(g.Text)
				if a != "" && (strings.Contains(a, b) || strings.Contains(b, a)) {
					near = append(near, fmt.Sprintf("%q=%s/%s", x.Text, x.Value, x.Mod))
				}
			}
			misses = append(misses, fmt.Sprintf("%.1f %s %q want %s/%s got %v", c, g.Doc, g.Text, g.Value, g.Mod, near))
		}
	}
	sort.Strings(misses)
	return got / float64(len(gold)), misses
}

func TestTimeBankValues(t *testing.T) {
	docs := readTimeBank(t)
	gold := testshared.ReadGold(t, "data", "timebank", "gold.json").Timexes
	tg := New()
	sys := map[string][]dossier.Timex{}
	for _, d := range docs {
		sys[d.ID] = tg.Tag(d.Text, ParseRef(d.Published))
	}
	score, misses := measure(gold, sys)
	t.Logf("timebank time.values = %.3f over %d gold timexes in %d documents", score, len(gold), len(docs))
	if os.Getenv("TIMEX_MISSES") != "" {
		for _, m := range misses {
			t.Log(m)
		}
	}
	if score < 0.80 {
		t.Errorf("timebank time.values = %.3f, want at least 0.80", score)
	}
}

func TestSeedValues(t *testing.T) {
	dir := testshared.Path(t, "seeds")
	gold := testshared.ReadGold(t, "eval", "seeds.gold.json").Timexes
	tg := New()
	sys := map[string][]dossier.Timex{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			return err
		}
		a := &dossier.Analysis{Doc: dossier.Document{File: p, Text: string(b)}}
		if err := tg.Analyze(a); err != nil {
			return err
		}
		sys[p] = a.Timexes
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("read seeds: %v", err)
	}
	score, misses := measure(gold, sys)
	t.Logf("seed time.values = %.3f over %d gold timexes", score, len(gold))
	for _, m := range misses {
		t.Log(m)
	}
	if score < 0.9 {
		t.Errorf("seed time.values = %.3f, want at least 0.9", score)
	}
}
