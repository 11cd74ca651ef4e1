package ingest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestUnreadableEntries walks a folder holding a file and a subfolder that cannot be read: each
// is named with the reason (permission denied), the folder not as a file of the wrong kind, and
// the readable page beside them is read.
func TestUnreadableEntries(t *testing.T) {
	dir := t.TempDir()
	// The temporary folders are private to their owner: open them to the user the test reads as.
	for _, d := range []string{filepath.Dir(dir), dir} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	page := "Harbour strike ends\n\nDock workers returned to work on Monday after a ten-day strike over pay.\n"
	locked := filepath.Join(dir, "locked")
	if err := os.Mkdir(locked, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a.txt", "secret.txt", "locked/inner.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"secret.txt", "locked"} {
		if err := os.Chmod(filepath.Join(dir, name), 0); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })

	var pages map[string]*dossier.Page
	var failures map[string]error
	asUnprivileged(t, func() { pages, failures = readAll(t, dir) })

	if pages[filepath.Join(dir, "a.txt")] == nil {
		t.Errorf("the readable page beside the unreadable entries was not read")
	}
	for _, name := range []string{"secret.txt", "locked"} {
		err := failures[filepath.Join(dir, name)]
		if err == nil {
			t.Errorf("%s: no failure, want permission denied", name)
			continue
		}
		if !errors.Is(err, fs.ErrPermission) || errors.Is(err, dossier.ErrFormat) {
			t.Errorf("%s: %v, want permission denied, not a format error", name, err)
		}
	}
	if err := failures[filepath.Join(dir, "locked")]; err != nil && !strings.Contains(err.Error(), "folder") {
		t.Errorf("locked: %v, want the failure to say it is a folder", err)
	}
}

// asUnprivileged runs fn with the file-system identity of an ordinary user, so that permission
// bits hold even when the test runs as root (as CI does): on a thread of its own, whose
// file-system user id is set to nobody's and restored after.
func asUnprivileged(t *testing.T, fn func()) {
	t.Helper()
	if os.Geteuid() != 0 {
		fn()
		return
	}
	runtime.LockOSThread()
	// Setfsuid returns the previous id and reports no error; the call after it tells.
	syscall.Setfsuid(65534)
	if prev, _, _ := syscall.RawSyscall(syscall.SYS_SETFSUID, ^uintptr(0), 0, 0); prev != 65534 {
		runtime.UnlockOSThread()
		t.Skip("cannot drop the file-system user id to test permissions")
	}
	defer func() {
		syscall.Setfsuid(0)
		runtime.UnlockOSThread()
	}()
	fn()
}
