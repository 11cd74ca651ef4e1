package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/crossrows"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Store is a dossier.Store in one SQLite file. It is safe for concurrent use.
type Store struct {
	path string
	w    *sql.DB // one connection: every write, in order
	r    *sql.DB // readers
	now  func() time.Time
	// known are the result rows as this store's last pass left them, so the next one need not
	// read them again.
	known *crossrows.Known
	pages // the capability dossier.ResultPages
}

// pages names the embedded page readers of Store.
type pages = crossrows.Pages

var _ dossier.Store = (*Store)(nil)

// busyTimeout is how long a connection waits for another process's lock before giving up.
const busyTimeout = 10 * time.Second

// Open opens the SQLite database at path, creating the file on first use, and migrates its schema
// to the newest version. The path is a file name, not a URI.
func Open(ctx context.Context, path string) (*Store, error) {
	s, err := open(ctx, path)
	if err != nil {
		return nil, err
	}
	if err := upgrade(ctx, s.w, -1); err != nil {
		s.Close()
		return nil, fmt.Errorf("open %s: %w", path, damaged(err))
	}
	return s, nil
}

// open opens the connection pools without touching the schema.
func open(ctx context.Context, path string) (*Store, error) {
	if path == "" || path == ":memory:" || strings.ContainsAny(path, "?#") || strings.HasPrefix(path, "file:") {
		return nil, fmt.Errorf("open sqlite %q: want a plain file path", path)
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "journal_mode(WAL)")
	dsn := path + "?" + q.Encode()

	// Immediate transactions take the write lock at BEGIN, so a writer never has to upgrade a read
	// lock and fail as busy halfway through a batch.
	w, err := sql.Open("sqlite", dsn+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	// The writer connects first: it creates the file and switches it to WAL before readers come.
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, damaged(err))
	}
	r, err := sql.Open("sqlite", dsn)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite %s: %w", path, err)
	}
	r.SetMaxOpenConns(max(4, runtime.GOMAXPROCS(0)))
	s := &Store{path: path, w: w, r: r, now: time.Now, known: &crossrows.Known{}}
	s.pages.Bodies = s.resultBodies
	s.pages.Within = s.resultsWithin
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	return errors.Join(s.r.Close(), s.w.Close())
}
