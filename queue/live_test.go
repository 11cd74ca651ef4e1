package queue_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/queue"
)

// TestSlowPageKeepsItsWorker runs two live workers whose pages each take several times the stale
// limit (fifteen heartbeats unless set) to analyse. The heartbeat goes on while a page is analysed,
// so no page is taken back from the worker analysing it: each is tried once, and all are stored.
func TestSlowPageKeepsItsWorker(t *testing.T) {
	url, store, q := openBoth(t)
	ctx := t.Context()
	other := openQueue(t, url)
	workers := []*queue.Queue{q, other}
	for _, w := range workers {
		w.Heartbeat = 50 * time.Millisecond // stale after the default fifteen missed beats
	}
	batch := pages("one", "two", "three", "four")
	if _, err := q.Enqueue(ctx, batch, docID); err != nil {
		t.Fatal(err)
	}
	var (
		mu    sync.Mutex
		tries = map[string]int{}
	)
	h := storeHandlers(store, nil)
	page := h.Page
	h.Page = func(ctx context.Context, p *dossier.Page) error {
		mu.Lock()
		tries[p.File]++
		mu.Unlock()
		select {
		case <-time.After(2500 * time.Millisecond):
		case <-ctx.Done():
			return ctx.Err()
		}
		return page(ctx, p)
	}
	workCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 2)
	for _, w := range workers {
		go func() { done <- w.Work(workCtx, h, 1) }()
	}
	waitUntil(t, time.Minute, "the slow pages are stored", func() (bool, error) {
		st, err := q.Stats(ctx)
		return st.Done == len(batch), err
	})
	stop()
	for range 2 {
		if err := <-done; err != nil {
			t.Errorf("Work: %v", err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range batch {
		if tries[p.File] != 1 {
			t.Errorf("page %s was tried %d times, want once: it was taken from a live worker", p.File, tries[p.File])
		}
	}
}
