package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
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
		Cmds:          map[string]func(*testscript.TestScript, bool, []string){"jsonlen": jsonLen, "httpget": httpGet, "poll": poll},
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
