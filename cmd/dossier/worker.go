package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/ingest"
	"github.com/dossier-project/dossier/pipeline"
	"github.com/dossier-project/dossier/queue"
)

// Limits of one call to queue.Enqueue while reading inputs, so that one insert stays of a
// reasonable size whatever the pages.
const (
	enqueueBatch = 64
	enqueueBytes = 16 << 20
)

func (a *app) workerCmd() *cobra.Command {
	var workers int
	cmd := &cobra.Command{
		Use:   "worker [--db postgres://…] [-j N]",
		Short: "Analyse pages queued in a PostgreSQL database, alongside workers on other machines",
		Long: `Takes page jobs queued by "dossier ingest --queue" from the PostgreSQL database named by --db,
analyses each page and stores it there, until interrupted. Workers on many machines may share one
database: each page is analysed once, a page that keeps failing is recorded as a failure after a
few attempts, and once a batch is stored one worker runs the cross-document pass (entities across
sources, conflicts) while the others go on with pages. Progress goes to standard error, a line a
page.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.work(cmd.Context(), workers)
		},
	}
	cmd.Flags().IntVarP(&workers, "workers", "j", runtime.GOMAXPROCS(0), "pages analysed at once on this machine (0: one per core)")
	return cmd
}

// isPostgres reports whether db names a PostgreSQL database rather than a SQLite file.
func isPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// openQueue opens the job queue and the store in the database named by --db, which must be
// PostgreSQL. The caller closes both.
func (a *app) openQueue(ctx context.Context, op string) (*queue.Queue, dossier.Store, error) {
	if !isPostgres(a.db) {
		return nil, nil, fmt.Errorf("%s: --db must be a postgres:// URL: the job queue is kept in PostgreSQL", op)
	}
	q, err := queue.Open(ctx, a.db)
	if err != nil {
		return nil, nil, err
	}
	store, err := a.openStore(ctx)
	if err != nil {
		q.Close()
		return nil, nil, err
	}
	return q, store, nil
}

// work takes jobs from the queue until ctx is done.
func (a *app) work(ctx context.Context, workers int) error {
	q, store, err := a.openQueue(ctx, "worker")
	if err != nil {
		return err
	}
	defer q.Close()
	defer store.Close()
	// The stages are loaded now, so that a data file that cannot be read stops the worker at once.
	models := &analysers{load: a.newStages}
	if _, err := models.acquire(ctx); err != nil {
		return err
	}
	models.done()

	logf := a.lineLogger()
	q.Logger = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	x, err := a.newExtractor()
	if err != nil {
		return err
	}
	handlers := a.jobHandlers(x, models, store, logf)
	logf("worker: taking jobs, %d pages at once (Ctrl-C to stop)", workersOrCores(workers))
	// Documents a killed process stored without its pass wait for one whatever the queue holds: it
	// runs here alongside the jobs. A pass another worker runs at the same time is safe: the one
	// that stores later finds its documents cleared and stores nothing.
	recovery, stop := context.WithCancel(ctx)
	defer stop()
	recovered := make(chan struct{})
	go func() {
		defer close(recovered)
		if err := handlers.Cross(recovery); err != nil && recovery.Err() == nil {
			logf("cross-document pass of waiting documents failed: %v", err)
		}
	}()
	err = q.Work(ctx, handlers, workers)
	if err != nil {
		stop()
	}
	<-recovered
	if err != nil {
		return err
	}
	logStats(ctx, q, logf)
	return nil
}

// lineLogger returns a function that prints one line on standard error at a time, for the
// worker's goroutines to share.
func (a *app) lineLogger() func(format string, args ...any) {
	var mu sync.Mutex
	return func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(a.stderr, format+"\n", args...)
	}
}

// jobHandlers returns what the worker does with each kind of job: a page goes one at a time
// through the same pipeline as ingest (it is looked up in the store, extracted, analysed and
// stored, or its failure recorded), a failure is stored, and the cross-document pass runs. The
// pass lets the stages of models go when no page is being analysed (see analysers.release); the
// next page loads them again.
func (a *app) jobHandlers(x *extract.Extractor, models *analysers, store dossier.Store, logf func(string, ...any)) queue.Handlers {
	extract := x.Extract
	return queue.Handlers{
		Page: func(ctx context.Context, page *dossier.Page) error {
			stages, err := models.acquire(ctx)
			if err != nil {
				return err
			}
			defer models.done()
			p := &pipeline.Pipeline{Extract: extract, Stages: stages, Workers: 1, BatchSize: 1}
			return runPage(ctx, p, store, page, logf)
		},
		Fail: func(ctx context.Context, f dossier.Failure) error {
			logf("%s", failureLine(f))
			return store.PutFailures(ctx, []dossier.Failure{f})
		},
		Cross: func(ctx context.Context) error {
			models.release()
			start := time.Now()
			ran, err := a.crossPass(ctx, store)
			switch {
			case err != nil:
				logf("cross-document pass failed: %v", err)
				return err
			case ran:
				logf("cross-document pass done in %s", time.Since(start).Round(time.Millisecond))
			}
			return nil
		},
	}
}

// runPage runs one queued page through p into store and logs what became of it.
func runPage(ctx context.Context, p *pipeline.Pipeline, store dossier.Store, page *dossier.Page, logf func(string, ...any)) error {
	one := func(ctx context.Context, fn func(ingest.Item) error) error {
		return fn(ingest.Item{Page: page, Bytes: int64(len(page.Body))})
	}
	sum, err := p.Run(ctx, store, one, nil)
	if err != nil {
		return err
	}
	switch {
	case len(sum.Failed) > 0:
		logf("%s", failureLine(sum.Failed[0]))
	case len(sum.Cut) > 0:
		logf("stored %s", cutLine(sum.Cut[0]))
	case sum.NotEnglish.Total() > 0:
		logf("stored %s (%s: known names and dates in figures only, the other stages read English only)", printable(page.File), sum.NotEnglish)
	case sum.Stored > 0:
		logf("stored %s", printable(page.File))
	default:
		logf("unchanged %s", printable(page.File))
	}
	return nil
}

// logStats logs the queue's counts as the worker stops; ctx is done by then, so they are read
// on a context of their own.
func logStats(ctx context.Context, q *queue.Queue, logf func(string, ...any)) {
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if st, err := q.Stats(sctx); err == nil {
		logf("worker stopped: queued %d, running %d, done %d, failed %d", st.Queued, st.Running, st.Done, st.Failed)
	}
}

// enqueue reads inputs and queues their pages for workers instead of analysing them here. Pages
// already stored or already queued are counted and left out; inputs that cannot be read are
// recorded as failures, as ingest does.
func (a *app) enqueue(ctx context.Context, inputs []string, maxBytes int64) error {
	files, err := ingest.Files(inputs)
	if err != nil {
		return err
	}
	q, store, err := a.openQueue(ctx, "ingest --queue")
	if err != nil {
		return err
	}
	defer q.Close()
	defer store.Close()

	var (
		batch                   []*dossier.Page
		size                    int
		queued, already, stored int
		failed                  []dossier.Failure
	)
	flush := func() error {
		n, err := q.Enqueue(ctx, batch, extract.ID)
		if err != nil {
			return err
		}
		queued += n
		already += len(batch) - n
		batch, size = batch[:0], 0
		return nil
	}
	reader := &ingest.Reader{MaxBytes: maxBytes}
	err = reader.Read(ctx, files, func(it ingest.Item) error {
		if it.Err != nil {
			failed = append(failed, dossier.Failure{File: it.Err.File, Reason: it.Err.Err.Error()})
			return nil
		}
		has, err := store.Has(ctx, extract.ID(it.Page))
		if err != nil {
			return err
		}
		if has {
			stored++
			return nil
		}
		batch = append(batch, it.Page)
		size += len(it.Page.Body)
		if len(batch) >= enqueueBatch || size >= enqueueBytes {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return errors.Join(err, store.PutFailures(context.WithoutCancel(ctx), failed))
	}
	if err := store.PutFailures(ctx, failed); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "queued %d, already queued %d, already stored %d, failed %d\n", queued, already, stored, len(failed))
	for _, f := range failed {
		fmt.Fprintln(a.stderr, failureLine(f))
	}
	if len(failed) > 0 {
		return exitError{code: 1}
	}
	return nil
}
