package entity

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGolden runs the stage over the articles under testdata/ and compares mentions and labels
// with the .golden.json beside each; -update rewrites them.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no testdata articles")
	}
	f := New(nil)
	for _, file := range files {
		text, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		a := &dossier.Analysis{Doc: dossier.Document{ID: filepath.Base(file), Text: string(text)}}
		if err := f.Analyze(a); err != nil {
			t.Fatal(err)
		}
		checkSpans(t, a)
		got, err := json.MarshalIndent(struct {
			Mentions []dossier.Mention `json:"mentions"`
			Labels   []dossier.Label   `json:"labels"`
		}{a.Mentions, a.Labels}, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		golden := strings.TrimSuffix(file, ".txt") + ".golden.json"
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: output differs from %s (run with -update after checking the change)", file, golden)
		}
	}
}
