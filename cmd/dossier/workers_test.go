package main

import (
	"context"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-project/dossier/internal/pgtest"
	"github.com/dossier-project/dossier/internal/testshared"
	"github.com/dossier-project/dossier/postgres"
	"github.com/dossier-project/dossier/queue"
)

// TestThreeWorkersKeepExport queues real reports in PostgreSQL, lets three worker processes
// analyse them and run the cross-document pass batch by batch, and wants the export one ingest
// process makes of the same reports.
func TestThreeWorkersKeepExport(t *testing.T) {
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples", "wadi-samra"))
	if err != nil {
		t.Fatal(err)
	}
	recs := jsonlRecords(t, testshared.Path(t, "data", "fakes-incidents", "input.jsonl"), 40)
	inputs := append(writeBatches(t, t.TempDir(), recs, len(recs)), examples)

	one := pgtest.Schema(t)
	dossierRun(t, append([]string{"ingest", "--db", one}, inputs...)...)
	want := dossierRun(t, "export", "--db", one)

	many := pgtest.Schema(t)
	dossierRun(t, append([]string{"ingest", "--queue", "--db", many}, inputs...)...)
	var workers []*exec.Cmd
	for range 3 {
		workers = append(workers, startDossier(t, "worker", "--db", many, "-j", "1"))
	}
	waitSettled(t, many, 3*time.Minute)
	for _, w := range workers {
		w.Process.Signal(syscall.SIGINT)
	}
	for _, w := range workers {
		if err := w.Wait(); err != nil {
			t.Errorf("worker: %v", err)
		}
	}
	got := dossierRun(t, "export", "--db", many)
	if string(want) != string(got) {
		t.Errorf("export after three workers differs from one process's (%d bytes, want %d):\n%s", len(got), len(want), firstDiff(want, got))
	}
}

// TestKilledWorkerRecovers kills the worker running the cross-document pass with SIGKILL before
// its results are stored, starts another, and wants the export one ingest process makes.
func TestKilledWorkerRecovers(t *testing.T) {
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples", "wadi-samra"))
	if err != nil {
		t.Fatal(err)
	}
	one := pgtest.Schema(t)
	dossierRun(t, "ingest", "--db", one, examples)
	want := dossierRun(t, "export", "--db", one)

	db := pgtest.Schema(t)
	dossierRun(t, "ingest", "--queue", "--db", db, examples)
	killedAt(t, "pass", "worker", "--db", db, "-j", "2")
	w := startDossier(t, "worker", "--db", db, "-j", "1")
	waitSettled(t, db, 2*time.Minute)
	w.Process.Signal(syscall.SIGINT)
	if err := w.Wait(); err != nil {
		t.Errorf("worker: %v", err)
	}
	if got := dossierRun(t, "export", "--db", db); string(want) != string(got) {
		t.Errorf("export after a killed worker differs from one process's (%d bytes, want %d):\n%s", len(got), len(want), firstDiff(want, got))
	}
}

// waitSettled waits until the queue in the database at url has no page job left and no stored
// document waits for the cross-document pass.
func waitSettled(t *testing.T, url string, limit time.Duration) {
	t.Helper()
	ctx := context.Background()
	q, err := queue.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	store, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	deadline := time.Now().Add(limit)
	for {
		st, err := q.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		pending, err := store.Pending(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Queued == 0 && st.Running == 0 && st.Done > 0 && len(pending) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("workers not done after %s: %+v, %d documents wait for the pass", limit, st, len(pending))
		}
		time.Sleep(250 * time.Millisecond)
	}
}
