// Package crossrows splits the cross-document results into the rows both stores keep — one row
// per entity, member chain, origin, conflict, story, happening and frame, keyed by kind and a
// content-stable id and ordered by a sparse position — and plans which rows a new result changes,
// so a pass that touches a few results writes a few rows.
package crossrows

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/dossier-project/dossier"
)

// The kinds of row, one for each list of dossier.Corpus. The stores' migrations name them too.
const (
	Entity    = "entity"
	Member    = "member"
	Origin    = "origin"
	Conflict  = "conflict"
	Story     = "story"
	Happening = "happening"
	Frame     = "frame"
)

// Kinds lists the kinds in the order of the fields of dossier.Corpus.
var Kinds = []string{Entity, Member, Origin, Conflict, Story, Happening, Frame}

// HashLen is the length in bytes of a row's hash.
const HashLen = 16

// Row is one result as a store keeps it.
type Row struct {
	ID   string
	Body []byte // the result's JSON
	Hash [HashLen]byte
}

// kind says how the results of one kind are split into rows and read back.
type kind struct {
	split func(r *dossier.Results) (*split, error)
	read  func(c *dossier.Corpus, r io.Reader) error
}

// list makes the kind of the results of one list of dossier.Results, of, kept in field of
// dossier.Corpus, each with id key.
func list[T any](of func(*dossier.Results) dossier.List[T], field func(*dossier.Corpus) *[]T, key func(T) string) kind {
	return kind{
		split: func(r *dossier.Results) (*split, error) { return rows(of(r), key) },
		read: func(c *dossier.Corpus, r io.Reader) error {
			l, err := decodeAll(*field(c), r)
			*field(c) = l
			return err
		},
	}
}

// kinds are the kinds by name.
var kinds = map[string]kind{
	Entity: list(func(r *dossier.Results) dossier.List[dossier.Entity] { return r.Entities },
		func(c *dossier.Corpus) *[]dossier.Entity { return &c.Entities },
		func(e dossier.Entity) string { return e.ID }),
	Member: list(func(r *dossier.Results) dossier.List[dossier.Member] { return r.Members },
		func(c *dossier.Corpus) *[]dossier.Member { return &c.Members },
		func(m dossier.Member) string { return m.Doc + "/" + strconv.Itoa(m.Chain) }),
	Origin: list(func(r *dossier.Results) dossier.List[dossier.Origin] { return r.Origins },
		func(c *dossier.Corpus) *[]dossier.Origin { return &c.Origins },
		func(o dossier.Origin) string { return o.Doc }),
	Conflict: list(func(r *dossier.Results) dossier.List[dossier.Conflict] { return r.Conflicts },
		func(c *dossier.Corpus) *[]dossier.Conflict { return &c.Conflicts },
		func(x dossier.Conflict) string { return x.ID }),
	Story: list(func(r *dossier.Results) dossier.List[dossier.Story] { return r.Stories },
		func(c *dossier.Corpus) *[]dossier.Story { return &c.Stories },
		func(s dossier.Story) string { return s.ID }),
	Happening: list(func(r *dossier.Results) dossier.List[dossier.Happening] { return r.Happenings },
		func(c *dossier.Corpus) *[]dossier.Happening { return &c.Happenings },
		func(h dossier.Happening) string { return h.ID }),
	Frame: list(func(r *dossier.Results) dossier.List[dossier.Frame] { return r.Frames },
		func(c *dossier.Corpus) *[]dossier.Frame { return &c.Frames },
		func(f dossier.Frame) string { return f.Entity + "/" + f.Source }),
}

// Split returns the rows of one kind of c, in the corpus's order. Two results of a kind that would
// share an id (a corpus built by hand may repeat one) get numbered suffixes, in order.
func Split(c *dossier.Corpus, name string) ([]Row, error) {
	sp, err := splitKind(c.Results(), name)
	if err != nil {
		return nil, err
	}
	out := make([]Row, sp.t.Len())
	for i := range out {
		out[i] = Row{ID: string(sp.t.id(int32(i))), Hash: sp.t.rows[i].Hash}
		if out[i].Body, err = sp.body(i); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// splitKind splits one kind of r into rows without their bodies, which Put encodes again only
// for the rows it writes.
func splitKind(r *dossier.Results, name string) (*split, error) {
	k, ok := kinds[name]
	if !ok {
		return nil, fmt.Errorf("split results: unknown kind %q", name)
	}
	return k.split(r)
}

// split is the rows of one kind, each with its id and hash but no body, as a table in the
// corpus's order (their positions not yet set), and how to encode the body of a row again.
type split struct {
	t    *Table
	body func(i int) ([]byte, error)
}

// rows splits list into rows. Only the hashes of the bodies are kept, and the results are read
// one at a time: a pass that changes few results does not hold the JSON of them all, nor the
// results themselves when it holds them in a form of its own.
func rows[T any](list dossier.List[T], key func(T) string) (*split, error) {
	sp := &split{t: &Table{rows: make([]Stored, 0, list.Len), ends: make([]uint32, 0, list.Len)}}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true) // as json.Marshal
	encode := func(i int, x T) ([]byte, error) {
		buf.Reset()
		if err := enc.Encode(x); err != nil {
			return nil, fmt.Errorf("encode result %d: %w", i, err)
		}
		return buf.Bytes()[:buf.Len()-1], nil // without Encode's newline
	}
	for i := range list.Len {
		x := list.At(i)
		body, err := encode(i, x)
		if err != nil {
			return nil, err
		}
		sp.t.Add(key(x), Stored{Hash: hash(body)})
	}
	if sp.t.repeated() {
		sp.t = numberRepeats(sp.t)
	}
	sp.body = func(i int) ([]byte, error) {
		b, err := encode(i, list.At(i))
		return bytes.Clone(b), err
	}
	return sp, nil
}

// numberRepeats returns t with every id that repeats an earlier one given the first numbered
// suffix ("#2", "#3" …) that makes it differ from the ids before it.
func numberRepeats(t *Table) *Table {
	out := &Table{}
	seen := make(map[string]bool, t.Len())
	for i, s := range t.rows {
		base := string(t.id(int32(i)))
		id := base
		for n := 2; seen[id]; n++ {
			id = base + "#" + strconv.Itoa(n)
		}
		seen[id] = true
		out.Add(id, s)
	}
	return out
}

func hash(body []byte) [HashLen]byte {
	sum := sha256.Sum256(body)
	return [HashLen]byte(sum[:HashLen])
}

// Read appends to c the results of one kind, in order: next returns the body of each row in turn
// and false after the last. The body next returns need only stay valid until it is called again.
func Read(c *dossier.Corpus, name string, next func() ([]byte, bool, error)) error {
	k, ok := kinds[name]
	if !ok {
		return fmt.Errorf("read results: unknown kind %q", name)
	}
	if err := k.read(c, &stream{next: next}); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// decodeAll appends the results r holds, one JSON value after another. One decoder reads them
// all: decoding row by row costs about what decoding one document of them all did.
func decodeAll[T any](list []T, r io.Reader) ([]T, error) {
	dec := json.NewDecoder(r)
	for {
		var x T
		switch err := dec.Decode(&x); {
		case err == io.EOF:
			return list, nil
		case err != nil:
			return list, err
		}
		list = append(list, x)
	}
}

// stream reads the bodies of rows one after another, as one stream of JSON values.
type stream struct {
	next func() ([]byte, bool, error)
	cur  []byte
	done bool
}

func (s *stream) Read(p []byte) (int, error) {
	for len(s.cur) == 0 {
		if s.done {
			return 0, io.EOF
		}
		b, ok, err := s.next()
		if err != nil {
			return 0, err
		}
		s.cur, s.done = b, !ok
	}
	n := copy(p, s.cur)
	s.cur = s.cur[n:]
	return n, nil
}

// decodePage decodes the bodies of a page of rows of one kind.
func decodePage[T any](bodies [][]byte, err error) ([]T, error) {
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(bodies))
	for _, b := range bodies {
		var x T
		if err := json.Unmarshal(b, &x); err != nil {
			return nil, fmt.Errorf("read results: %w", err)
		}
		out = append(out, x)
	}
	return out, nil
}

// Pages reads the stored results of a kind a page at a time through a store's reader of row
// bodies; a store embeds it to have the methods of dossier.ResultPages.
type Pages struct {
	// Bodies returns the bodies of up to limit rows of kind following the row with id after ("" for
	// the first), in order; an after that is not stored is an error wrapping dossier.ErrNotFound.
	Bodies func(ctx context.Context, kind, after string, limit int) ([][]byte, error)
	// Within returns the bodies of the rows of kind whose ids start with prefix, in order of id.
	Within func(ctx context.Context, kind, prefix string) ([][]byte, error)
}

// Entities returns up to limit stored entities following the one with id after ("" for the first),
// in the order Corpus lists them.
func (p Pages) Entities(ctx context.Context, after string, limit int) ([]dossier.Entity, error) {
	return decodePage[dossier.Entity](p.Bodies(ctx, Entity, after, limit))
}

// Conflicts returns up to limit stored conflicts following the one with id after ("" for the
// first), in the order Corpus lists them.
func (p Pages) Conflicts(ctx context.Context, after string, limit int) ([]dossier.Conflict, error) {
	return decodePage[dossier.Conflict](p.Bodies(ctx, Conflict, after, limit))
}

// Stories returns up to limit stored stories following the one with id after ("" for the first),
// in the order Corpus lists them.
func (p Pages) Stories(ctx context.Context, after string, limit int) ([]dossier.Story, error) {
	return decodePage[dossier.Story](p.Bodies(ctx, Story, after, limit))
}

// Happenings returns up to limit stored happenings following the one with id after ("" for the
// first), in the order Corpus lists them.
func (p Pages) Happenings(ctx context.Context, after string, limit int) ([]dossier.Happening, error) {
	return decodePage[dossier.Happening](p.Bodies(ctx, Happening, after, limit))
}

// Origins returns up to limit stored origins following the one of document after ("" for the
// first), in the order Corpus lists them.
func (p Pages) Origins(ctx context.Context, after string, limit int) ([]dossier.Origin, error) {
	return decodePage[dossier.Origin](p.Bodies(ctx, Origin, after, limit))
}

// DocMembers lists the stored members of the mention chains of doc, in order of chain. A member's
// row id is "doc/chain", so the document's rows are those whose ids start with "doc/"; a longer
// document id that starts so is told apart by the member's own document.
func (p Pages) DocMembers(ctx context.Context, doc string) ([]dossier.Member, error) {
	all, err := decodePage[dossier.Member](p.Within(ctx, Member, doc+"/"))
	if err != nil {
		return nil, fmt.Errorf("members of %s: %w", doc, err)
	}
	out := all[:0]
	for _, m := range all {
		if m.Doc == doc {
			out = append(out, m)
		}
	}
	slices.SortFunc(out, func(a, b dossier.Member) int { return cmp.Compare(a.Chain, b.Chain) })
	return out, nil
}

// PrefixEnd is the least string greater than every string starting with prefix, in byte order,
// so that ids starting with prefix are those in [prefix, PrefixEnd(prefix)); "" when there is none
// (prefix is empty or all 0xff bytes), which bounds nothing.
func PrefixEnd(prefix string) string {
	b := []byte(prefix)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return string(b[:i+1])
		}
	}
	return ""
}
