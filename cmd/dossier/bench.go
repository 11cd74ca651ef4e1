package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/ingest"
	"github.com/dossier-project/dossier/pipeline"
)

func (a *app) benchCmd() *cobra.Command {
	var (
		rounds int
		scale  scaleBench
	)
	cmd := &cobra.Command{
		Use:   "bench [--rounds N] INPUT... | bench --docs N [--batch N] [--db DB] | bench --docs N --processes P --db postgres://…",
		Short: "Measure each stage on real pages and print documents per second, bytes per second and memory",
		Long: `Reads the inputs once into memory, then times extraction, each analysis stage and the
cross-document pass over them, on one core, and prints one line per stage with documents per
second, megabytes of input per second and the heap allocated. Nothing is stored.

With --docs N it generates N news-like documents instead, recombining the sentences of real
articles (FA-KES and TimeBank under --shared) with dates, outlets and places drawn so that stories
form, and ingests them in batches into a new database (--db, else a SQLite file in a temporary
folder), running the cross-document pass after each batch. It prints a line per batch (the pass's
time as the store grows, throughput, peak resident memory) and per stage documents per second.
With --write FILE it only writes the generated corpus to FILE as JSON Lines, for measuring
"dossier ingest" or "dossier worker" processes on the same documents.

With --processes P and a postgres:// --db, the generated corpus is queued in that database and
worked by P "dossier worker" processes of -j pages each, started from this program, until every
page is stored and the cross-document pass has covered them all. It prints a line per pass (its
time as the store grows), and per process its wall time, processor time and peak resident memory.
With --kill-after K the first process is killed (SIGKILL) once K pages are done, and started again.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if scale.docs > 0 {
				if len(args) > 0 {
					return usagef("bench: --docs generates its corpus: no INPUT wanted")
				}
				if f := cmd.Flag("db"); f != nil && f.Changed {
					scale.db = a.db
				}
				if scale.shared == "" {
					scale.shared = os.Getenv("DOSSIER_SHARED")
				}
				if scale.shared == "" {
					scale.shared = filepath.Join("..", "shared")
				}
				scale.batch = max(scale.batch, 1)
				if scale.write != "" {
					return writeDocs(scale)
				}
				if scale.processes > 0 {
					return a.benchWorkers(cmd.Context(), scale)
				}
				if scale.killAfter > 0 {
					return usagef("bench: --kill-after needs --processes: it kills a worker process")
				}
				return a.benchDocs(cmd.Context(), scale)
			}
			if len(args) == 0 {
				return usagef("bench: name the inputs to measure, or --docs N")
			}
			return a.bench(cmd.Context(), args, rounds)
		},
	}
	cmd.Flags().IntVar(&rounds, "rounds", 1, "times each stage runs over the inputs")
	cmd.Flags().IntVar(&scale.docs, "docs", 0, "generate this many documents and ingest them into a new database")
	cmd.Flags().IntVar(&scale.batch, "batch", 1000, "with --docs: documents per ingest batch, each followed by the cross-document pass")
	cmd.Flags().IntVarP(&scale.workers, "workers", "j", runtime.GOMAXPROCS(0), "with --docs: documents analysed at once (0: one per core)")
	cmd.Flags().StringVar(&scale.shared, "shared", "", "with --docs: the folder of evaluation data to draw sentences from (default $DOSSIER_SHARED, else ../shared)")
	cmd.Flags().Uint64Var(&scale.seed, "seed", 1, "with --docs: the generator's seed")
	cmd.Flags().StringVar(&scale.write, "write", "", "with --docs: write the generated corpus to this file as JSON Lines instead of ingesting it (for ingest, or ingest --queue and workers)")
	cmd.Flags().IntVar(&scale.processes, "processes", 0, "with --docs and --db postgres://…: queue the corpus and work it with this many worker processes of -j pages each")
	cmd.Flags().IntVar(&scale.killAfter, "kill-after", 0, "with --processes: kill the first worker process (SIGKILL) once this many pages are done, and start it again")
	cmd.Flags().StringVar(&scale.profile, "profile", "", "with --docs: write the processor profile of the last batch's pass to PREFIX.cpu and the allocations to PREFIX.heap")
	return cmd
}

// bench reads the inputs into memory and prints, for extraction, each stage and the
// cross-document pass, the documents and megabytes per second and the memory allocated.
func (a *app) bench(ctx context.Context, inputs []string, rounds int) error {
	pages, bytes, err := readPages(ctx, inputs)
	if err != nil {
		return err
	}
	rounds = max(rounds, 1)
	fmt.Fprintf(a.stdout, "%d pages, %.1f MB, %d round(s), GOMAXPROCS %d\n", len(pages), float64(bytes)/1e6, rounds, runtime.GOMAXPROCS(0))
	fmt.Fprintf(a.stdout, "%-22s %10s %10s %12s %14s\n", "stage", "docs/s", "MB/s", "ms/doc", "alloc MB/doc")
	out := benchPrinter{w: a.stdout, bytes: bytes, rounds: rounds}

	x, err := a.newExtractor()
	if err != nil {
		return err
	}
	docs := benchExtract(x, pages, rounds, out)
	stages, err := a.newStages()
	if err != nil {
		return err
	}
	analyses := benchStages(stages, docs, rounds, out)
	var d time.Duration
	var alloc uint64
	d, alloc = measure(func() {
		for r := 0; r < rounds; r++ {
			var c *dossier.Corpus
			if c, _, err = a.buildCorpus(analyses, nil); err != nil {
				return
			}
			dossier.QuoteSides(c.Conflicts, analyses)
		}
	})
	if err != nil {
		return err
	}
	out.line("cross-document pass", len(analyses)*rounds, d, alloc)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(a.stdout, "heap in use at the end: %.1f MB; mentions %d, timexes %d, events %d\n",
		float64(ms.HeapInuse)/1e6, count(analyses, func(an *dossier.Analysis) int { return len(an.Mentions) }),
		count(analyses, func(an *dossier.Analysis) int { return len(an.Timexes) }),
		count(analyses, func(an *dossier.Analysis) int { return len(an.Events) }))
	return nil
}

// readPages reads every page of the inputs into memory and sums their bytes; it fails when
// none can be read.
func readPages(ctx context.Context, inputs []string) ([]*dossier.Page, int64, error) {
	files, err := ingest.Files(inputs)
	if err != nil {
		return nil, 0, err
	}
	var pages []*dossier.Page
	var bytes int64
	reader := &ingest.Reader{}
	if err := reader.Read(ctx, files, func(it ingest.Item) error {
		if it.Page != nil {
			pages = append(pages, it.Page)
			bytes += int64(len(it.Page.Body))
		}
		return nil
	}); err != nil {
		return nil, 0, err
	}
	if len(pages) == 0 {
		return nil, 0, fmt.Errorf("bench: no readable pages in %v", inputs)
	}
	return pages, bytes, nil
}

// benchPrinter prints one line of the bench's table, with rates over the input's bytes read
// rounds times.
type benchPrinter struct {
	w      io.Writer
	bytes  int64
	rounds int
}

// line prints the rates of a step that handled n documents in d, allocating alloc bytes.
func (p benchPrinter) line(name string, n int, d time.Duration, alloc uint64) {
	secs := d.Seconds()
	fmt.Fprintf(p.w, "%-22s %10.1f %10.2f %12.3f %14.3f\n", name, float64(n)/secs,
		float64(p.bytes)*float64(p.rounds)/1e6/secs, secs*1000/float64(n), float64(alloc)/1e6/float64(n))
}

// measure runs fn after a collection, so that its time and the bytes it allocates are its own.
func measure(fn func()) (time.Duration, uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	fn()
	d := time.Since(start)
	runtime.ReadMemStats(&after)
	return d, after.TotalAlloc - before.TotalAlloc
}

// benchExtract times extracting the documents of the pages with x and returns those documents.
func benchExtract(x *extract.Extractor, pages []*dossier.Page, rounds int, out benchPrinter) []dossier.Document {
	var docs []dossier.Document
	d, alloc := measure(func() {
		for r := 0; r < rounds; r++ {
			docs = docs[:0]
			for _, p := range pages {
				if doc, err := x.Extract(p); err == nil {
					docs = append(docs, doc)
				}
			}
		}
	})
	out.line("extract", len(pages)*rounds, d, alloc)
	return docs
}

// benchStages times each stage over the documents and returns their analyses once every stage
// has run.
func benchStages(stages []pipeline.Stage, docs []dossier.Document, rounds int, out benchPrinter) []*dossier.Analysis {
	var analyses []*dossier.Analysis
	fresh := func() {
		analyses = analyses[:0]
		for _, doc := range docs {
			analyses = append(analyses, &dossier.Analysis{Doc: doc})
		}
	}
	for _, s := range stages {
		var total time.Duration
		var allocs uint64
		for r := 0; r < rounds; r++ {
			// Each round redoes the stages before this one untimed, so this stage sees its real input.
			fresh()
			for _, prev := range stages {
				if prev == s {
					break
				}
				runAll(prev, analyses)
			}
			d, al := measure(func() { runAll(s, analyses) })
			total += d
			allocs += al
		}
		out.line(stageName(s), len(analyses)*rounds, total, allocs)
	}
	return analyses
}

func runAll(s pipeline.Stage, analyses []*dossier.Analysis) {
	for _, an := range analyses {
		_ = s.Analyze(an)
	}
}

func count(analyses []*dossier.Analysis, f func(*dossier.Analysis) int) int {
	n := 0
	for _, an := range analyses {
		n += f(an)
	}
	return n
}
