package queue

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"time"
)

// Defaults of the heartbeat that lets live workers take back the jobs of a stopped one. The
// heartbeat has its own goroutine and goes on while pages are analysed, so a live worker misses
// its beats only when the database or the machine stalls for a quarter of a minute. Unless Stale is set,
// a worker's jobs are taken back after staleBeats missed beats, and live workers rescue every
// rescueEvery beats, so with the defaults a killed worker's page runs again about fifteen seconds
// after the kill.
const (
	defaultHeartbeat = time.Second
	staleBeats       = 15
	rescueEvery      = 2
	// crossTimeout bounds one cross-document pass; River's own rescue of long-running jobs waits
	// longer still, so that it never takes a job from a worker that is alive.
	crossTimeout = time.Hour
	riverRescue  = crossTimeout + 10*time.Minute
)

func (q *Queue) heartbeat() time.Duration {
	if q.Heartbeat > 0 {
		return q.Heartbeat
	}
	return defaultHeartbeat
}

func (q *Queue) stale() time.Duration {
	if q.Stale > 0 {
		return q.Stale
	}
	return staleBeats * q.heartbeat()
}

// workerID names one working process in River's attempted_by column and in the heartbeat table.
func workerID() string {
	host, _ := os.Hostname()
	var b [6]byte
	rand.Read(b[:])
	return fmt.Sprintf("%s_%d_%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

// beat records that the worker id is alive.
func (q *Queue) beat(ctx context.Context, id string) error {
	_, err := q.pool.Exec(ctx, `INSERT INTO dossier_queue_workers (id, beat) VALUES ($1, now())
		ON CONFLICT (id) DO UPDATE SET beat = now()`, id)
	if err != nil {
		return fmt.Errorf("heartbeat of worker %s: %w", id, err)
	}
	return nil
}

// beatBounded is beat given at most a third of the stale limit: a beat held up by a stalled
// connection or a locked table gives up in time for the next ones to try, instead of holding the
// loop until the worker counts as stopped.
func (q *Queue) beatBounded(ctx context.Context, id string) error {
	ctx, cancel := context.WithTimeout(ctx, q.stale()/3)
	defer cancel()
	return q.beat(ctx, id)
}

// rescueBounded is Rescue given at most the stale limit, for the same reason as beatBounded.
func (q *Queue) rescueBounded(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, q.stale())
	defer cancel()
	_, err := q.Rescue(ctx)
	return err
}

// leave removes the worker id from the heartbeat table when it stops in good order.
func (q *Queue) leave(ctx context.Context, id string) error {
	_, err := q.pool.Exec(ctx, `DELETE FROM dossier_queue_workers WHERE id = $1`, id)
	return err
}

// keepAlive beats every heartbeat interval and takes back the jobs of stopped workers every
// rescueEvery beats, until ctx is done.
func (q *Queue) keepAlive(ctx context.Context, id string) {
	tick := time.NewTicker(q.heartbeat())
	defer tick.Stop()
	for n := 1; ; n++ {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		if err := q.beatBounded(ctx, id); err != nil && ctx.Err() == nil {
			q.logger().Error("heartbeat", "error", err)
		}
		if n%rescueEvery == 0 {
			if err := q.rescueBounded(ctx); err != nil && ctx.Err() == nil {
				q.logger().Error("take back the jobs of stopped workers", "error", err)
			}
		}
	}
}

// Rescue puts back in the queue the page and cross-document jobs that a worker was running when it
// stopped without finishing them (killed, out of memory, its machine gone): jobs in the running
// state whose worker has not beaten for longer than Stale. They become available at once, so the
// next free worker takes them; a page that has used up its attempts this way is recorded as failed
// by the worker that takes it. It returns how many jobs were put back. Workers call it on their
// own every few heartbeats; "ingest --queue" calls it too, so that queueing a stuck page again
// works even when no worker is running.
func (q *Queue) Rescue(ctx context.Context) (int, error) {
	tag, err := q.pool.Exec(ctx, `UPDATE river_job j SET state = 'available', scheduled_at = now(),
			errors = array_append(j.errors, jsonb_build_object('at', now(), 'attempt', j.attempt,
				'error', 'the worker stopped without finishing the job', 'trace', ''))
		WHERE j.state = 'running' AND j.kind IN ($1, $2)
		AND NOT EXISTS (SELECT 1 FROM dossier_queue_workers w
			WHERE w.id = j.attempted_by[cardinality(j.attempted_by)]
			AND w.beat > now() - make_interval(secs => $3))`,
		pageKind, crossKind, q.stale().Seconds())
	if err != nil {
		return 0, fmt.Errorf("rescue the jobs of stopped workers: %w", err)
	}
	if n := tag.RowsAffected(); n > 0 {
		q.logger().Warn("took back the jobs of stopped workers", "jobs", n)
	}
	// Workers gone for a day are forgotten.
	if _, err := q.pool.Exec(ctx, `DELETE FROM dossier_queue_workers WHERE beat < now() - interval '1 day'`); err != nil {
		return int(tag.RowsAffected()), fmt.Errorf("forget stopped workers: %w", err)
	}
	return int(tag.RowsAffected()), nil
}
