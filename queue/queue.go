package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/dossier-project/dossier"
)

// Job kinds and the queues they are worked from. Cross-document jobs have a queue of their own so
// that a long pass never holds a slot meant for pages, and pages never wait behind it.
const (
	pageKind   = "dossier_page"
	crossKind  = "dossier_cross"
	pageQueue  = "dossier_pages"
	crossQueue = "dossier_cross"
)

// Defaults of the Queue's settings.
const (
	defaultAttempts = 3
	defaultBackoff  = time.Second
	defaultSettle   = 2 * time.Second
	defaultRecheck  = time.Minute
	pageTimeout     = 10 * time.Minute
	stopGrace       = 10 * time.Second
	fetchCooldown   = 5 * time.Millisecond
)

// Queue is the job queue in a PostgreSQL database. It is safe for concurrent use, also by several
// processes on several machines sharing the database.
type Queue struct {
	// Attempts is how many times a page is tried before it is given up on; 0 means 3.
	Attempts int
	// Backoff is the wait before the second attempt of a job; later ones wait longer (the square of
	// the attempt number times Backoff). 0 means one second.
	Backoff time.Duration
	// Settle is how long the cross-document job waits, again and again, while pages are still
	// queued or being worked, so that one pass covers a whole batch. 0 means two seconds.
	Settle time.Duration
	// Recheck is how often the leading worker makes sure that no stored page was left out of the
	// cross-document pass (a machine may stop between storing a page and queueing the pass).
	// 0 means a minute.
	Recheck time.Duration
	// Heartbeat is how often a working process records that it is alive. 0 means a second.
	Heartbeat time.Duration
	// Stale is how long a worker may go without a heartbeat before the jobs it was running are
	// taken back and given to others (see Rescue). 0 means fifteen heartbeats; it should be several
	// heartbeats, so that a live worker slowed by load keeps its jobs.
	Stale time.Duration
	// Logger receives the queue's own log (River's); nil discards it.
	Logger *slog.Logger

	pool   *pgxpool.Pool
	client *river.Client[pgx.Tx] // inserts only
}

// Open connects to the database at url (postgres://…; a search_path parameter picks the schema),
// brings River's tables up to date with River's migrator and creates the table that counts stored
// and cross-checked pages, all in the connection's current schema.
func Open(ctx context.Context, url string) (*Queue, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("open queue: %w", err)
	}
	where := fmt.Sprintf("%s:%d/%s", cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open queue %s: %w", where, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open queue %s: %w", where, err)
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open queue %s: %w", where, err)
	}
	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{Logger: discard()})
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("open queue %s: %w", where, err)
	}
	return &Queue{pool: pool, client: client}, nil
}

// migrate applies River's migrations and creates the progress table. Several workers may start
// at once: an advisory lock for the schema lets one migrate while the others wait.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Release()
	const key = `hashtext('dossier queue migrate ' || current_schema())`
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock(`+key+`)`); err != nil {
		return fmt.Errorf("migrate: lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(`+key+`)`)

	m, err := rivermigrate.New(riverpgxv5.New(pool), &rivermigrate.Config{Logger: discard()})
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("migrate: river: %w", err)
	}
	// stored counts pages stored through the queue; crossed is the count the last finished
	// cross-document pass started from. The pass is due while they differ. pass_ms is how long the
	// last pass took (see putOff); databases made before it get the column here.
	// dossier_queue_workers holds each working process's last heartbeat.
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS dossier_queue_progress (
			id      integer PRIMARY KEY CHECK (id = 1),
			stored  bigint NOT NULL DEFAULT 0,
			crossed bigint NOT NULL DEFAULT 0
		);
		ALTER TABLE dossier_queue_progress ADD COLUMN IF NOT EXISTS pass_ms bigint NOT NULL DEFAULT 0;
		INSERT INTO dossier_queue_progress (id) VALUES (1) ON CONFLICT (id) DO NOTHING;
		CREATE TABLE IF NOT EXISTS dossier_queue_workers (
			id   text PRIMARY KEY,
			beat timestamptz NOT NULL
		)`,
		pgx.QueryExecModeSimpleProtocol); err != nil {
		return fmt.Errorf("migrate: progress table: %w", err)
	}
	return nil
}

// Close closes the connections.
func (q *Queue) Close() error {
	q.pool.Close()
	return nil
}

func discard() *slog.Logger { return slog.New(slog.DiscardHandler) }

func (q *Queue) logger() *slog.Logger {
	if q.Logger != nil {
		return q.Logger
	}
	return discard()
}

func (q *Queue) attempts() int {
	if q.Attempts > 0 {
		return q.Attempts
	}
	return defaultAttempts
}

func (q *Queue) settle() time.Duration {
	if q.Settle > 0 {
		return q.Settle
	}
	return defaultSettle
}

// waitingOrRunning are the job states in which a job counts as queued for uniqueness: a job that
// completed, failed or was cancelled does not keep the same job from being queued again.
func waitingOrRunning() []rivertype.JobState {
	return []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStatePending,
		rivertype.JobStateRetryable, rivertype.JobStateRunning, rivertype.JobStateScheduled}
}

// pageArgs is a page job: the page itself, so that a worker needs no access to the input files.
type pageArgs struct {
	ID     string         `json:"id" river:"unique"`
	File   string         `json:"file"`
	Format dossier.Format `json:"format"`
	Body   []byte         `json:"body"`
	Meta   pageMeta       `json:"meta"`
}

// pageMeta is dossier.Meta as a job carries it.
type pageMeta struct {
	ID        string `json:"id,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Published string `json:"published,omitempty"`
}

// Kind names page jobs in the queue.
func (pageArgs) Kind() string { return pageKind }

func (a *pageArgs) page() *dossier.Page {
	return &dossier.Page{File: a.File, Format: a.Format, Body: a.Body, Meta: dossier.Meta(a.Meta)}
}

// crossArgs is the cross-document job. It carries nothing: the pass reads everything stored.
type crossArgs struct{}

// Kind names cross-document jobs in the queue.
func (crossArgs) Kind() string { return crossKind }

func (q *Queue) pageOpts() *river.InsertOpts {
	return &river.InsertOpts{
		Queue:       pageQueue,
		MaxAttempts: q.attempts(),
		UniqueOpts:  river.UniqueOpts{ByArgs: true, ByState: waitingOrRunning()},
	}
}

func (q *Queue) crossOpts() *river.InsertOpts {
	return &river.InsertOpts{
		Queue:       crossQueue,
		MaxAttempts: q.attempts(),
		UniqueOpts:  river.UniqueOpts{ByState: waitingOrRunning()},
	}
}

// Enqueue queues one job for each page, identified by id(page): the id of the document it makes.
// A page whose job is already waiting or being worked is not queued again, nor is a second page
// with the same id in pages. It returns how many jobs were queued. Pages already stored are for
// the caller to leave out: the queue does not know the store. A page whose job was left running by
// a stopped worker is put back in the queue first (Rescue), and counts as already queued.
func (q *Queue) Enqueue(ctx context.Context, pages []*dossier.Page, id func(*dossier.Page) string) (int, error) {
	if _, err := q.Rescue(ctx); err != nil {
		return 0, fmt.Errorf("enqueue %d pages: %w", len(pages), err)
	}
	seen := make(map[string]bool, len(pages))
	params := make([]river.InsertManyParams, 0, len(pages))
	for _, p := range pages {
		k := id(p)
		if seen[k] {
			continue
		}
		seen[k] = true
		params = append(params, river.InsertManyParams{
			Args:       pageArgs{ID: k, File: p.File, Format: p.Format, Body: p.Body, Meta: pageMeta(p.Meta)},
			InsertOpts: q.pageOpts(),
		})
	}
	if len(params) == 0 {
		return 0, nil
	}
	res, err := q.client.InsertMany(ctx, params)
	if err != nil {
		return 0, fmt.Errorf("enqueue %d pages: %w", len(params), err)
	}
	n := 0
	for _, r := range res {
		if !r.UniqueSkippedAsDuplicate {
			n++
		}
	}
	return n, nil
}

// Handlers are what a worker does with the jobs it takes.
type Handlers struct {
	// Page analyses one page and stores it, or records why it cannot be made into a document. An
	// error means the page may do better later: it is tried again, up to Queue.Attempts times.
	Page func(ctx context.Context, p *dossier.Page) error
	// Fail records a page given up on after its last attempt, with the reason that attempt failed.
	Fail func(ctx context.Context, f dossier.Failure) error
	// Cross runs the cross-document pass over everything stored.
	Cross func(ctx context.Context) error
}

// Work takes jobs from the queue until ctx is done, running up to workers page jobs at once
// (0 means one per CPU) and at most one cross-document job in the whole database. When ctx is done
// it lets running jobs finish for a few seconds, then cancels them; a cancelled page is tried
// again by the next worker.
func (q *Queue) Work(ctx context.Context, h Handlers, workers int) error {
	if h.Page == nil || h.Fail == nil || h.Cross == nil {
		return errors.New("work: Page, Fail and Cross handlers are all needed")
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	recheck := q.Recheck
	if recheck <= 0 {
		recheck = defaultRecheck
	}
	ws := river.NewWorkers()
	if err := river.AddWorkerSafely(ws, &pageWorker{q: q, h: h}); err != nil {
		return fmt.Errorf("work: %w", err)
	}
	if err := river.AddWorkerSafely(ws, &crossWorker{q: q, h: h}); err != nil {
		return fmt.Errorf("work: %w", err)
	}
	id := workerID()
	if err := q.beat(ctx, id); err != nil {
		return fmt.Errorf("work: %w", err)
	}
	// Jobs left running by workers that stopped before this one started are taken back first.
	if _, err := q.Rescue(ctx); err != nil {
		return fmt.Errorf("work: %w", err)
	}
	client, err := q.newClient(id, ws, workers, recheck)
	if err != nil {
		return fmt.Errorf("work: %w", err)
	}
	// Started apart from ctx, whose end would cancel running jobs at once: Stop below lets them
	// finish first.
	// A page stored while a pass runs cannot queue another (the running one is unique), so when a
	// pass finishes here the counts are looked at again, now that a new job can be queued.
	events, unsubscribe := client.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed)
	defer unsubscribe()
	go func() {
		for ev := range events {
			if ev.Job == nil || ev.Job.Kind != crossKind {
				continue
			}
			if err := q.crossIfDue(ctx, client); err != nil && ctx.Err() == nil {
				q.logger().Error("queue the cross-document pass", "error", err)
			}
		}
	}()
	if err := client.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("work: %w", err)
	}
	// The heartbeat goes on while running jobs finish after ctx is done, and stops with them.
	alive, stopBeat := context.WithCancel(context.WithoutCancel(ctx))
	beating := make(chan struct{})
	go func() {
		defer close(beating)
		q.keepAlive(alive, id)
	}()
	defer func() {
		stopBeat()
		<-beating
		leave, cancel := context.WithTimeout(context.WithoutCancel(ctx), stopGrace)
		defer cancel()
		if err := q.leave(leave, id); err != nil {
			q.logger().Error("leave the heartbeat table", "error", err)
		}
	}()
	select {
	case <-ctx.Done():
	case <-client.Stopped():
		return errors.New("work: the queue client stopped")
	}
	stop, cancel := context.WithTimeout(context.WithoutCancel(ctx), stopGrace)
	defer cancel()
	if err := client.Stop(stop); err != nil {
		hard, cancel := context.WithTimeout(context.WithoutCancel(ctx), stopGrace)
		defer cancel()
		if err := client.StopAndCancel(hard); err != nil {
			return fmt.Errorf("work: stop: %w", err)
		}
	}
	return nil
}

// newClient makes the River client that works jobs as the worker id.
func (q *Queue) newClient(id string, ws *river.Workers, workers int, recheck time.Duration) (*river.Client[pgx.Tx], error) {
	return river.NewClient(riverpgxv5.New(q.pool), &river.Config{
		ID:     id,
		Logger: q.logger(),
		// River takes back jobs that run too long, living worker or not; the heartbeat takes back
		// those of stopped workers much sooner, so River's own rescue waits past every timeout.
		RescueStuckJobsAfter: riverRescue,
		Workers:              ws,
		RetryPolicy:          backoff(q.Backoff),
		// River's default cooldown of 100 ms between fetches caps a worker at its slots ten times a
		// second, less than analysis takes on short pages.
		FetchCooldown: fetchCooldown,
		Queues: map[string]river.QueueConfig{
			pageQueue:  {MaxWorkers: workers},
			crossQueue: {MaxWorkers: 1},
		},
		PeriodicJobs: []*river.PeriodicJob{river.NewPeriodicJob(river.PeriodicInterval(recheck),
			func() (river.JobArgs, *river.InsertOpts) { return crossArgs{}, q.crossOpts() },
			&river.PeriodicJobOpts{RunOnStart: true})},
	})
}

// crossIfDue queues the cross-document pass when stored pages are waiting for it.
func (q *Queue) crossIfDue(ctx context.Context, client *river.Client[pgx.Tx]) error {
	var due bool
	if err := q.pool.QueryRow(ctx, `SELECT stored <> crossed FROM dossier_queue_progress WHERE id = 1`).Scan(&due); err != nil {
		return err
	}
	if !due {
		return nil
	}
	_, err := client.Insert(ctx, crossArgs{}, q.crossOpts())
	return err
}

// backoff is a retry policy: attempt n+1 waits n² times base.
type backoff time.Duration

// NextRetry says when a failed job is tried again.
func (b backoff) NextRetry(job *rivertype.JobRow) time.Time {
	base := time.Duration(b)
	if base <= 0 {
		base = defaultBackoff
	}
	n := time.Duration(max(job.Attempt, 1))
	return time.Now().Add(n * n * base)
}

// pageWorker works page jobs.
type pageWorker struct {
	river.WorkerDefaults[pageArgs]
	q *Queue
	h Handlers
}

// Timeout bounds one attempt at a page.
func (w *pageWorker) Timeout(*river.Job[pageArgs]) time.Duration { return pageTimeout }

// Work handles one page; after its last failed attempt the failure is recorded, and once it is
// stored a cross-document job is queued.
func (w *pageWorker) Work(ctx context.Context, job *river.Job[pageArgs]) error {
	p := job.Args.page()
	if job.Attempt > job.MaxAttempts {
		// Taken back from stopped workers after its last attempt: the page itself may be what
		// stops them (memory), so it is not tried again.
		f := dossier.Failure{File: p.File, Reason: fmt.Sprintf("gave up after %d attempts: the worker stopped without finishing it (killed, or out of memory)", job.MaxAttempts)}
		if err := w.h.Fail(ctx, f); err != nil {
			return fmt.Errorf("%s: record failure: %w", p.File, err)
		}
		return nil
	}
	if err := safely(func() error { return w.h.Page(ctx, p) }); err != nil {
		if job.Attempt >= job.MaxAttempts && ctx.Err() == nil {
			f := dossier.Failure{File: p.File, Reason: fmt.Sprintf("gave up after %d attempts: %v", job.Attempt, err)}
			if ferr := w.h.Fail(ctx, f); ferr != nil {
				return fmt.Errorf("%s: %w; record failure: %w", p.File, err, ferr)
			}
		}
		return fmt.Errorf("%s: %w", p.File, err)
	}
	if _, err := w.q.pool.Exec(ctx, `UPDATE dossier_queue_progress SET stored = stored + 1 WHERE id = 1`); err != nil {
		return fmt.Errorf("%s: count stored page: %w", p.File, err)
	}
	client, err := river.ClientFromContextSafely[pgx.Tx](ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", p.File, err)
	}
	if _, err := client.Insert(ctx, crossArgs{}, w.q.crossOpts()); err != nil {
		return fmt.Errorf("%s: queue the cross-document pass: %w", p.File, err)
	}
	return nil
}

// safely calls fn, turning a panic into an error with its stack.
func safely(fn func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error: %v\n%s", v, debug.Stack())
		}
	}()
	return fn()
}

// crossWorker works cross-document jobs.
type crossWorker struct {
	river.WorkerDefaults[crossArgs]
	q *Queue
	h Handlers
}

// Timeout bounds one pass. A pass that runs out of time is tried again; a pass whose worker was
// killed is taken back by the heartbeat (Rescue) long before.
func (w *crossWorker) Timeout(*river.Job[crossArgs]) time.Duration { return crossTimeout }

// Work runs the cross-document pass once the pages of a batch are all handled, unless every stored
// page was already covered by a finished pass.
//
// Uniqueness keeps a second cross-document job from being queued while this one runs, so a page
// stored meanwhile queues nothing. The counts close that gap: the pass records the count of
// stored pages it started from, and when the job has finished, the worker that ran it queues the
// pass again if a later page left the counts apart (the periodic recheck does so if that worker
// stopped first).
func (w *crossWorker) Work(ctx context.Context, job *river.Job[crossArgs]) error {
	settle := w.q.settle()
	var (
		busy            bool
		stored, crossed int64
		passMS          int64
	)
	err := w.q.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM river_job WHERE kind = $1
			AND state IN ('available', 'pending', 'retryable', 'running', 'scheduled')),
			stored, crossed, pass_ms FROM dossier_queue_progress WHERE id = 1`, pageKind).Scan(&busy, &stored, &crossed, &passMS)
	if err != nil {
		return fmt.Errorf("cross-document job: read progress: %w", err)
	}
	// A steady stream of pages must not put the pass off for ever, nor have it run so often that
	// passes over the growing store take most of the workers' time.
	if busy && time.Since(job.CreatedAt) < putOff(settle, time.Duration(passMS)*time.Millisecond) {
		return river.JobSnooze(settle)
	}
	if stored == crossed {
		return nil
	}
	start := time.Now()
	if err := safely(func() error { return w.h.Cross(ctx) }); err != nil {
		return err
	}
	if _, err := w.q.pool.Exec(ctx, `UPDATE dossier_queue_progress SET crossed = GREATEST(crossed, $1), pass_ms = $2 WHERE id = 1`,
		stored, time.Since(start).Milliseconds()); err != nil {
		return fmt.Errorf("cross-document job: record progress: %w", err)
	}
	return nil
}

// passSpacing is how many times the last pass's duration a pass waits, at most, while pages are
// still queued or worked: passes then take about a fifth of a worker's time at most however large
// the store grows, and their count grows with the logarithm of the pages rather than with the
// pages. Once no page is left the pass runs at once.
const passSpacing = 4

// putOff is how long after its job was queued a pass waits, at most, for pages still in progress:
// thirty settles, or passSpacing times the last pass's duration when that is longer.
func putOff(settle, last time.Duration) time.Duration {
	return max(30*settle, passSpacing*last)
}

// Stats counts the page jobs in each state. Done and Failed count only jobs River still keeps
// (finished jobs are removed after a day).
type Stats struct {
	Queued  int // waiting to be worked, retries included
	Running int // being worked now
	Done    int // handled: stored, or recorded as failed by the page handler
	Failed  int // given up on after the last attempt, or cancelled
	// CrossDue reports whether stored pages are waiting for the cross-document pass.
	CrossDue bool
	// CrossRunning reports whether a cross-document pass is being worked.
	CrossRunning bool
}

// Stats counts the page jobs by state.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	var s Stats
	rows, err := q.pool.Query(ctx, `SELECT state::text, count(*) FROM river_job WHERE kind = $1 GROUP BY state`, pageKind)
	if err != nil {
		return s, fmt.Errorf("queue stats: %w", err)
	}
	var (
		state string
		n     int
	)
	_, err = pgx.ForEachRow(rows, []any{&state, &n}, func() error {
		switch rivertype.JobState(state) {
		case rivertype.JobStateRunning:
			s.Running += n
		case rivertype.JobStateCompleted:
			s.Done += n
		case rivertype.JobStateDiscarded, rivertype.JobStateCancelled:
			s.Failed += n
		default:
			s.Queued += n
		}
		return nil
	})
	if err != nil {
		return s, fmt.Errorf("queue stats: %w", err)
	}
	if err := q.pool.QueryRow(ctx, `SELECT stored <> crossed, EXISTS (SELECT 1 FROM river_job
			WHERE kind = $1 AND state = 'running') FROM dossier_queue_progress WHERE id = 1`,
		crossKind).Scan(&s.CrossDue, &s.CrossRunning); err != nil {
		return s, fmt.Errorf("queue stats: %w", err)
	}
	return s, nil
}
