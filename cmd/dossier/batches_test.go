package main

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-project/dossier/internal/testshared"
)

// jsonlRecords reads the first n lines of a JSON Lines file.
func jsonlRecords(t *testing.T, path string, n int) [][]byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for len(out) < n && sc.Scan() {
		out = append(out, bytes.Clone(sc.Bytes()))
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return out
}

// writeBatches writes recs as JSON Lines files of the given sizes, in order, and returns their
// paths.
func writeBatches(t *testing.T, dir string, recs [][]byte, sizes ...int) []string {
	t.Helper()
	var files []string
	for i, n := range sizes {
		path := filepath.Join(dir, fmt.Sprintf("batch-%02d.jsonl", i))
		if err := os.WriteFile(path, append(bytes.Join(recs[:n], []byte("\n")), '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		recs = recs[n:]
		files = append(files, path)
	}
	if len(recs) != 0 {
		t.Fatalf("writeBatches: %d records left over", len(recs))
	}
	return files
}

// batchWay is one way to ingest a corpus: the files of each run of ingest, in order.
type batchWay struct {
	name    string
	batches [][]string
}

// TestBatchingKeepsExport ingests one corpus of real news reports (FA-KES incidents told by
// several outlets, and TimeBank) in one batch, in ten, and shuffled in three uneven ones, each
// batch by a run of its own, and wants the same export every time: the cross-document results
// depend on what is stored, not on the order or batching it came in.
func TestBatchingKeepsExport(t *testing.T) {
	recs := append(jsonlRecords(t, testshared.Path(t, "data", "fakes-incidents", "input.jsonl"), 70),
		jsonlRecords(t, testshared.Path(t, "data", "timebank", "input.jsonl"), 30)...)
	shuffled := append([][]byte(nil), recs...)
	rand.New(rand.NewPCG(10, 13)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	ten := make([]int, 10)
	for i := range ten {
		ten[i] = len(recs) / 10
	}
	ten[9] += len(recs) % 10
	oneEach := func(files []string) [][]string {
		out := make([][]string, len(files))
		for i, f := range files {
			out[i] = []string{f}
		}
		return out
	}
	wantSameExport(t, []batchWay{
		{"one batch", oneEach(writeBatches(t, t.TempDir(), recs, len(recs)))},
		{"ten batches", oneEach(writeBatches(t, t.TempDir(), recs, ten...))},
		{"shuffled, three batches", oneEach(writeBatches(t, t.TempDir(), shuffled, 7, 61, len(recs)-68))},
	})
}

// TestBatchingKeepsExportPages ingests two article pages with reports enough beside them that a
// later run of one page alone reuses the stored entities (see reuseShare), each page last in
// turn, and all together, and wants one export. One page names a paper by its word alone beside
// a name that ends in the word hyphenated and another that ends in it plain; the other writes
// the plain name's initials, which brings them to be resolved again when it comes later.
func TestBatchingKeepsExportPages(t *testing.T) {
	page := func(name string) string {
		return testshared.Path(t, "data", "article-extraction", "html", name+".html.gz")
	}
	word := page("8634d1211c3f2b73041e6cadd5d59676619838949999a83a23c51a3195b44892")
	initials := page("ac1bfdd4c510f679c58f1b62101630d40fda20a16703235ae0f56b65a465e423")
	recs := jsonlRecords(t, testshared.Path(t, "data", "fakes-incidents", "input.jsonl"), reuseShare)
	others := writeBatches(t, t.TempDir(), recs, len(recs))[0]
	wantSameExport(t, []batchWay{
		{"one batch", [][]string{{others, word, initials}}},
		{"the initials' page last", [][]string{{others, word}, {initials}}},
		{"the word's page last", [][]string{{others, initials}, {word}}},
	})
}

// wantSameExport ingests the corpus every way into a new store of each kind, each batch by a run
// of its own, and wants the export of the first way from all of them.
func wantSameExport(t *testing.T, ways []batchWay) {
	t.Helper()
	for name, newDB := range testStores {
		t.Run(name, func(t *testing.T) {
			var want []byte
			for _, w := range ways {
				db := newDB(t)
				for _, b := range w.batches {
					dossierRun(t, append([]string{"ingest", "--db", db}, b...)...)
				}
				got := dossierRun(t, "export", "--db", db)
				if want == nil {
					want = got
					continue
				}
				if !bytes.Equal(want, got) {
					t.Errorf("%s: export differs from %s's (%d bytes, want %d):\n%s", w.name, ways[0].name, len(got), len(want), firstDiff(want, got))
				}
			}
		})
	}
}
