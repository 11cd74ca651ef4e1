package main

import (
	"bytes"
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// intact runs SQLite's integrity_check on the file at path.
func intact(t *testing.T, path string) bool {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	err = db.QueryRow(`PRAGMA integrity_check(1)`).Scan(&res)
	return err == nil && res == "ok"
}

// TestDamagedDatabase damages a SQLite database one page at a time and ingests the same pages
// again. Whenever SQLite's full integrity check finds the database damaged, the ingest must fail
// with status 2 instead of reporting the pages as unchanged. (Damage inside a stored value, which
// no check of the file's structure sees, fails the commands that read the value.)
func TestDamagedDatabase(t *testing.T) {
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.db")
	if code := run([]string{"ingest", "--db", clean, "../../examples"}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("first ingest: exit status %d", code)
	}
	good, err := os.ReadFile(clean)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	unreadable := 0
	for p := 1; p < len(good)/page; p++ {
		bad := bytes.Clone(good)
		copy(bad[p*page+100:], bytes.Repeat([]byte{0xde, 0xad}, 1000))
		db := filepath.Join(dir, "bad.db")
		os.Remove(db)
		if err := os.WriteFile(db, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		code := run([]string{"ingest", "--db", db, "../../examples"}, io.Discard, &stderr)
		if intact(t, db) {
			continue // damage where nothing is read: free space, an unused page
		}
		unreadable++
		if code != 2 || strings.Contains(stderr.String(), "unchanged") {
			t.Errorf("page %d damaged: ingest exit status %d, want 2 and no summary:\n%s", p+1, code, stderr.String())
		}
	}
	if unreadable == 0 {
		t.Errorf("no damaged page made the database unreadable: the test tests nothing")
	}
}
