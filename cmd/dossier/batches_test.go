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
	ways := []struct {
		name  string
		recs  [][]byte
		sizes []int
	}{
		{"one batch", recs, []int{len(recs)}},
		{"ten batches", recs, ten},
		{"shuffled, three batches", shuffled, []int{7, 61, len(recs) - 68}},
	}
	for name, newDB := range testStores {
		t.Run(name, func(t *testing.T) {
			var want []byte
			for _, w := range ways {
				db := newDB(t)
				for _, f := range writeBatches(t, t.TempDir(), w.recs, w.sizes...) {
					dossierRun(t, "ingest", "--db", db, f)
				}
				got := dossierRun(t, "export", "--db", db)
				if want == nil {
					want = got
					continue
				}
				if !bytes.Equal(want, got) {
					t.Errorf("%s: export differs from one batch's (%d bytes, want %d):\n%s", w.name, len(got), len(want), firstDiff(want, got))
				}
			}
		})
	}
}
