package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/cwriter"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/ingest"
	"github.com/dossier-project/dossier/pipeline"
)

func (a *app) ingestCmd() *cobra.Command {
	var (
		workers  int
		maxBytes int64
		noCross  bool
		queued   bool
	)
	cmd := &cobra.Command{
		Use:   "ingest [--db PATH] INPUT...",
		Short: "Read pages (files or folders) into the database and analyse them",
		Long: `Reads each INPUT — a file, or a folder walked recursively — and stores every article found:
plain-text page dumps (.txt), HTML (.html, .htm), either gzip-compressed (.gz), JSON Lines records
(.jsonl), WARC crawls (.warc) and RSS/Atom feeds (.rss, .atom). Re-ingesting the same content is a no-op. A closing summary
counts what was read, stored, already there and failed; each failure names its file and reason,
and the exit status is 1 when anything failed.`,
		Args: needArgs("name the files or folders to read, or - for standard input", false),
		RunE: func(cmd *cobra.Command, args []string) error {
			if queued {
				return a.enqueue(cmd.Context(), args, maxBytes)
			}
			return a.ingest(cmd.Context(), args, workers, maxBytes, !noCross)
		},
	}
	cmd.Flags().IntVarP(&workers, "workers", "j", runtime.GOMAXPROCS(0), "documents analysed at once (0: one per core)")
	cmd.Flags().Int64Var(&maxBytes, "max-bytes", ingest.MaxPageBytes, "largest page accepted, in bytes once decompressed (0: the default)")
	cmd.Flags().BoolVar(&noCross, "no-cross", false, "skip the cross-document pass (entities across sources, conflicts)")
	cmd.Flags().BoolVar(&queued, "queue", false, "queue the pages in the PostgreSQL database for \"dossier worker\" instead of analysing them here")
	return cmd
}

func (a *app) ingest(ctx context.Context, inputs []string, workers int, maxBytes int64, cross bool) error {
	return a.ingestWith(ctx, inputs, workers, maxBytes, true, cross)
}

// ingestWith ingests inputs. With analyse false it stores the extracted documents without
// running the analysis stages; with cross false it skips the cross-document pass.
func (a *app) ingestWith(ctx context.Context, inputs []string, workers int, maxBytes int64, analyse, cross bool) error {
	files, err := a.inputFiles(inputs)
	if err != nil {
		return err
	}
	fresh := a.noSQLiteFile()
	store, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	stored := false // whether this run left anything worth a database file
	defer func() {
		store.Close()
		if fresh && !stored {
			a.removeSQLiteFile()
		}
	}()

	start := time.Now()
	sum, err := a.analyse(ctx, files, store, workers, maxBytes, analyse, start)
	stored = err != nil || sum.Stored+sum.Unchanged > 0
	if err != nil {
		return err
	}
	// Pages found "unchanged" were taken as stored on the store's word: make sure it can be read.
	if c, ok := store.(checker); ok && sum.Unchanged > 0 {
		if err := c.Check(ctx); err != nil {
			fmt.Fprintln(a.stderr, "dossier:", printableLines(err.Error()))
			return exitError{code: exitDamaged}
		}
	}
	if err := a.sayIngested(inputs, sum, time.Since(start)); err != nil {
		return err
	}
	reach(ctx, "stored")
	// The pass also runs when nothing new was stored: documents an earlier run stored may still
	// wait for it, because that run was killed or stopped before its pass was stored.
	if cross {
		if err := a.timedCrossPass(ctx, store); err != nil {
			return err
		}
	}
	if len(sum.Failed) > 0 {
		return exitError{code: 1}
	}
	return nil
}

// analyse reads files into store, analysing them unless analyse is false, and lets the stages
// go (see analysers.release) before it returns, so that the cross-document pass runs without them.
func (a *app) analyse(ctx context.Context, files []string, store pipeline.Store, workers int, maxBytes int64,
	analyse bool, start time.Time) (pipeline.Summary, error) {
	models := &analysers{load: a.newStages}
	var stages []pipeline.Stage
	if analyse {
		var err error
		if stages, err = models.acquire(ctx); err != nil {
			return pipeline.Summary{}, err
		}
		defer models.release()
		defer models.done()
	}
	x, err := a.newExtractor()
	if err != nil {
		return pipeline.Summary{}, err
	}
	p := &pipeline.Pipeline{Extract: x.Extract, Stages: stages, Workers: workers}
	reader := &ingest.Reader{MaxBytes: maxBytes, Stdin: a.stdin}
	read := func(ctx context.Context, fn func(ingest.Item) error) error { return reader.Read(ctx, files, fn) }
	return a.runShowingProgress(ctx, p, store, read, filesSize(files), start)
}

// noSQLiteFile reports whether --db names a SQLite file that does not exist yet.
func (a *app) noSQLiteFile() bool {
	if isPostgres(a.db) {
		return false
	}
	_, err := os.Stat(a.db)
	return errors.Is(err, fs.ErrNotExist)
}

// removeSQLiteFile removes the database file an ingest created but stored nothing in, with its
// write-ahead files, so that a later read names the missing database instead of finding it empty.
func (a *app) removeSQLiteFile() {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(a.db + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(a.stderr, "dossier: remove the empty database %s: %v\n", a.db+suffix, err)
		}
	}
}

// filesSize sums the sizes of the files that can be read, for the progress bar's total.
func filesSize(files []string) int64 {
	var total int64
	for _, f := range files {
		if info, err := os.Stat(f); err == nil {
			total += info.Size()
		}
	}
	return total
}

// runShowingProgress runs the pipeline into store, with a progress bar over total bytes on
// standard error when that is a terminal and the run is not quiet.
func (a *app) runShowingProgress(ctx context.Context, p *pipeline.Pipeline, store pipeline.Store,
	read func(context.Context, func(ingest.Item) error) error, total int64, start time.Time) (pipeline.Summary, error) {
	var (
		progress func(pipeline.Tick)
		bars     *mpb.Progress
	)
	if isTerminal(a.stderr) && !a.quiet {
		out, opts := barOutput(a.stderr)
		bars = mpb.NewWithContext(ctx, append(opts, mpb.WithOutput(out))...)
		var docs atomic.Int64
		bar := bars.AddBar(total, mpb.BarWidth(32),
			mpb.PrependDecorators(decor.Name("ingest "),
				decor.Any(func(decor.Statistics) string {
					n := docs.Load()
					return fmt.Sprintf("%d docs %.1f/s ", n, float64(n)/max(time.Since(start).Seconds(), 1e-3))
				}),
				decor.CountersKibiByte("% .1f / % .1f")),
			mpb.AppendDecorators(decor.AverageSpeed(decor.SizeB1024(0), "% .1f"), decor.Name(" ETA "),
				decor.AverageETA(decor.ET_STYLE_GO)))
		progress = func(t pipeline.Tick) {
			n := docs.Add(1)
			bar.EwmaIncrInt64(t.Bytes, time.Since(start)/time.Duration(n))
		}
		defer func() {
			if bars != nil {
				bars.Shutdown()
			}
		}()
	}
	sum, err := p.Run(ctx, store, read, progress)
	if bars != nil {
		bars.Wait()
		bars = nil
	}
	return sum, err
}

// workersOrCores is how many documents a -j of n analyses at once: n, or one per core for 0, as
// the pipeline and the queue read it.
func workersOrCores(n int) int {
	if n <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return n
}

// unsizedColumns is the width the progress line takes on a terminal that reports no size.
const unsizedColumns = 100

// barOutput is where the progress bar draws, with the options that drawing needs: standard
// error itself, or, when that is a terminal that reports no size (a pseudo-terminal never given
// one), standard error seen as a plain stream redrawn on a timer, for the bar library draws
// nothing in a terminal of no rows and so would show no progress at all.
func barOutput(w io.Writer) (io.Writer, []mpb.ContainerOption) {
	f, ok := w.(*os.File)
	if !ok {
		return w, nil
	}
	if _, rows, err := cwriter.GetSize(int(f.Fd())); err == nil && rows > 0 {
		return w, nil
	}
	return struct{ io.Writer }{w}, []mpb.ContainerOption{mpb.WithAutoRefresh(), mpb.WithWidth(unsizedColumns)}
}

// sayIngested prints the closing summary and names each failure and each page cut short on
// standard error; finding no documents at all is an error.
func (a *app) sayIngested(inputs []string, sum pipeline.Summary, elapsed time.Duration) error {
	rate := "" // a speed only for work done: none when every input failed
	if sum.Stored+sum.Unchanged > 0 {
		rate = " (" + rateWords(sum.Read, elapsed) + ")"
	}
	a.say("read %d, stored %d, unchanged %d, failed %d in %s%s\n",
		sum.Read, sum.Stored, sum.Unchanged, len(sum.Failed), elapsed.Round(time.Millisecond), rate)
	if sum.Read == 0 && len(sum.Failed) == 0 {
		fmt.Fprintf(a.stderr, "dossier: no documents found in %s\n", strings.Join(inputs, ", "))
		return exitError{code: exitFailed}
	}
	for _, f := range sum.Failed {
		fmt.Fprintln(a.stderr, failureLine(f))
	}
	for _, c := range sum.Cut {
		fmt.Fprintln(a.stderr, cutLine(c))
	}
	if sum.NotEnglish.Total() > 0 {
		a.say("%s\n", notEnglishLine(sum.NotEnglish))
	}
	return nil
}

// notEnglishLine is the line that says how many documents were stored without the stages that
// read English only, and why.
func notEnglishLine(langs pipeline.Languages) string {
	return fmt.Sprintf("not analysed in English: %s (%s), stored with text, title, date and language "+
		"and searchable, with the gazetteer's known names and the dates written in figures only, and no other times, events or claims (their stages read English only)",
		plural(langs.Total(), "document"), langs)
}

// timedCrossPass runs the cross-document pass over store and, when it ran, says how long it took.
func (a *app) timedCrossPass(ctx context.Context, store dossier.Store) error {
	start := time.Now()
	ran, err := a.crossPass(ctx, store)
	if err != nil {
		return err
	}
	if ran {
		a.say("cross-document pass done in %s\n", time.Since(start).Round(time.Millisecond))
	}
	return nil
}

// inputFiles expands the inputs into the files to read and names, on standard error, the files
// inside folders that are passed over for their kind. When nothing is left to read that is an
// error: an empty folder, or one of only .pdf or .docx files, must not look like a success.
func (a *app) inputFiles(inputs []string) ([]string, error) {
	if missing := missingInputs(inputs); len(missing) == len(inputs) {
		// Nothing named exists: say so before any database is opened, rather than count the
		// paths as read and failed.
		return nil, fmt.Errorf("no such file or folder: %s", strings.Join(printableAll(missing), ", "))
	}
	files, err := ingest.Files(inputs)
	if err != nil {
		return nil, err
	}
	skipped, err := ingest.Skipped(inputs)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		msg := "no readable files in " + strings.Join(inputs, ", ")
		if len(skipped) > 0 {
			msg += fmt.Sprintf(": skipped %d of kinds that cannot be read (%s)", len(skipped), strings.Join(shortList(skipped, 5), ", "))
		}
		return nil, fmt.Errorf("%s; readable are %s", msg, readableKinds)
	}
	if len(skipped) > 0 && !a.quiet {
		for _, f := range shortList(skipped, maxSkippedNamed) {
			if f == "…" {
				fmt.Fprintf(a.stderr, "skipped %d more files of kinds that cannot be read\n", len(skipped)-maxSkippedNamed)
				break
			}
			fmt.Fprintf(a.stderr, "skipped: %s: not a kind that can be read\n", printable(f))
		}
	}
	return files, nil
}

// missingInputs is the inputs named on the command line that do not exist ("-", standard input,
// always exists).
func missingInputs(inputs []string) []string {
	var missing []string
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		if _, err := os.Lstat(in); errors.Is(err, fs.ErrNotExist) {
			missing = append(missing, in)
		}
	}
	return missing
}

// printableAll is printable applied to each of items.
func printableAll(items []string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = printable(s)
	}
	return out
}

// maxSkippedNamed is how many skipped files are named one by one before the rest are counted.
const maxSkippedNamed = 10

// readableKinds names the file endings ingest reads, for messages.
const readableKinds = ".txt, .html, .htm, .jsonl, .warc, .rss, .atom (any of them .gz)"

// shortList is the first n items, with "…" when there are more.
func shortList(items []string, n int) []string {
	if len(items) <= n {
		return items
	}
	return append(items[:n:n], "…")
}

// say prints a progress or summary line on standard error, unless --quiet.
func (a *app) say(format string, args ...any) {
	if !a.quiet {
		fmt.Fprintf(a.stderr, format, args...)
	}
}

// checker is a store that can read itself whole and report damage.
type checker interface {
	Check(ctx context.Context) error
}

func firstLine(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}

// rateWords says how fast n documents were read in elapsed: documents a second, or seconds a
// document when that is under 0.1 a second, which would print as "0.0 docs/s".
func rateWords(n int, elapsed time.Duration) string {
	perSecond := float64(n) / max(elapsed.Seconds(), 1e-9)
	if perSecond >= 0.1 || n == 0 {
		return fmt.Sprintf("%.1f docs/s", perSecond)
	}
	return fmt.Sprintf("%.0f s/doc", elapsed.Seconds()/float64(n))
}
