package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-project/dossier/internal/pgtest"
)

// haltingMain is the command "dossier-halt POINT ARG...": dossier ARG..., which stops at the named
// point of ingestion, says so on standard error and waits there to be killed.
func haltingMain() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: dossier-halt POINT ARG...")
		os.Exit(2)
	}
	point := os.Args[1]
	ctx := withHalt(context.Background(), func(p string) {
		if p == point {
			fmt.Fprintf(os.Stderr, "halted at %s\n", p)
			time.Sleep(time.Hour)
		}
	})
	os.Exit(runContext(ctx, os.Args[2:], os.Stdout, os.Stderr))
}

// killedAt runs dossier ARG... in a process of its own, kills it with SIGKILL once it halts at
// point, and returns what it wrote to standard error.
func killedAt(t *testing.T, point string, args ...string) string {
	t.Helper()
	cmd := exec.Command("dossier-halt", append([]string{point}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start dossier-halt: %v", err)
	}
	var out strings.Builder
	sc := bufio.NewScanner(stderr)
	halted := false
	for !halted && sc.Scan() {
		out.WriteString(sc.Text() + "\n")
		halted = sc.Text() == "halted at "+point
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatalf("kill: %v", err)
	}
	cmd.Wait()
	if !halted {
		t.Fatalf("dossier %s never reached %q; it wrote:\n%s", strings.Join(args, " "), point, out.String())
	}
	return out.String()
}

// dossierRun runs dossier ARG... in this process and returns its standard output, failing the
// test on a non-zero exit status.
func dossierRun(t *testing.T, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("dossier %s: exit status %d\n%s", strings.Join(args, " "), code, stderr.Bytes())
	}
	return stdout.Bytes()
}

// TestKilledIngestRecovers kills ingestion with SIGKILL after its store step and while its
// cross-document pass has results not yet stored, runs a later command, and wants the export
// of a clean run. In the "grown" cases the store already holds results of an earlier, smaller
// ingest, which must not stay as they are.
func TestKilledIngestRecovers(t *testing.T) {
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples", "wadi-samra"))
	if err != nil {
		t.Fatal(err)
	}
	first := []string{filepath.Join(examples, "01_frontline_dispatch.txt"), filepath.Join(examples, "02_desert_wire.txt")}
	tests := []struct {
		name   string
		before []string // inputs ingested in full first, if any
		point  string
		later  []string // the command run after the kill, without --db
	}{
		{"after store, rerun", nil, "stored", []string{"ingest", examples}},
		{"after store, nothing new", nil, "stored", []string{"ingest", first[0]}},
		{"pass not stored, rerun", nil, "pass", []string{"ingest", examples}},
		{"grown, after store, rerun", first, "stored", []string{"ingest", examples}},
		{"grown, pass not stored, nothing new", first, "pass", []string{"ingest", first[1]}},
	}
	for name, newDB := range testStores {
		t.Run(name, func(t *testing.T) {
			want := dossierRun(t, "export", "--db", cleanDB(t, newDB, examples))
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) {
					db := newDB(t)
					if tc.before != nil {
						dossierRun(t, append([]string{"ingest", "--db", db}, tc.before...)...)
					}
					out := killedAt(t, tc.point, "ingest", "--db", db, examples)
					if !strings.Contains(out, "failed 0") {
						t.Fatalf("killed ingest did not store everything first:\n%s", out)
					}
					dossierRun(t, append([]string{tc.later[0], "--db", db}, tc.later[1:]...)...)
					got := dossierRun(t, "export", "--db", db)
					if !bytes.Equal(want, got) {
						t.Errorf("export after recovery differs from a clean run's (%d bytes, want %d):\n%s",
							len(got), len(want), firstDiff(want, got))
					}
				})
			}
		})
	}
}

// testStores make a new, empty database of each kind for a test and return its --db value.
var testStores = map[string]func(t *testing.T) string{
	"sqlite":   func(t *testing.T) string { return filepath.Join(t.TempDir(), "dossier.db") },
	"postgres": func(t *testing.T) string { return pgtest.Schema(t) },
}

// cleanDB ingests inputs into a new database in one uninterrupted run.
func cleanDB(t *testing.T, newDB func(t *testing.T) string, inputs ...string) string {
	db := newDB(t)
	dossierRun(t, append([]string{"ingest", "--db", db}, inputs...)...)
	return db
}

// firstDiff shows the lines around the first difference of a and b.
func firstDiff(a, b []byte) string {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < min(len(al), len(bl)); i++ {
		if al[i] != bl[i] {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, al[i], bl[i])
		}
	}
	return fmt.Sprintf("one is a prefix of the other (%d and %d lines)", len(al), len(bl))
}
