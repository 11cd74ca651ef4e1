package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/internal/newsgen"
	"github.com/dossier-project/dossier/queue"
)

// benchWorkers is "bench --docs N --processes P --db postgres://…": the generated corpus is
// queued in the database and worked by P "dossier worker" processes started from this program,
// as separate machines would; with --kill-after K the first process is killed (SIGKILL) once K
// pages are done and started again. It prints a line per cross-document pass (its time as the
// store grows), a line per process (wall time, processor time, peak resident memory) and the total.
func (a *app) benchWorkers(ctx context.Context, b scaleBench) error {
	if !isPostgres(b.db) {
		return usagef("bench: --processes needs --db postgres://…: the worker processes share its job queue")
	}
	gen, _, where, done, err := a.benchCorpus(ctx, b)
	if err != nil {
		return err
	}
	defer done()
	q, err := queue.Open(ctx, b.db)
	if err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	defer q.Close()

	start := time.Now()
	bytes, err := enqueueGenerated(ctx, q, gen, b.docs)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "%d generated documents queued in %s into %s, %d worker processes of %d pages at once\n",
		b.docs, time.Since(start).Round(time.Millisecond), printable(where), b.processes, workersOrCores(b.workers))
	fl, err := a.newFleet(b)
	if err != nil {
		return err
	}
	defer fl.stopAll()
	fmt.Fprintf(a.stdout, "%6s %8s %10s %10s\n", "pass", "done", "at s", "pass s")
	n, err := fl.drain(ctx, q, b, start)
	if err != nil {
		return err
	}
	wall := time.Since(start)
	fl.stopAll()
	// A pass reported just before the queue was seen drained may not have been printed yet.
	for len(fl.passes) > 0 {
		n++
		fl.printPass(n, <-fl.passes, b.docs, start)
	}
	fl.print(b.docs, bytes, wall)
	return nil
}

// enqueueGenerated queues the first docs documents of gen a few at a time and returns their
// bytes.
func enqueueGenerated(ctx context.Context, q *queue.Queue, gen *newsgen.Generator, docs int) (int64, error) {
	var bytes int64
	for lo := 0; lo < docs; lo += enqueueBatch {
		var batch []*dossier.Page
		for i := lo; i < min(lo+enqueueBatch, docs); i++ {
			p := gen.Page(i)
			bytes += int64(len(p.Body))
			batch = append(batch, p)
		}
		if _, err := q.Enqueue(ctx, batch, extract.ID); err != nil {
			return 0, fmt.Errorf("bench: %w", err)
		}
	}
	return bytes, nil
}

// fleet is the worker processes of "bench --processes", each started again when it was killed.
type fleet struct {
	exe    string
	args   []string
	env    []string  // the environment of each worker: this one's, with the database in DOSSIER_DB
	stdout io.Writer // where the passes are printed
	stderr io.Writer // where the workers' lines other than pages and passes go
	procs  []*benchProc
	passes chan passLine
	ended  []*benchProc // processes that were killed, for their figures
}

// benchProc is one worker process and what became of it.
type benchProc struct {
	name    string
	cmd     *exec.Cmd
	started time.Time
	wall    time.Duration
	killed  bool
	lines   sync.WaitGroup // the reader of its standard error
}

// passLine is one cross-document pass a worker process reported.
type passLine struct {
	proc string
	took time.Duration
}

// newFleet starts b.processes worker processes of this program on b.db.
func (a *app) newFleet(b scaleBench) (*fleet, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("bench: find this program to start workers: %w", err)
	}
	args := []string{"worker", "-j", strconv.Itoa(b.workers), "--pass-block", strconv.Itoa(a.passBlock)}
	if a.data != "" {
		args = append(args, "--data", a.data)
	}
	if a.pins != "" {
		args = append(args, "--pins", a.pins)
	}
	for _, g := range a.gazetteer {
		args = append(args, "--gazetteer", g)
	}
	for _, t := range a.triggers {
		args = append(args, "--triggers", t)
	}
	// The database goes in the environment, not on the command line, where other users of the
	// machine could read a password the address holds.
	env := append(os.Environ(), "DOSSIER_DB="+b.db)
	fl := &fleet{exe: exe, args: args, env: env, stdout: a.stdout, stderr: a.stderr, passes: make(chan passLine, 64)}
	for i := range b.processes {
		p, err := fl.start(fmt.Sprintf("w%d", i+1))
		if err != nil {
			fl.stopAll()
			return nil, err
		}
		fl.procs = append(fl.procs, p)
	}
	return fl, nil
}

// start starts one worker process named name. Its first argument is "dossier" whatever this
// program's file is called, so that a test binary runs as the command too.
func (fl *fleet) start(name string) (*benchProc, error) {
	cmd := &exec.Cmd{Path: fl.exe, Args: append([]string{"dossier"}, fl.args...), Env: fl.env}
	errs, err := cmd.StderrPipe()
	if err != nil {
		return nil, fmt.Errorf("bench: worker %s: %w", name, err)
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("bench: start worker %s: %w", name, err)
	}
	p := &benchProc{name: name, cmd: cmd, started: time.Now()}
	p.lines.Add(1)
	go func() {
		defer p.lines.Done()
		fl.read(p.name, errs)
	}()
	return p, nil
}

// read passes on the passes a worker reports, and its failures and problems to fl.stderr; the
// page lines are dropped.
func (fl *fleet) read(name string, r io.Reader) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "cross-document pass done in "); ok {
			if d, err := time.ParseDuration(rest); err == nil {
				fl.passes <- passLine{proc: name, took: d}
			}
			continue
		}
		if strings.HasPrefix(line, "stored ") || strings.HasPrefix(line, "unchanged ") || strings.HasPrefix(line, "worker: ") {
			continue
		}
		fmt.Fprintf(fl.stderr, "%s: %s\n", name, line)
	}
}

// kill kills process i at once, as a crash would, and starts another in its place.
func (fl *fleet) kill(i int) error {
	p := fl.procs[i]
	if err := p.cmd.Process.Kill(); err != nil {
		return fmt.Errorf("bench: kill worker %s: %w", p.name, err)
	}
	p.finish(true)
	fl.ended = append(fl.ended, p)
	next, err := fl.start(p.name + "'")
	if err != nil {
		return err
	}
	fl.procs[i] = next
	return nil
}

// finish waits for the process to end and records its wall time.
func (p *benchProc) finish(killed bool) {
	p.cmd.Wait()
	p.lines.Wait()
	p.wall, p.killed = time.Since(p.started), killed
}

// stopAll interrupts every running process, as Ctrl-C would, and waits for them; it may be
// called again.
func (fl *fleet) stopAll() {
	for _, p := range fl.procs {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Signal(os.Interrupt)
		}
	}
	for _, p := range fl.procs {
		if p.cmd.ProcessState == nil {
			p.finish(false)
		}
	}
}

// drain waits until every queued page is handled and no cross-document pass is due or running,
// printing the passes as they are reported and killing a process once when b asks for it.
func (fl *fleet) drain(ctx context.Context, q *queue.Queue, b scaleBench, start time.Time) (int, error) {
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	var (
		st     queue.Stats
		n      int
		killed bool
	)
	for {
		select {
		case <-ctx.Done():
			return n, ctx.Err()
		case pl := <-fl.passes:
			n++
			fl.printPass(n, pl, st.Done, start)
			continue
		case <-tick.C:
		}
		var err error
		if st, err = q.Stats(ctx); err != nil {
			return n, fmt.Errorf("bench: %w", err)
		}
		if b.killAfter > 0 && !killed && st.Done >= b.killAfter {
			killed = true
			fmt.Fprintf(fl.stdout, "killed %s (SIGKILL) with %d pages done, %d running; started again\n", fl.procs[0].name, st.Done, st.Running)
			if err := fl.kill(0); err != nil {
				return n, err
			}
		}
		if st.Queued == 0 && st.Running == 0 && !st.CrossDue && !st.CrossRunning && st.Done+st.Failed >= b.docs {
			return n, nil
		}
	}
}

// printPass prints the line of the nth pass, reported when done pages were handled.
func (fl *fleet) printPass(n int, pl passLine, done int, start time.Time) {
	fmt.Fprintf(fl.stdout, "%6d %8d %10.1f %10.2f  %s\n", n, done, time.Since(start).Seconds(), pl.took.Seconds(), pl.proc)
}

// print prints a line per process, killed ones first, and the total: wall time, processor time
// and peak resident memory of each, and the throughput of the whole run.
func (fl *fleet) print(docs int, bytes int64, wall time.Duration) {
	fmt.Fprintf(fl.stdout, "%-8s %10s %10s %10s %10s  %s\n", "process", "wall s", "user s", "system s", "peak MB", "end")
	var cpu time.Duration
	peak := int64(0)
	for _, p := range append(fl.ended, fl.procs...) {
		ps := p.cmd.ProcessState
		end := "stopped"
		if p.killed {
			end = "killed"
		}
		rss := childPeakRSS(ps)
		peak = max(peak, rss)
		cpu += ps.UserTime() + ps.SystemTime()
		fmt.Fprintf(fl.stdout, "%-8s %10.1f %10.1f %10.1f %10.0f  %s\n", p.name, p.wall.Seconds(), ps.UserTime().Seconds(),
			ps.SystemTime().Seconds(), float64(rss)/1e6, end)
	}
	fmt.Fprintf(fl.stdout, "total: %d documents, %.1f MB, %s, CPU %s in the workers, %.1f docs/s with the passes, peak RSS %.0f MB a process\n",
		docs, float64(bytes)/1e6, wall.Round(time.Millisecond), cpu.Round(time.Millisecond), float64(docs)/wall.Seconds(), float64(peak)/1e6)
}
