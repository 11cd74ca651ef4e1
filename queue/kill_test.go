package queue_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/pgtest"
	"github.com/dossier-project/dossier/postgres"
	"github.com/dossier-project/dossier/queue"
)

// Environment of a worker process started by a test: the database, and which handlers hang
// (pages, or the cross-document pass) so that the process is killed while working them.
const (
	childURL  = "DOSSIER_QUEUE_TEST_WORKER_URL"
	childHang = "DOSSIER_QUEUE_TEST_WORKER_HANG"
)

func TestMain(m *testing.M) {
	if url := os.Getenv(childURL); url != "" {
		if err := childWorker(url, os.Getenv(childHang)); err != nil {
			fmt.Fprintln(os.Stderr, "worker:", err)
			os.Exit(2)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// childWorker works the queue with two page slots, storing pages in the store, until it is killed.
// With hang "page" every page hangs; with hang "cross" the cross-document pass does.
func childWorker(url, hang string) error {
	ctx := context.Background()
	store, err := postgres.Open(ctx, url)
	if err != nil {
		return err
	}
	q, err := queue.Open(ctx, url)
	if err != nil {
		return err
	}
	q.Heartbeat, q.Settle, q.Backoff = 100*time.Millisecond, 50*time.Millisecond, 10*time.Millisecond
	h := storeHandlers(store, nil)
	page, cross := h.Page, h.Cross
	h.Page = func(ctx context.Context, p *dossier.Page) error {
		if hang == "page" {
			<-ctx.Done()
			return ctx.Err()
		}
		return page(ctx, p)
	}
	h.Cross = func(ctx context.Context) error {
		if hang == "cross" {
			<-ctx.Done()
			return ctx.Err()
		}
		return cross(ctx)
	}
	return q.Work(ctx, h, 2)
}

// storeHandlers store pages and failures in store; the pass adds the count of stored documents to
// saw, when not nil.
func storeHandlers(store *postgres.Store, saw *atomic.Int64) queue.Handlers {
	return queue.Handlers{
		Page: func(ctx context.Context, p *dossier.Page) error {
			_, err := store.Put(ctx, []*dossier.Analysis{{Doc: dossier.Document{
				ID: docID(p), File: p.File, Title: p.Meta.Title, Text: string(p.Body), Language: "en"}}})
			return err
		},
		Fail: func(ctx context.Context, f dossier.Failure) error {
			return store.PutFailures(ctx, []dossier.Failure{f})
		},
		Cross: func(ctx context.Context) error {
			n := 0
			if err := store.Analyses(ctx, func(*dossier.Analysis) error { n++; return nil }); err != nil {
				return err
			}
			if saw != nil {
				saw.Store(int64(n))
			}
			return nil
		},
	}
}

// startChild starts a worker process on url and returns it with its standard error.
func startChild(t *testing.T, url, hang string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childURL+"="+url, childHang+"="+hang)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	return cmd, &stderr
}

// waitUntil polls cond for up to limit: long enough for the heartbeat's rescue, which is the
// outcome tested, not a measure of speed.
func waitUntil(t *testing.T, limit time.Duration, what string, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		ok, err := cond()
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("not within %s: %s", limit, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func kill(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
}

// openBoth opens a store and a queue in a schema of their own.
func openBoth(t *testing.T) (string, *postgres.Store, *queue.Queue) {
	t.Helper()
	url := pgtest.Schema(t)
	store, err := postgres.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return url, store, openQueue(t, url)
}

// TestKilledWorkerPages kills a worker process (SIGKILL) while it holds two page jobs. Queueing the
// pages again puts the stuck ones back once the dead worker's heartbeat is stale, and a new worker
// stores every page and runs the cross-document pass over all of them.
func TestKilledWorkerPages(t *testing.T) {
	url, store, q := openBoth(t)
	ctx := t.Context()
	q.Stale = time.Second
	batch := pages("one", "two", "three", "four")
	if _, err := q.Enqueue(ctx, batch, docID); err != nil {
		t.Fatal(err)
	}
	child, stderr := startChild(t, url, "page")
	waitUntil(t, time.Minute, "the worker takes two pages", func() (bool, error) {
		st, err := q.Stats(ctx)
		return st.Running == 2, err
	})
	kill(t, child)

	// No worker runs now: queueing the same pages again takes the stuck ones back.
	waitUntil(t, time.Minute, "the killed worker's pages are put back", func() (bool, error) {
		if _, err := q.Enqueue(ctx, batch, docID); err != nil {
			return false, err
		}
		st, err := q.Stats(ctx)
		return st.Running == 0 && st.Queued == len(batch), err
	})

	var saw atomic.Int64
	workCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- q.Work(workCtx, storeHandlers(store, &saw), 2) }()
	waitUntil(t, time.Minute, "the pages are stored and the pass runs", func() (bool, error) {
		st, err := q.Stats(ctx)
		return st.Done == len(batch) && !st.CrossDue && saw.Load() == int64(len(batch)), err
	})
	stop()
	if err := <-done; err != nil {
		t.Errorf("Work: %v\nkilled worker's log:\n%s", err, stderr)
	}
}

// TestKilledCrossWorker kills a worker process (SIGKILL) in the middle of the cross-document pass.
// A worker started afterwards takes the pass back once the dead one's heartbeat is stale, although
// the job's uniqueness would keep a new one from being queued, and the pass covers every page.
func TestKilledCrossWorker(t *testing.T) {
	url, store, q := openBoth(t)
	ctx := t.Context()
	q.Stale, q.Heartbeat = time.Second, 100*time.Millisecond
	batch := pages("alpha", "bravo", "charlie")
	if _, err := q.Enqueue(ctx, batch, docID); err != nil {
		t.Fatal(err)
	}
	child, stderr := startChild(t, url, "cross")
	waitUntil(t, time.Minute, "the worker stores the pages and starts the pass", func() (bool, error) {
		st, err := q.Stats(ctx)
		return st.Done == len(batch) && st.CrossRunning, err
	})
	kill(t, child)

	var saw atomic.Int64
	workCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- q.Work(workCtx, storeHandlers(store, &saw), 2) }()
	waitUntil(t, time.Minute, "the pass is taken back and finished", func() (bool, error) {
		st, err := q.Stats(ctx)
		return !st.CrossDue && !st.CrossRunning && saw.Load() == int64(len(batch)), err
	})
	stop()
	if err := <-done; err != nil {
		t.Errorf("Work: %v\nkilled worker's log:\n%s", err, stderr)
	}
}
