//go:build unix

package ingest

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestSpecialFiles walks a folder holding a named pipe and a socket among pages: reading must not
// wait on the pipe, the pages next to them are read, and each special file is named with its kind.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	page := "Harbour strike ends\n\nDock workers returned to work on Monday after a ten-day strike over pay.\n"
	for _, name := range []string{"a.txt", "z.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(page+name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A socket path must be short: make it from a short working directory.
	t.Chdir(dir)
	l, err := net.Listen("unix", "sock.html")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()

	pages, failures := readAll(t, ".", "pipe.txt")
	for _, name := range []string{"a.txt", "z.txt"} {
		if pages[name] == nil {
			t.Errorf("page %s next to the special files was not read", name)
		}
	}
	want := map[string]string{"pipe.txt": "named pipe", "sock.html": "socket"}
	for name, kind := range want {
		err := failures[name]
		if err == nil {
			t.Errorf("%s: no failure, want one naming a %s", name, kind)
			continue
		}
		if !errors.Is(err, dossier.ErrFormat) || !strings.Contains(err.Error(), kind) {
			t.Errorf("%s: %v, want a format error naming a %s", name, err, kind)
		}
		// Counted among the failures, it must not also be called skipped.
		if strings.Contains(err.Error(), "skipped") {
			t.Errorf("%s: %v, a failure that says it was skipped", name, err)
		}
	}
}
