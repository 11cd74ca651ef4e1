package queue_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// TestBeatGivesUp holds the heartbeat table locked by another connection: a worker's beat gives up
// with its deadline instead of waiting on the lock, and beats again once the lock is let go.
func TestBeatGivesUp(t *testing.T) {
	url, _, q := openBoth(t)
	ctx := t.Context()
	q.Heartbeat = 50 * time.Millisecond
	const id = "beat-test-worker"
	if err := q.BeatBounded(ctx, id); err != nil {
		t.Fatalf("first beat: %v", err)
	}
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, `LOCK TABLE dossier_queue_workers IN ACCESS EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}
	err = q.BeatBounded(ctx, id)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("beat on a locked table: got %v, want its deadline exceeded", err)
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	if err := q.BeatBounded(ctx, id); err != nil {
		t.Errorf("beat after the lock is let go: %v", err)
	}
}
