package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/dossier-project/dossier/internal/testshared"
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
			var parsed struct {
				Happenings []json.RawMessage `json:"happenings"`
				Conflicts  []json.RawMessage `json:"conflicts"`
			}
			if err := json.Unmarshal(want, &parsed); err != nil {
				t.Fatalf("export: %v", err)
			}
			if len(parsed.Happenings) == 0 || len(parsed.Conflicts) == 0 {
				t.Fatalf("export holds %d happenings and %d conflicts, want some of both", len(parsed.Happenings), len(parsed.Conflicts))
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
