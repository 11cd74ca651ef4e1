package crossrows

import (
	"context"
	"fmt"
	"sync"

	"github.com/dossier-project/dossier"
)

// Known remembers, for a store, the rows of every kind as its last pass left them and the number
// of that pass. The next pass of the same process compares its results with these instead of
// reading the rows again, provided no other pass (another process's) came in between. The zero
// value knows nothing; it is safe for concurrent use.
type Known struct {
	mu   sync.Mutex
	pass int64
	rows map[string]*Table // by kind; nil when nothing is known
}

// Take returns the rows as pass left them and forgets them, or nil when they are not known: the
// caller changes them, and puts them back with Keep once its own pass is stored.
func (k *Known) Take(pass int64) map[string]*Table {
	k.mu.Lock()
	defer k.mu.Unlock()
	rows := k.rows
	k.rows = nil
	if rows == nil || k.pass != pass {
		return nil
	}
	return rows
}

// Keep remembers rows as pass left them.
func (k *Known) Keep(pass int64, rows map[string]*Table) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.pass, k.rows = pass, rows
}

// Writer is a store's access to its rows within the transaction that stores a pass.
type Writer interface {
	// Stored reads the id, position and hash of every stored row of kind.
	Stored(ctx context.Context, kind string) (*Table, error)
	// Write inserts or updates the rows of writes and deletes the rows of deletes, of kind.
	Write(ctx context.Context, kind string, writes []Write, deletes []string) error
}

// Put stores r through w kind by kind, writing only the rows that differ from the stored ones,
// and reads each result of r only as its row is hashed or written.
// known are the rows as the last pass left them, nil when not known (they are read then); Put
// returns the rows as it leaves them, for Keep once the transaction is committed.
func Put(ctx context.Context, w Writer, r *dossier.Results, known map[string]*Table) (map[string]*Table, error) {
	if known == nil {
		known = map[string]*Table{}
	}
	for _, kind := range Kinds {
		sp, err := splitKind(r, kind)
		if err != nil {
			return nil, err
		}
		stored := known[kind]
		if stored == nil {
			if stored, err = w.Stored(ctx, kind); err != nil {
				return nil, fmt.Errorf("%s: %w", kind, err)
			}
		}
		// The stored table is let go once planned: the rows of the kind are then those of sp.
		p := planOf(sp.t, stored)
		stored, known[kind] = nil, nil
		if err := write(ctx, w, kind, sp, p); err != nil {
			return nil, fmt.Errorf("%s: %w", kind, err)
		}
		known[kind] = sp.t
	}
	return known, nil
}

// writeChunk is how many rows Put hands a store at once: the bodies of a chunk are encoded just
// before it is written, so a pass that writes every row does not hold them all.
const writeChunk = 2048

// write encodes the bodies of the rows p writes and hands them to w a chunk at a time, with the
// deletes in the last call; the rows of a chunk, bodies and all, are let go once it is written.
func write(ctx context.Context, w Writer, kind string, sp *split, p plan) error {
	if len(p.write) == 0 {
		return w.Write(ctx, kind, nil, p.deletes)
	}
	chunk := make([]Write, 0, min(writeChunk, len(p.write)))
	for lo := 0; lo < len(p.write); lo += writeChunk {
		hi := min(lo+writeChunk, len(p.write))
		chunk = chunk[:0]
		for _, i := range p.write[lo:hi] {
			body, err := sp.body(int(i))
			if err != nil {
				return err
			}
			r := sp.t.rows[i]
			chunk = append(chunk, Write{Row: Row{ID: string(sp.t.id(i)), Body: body, Hash: r.Hash}, Pos: r.Pos})
		}
		var dels []string
		if hi == len(p.write) {
			dels = p.deletes
		}
		if err := w.Write(ctx, kind, chunk, dels); err != nil {
			return err
		}
		clear(chunk)
	}
	return nil
}
