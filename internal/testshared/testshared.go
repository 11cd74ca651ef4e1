// Package testshared finds the evaluation corpora and scorers that sit beside the repository
// (../shared), for tests and benchmarks that measure on real data, reads their gold files and
// normalises text as the scorer does. Outside CI a missing folder or program
// skips the test with a message; with CI=true it fails it, so CI never passes by skipping.
package testshared

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Dir returns the shared folder: $DOSSIER_SHARED when set, else the first "shared" folder with an
// eval/ inside found beside the working directory or one of its parents.
func Dir(tb testing.TB) string {
	tb.Helper()
	if d := os.Getenv("DOSSIER_SHARED"); d != "" {
		if ok(d) {
			return d
		}
		missing(tb, "DOSSIER_SHARED="+d+" has no eval/ folder")
		return ""
	}
	wd, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if cand := filepath.Join(dir, "shared"); ok(cand) {
			return cand
		}
		if filepath.Dir(dir) == dir {
			break
		}
	}
	missing(tb, "no shared/ folder with eval/ beside "+wd+" or its parents (set DOSSIER_SHARED)")
	return ""
}

// Path returns a path inside the shared folder, skipping (or failing in CI) when it is absent.
func Path(tb testing.TB, parts ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Dir(tb)}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		missing(tb, err.Error())
	}
	return p
}

// Command returns the path of a program a test needs (a renderer, a converter), skipping (or
// failing in CI) like Path when it is not installed.
func Command(tb testing.TB, name string) string {
	tb.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(tb, err.Error())
	}
	return p
}

func ok(dir string) bool {
	info, err := os.Stat(filepath.Join(dir, "eval"))
	return err == nil && info.IsDir()
}

func missing(tb testing.TB, why string) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf("evaluation data and tools required in CI: %s", why)
	}
	tb.Skipf("evaluation data or tool not found: %s", why)
}
