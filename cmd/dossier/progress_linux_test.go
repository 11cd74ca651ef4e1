package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// openPTY opens a new pseudo-terminal and returns its controlling side and its terminal side,
// which reports no size until one is set.
func openPTY(t *testing.T) (ptm, pts *os.File) {
	t.Helper()
	ptm, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no pseudo-terminals here, and CI needs them: %v", err)
		}
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	fd := int(ptm.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatalf("unlock the pseudo-terminal: %v", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Fatalf("number of the pseudo-terminal: %v", err)
	}
	pts, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatalf("open the terminal side: %v", err)
	}
	return ptm, pts
}

// TestProgressOnTerminal checks that ingest draws its progress line on a terminal, sized or
// not: a terminal that reports no rows (a pseudo-terminal nobody sized) shows it too.
func TestProgressOnTerminal(t *testing.T) {
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		rows, cols uint16
	}{
		{"a sized terminal", 40, 120},
		{"a terminal of no size", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ptm, pts := openPTY(t)
			defer ptm.Close()
			ws := &unix.Winsize{Row: tt.rows, Col: tt.cols}
			if err := unix.IoctlSetWinsize(int(pts.Fd()), unix.TIOCSWINSZ, ws); err != nil {
				t.Fatalf("size the terminal: %v", err)
			}
			var shown bytes.Buffer
			done := make(chan struct{})
			go func() {
				defer close(done)
				_, _ = io.Copy(&shown, ptm) // ends with an error once the terminal side is closed
			}()
			db := filepath.Join(t.TempDir(), "p.db")
			code := run([]string{"ingest", "--db", db, examples}, io.Discard, pts)
			pts.Close()
			<-done
			if code != 0 {
				t.Fatalf("ingest exit status %d; shown:\n%s", code, shown.String())
			}
			out := shown.String()
			if !strings.Contains(out, "ingest 5 docs") || !strings.Contains(out, "[====") {
				t.Errorf("no progress line with the documents counted and a bar; shown:\n%s", out)
			}
			if !strings.Contains(out, "stored 5") {
				t.Errorf("no summary; shown:\n%s", out)
			}
		})
	}
}
