package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/dossier-project/dossier/internal/pgtest"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"dossier":      func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
		"dossier-halt": haltingMain,
	})
}

// TestScripts runs the command-line scripts in testdata/script. $EXAMPLES is the repository's
// example corpus.
func TestScripts(t *testing.T) {
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("EXAMPLES", examples)
			env.Setenv("PGURL", postgresURL(t, env))
			return nil
		},
		Condition: func(cond string) (bool, error) {
			if cond == "postgres" {
				return postgresBase(t) != "", nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") == "1",
		Cmds: map[string]func(*testscript.TestScript, bool, []string){"jsonlen": jsonLen, "httpget": httpGet, "poll": poll,
			"status": exitStatus, "addrfrom": addrFrom, "jsonlines": jsonLines, "filemode": fileMode},
	})
}

// jsonLen prints the length of an array field of the JSON object in a file: jsonlen FILE FIELD.
func jsonLen(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: jsonlen FILE FIELD")
	}
	var obj map[string][]json.RawMessage
	if err := json.Unmarshal([]byte(ts.ReadFile(args[0])), &obj); err != nil {
		ts.Fatalf("jsonlen %s: %v", args[0], err)
	}
	arr, ok := obj[args[1]]
	if !ok {
		ts.Fatalf("jsonlen %s: no field %q", args[0], args[1])
	}
	fmt.Fprintln(ts.Stdout(), len(arr))
}

// postgresBase is the server the PostgreSQL scripts run against. Without one they are skipped,
// except in CI, where a missing server fails the test.
func postgresBase(t *testing.T) string {
	base := os.Getenv("DOSSIER_TEST_POSTGRES")
	if base == "" && os.Getenv("CI") == "true" {
		t.Fatal("DOSSIER_TEST_POSTGRES must be set in CI")
	}
	return base
}

// postgresURL creates a schema of its own for one script and returns a URL that uses it; the
// schema is dropped when the script ends.
func postgresURL(t *testing.T, env *testscript.Env) string {
	base := postgresBase(t)
	if base == "" {
		return ""
	}
	u, drop, err := pgtest.NewSchema(base)
	if err != nil {
		t.Fatal(err)
	}
	env.Defer(func() { drop() })
	return u
}

// httpGet fetches a URL from a server the script started in the background, waiting up to ten
// seconds for it to come up, and prints the body: httpget URL.
func httpGet(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: httpget URL")
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(args[0])
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			ts.Stdout().Write(body)
			if ok := resp.StatusCode == http.StatusOK; ok == neg {
				ts.Fatalf("GET %s: status %s", args[0], resp.Status)
			}
			return
		}
		if time.Now().After(deadline) {
			ts.Fatalf("GET %s: %v", args[0], err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// poll runs a dossier command again and again, for up to TIMEOUT, until it succeeds and its
// standard output matches REGEXP, and prints that output: poll TIMEOUT REGEXP dossier ARG...
func poll(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 4 || args[2] != "dossier" {
		ts.Fatalf("usage: poll TIMEOUT REGEXP dossier ARG...")
	}
	timeout, err := time.ParseDuration(args[0])
	if err != nil {
		ts.Fatalf("poll: %v", err)
	}
	re, err := regexp.Compile(args[1])
	if err != nil {
		ts.Fatalf("poll: %v", err)
	}
	deadline := time.Now().Add(timeout)
	for {
		var stdout, stderr bytes.Buffer
		code := run(args[3:], &stdout, &stderr)
		if code == 0 && re.Match(stdout.Bytes()) {
			ts.Stdout().Write(stdout.Bytes())
			return
		}
		if time.Now().After(deadline) {
			ts.Fatalf("poll: %q not matched within %s; last exit status %d, output:\n%s%s", args[1], timeout, code, stdout.Bytes(), stderr.Bytes())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// exitStatus runs dossier and checks its exact exit status: status N ARG... Its standard
// output and error are the script's, for stdout and stderr to check.
func exitStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 1 {
		ts.Fatalf("usage: status N ARG...")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status: %v", err)
	}
	err = ts.Exec("dossier", args[1:]...)
	got := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		got = ee.ExitCode()
	case err != nil:
		ts.Fatalf("status: %v", err)
	}
	if got != want {
		ts.Fatalf("dossier %s: exit status %d, want %d", strings.Join(args[1:], " "), got, want)
	}
}

// addrFrom waits up to ten seconds for a server started in the background to write the address
// it listens on to FILE, and sets $ADDR to it: addrfrom FILE.
func addrFrom(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: addrfrom FILE")
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		b, err := os.ReadFile(ts.MkAbs(args[0]))
		if addr := strings.TrimSpace(string(b)); err == nil && addr != "" {
			ts.Setenv("ADDR", addr)
			return
		}
		if time.Now().After(deadline) {
			ts.Fatalf("addrfrom %s: no address written within 10s", args[0])
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// jsonLines checks that a file is JSON Lines — every line one object whose keys are all
// lower-case — and prints how many lines it has: jsonlines FILE.
func jsonLines(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: jsonlines FILE")
	}
	text := ts.ReadFile(args[0])
	n := 0
	for i, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		if line == "" && text == "" {
			break
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			ts.Fatalf("jsonlines %s:%d: %v", args[0], i+1, err)
		}
		for k := range obj {
			if k != strings.ToLower(k) {
				ts.Fatalf("jsonlines %s:%d: key %q is not lower-case", args[0], i+1, k)
			}
		}
		n++
	}
	fmt.Fprintln(ts.Stdout(), n)
}

// fileMode checks the permission bits of a file: filemode FILE MODE (octal).
func fileMode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: filemode FILE MODE")
	}
	want, err := strconv.ParseUint(args[1], 8, 32)
	if err != nil {
		ts.Fatalf("filemode: %v", err)
	}
	info, err := os.Stat(ts.MkAbs(args[0]))
	if err != nil {
		ts.Fatalf("filemode: %v", err)
	}
	if got := info.Mode().Perm(); got != os.FileMode(want) {
		ts.Fatalf("filemode %s: %#o, want %#o", args[0], got, want)
	}
}
