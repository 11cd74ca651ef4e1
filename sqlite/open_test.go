package sqlite

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/storetest"
)

func TestOpenSettings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	s, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database file not created: %v", err)
	}
	tests := []struct{ pragma, want string }{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"busy_timeout", fmt.Sprint(busyTimeout.Milliseconds())},
	}
	for _, tc := range tests {
		for _, conn := range []struct {
			name string
			get  func() (string, error)
		}{
			{"writer", func() (v string, err error) { return v, s.w.QueryRow("PRAGMA " + tc.pragma).Scan(&v) }},
			{"reader", func() (v string, err error) { return v, s.r.QueryRow("PRAGMA " + tc.pragma).Scan(&v) }},
		} {
			got, err := conn.get()
			if err != nil || got != tc.want {
				t.Errorf("%s: PRAGMA %s = %q, %v; want %q", conn.name, tc.pragma, got, err, tc.want)
			}
		}
	}
}

func TestOpenBadPath(t *testing.T) {
	for _, path := range []string{"", ":memory:", "file:x.db", "x.db?mode=ro", filepath.Join(t.TempDir(), "missing", "dir", "x.db")} {
		if s, err := Open(t.Context(), path); err == nil {
			s.Close()
			t.Errorf("open %q succeeded", path)
		}
	}
}

// TestTwoStoresOneFile puts from two stores on the same file at once, as two processes would:
// the busy timeout lets each wait for the other's write lock.
func TestTwoStoresOneFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	var stores [2]*Store
	for i := range stores {
		s, err := Open(t.Context(), path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	var wg sync.WaitGroup
	errs := make(chan error, len(stores))
	for i, s := range stores {
		wg.Go(func() {
			for b := range 5 {
				batch := make([]*dossier.Analysis, 20)
				for k := range batch {
					batch[k] = storetest.Doc(i*1000 + b*20 + k)
				}
				if _, err := s.Put(t.Context(), batch); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("put: %v", err)
	}
	n := 0
	if err := stores[0].Analyses(t.Context(), func(*dossier.Analysis) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 200 {
		t.Errorf("stored %d documents, want 200", n)
	}
}
