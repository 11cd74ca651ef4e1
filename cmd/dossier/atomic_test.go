package main

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestExportTempFiles checks that an export never leaves a temporary file: a failed write removes
// its own, and one left by a process killed outright is removed by the next export to the same
// file, while one of a process still writing is left alone.
func TestExportTempFiles(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.json")

	err := writeFileAtomic(out, func(w io.Writer) error {
		io.WriteString(w, `{"documents": [`)
		return errors.New("the store went away")
	})
	if err == nil {
		t.Fatal("a failed write reported no error")
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("a failed write left %v", names)
	}

	// A process that has ended, and one that runs (this test's parent).
	done := exec.Command(os.Args[0], "-test.run=^$")
	if err := done.Run(); err != nil {
		t.Fatal(err)
	}
	stale := tempPrefix("out.json") + strconv.Itoa(done.Process.Pid) + "-123"
	live := tempPrefix("out.json") + strconv.Itoa(os.Getppid()) + "-456"
	for _, n := range []string{stale, live} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(`{"documents": [`), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "d.db")
	if code := run([]string{"ingest", "--db", db, "../../examples"}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("ingest: exit status %d", code)
	}
	if code := run([]string{"export", "--db", db, "-o", out}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("export: exit status %d", code)
	}
	got := dirNames(t, dir)
	want := map[string]bool{"out.json": true, live: true}
	if len(got) != len(want) || !want[got[0]] || !want[got[1]] {
		t.Errorf("after the export the folder holds %v, want out.json and %s only", got, live)
	}
	b, err := os.ReadFile(out)
	if err != nil || !json.Valid(b) {
		t.Errorf("export file not whole JSON: %v", err)
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// TestExportMissingFolder checks that a write into a folder that does not exist says which folder,
// not the name of the temporary file it could not make there.
func TestExportMissingFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "no-such-folder")
	out := filepath.Join(dir, "out.json")
	err := writeFileAtomic(out, func(w io.Writer) error { return nil })
	if !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("write into a missing folder: %v, want a missing-folder error", err)
	}
	msg := err.Error()
	if !strings.Contains(msg, "folder "+dir) || strings.Contains(msg, ".tmp-") {
		t.Errorf("error %q should name the folder %s and no temporary file", msg, dir)
	}
}

// TestWriteToFolder checks that a folder given where a file is to be written (report --html .)
// is refused before anything is written, with a message that says so and names no temporary file.
func TestWriteToFolder(t *testing.T) {
	dir := t.TempDir()
	wrote := false
	err := writeFileAtomic(dir, func(w io.Writer) error { wrote = true; return nil })
	if err == nil {
		t.Fatal("a write to a folder reported no error")
	}
	if msg := err.Error(); !strings.Contains(msg, "a folder, not a file") || strings.Contains(msg, ".tmp-") {
		t.Errorf("error %q should say %s is a folder and name no temporary file", msg, dir)
	}
	if wrote {
		t.Error("the content was made before the folder was refused")
	}
	if names := dirNames(t, dir); len(names) != 0 {
		t.Errorf("the refused write left %v", names)
	}
}
