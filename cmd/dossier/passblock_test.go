package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/testshared"
	"github.com/dossier-project/dossier/sqlite"
)

// TestPassBlocksKeepExport stores one corpus of real news reports (FA-KES incidents told by
// several outlets, and TimeBank) and checks it again with --pass-block small enough that the
// records are read back a few stories at a time, and with it at 0, which reads them all at
// once: the export must not depend on how many documents the checks hold.
func TestPassBlocksKeepExport(t *testing.T) {
	recs := append(jsonlRecords(t, testshared.Path(t, "data", "fakes-incidents", "input.jsonl"), 70),
		jsonlRecords(t, testshared.Path(t, "data", "timebank", "input.jsonl"), 30)...)
	for name, newDB := range testStores {
		t.Run(name, func(t *testing.T) {
			db := newDB(t)
			dossierRun(t, append([]string{"ingest", "--db", db}, writeBatches(t, t.TempDir(), recs, len(recs))...)...)
			dossierRun(t, "recheck", "--db", db, "--pass-block", "0")
			want := dossierRun(t, "export", "--db", db)
			if haps, conflicts := exportCounts(t, want); haps == 0 || conflicts == 0 {
				t.Fatalf("export holds %d happenings and %d conflicts, want some of both", haps, conflicts)
			}
			for _, block := range []string{"1", "7"} {
				dossierRun(t, "recheck", "--db", db, "--pass-block", block)
				if got := dossierRun(t, "export", "--db", db); !bytes.Equal(want, got) {
					t.Errorf("--pass-block %s: export differs from all at once's (%d bytes, want %d):\n%s", block, len(got), len(want), firstDiff(want, got))
				}
			}
		})
	}
}

// exportCounts returns how many happenings and conflicts a JSON export holds.
func exportCounts(t *testing.T, export []byte) (happenings, conflicts int) {
	t.Helper()
	var parsed struct {
		Happenings []json.RawMessage `json:"happenings"`
		Conflicts  []json.RawMessage `json:"conflicts"`
	}
	if err := json.Unmarshal(export, &parsed); err != nil {
		t.Fatalf("export: %v", err)
	}
	return len(parsed.Happenings), len(parsed.Conflicts)
}

// wholeStore is a store that reads the pass's analyses but not those of a list of ids: the
// checks read it whole for every block, skipping the documents of others.
type wholeStore struct {
	dossier.Store
	st *sqlite.Store
}

// PassAnalyses calls fn for every analysis the SQLite store's PassAnalyses gives.
func (s wholeStore) PassAnalyses(ctx context.Context, fn func(*dossier.Analysis) error) error {
	return s.st.PassAnalyses(ctx, fn)
}

// PassMentions calls fn for every analysis the SQLite store's PassMentions gives.
func (s wholeStore) PassMentions(ctx context.Context, fn func(*dossier.Analysis) error) error {
	return s.st.PassMentions(ctx, fn)
}

// Texts calls fn with the texts the SQLite store's Texts gives.
func (s wholeStore) Texts(ctx context.Context, ids []string, fn func(id, text string) error) error {
	return s.st.Texts(ctx, ids, fn)
}

// Resolution returns what the SQLite store's Resolution returns.
func (s wholeStore) Resolution(ctx context.Context) (*dossier.Corpus, error) {
	return s.st.Resolution(ctx)
}

// TestPassBlocksWholeStore checks that a pass a few documents at a time over a store that cannot
// read a list of ids, read whole for each block, stores what one over all at once does.
func TestPassBlocksWholeStore(t *testing.T) {
	if _, ok := any(wholeStore{}).(idReader); ok {
		t.Fatal("wholeStore reads lists of ids")
	}
	if _, ok := any(wholeStore{}).(dossier.PassReader); !ok {
		t.Fatal("wholeStore reads no pass")
	}
	in := writeBatches(t, t.TempDir(), jsonlRecords(t, testshared.Path(t, "data", "fakes-incidents", "input.jsonl"), 40), 40)[0]
	var exports [][]byte
	for _, block := range []int{0, 3} {
		ctx := context.Background()
		db, st := ingestUnchecked(t, in)
		a := &app{db: db, quiet: true, stdout: io.Discard, passBlock: block}
		if err := a.recheck(ctx, wholeStore{st, st}); err != nil {
			t.Fatal(err)
		}
		st.Close()
		exports = append(exports, dossierRun(t, "export", "--db", db))
	}
	if haps, _ := exportCounts(t, exports[0]); haps == 0 {
		t.Fatal("export holds no happenings")
	}
	if !bytes.Equal(exports[0], exports[1]) {
		t.Errorf("export after a pass in blocks over a store read whole differs:\n%s", firstDiff(exports[0], exports[1]))
	}
}
