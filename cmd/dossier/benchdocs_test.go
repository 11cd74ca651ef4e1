package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/dossier-project/dossier/internal/testshared"
)

// TestBenchDocs generates a small corpus, ingests it in three batches into a new database and
// wants a line per batch, per stage and the total.
func TestBenchDocs(t *testing.T) {
	out := string(dossierRun(t, "bench", "--docs", "50", "--batch", "20", "-j", "2", "--shared", testshared.Dir(t)))
	for _, re := range []string{
		`(?m)^50 generated documents in batches of 20 into .*bench\.db, 2 workers$`,
		`(?m)^ +1 +20 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+ +([0-9]+|-)$`,
		`(?m)^ +3 +50 +[0-9.]+ `,
		`(?m)^extract +[0-9.]+ +[0-9.]+%$`,
		`(?m)^events +[0-9.]+ `,
		`(?m)^store +[0-9.]+ `,
		`(?m)^cross-document pass +[0-9.]+ `,
		`(?m)^total: 50 documents, [0-9.]+ MB, .* docs/s with the pass, peak RSS [0-9]+ MB$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("bench output does not match %s:\n%s", re, out)
		}
	}
	if code := run([]string{"bench", "--docs", "5", "somefile"}, io.Discard, io.Discard); code != 2 {
		t.Errorf("bench --docs with inputs: exit status %d, want 2", code)
	}
}

// TestIncrementalPassEqualsFull ingests a generated corpus in batches, then single pages, each
// pass after a page reusing the stored entities where the page does not touch them, and wants
// the export a full pass over the same store (recheck) gives.
func TestIncrementalPassEqualsFull(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "..", "examples", "wadi-samra", "*"))
	if err != nil || len(pages) < 2 {
		t.Fatalf("example pages: %v %v", pages, err)
	}
	for name, newDB := range testStores {
		t.Run(name, func(t *testing.T) {
			db := newDB(t)
			dossierRun(t, "bench", "--docs", "100", "--batch", "50", "-j", "2", "--db", db, "--shared", testshared.Dir(t))
			for _, p := range pages[:2] {
				dossierRun(t, "ingest", "--db", db, p)
			}
			incremental := dossierRun(t, "export", "--db", db)
			dossierRun(t, "recheck", "--db", db)
			if full := dossierRun(t, "export", "--db", db); !bytes.Equal(incremental, full) {
				t.Errorf("the export after batches differs from a full pass's:\n%s", firstDiff(full, incremental))
			}
		})
	}
}

// TestBenchDocsWrite writes a generated corpus as JSON Lines twice and wants one record per
// document, in order, and the same bytes both times.
func TestBenchDocsWrite(t *testing.T) {
	dir := t.TempDir()
	var files [2][]byte
	for i := range files {
		path := filepath.Join(dir, fmt.Sprintf("corpus%d.jsonl", i))
		dossierRun(t, "bench", "--docs", "40", "--write", path, "--shared", testshared.Dir(t))
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files[i] = b
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("two writes of one seed differ")
	}
	lines := bytes.Split(bytes.TrimSpace(files[0]), []byte("\n"))
	if len(lines) != 40 {
		t.Fatalf("%d records, want 40", len(lines))
	}
	for i, line := range lines {
		var rec struct{ ID, Text string }
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if want := fmt.Sprintf("gen-%08d", i); rec.ID != want || rec.Text == "" {
			t.Errorf("record %d: id %q, %d bytes of text; want id %q and a text", i, rec.ID, len(rec.Text), want)
		}
	}
}
