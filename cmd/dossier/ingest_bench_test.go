package main

import (
	"context"
	"io"
	"path/filepath"
	"testing"

	"github.com/dossier-project/dossier/ingest"
	"github.com/dossier-project/dossier/internal/testshared"
	"github.com/dossier-project/dossier/pipeline"
	"github.com/dossier-project/dossier/sqlite"
)

// BenchmarkIngestTimeBank ingests the TimeBank texts (256 news reports of about 450 words) as
// "dossier ingest" does, on one worker, into a new SQLite file each round: extraction, every
// stage, storing and the cross-document pass. The models are loaded once before the clock starts,
// so the figures leave out the fixed start-up cost of a command. It reports documents per
// second on the clock and per second of processor time (all of the process's threads), the
// second being the one to compare on a shared machine.
func BenchmarkIngestTimeBank(b *testing.B) {
	files := []string{testshared.Path(b, "data", "timebank", "input.jsonl")}
	a := &app{stdout: io.Discard, stderr: io.Discard, quiet: true}
	stages, err := a.newStages()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	reader := &ingest.Reader{MaxBytes: ingest.MaxPageBytes}
	read := func(ctx context.Context, fn func(ingest.Item) error) error { return reader.Read(ctx, files, fn) }
	docs := 0
	cpu0 := cpuTime()
	for b.Loop() {
		store, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "tb.db"))
		if err != nil {
			b.Fatal(err)
		}
		x, err := a.newExtractor()
		if err != nil {
			b.Fatal(err)
		}
		p := &pipeline.Pipeline{Extract: x.Extract, Stages: stages, Workers: 1}
		sum, err := p.Run(ctx, store, read, nil)
		if err == nil {
			_, err = a.crossPass(ctx, store)
		}
		if cerr := store.Close(); err == nil {
			err = cerr
		}
		if err != nil || sum.Stored == 0 || len(sum.Failed) > 0 {
			b.Fatalf("stored %d, failed %d: %v", sum.Stored, len(sum.Failed), err)
		}
		docs += sum.Stored
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(docs)/cpu.Seconds(), "docs/cpu-s")
	}
}
