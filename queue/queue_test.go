package queue_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/jackc/pgx/v5"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/pgtest"
	"github.com/dossier-project/dossier/postgres"
	"github.com/dossier-project/dossier/queue"
)

func openQueue(t *testing.T, url string) *queue.Queue {
	t.Helper()
	q, err := queue.Open(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	// Fast retries and a short settle keep the test quick; the logic is the same.
	q.Backoff = 10 * time.Millisecond
	q.Settle = 50 * time.Millisecond
	q.Attempts = 2
	return q
}

// docID stands in for extract.ID: the same page, the same id.
func docID(p *dossier.Page) string {
	h := sha256.Sum256(append([]byte(p.Meta.ID+"\x00"), p.Body...))
	return hex.EncodeToString(h[:8])
}

func pages(texts ...string) []*dossier.Page {
	var ps []*dossier.Page
	for _, s := range texts {
		ps = append(ps, &dossier.Page{File: s + ".txt", Format: dossier.FormatBody, Body: []byte(s),
			Meta: dossier.Meta{Title: "Report " + s}})
	}
	return ps
}

func TestEnqueueOnce(t *testing.T) {
	url := pgtest.Schema(t)
	q := openQueue(t, url)
	ctx := t.Context()
	batch := pages("one", "two", "three")
	n, err := q.Enqueue(ctx, batch, docID)
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("first Enqueue queued %d pages, want 3", n)
	}
	// The same pages again, one of them twice, and from a second opening of the queue.
	again := openQueue(t, url)
	n, err = again.Enqueue(ctx, append(batch, batch[0]), docID)
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("second Enqueue queued %d pages, want 0", n)
	}
	st, err := q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(queue.Stats{Queued: 3}, st); diff != "" {
		t.Errorf("Stats (-want +got):\n%s", diff)
	}
}

// TestWork drains the queue with two workers sharing one database, as two machines would: good
// pages end up in the store, a page that always fails is recorded once with its reason, and one
// cross-document pass runs after the batch, seeing every stored page.
func TestWork(t *testing.T) {
	url := pgtest.Schema(t)
	ctx := t.Context()
	store, err := postgres.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()

	good := pages("alpha", "bravo", "charlie", "delta", "echo")
	bad := &dossier.Page{File: "broken.txt", Format: dossier.FormatBody, Body: []byte("broken")}
	q := openQueue(t, url)
	if _, err := q.Enqueue(ctx, append(good, bad), docID); err != nil {
		t.Fatal(err)
	}

	var (
		badTries  atomic.Int32
		crossRuns atomic.Int32
		inCross   atomic.Int32
		mu        sync.Mutex
		crossSaw  []int // documents stored when each pass ran
	)
	handlers := queue.Handlers{
		Page: func(ctx context.Context, p *dossier.Page) error {
			if p.File == bad.File {
				badTries.Add(1)
				return errors.New("cannot make sense of it")
			}
			_, err := store.Put(ctx, []*dossier.Analysis{{Doc: dossier.Document{
				ID: docID(p), File: p.File, Title: p.Meta.Title, Text: string(p.Body), Language: "en"}}})
			return err
		},
		Fail: func(ctx context.Context, f dossier.Failure) error {
			return store.PutFailures(ctx, []dossier.Failure{f})
		},
		Cross: func(ctx context.Context) error {
			if inCross.Add(1) != 1 {
				t.Error("two cross-document passes ran at once")
			}
			defer inCross.Add(-1)
			crossRuns.Add(1)
			n := 0
			if err := store.Analyses(ctx, func(*dossier.Analysis) error { n++; return nil }); err != nil {
				return err
			}
			mu.Lock()
			crossSaw = append(crossSaw, n)
			mu.Unlock()
			return nil
		},
	}

	workCtx, stop := context.WithCancel(ctx)
	errs := make(chan error, 2)
	for range 2 {
		w := openQueue(t, url)
		go func() { errs <- w.Work(workCtx, handlers, 2) }()
	}

	// Wait, within a bound, until every page is handled and the pass has caught up.
	want := queue.Stats{Done: len(good), Failed: 1}
	deadline := time.Now().Add(30 * time.Second)
	for {
		st, err := q.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st == want && crossRuns.Load() > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not drained in time: %+v, %d cross-document passes", st, crossRuns.Load())
		}
		time.Sleep(20 * time.Millisecond)
	}
	stop()
	for range 2 {
		if err := <-errs; err != nil {
			t.Errorf("Work: %v", err)
		}
	}

	var stored []string
	if err := store.Analyses(ctx, func(a *dossier.Analysis) error {
		stored = append(stored, a.Doc.File)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(stored) != len(good) {
		t.Errorf("stored %v, want the %d good pages", stored, len(good))
	}
	fs, err := store.Failures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].File != bad.File || !strings.Contains(fs[0].Reason, "cannot make sense of it") {
		t.Errorf("failures = %+v, want one for %s with its reason", fs, bad.File)
	}
	if n := badTries.Load(); n != 2 {
		t.Errorf("the failing page was tried %d times, want 2 (Attempts)", n)
	}
	if diff := cmp.Diff([]int{len(good)}, crossSaw); diff != "" {
		t.Errorf("cross-document passes saw these document counts (-want +got):\n%s", diff)
	}
}

// TestCrossCatchesUp stores pages in a second batch after a first pass, and checks that a second
// pass runs and sees them.
func TestCrossCatchesUp(t *testing.T) {
	url := pgtest.Schema(t)
	ctx := t.Context()
	q := openQueue(t, url)
	var (
		mu       sync.Mutex
		stored   int
		crossSaw []int
	)
	handlers := queue.Handlers{
		Page: func(context.Context, *dossier.Page) error {
			mu.Lock()
			stored++
			mu.Unlock()
			return nil
		},
		Fail: func(context.Context, dossier.Failure) error { return nil },
		Cross: func(context.Context) error {
			mu.Lock()
			crossSaw = append(crossSaw, stored)
			mu.Unlock()
			return nil
		},
	}
	workCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- q.Work(workCtx, handlers, 4) }()

	waitFor := func(passes int) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			mu.Lock()
			n := len(crossSaw)
			mu.Unlock()
			st, err := q.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if n >= passes && !st.CrossDue {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("waiting for pass %d: %+v", passes, st)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	if _, err := q.Enqueue(ctx, pages("one", "two"), docID); err != nil {
		t.Fatal(err)
	}
	waitFor(1)
	if _, err := q.Enqueue(ctx, pages("three", "four", "five"), docID); err != nil {
		t.Fatal(err)
	}
	waitFor(2)
	stop()
	if err := <-done; err != nil {
		t.Errorf("Work: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if diff := cmp.Diff([]int{2, 5}, crossSaw); diff != "" {
		t.Errorf("cross-document passes saw these counts of stored pages (-want +got):\n%s", diff)
	}
}

// TestOpenUpgradesProgress opens a queue on a database whose progress table predates the
// recorded pass time, as an older version made it, and checks that a page and its pass are then
// worked and recorded as before.
func TestOpenUpgradesProgress(t *testing.T) {
	url := pgtest.Schema(t)
	ctx := t.Context()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE TABLE dossier_queue_progress (
			id      integer PRIMARY KEY CHECK (id = 1),
			stored  bigint NOT NULL DEFAULT 0,
			crossed bigint NOT NULL DEFAULT 0);
		INSERT INTO dossier_queue_progress (id, stored, crossed) VALUES (1, 2, 2)`); err != nil {
		t.Fatal(err)
	}
	q := openQueue(t, url)
	if _, err := q.Enqueue(ctx, pages("foxtrot"), docID); err != nil {
		t.Fatal(err)
	}
	var passes atomic.Int32
	handlers := queue.Handlers{
		Page:  func(context.Context, *dossier.Page) error { return nil },
		Fail:  func(context.Context, dossier.Failure) error { return nil },
		Cross: func(context.Context) error { passes.Add(1); return nil },
	}
	workCtx, stop := context.WithCancel(ctx)
	errs := make(chan error, 1)
	go func() { errs <- q.Work(workCtx, handlers, 1) }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		st, err := q.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st == (queue.Stats{Done: 1}) && passes.Load() > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("page and pass not worked in time: %+v, %d passes", st, passes.Load())
		}
		time.Sleep(20 * time.Millisecond)
	}
	stop()
	if err := <-errs; err != nil {
		t.Errorf("Work: %v", err)
	}
	var stored, crossed int64
	if err := conn.QueryRow(ctx, `SELECT stored, crossed FROM dossier_queue_progress`).Scan(&stored, &crossed); err != nil {
		t.Fatal(err)
	}
	if stored != 3 || crossed != 3 {
		t.Errorf("progress stored %d, crossed %d; want 3 and 3", stored, crossed)
	}
}
