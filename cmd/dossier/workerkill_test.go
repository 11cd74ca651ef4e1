//go:build unix

package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-project/dossier/internal/pgtest"
	"github.com/dossier-project/dossier/queue"
)

// TestKilledWorkerExport queues the example corpus and a long page, kills the worker process
// (SIGKILL) while it analyses a page, starts another, and checks that once the queue is drained
// the export equals that of a plain ingest of the same inputs.
func TestKilledWorkerExport(t *testing.T) {
	url := pgtest.Schema(t)
	inputs := t.TempDir()
	if err := os.CopyFS(inputs, os.DirFS("../../examples")); err != nil {
		t.Fatal(err)
	}
	sentence := "Dock workers in Port Ellery returned to work on Monday after a ten-day strike over pay, the union said. "
	long := "Harbour strike ends\n\n" + strings.Repeat(sentence, 400<<10/len(sentence))
	if err := os.WriteFile(filepath.Join(inputs, "long.txt"), []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}

	clean := filepath.Join(t.TempDir(), "clean.db")
	if code := run([]string{"ingest", "--db", clean, inputs}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("plain ingest: exit status %d", code)
	}
	want := exportJSON(t, clean)

	if code := run([]string{"ingest", "--queue", "--db", url, inputs}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("ingest --queue: exit status %d", code)
	}
	q, err := queue.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()

	first := startDossier(t, "worker", "--db", url, "-j", "1")
	waitQueue(t, q, time.Minute, "the first worker takes a page", func(st queue.Stats) bool { return st.Running == 1 })
	if err := first.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	first.Wait()

	startDossier(t, "worker", "--db", url, "-j", "2")
	waitQueue(t, q, 3*time.Minute, "the second worker finishes every page and the pass", func(st queue.Stats) bool {
		return st.Queued == 0 && st.Running == 0 && !st.CrossDue && !st.CrossRunning && st.Done > 0
	})
	if got := exportJSON(t, url); !bytes.Equal(got, want) {
		t.Errorf("the export after the killed worker differs from a plain ingest's (%d bytes against %d)", len(got), len(want))
	}
}

// startDossier runs the test binary as the dossier command in the background, stopped when the
// test ends.
func startDossier(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dossier")
	if err := os.Symlink(os.Args[0], bin); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	return cmd
}

// waitQueue polls the queue's counts until cond holds, failing after limit.
func waitQueue(t *testing.T, q *queue.Queue, limit time.Duration, what string, cond func(queue.Stats) bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), limit)
	defer cancel()
	for {
		st, err := q.Stats(ctx)
		if err == nil && cond(st) {
			return
		}
		if ctx.Err() != nil {
			t.Fatalf("not within %s: %s (last counts %+v, %v)", limit, what, st, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// exportJSON returns the JSON export of the database db.
func exportJSON(t *testing.T, db string) []byte {
	t.Helper()
	var out bytes.Buffer
	if code := run([]string{"export", "--db", db}, &out, io.Discard); code != 0 {
		t.Fatalf("export %s: exit status %d", db, code)
	}
	return out.Bytes()
}
