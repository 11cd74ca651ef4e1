package testshared

import (
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestDirFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "eval"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DOSSIER_SHARED", dir)
	if got := Dir(t); got != dir {
		t.Errorf("Dir = %q, want %q", got, dir)
	}
	if got := Path(t, "eval"); got != filepath.Join(dir, "eval") {
		t.Errorf("Path = %q", got)
	}
}

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  The \t Harbour\nAuthority\u2019s ", "harbour authority"},
		{"THE  ferry", "ferry"},
		{"theatre", "theatre"},
		{"the", "the"},
		{"\u201cQuoted\u201d \u2018words\u2019", `"quoted" 'words'`},
		{"\ufb01re at No\u00a0\u2460", "fire at no 1"},
		{"Stra\u00dfe", "strasse"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Norm(tc.in); got != tc.want {
			t.Errorf("Norm(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestReadGold(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "eval"), 0o755); err != nil {
		t.Fatal(err)
	}
	gold := `{"corpus": "x",
		"documents": [{"file": "a.txt", "title": "T", "publisher": null, "keep": ["k"], "drop": ["d"], "not_published": ["2020"]}],
		"entities": [{"id": "e1", "type": "PER", "forms": {"a.txt": ["Ann"]}}],
		"distinct": [["e1", "e2"]],
		"timexes": [{"doc": "a.txt", "text": "today", "value": "2021-01-01", "also": ["2021"]}],
		"events": [{"doc": "a.txt", "type": "attack", "who": ["e1"], "time": "2021-01-01"}],
		"conflicts": [{"about": "e1", "docs": ["a.txt", "b.txt"]}],
		"labels": [{"doc": "a.txt", "entity": "e1", "label": "envoy"}]}`
	if err := os.WriteFile(filepath.Join(dir, "eval", "g.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DOSSIER_SHARED", dir)
	g := ReadGold(t, "eval", "g.json")
	d := g.Documents[0]
	if d.File != "a.txt" || d.Publisher != nil || d.Keep[0] != "k" || d.Drop[0] != "d" || d.NotPublished[0] != "2020" {
		t.Errorf("document read as %+v", d)
	}
	if e := g.Entities[0]; e.ID != "e1" || e.Type != "PER" || e.Forms["a.txt"][0] != "Ann" {
		t.Errorf("entity read as %+v", e)
	}
	if g.Distinct[0] != [2]string{"e1", "e2"} {
		t.Errorf("distinct read as %v", g.Distinct)
	}
	if x := g.Timexes[0]; x.Value != "2021-01-01" || x.Mod != "" || x.Also[0] != "2021" {
		t.Errorf("timex read as %+v", x)
	}
	if e := g.Events[0]; e.Type != "attack" || e.Who[0] != "e1" || e.Time != "2021-01-01" {
		t.Errorf("event read as %+v", e)
	}
	if c := g.Conflicts[0]; c.About != "e1" || len(c.Docs) != 2 {
		t.Errorf("conflict read as %+v", c)
	}
	if l := g.Labels[0]; l.Entity != "e1" || l.Label != "envoy" {
		t.Errorf("label read as %+v", l)
	}
}

func TestShingleScore(t *testing.T) {
	tests := []struct {
		gold, got string
		p, r      float64
	}{
		{"", "", 1, 1},
		{"one two three four five", "one two three four five", 1, 1},
		{"one two three four five", "", 0, 0},
		{"one two three four five", "one two three four five six", 2.0 / 3, 1},
		{"a b", "a b", 1, 1},
		{"a b", "a c", 0, 0},
	}
	for _, tc := range tests {
		p, r := ShingleScore(tc.gold, tc.got)
		if math.Abs(p-tc.p) > 1e-9 || math.Abs(r-tc.r) > 1e-9 {
			t.Errorf("ShingleScore(%q, %q) = %.3f, %.3f, want %.3f, %.3f", tc.gold, tc.got, p, r, tc.p, tc.r)
		}
	}
	if f := F1(0.5, 1); math.Abs(f-2.0/3) > 1e-9 {
		t.Errorf("F1(0.5, 1) = %.3f", f)
	}
}

func TestCommand(t *testing.T) {
	if p := Command(t, "go"); p == "" {
		t.Errorf("Command(go) found nothing")
	}
}
