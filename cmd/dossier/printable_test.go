package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestPrintable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain/name.txt", "plain/name.txt"},
		{"Zürich – 北京.html", "Zürich – 北京.html"},
		{"red\x1b[31mname.txt", `red\x1b[31mname.txt`},
		{"two\nlines.txt", `two\nlines.txt`},
		{"back\rover.txt", `back\rover.txt`},
		{"bell\a\x7f.txt", `bell\x07\x7f.txt`},
		{"c1\u009bcsi.txt", `c1\x9bcsi.txt`},
		{"rtl\u202etxt.exe", `rtl\u202etxt.exe`},
		{"latin1\xe9.txt", `latin1\xe9.txt`},
	}
	for _, tt := range tests {
		if got := printable(tt.in); got != tt.want {
			t.Errorf("printable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFailureNamesEscaped ingests files whose names hold an escape sequence and a newline: each
// failure is one line, and no control character reaches the output.
func TestFailureNamesEscaped(t *testing.T) {
	dir := t.TempDir()
	names := []string{"red\x1b[2J\x1b[31m.txt", "split\nfailed: fake.txt: forged.txt"}
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"ingest", "--no-cross", "--db", filepath.Join(dir, "d.db"), dir}, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit status %d, want 1 (two empty inputs)\n%s", code, stderr.String())
	}
	out := stderr.String()
	if strings.ContainsAny(out, "\x1b\r") {
		t.Errorf("a control character reached the output: %q", out)
	}
	var failed []string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "failed: ") {
			failed = append(failed, l)
		}
	}
	sort.Strings(failed) // the workers finish in any order
	if len(failed) != 2 {
		t.Fatalf("%d failure lines, want 2, one per file: %q", len(failed), out)
	}
	for i, want := range []string{`red\x1b[2J\x1b[31m.txt: empty input`, `split\nfailed: fake.txt: forged.txt: empty input`} {
		if !strings.HasSuffix(failed[i], want) {
			t.Errorf("failure line %q, want it to end %q", failed[i], want)
		}
	}
}
