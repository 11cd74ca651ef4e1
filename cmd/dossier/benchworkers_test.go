package main

import (
	"bytes"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/dossier-project/dossier/internal/pgtest"
	"github.com/dossier-project/dossier/internal/testshared"
)

// TestBenchProcesses works a generated corpus with three worker processes on PostgreSQL, one of
// them killed (SIGKILL) mid-run and started again, and wants the export of one process ingesting
// the same corpus into SQLite, and the bench's lines per pass and per process.
func TestBenchProcesses(t *testing.T) {
	shared := testshared.Dir(t)
	url := pgtest.Schema(t)
	out := string(dossierRun(t, "bench", "--docs", "60", "--processes", "3", "-j", "1", "--kill-after", "12",
		"--db", url, "--shared", shared))
	for _, re := range []string{
		`(?m)^60 generated documents queued in .*, 3 worker processes of 1 pages at once$`,
		`(?m)^killed w1 \(SIGKILL\) with [0-9]+ pages done, [0-9]+ running; started again$`,
		`(?m)^ +1 +[0-9]+ +[0-9.]+ +[0-9.]+  w[123]'?$`,
		`(?m)^w1 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+  killed$`,
		`(?m)^w1' +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+  stopped$`,
		`(?m)^w3 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+  stopped$`,
		`(?m)^total: 60 documents, [0-9.]+ MB, .* docs/s with the passes, peak RSS [0-9]+ MB a process$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("bench output does not match %s:\n%s", re, out)
		}
	}
	one := filepath.Join(t.TempDir(), "one.db")
	dossierRun(t, "bench", "--docs", "60", "--db", one, "--shared", shared)
	want := dossierRun(t, "export", "--db", one)
	if got := dossierRun(t, "export", "--db", url); !bytes.Equal(got, want) {
		t.Errorf("the export of three worker processes, one killed, differs from one process's:\n%s", firstDiff(want, got))
	}
}

// TestBenchProcessesRefused wants --processes refused without a PostgreSQL database and
// --kill-after without --processes, as mistakes of usage.
func TestBenchProcessesRefused(t *testing.T) {
	shared := testshared.Dir(t)
	for _, args := range [][]string{
		{"bench", "--docs", "5", "--processes", "2", "--db", filepath.Join(t.TempDir(), "x.db"), "--shared", shared},
		{"bench", "--docs", "5", "--kill-after", "2", "--shared", shared},
	} {
		if code := run(args, &bytes.Buffer{}, &bytes.Buffer{}); code != exitUsage {
			t.Errorf("%v: exit status %d, want %d", args, code, exitUsage)
		}
	}
}
