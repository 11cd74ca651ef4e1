package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sync/atomic"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/ingest"
	"github.com/dossier-project/dossier/internal/newsgen"
	"github.com/dossier-project/dossier/pipeline"
)

// scaleBench is the configuration of "bench --docs N": a generated corpus ingested in batches
// into a fresh store, each batch followed by the cross-document pass.
type scaleBench struct {
	docs, batch, workers int
	shared               string
	seed                 uint64
	db                   string // "" for a new SQLite file in a temporary folder
	profile              string // "" or where to write the profiles of the last batch's pass
	write                string // "" or the file to write the corpus to instead of ingesting it
	processes            int    // 0, or how many worker processes work the corpus queued in db
	killAfter            int    // with processes: kill the first process once this many pages are done (0: never)
}

// writeDocs writes the generated corpus of b to b.write as JSON Lines.
func writeDocs(b scaleBench) error {
	gen, err := newsgen.Load(b.shared, b.docs, b.seed)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	f, err := os.Create(b.write)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	if err := gen.WriteJSONL(f, b.docs); err != nil {
		f.Close()
		return fmt.Errorf("bench: %s: %w", b.write, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	return nil
}

// timedStage adds the time a stage spends on each document to a counter.
type timedStage struct {
	pipeline.Stage
	spent *atomic.Int64
}

func (s timedStage) Analyze(a *dossier.Analysis) error {
	start := time.Now()
	err := s.Stage.Analyze(a)
	s.spent.Add(int64(time.Since(start)))
	return err
}

// timedStore adds the time spent storing batches to a counter.
type timedStore struct {
	pipeline.Store
	spent *atomic.Int64
}

func (s timedStore) Put(ctx context.Context, batch []*dossier.Analysis) ([]bool, error) {
	start := time.Now()
	added, err := s.Store.Put(ctx, batch)
	s.spent.Add(int64(time.Since(start)))
	return added, err
}

// stageClock is one timed step of ingestion.
type stageClock struct {
	name  string
	spent atomic.Int64
}

// benchDocs generates the corpus batch by batch, ingests each batch and runs the pass after it,
// and prints a line per batch (the pass's time as the store grows, peak memory) and a line per
// stage (documents per second of one worker's time).
func (a *app) benchDocs(ctx context.Context, b scaleBench) error {
	gen, store, where, done, err := a.benchCorpus(ctx, b)
	if err != nil {
		return err
	}
	defer done()
	x, err := a.newExtractor()
	if err != nil {
		return err
	}
	run := &batchRunner{extractor: x, models: &analysers{load: a.newStages}, store: store, workers: b.workers}

	fmt.Fprintf(a.stdout, "%d generated documents in batches of %d into %s, %d workers\n", b.docs, b.batch, where, workersOrCores(b.workers))
	fmt.Fprintf(a.stdout, "%6s %8s %12s %10s %10s %12s %14s %10s %10s %10s\n", "batch", "stored", "ingest doc/s", "pass s", "pass cpu s", "pass ms/doc", "total doc/s", "resolved %", "peak MB", "pass peak")
	var bytes int64
	var passTotal time.Duration
	start := time.Now()
	for lo, n := 0, 1; lo < b.docs; lo, n = lo+b.batch, n+1 {
		hi := min(lo+b.batch, b.docs)
		read := func(ctx context.Context, fn func(ingest.Item) error) error {
			for i := lo; i < hi; i++ {
				page := gen.Page(i)
				bytes += int64(len(page.Body))
				if err := fn(ingest.Item{Page: page, Bytes: int64(len(page.Body))}); err != nil {
					return err
				}
			}
			return nil
		}
		pass, err := a.benchBatch(ctx, b, run, store, read, n, lo, hi)
		if err != nil {
			return err
		}
		passTotal += pass
	}
	wall := time.Since(start)
	a.printStageShares(run.clocks, passTotal, b.docs)
	fmt.Fprintf(a.stdout, "total: %d documents, %.1f MB, %s, CPU %s, %.1f docs/s with the pass, peak RSS %.0f MB\n",
		b.docs, float64(bytes)/1e6, wall.Round(time.Millisecond), cpuTime().Round(time.Millisecond), float64(b.docs)/wall.Seconds(),
		float64(max(run.peak, peakRSS(), peakSinceReset()))/1e6)
	return nil
}

// benchCorpus loads the generator of b's corpus and opens the fresh store it goes into (see
// freshStore).
func (a *app) benchCorpus(ctx context.Context, b scaleBench) (*newsgen.Generator, dossier.Store, string, func(), error) {
	gen, err := newsgen.Load(b.shared, b.docs, b.seed)
	if err != nil {
		return nil, nil, "", nil, fmt.Errorf("bench: %w", err)
	}
	store, where, done, err := a.freshStore(ctx, b.db)
	if err != nil {
		return nil, nil, "", nil, err
	}
	return gen, store, where, done, nil
}

// timedPipeline returns a pipeline over stages, and a sink into store, that add the time spent
// extracting, in each stage and storing to clocks, in that order; clocks nil makes new ones, which
// it returns.
func timedPipeline(x *extract.Extractor, stages []pipeline.Stage, store pipeline.Store, workers int, clocks []*stageClock) (*pipeline.Pipeline, timedStore, []*stageClock) {
	if clocks == nil {
		clocks = []*stageClock{{name: "extract"}}
		for _, s := range stages {
			clocks = append(clocks, &stageClock{name: stageName(s)})
		}
		clocks = append(clocks, &stageClock{name: "store"})
	}
	extract := func(p *dossier.Page) (dossier.Document, error) {
		start := time.Now()
		d, err := x.Extract(p)
		clocks[0].spent.Add(int64(time.Since(start)))
		return d, err
	}
	var timed []pipeline.Stage
	for i, s := range stages {
		timed = append(timed, timedStage{Stage: s, spent: &clocks[1+i].spent})
	}
	p := &pipeline.Pipeline{Extract: extract, Stages: timed, Workers: workers}
	return p, timedStore{Store: store, spent: &clocks[len(clocks)-1].spent}, clocks
}

// batchRunner analyses the bench's batches into store with the stages of models, timed on clocks.
type batchRunner struct {
	extractor *extract.Extractor
	models    *analysers
	store     pipeline.Store
	workers   int
	clocks    []*stageClock
	peak      int64 // the largest resident set seen, in bytes, for the peak is reset before each pass
}

// run analyses the documents read yields into the store, loading the stages when they are not
// held, and lets them go before it returns, as ingest does before the cross-document pass.
func (r *batchRunner) run(ctx context.Context, read func(context.Context, func(ingest.Item) error) error) (pipeline.Summary, error) {
	stages, err := r.models.acquire(ctx)
	if err != nil {
		return pipeline.Summary{}, err
	}
	defer r.models.release()
	defer r.models.done()
	var p *pipeline.Pipeline
	var sink timedStore
	p, sink, r.clocks = timedPipeline(r.extractor, stages, r.store, r.workers, r.clocks)
	return p.Run(ctx, sink, read, nil)
}

// benchBatch ingests batch n, the documents lo to hi that read yields, runs the cross-document
// pass after it (profiled after the last batch when asked), prints the batch's line and
// returns the pass's time.
func (a *app) benchBatch(ctx context.Context, b scaleBench, run *batchRunner, store dossier.Store,
	read func(context.Context, func(ingest.Item) error) error, n, lo, hi int) (time.Duration, error) {
	t0 := time.Now()
	sum, err := run.run(ctx, read)
	if err != nil {
		return 0, fmt.Errorf("bench: batch %d: %w", n, err)
	}
	stop := func() error { return nil }
	if hi == b.docs && b.profile != "" {
		if stop, err = startProfile(b.profile); err != nil {
			return 0, err
		}
	}
	run.peak = max(run.peak, peakRSS(), peakSinceReset())
	passPeak := "-"
	reset := resetPeakRSS()
	t1, cpu1 := time.Now(), cpuTime()
	if _, err := a.crossPass(ctx, store); err != nil {
		return 0, fmt.Errorf("bench: batch %d: %w", n, err)
	}
	if err := stop(); err != nil {
		return 0, err
	}
	pass, passCPU := time.Since(t1), cpuTime()-cpu1
	if reset {
		passPeak = fmt.Sprintf("%.0f", float64(peakSinceReset())/1e6)
	}
	run.peak = max(run.peak, peakRSS(), peakSinceReset())
	fmt.Fprintf(a.stdout, "%6d %8d %12.1f %10.2f %10.2f %12.2f %14.1f %10.1f %10.0f %10s\n", n, hi, float64(sum.Read)/t1.Sub(t0).Seconds(),
		pass.Seconds(), passCPU.Seconds(), pass.Seconds()*1000/float64(hi-lo), float64(hi-lo)/time.Since(t0).Seconds(),
		100*float64(a.resolved.ResolvedChains)/float64(max(a.resolved.Chains, 1)), float64(run.peak)/1e6, passPeak)
	return pass, nil
}

// printStageShares prints, for each clock and the cross-document pass, the documents per second
// of its time and its share of all the time spent.
func (a *app) printStageShares(clocks []*stageClock, passTotal time.Duration, docs int) {
	fmt.Fprintf(a.stdout, "%-22s %12s %10s\n", "stage", "docs/s", "share")
	var work time.Duration
	for _, c := range clocks {
		work += time.Duration(c.spent.Load())
	}
	work += passTotal
	for _, c := range clocks {
		d := time.Duration(c.spent.Load())
		fmt.Fprintf(a.stdout, "%-22s %12.1f %9.1f%%\n", c.name, float64(docs)/d.Seconds(), 100*d.Seconds()/work.Seconds())
	}
	fmt.Fprintf(a.stdout, "%-22s %12.1f %9.1f%%\n", "cross-document pass", float64(docs)/passTotal.Seconds(), 100*passTotal.Seconds()/work.Seconds())
}

// freshStore opens the database named by db, which must hold no documents, or a new SQLite file
// in a temporary folder when db is "". It returns the store, where it is, and a function that
// closes it and removes the temporary folder.
func (a *app) freshStore(ctx context.Context, db string) (dossier.Store, string, func(), error) {
	tmp := ""
	if db == "" {
		dir, err := os.MkdirTemp("", "dossier-bench-")
		if err != nil {
			return nil, "", nil, fmt.Errorf("bench: %w", err)
		}
		tmp, db = dir, filepath.Join(dir, "bench.db")
	}
	prev := a.db
	a.db = db
	store, err := a.openStore(ctx)
	a.db = prev
	if err != nil {
		os.RemoveAll(tmp)
		return nil, "", nil, err
	}
	done := func() {
		store.Close()
		os.RemoveAll(tmp)
	}
	empty := true
	stop := errors.New("not empty")
	if err := store.Analyses(ctx, func(*dossier.Analysis) error { empty = false; return stop }); err != nil && !errors.Is(err, stop) {
		done()
		return nil, "", nil, err
	}
	if !empty {
		done()
		return nil, "", nil, fmt.Errorf("bench: %s already holds documents: --docs needs a new database", db)
	}
	return store, db, done, nil
}

// startProfile starts a CPU profile into prefix.cpu and returns the function that stops it and
// writes the heap's profile into prefix.heap.
func startProfile(prefix string) (func() error, error) {
	f, err := os.Create(prefix + ".cpu")
	if err != nil {
		return nil, fmt.Errorf("bench: profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("bench: profile: %w", err)
	}
	return func() error {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			return fmt.Errorf("bench: profile: %w", err)
		}
		h, err := os.Create(prefix + ".heap")
		if err != nil {
			return fmt.Errorf("bench: profile: %w", err)
		}
		defer h.Close()
		if err := pprof.Lookup("allocs").WriteTo(h, 0); err != nil {
			return fmt.Errorf("bench: profile: %w", err)
		}
		return nil
	}, nil
}
