package testshared

import (
	"os"
	"strings"
	"testing"
)

// TabLines reads the lines of a test data file that are neither blank nor a comment ("#"), each
// split at its tabs into want fields; a file without such lines fails the test.
func TabLines(tb testing.TB, name string, want int) [][]string {
	tb.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != want {
			tb.Fatalf("%s: line %q has %d fields, want %d", name, line, len(f), want)
		}
		out = append(out, f)
	}
	if len(out) == 0 {
		tb.Fatalf("%s: no lines", name)
	}
	return out
}
