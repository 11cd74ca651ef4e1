package doccols

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// The outline column holds what the cross-document pass reads of every document between the
// blocks that read it whole (see DecodeOutline), in a binary form of its own so that reading it
// costs a fraction of decoding the analysis column: a format byte, a table of the document's
// distinct strings, then the mentions, time expressions, sketch, credit lines and dateline, each
// string written as its number in the table (0 for ""). Integers are varints, a span's start
// written as the step from the one before, its end as its length; the sketch's hashes are eight
// bytes each. Lists say their length first; a credit's words say theirs plus one, 0 for none, as
// encoding/json tells a nil list from an empty one there.
const outlineFormat = 1

// errOutline is the error of an outline column that is cut short or malformed.
var errOutline = errors.New("malformed outline")

// outlineWriter encodes an outline: the strings' table as they are met, and the rest apart.
type outlineWriter struct {
	body  []byte
	table []byte
	index map[string]uint64
}

// encodeOutline returns the outline column of a. Its strings are those encoding/json would
// write, so that it decodes as the analysis column does.
func encodeOutline(a *dossier.Analysis) []byte {
	w := &outlineWriter{index: map[string]uint64{"": 0}}
	w.mentions(a.Mentions)
	w.timexes(a.Timexes)
	w.uint(uint64(len(a.Sketch)))
	for _, h := range a.Sketch {
		w.body = binary.LittleEndian.AppendUint64(w.body, h)
	}
	w.credits(a.Credits)
	w.int(a.Dateline)
	return w.column(outlineFormat)
}

func (w *outlineWriter) uint(n uint64) { w.body = binary.AppendUvarint(w.body, n) }
func (w *outlineWriter) int(n int)     { w.body = binary.AppendVarint(w.body, int64(n)) }

// str writes the number of each of ss in the table, adding those that are new.
func (w *outlineWriter) str(ss ...string) {
	for _, s := range ss {
		s = jsonText(s)
		n, ok := w.index[s]
		if !ok {
			n = uint64(len(w.index))
			w.index[s] = n
			w.table = binary.AppendUvarint(w.table, uint64(len(s)))
			w.table = append(w.table, s...)
		}
		w.uint(n)
	}
}

// span writes sp, its start as the step from prev's.
func (w *outlineWriter) span(sp, prev dossier.Span) {
	w.int(sp.Start - prev.Start)
	w.int(sp.End - sp.Start)
}

// writeList writes the length of xs and each item with item, which is given the span of the one
// before and gives its own.
func writeList[T any](w *outlineWriter, xs []T, item func(x *T, prev dossier.Span) dossier.Span) {
	w.uint(uint64(len(xs)))
	var prev dossier.Span
	for i := range xs {
		prev = item(&xs[i], prev)
	}
}

func (w *outlineWriter) mentions(ms []dossier.Mention) {
	writeList(w, ms, func(m *dossier.Mention, prev dossier.Span) dossier.Span {
		w.span(m.Span, prev)
		w.str(m.Text, string(m.Type), m.Title)
		w.int(m.Chain)
		w.str(m.Entity)
		w.flag(m.Travel != nil)
		if m.Travel != nil {
			w.span(*m.Travel, m.Span)
		}
		return m.Span
	})
}

func (w *outlineWriter) timexes(ts []dossier.Timex) {
	writeList(w, ts, func(t *dossier.Timex, prev dossier.Span) dossier.Span {
		w.span(t.Span, prev)
		w.str(t.Text, t.Type, t.Value, t.Mod)
		w.flag(t.Dateline)
		return t.Span
	})
}

func (w *outlineWriter) credits(cs []dossier.Credit) {
	writeList(w, cs, func(c *dossier.Credit, prev dossier.Span) dossier.Span {
		w.span(c.Span, prev)
		w.str(c.Phrase)
		w.flag(c.Before)
		if c.Words == nil {
			w.uint(0)
			return c.Span
		}
		w.uint(uint64(len(c.Words)) + 1)
		w.str(c.Words...)
		return c.Span
	})
}

func (w *outlineWriter) flag(b bool) {
	if b {
		w.body = append(w.body, 1)
	} else {
		w.body = append(w.body, 0)
	}
}

// jsonText returns s as encoding/json writes and reads it back: each byte that is not part of
// valid UTF-8 becomes U+FFFD.
func jsonText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// outlineReader decodes an outline column. A read past its end or out of range sets bad and
// gives zero values, so that a malformed column is found once, at the end.
type outlineReader struct {
	b     []byte
	off   int
	bad   bool
	table []string
	// With shared, where each string of the table ends in b, ends[0] where the table's first
	// string's length starts (see readTable).
	ends []int
	// shared, when set, keeps the strings read (see Shared): a string or list of words met
	// before is not copied, and the table's buffer is shared's, reused.
	shared *Shared
}

// decodeOutline fills a's mentions from the outline column b, and unless mentionsOnly its time
// expressions, sketch, credit lines and dateline too.
func decodeOutline(a *dossier.Analysis, b []byte, mentionsOnly bool, shared *Shared) error {
	if len(b) == 0 || b[0] != outlineFormat {
		return fmt.Errorf("document %s: outline: %w: unknown format", a.Doc.ID, errOutline)
	}
	r := &outlineReader{b: b, off: 1, shared: shared}
	r.readTable()
	ms := r.mentions()
	if mentionsOnly {
		if r.bad {
			return fmt.Errorf("document %s: outline: %w", a.Doc.ID, errOutline)
		}
		a.Mentions = ms
		return nil
	}
	ts := r.timexes()
	sketch := r.sketch()
	cs := r.credits()
	dateline := r.int()
	if r.bad || r.off != len(b) {
		return fmt.Errorf("document %s: outline: %w", a.Doc.ID, errOutline)
	}
	a.Mentions, a.Timexes, a.Sketch, a.Credits, a.Dateline = ms, ts, sketch, cs, dateline
	return nil
}

// fail marks the column malformed and reads no more of it.
func (r *outlineReader) fail() { r.bad, r.off = true, len(r.b) }

// skip moves past the size bytes of a varint read, or fails when none could be (size <= 0).
func (r *outlineReader) skip(size int) bool {
	if size <= 0 {
		r.fail()
		return false
	}
	r.off += size
	return true
}

func (r *outlineReader) uint() uint64 {
	n, size := binary.Uvarint(r.b[r.off:])
	if !r.skip(size) {
		return 0
	}
	return n
}

func (r *outlineReader) int() int {
	n, size := binary.Varint(r.b[r.off:])
	if !r.skip(size) {
		return 0
	}
	return int(n)
}

// count reads the length of a list whose items take at least size bytes each, and gives 0 when
// the rest of the column cannot hold that many.
func (r *outlineReader) count(size int) int {
	n := r.uint()
	if n > uint64((len(r.b)-r.off)/size) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *outlineReader) flag() bool {
	if r.off >= len(r.b) || r.b[r.off] > 1 {
		r.fail()
		return false
	}
	r.off++
	return r.b[r.off-1] == 1
}

// readTable reads the strings' table, each string a copy of its own so that holding one does
// not hold the column. With r.shared the table's buffers are shared's, reused, and each string
// is only found in the column, to be taken from shared when first read (see str), so that a
// string read for nothing is kept for nothing. The strings are valid UTF-8, as encodeOutline
// writes them.
func (r *outlineReader) readTable() {
	n := r.count(1)
	if r.shared != nil {
		r.table = slices.Grow(r.shared.table[:0], n+1)[:n+1]
		clear(r.table)
		r.shared.table = r.table
		r.ends = slices.Grow(r.shared.ends[:0], n+1)[:n+1]
		r.shared.ends = r.ends
		r.ends[0] = r.off
	} else {
		r.table = make([]string, n+1)
	}
	for i := 1; i <= n; i++ {
		size := r.uint()
		if size > uint64(len(r.b)-r.off) || !utf8.Valid(r.b[r.off:r.off+int(size)]) {
			r.fail()
			return
		}
		r.off += int(size)
		if r.shared != nil {
			r.ends[i] = r.off
		} else {
			r.table[i] = string(r.b[r.off-int(size) : r.off])
		}
	}
}

// strList reads a list of n strings: a new one, or the kept one of r.shared (see Shared.strs).
// An empty list is not nil.
func (r *outlineReader) strList(n int) []string {
	if r.shared == nil || n == 0 {
		ss := make([]string, n)
		for i := range ss {
			ss[i] = r.str()
		}
		return ss
	}
	ss := r.shared.list[:0]
	for range n {
		ss = append(ss, r.str())
	}
	r.shared.list = ss
	return r.shared.strs(ss)
}

func (r *outlineReader) str() string {
	n := r.uint()
	if n >= uint64(len(r.table)) {
		r.bad = true
		return ""
	}
	if r.shared != nil && n > 0 && r.table[n] == "" {
		// The string ends at ends[n] and its length, a varint, stands just before it.
		start := r.ends[n-1]
		_, size := binary.Uvarint(r.b[start:])
		r.table[n] = r.shared.bytes(r.b[start+size : r.ends[n]])
	}
	return r.table[n]
}

// span reads a span written after prev.
func (r *outlineReader) span(prev dossier.Span) dossier.Span {
	start := prev.Start + r.int()
	return dossier.Span{Start: start, End: start + r.int()}
}

// readList reads a list of items that take at least size bytes each, item reading each from the
// span of the one before and giving its own.
func readList[T any](r *outlineReader, size int, item func(x *T, prev dossier.Span) dossier.Span) []T {
	n := r.count(size)
	if n == 0 {
		return nil
	}
	xs := make([]T, n)
	var prev dossier.Span
	for i := range xs {
		prev = item(&xs[i], prev)
	}
	return xs
}

func (r *outlineReader) mentions() []dossier.Mention {
	return readList(r, 8, func(m *dossier.Mention, prev dossier.Span) dossier.Span {
		m.Span = r.span(prev)
		m.Text, m.Type, m.Title = r.str(), dossier.EntityType(r.str()), r.str()
		m.Chain, m.Entity = r.int(), r.str()
		if r.flag() {
			t := r.span(m.Span)
			m.Travel = &t
		}
		return m.Span
	})
}

func (r *outlineReader) timexes() []dossier.Timex {
	return readList(r, 7, func(t *dossier.Timex, prev dossier.Span) dossier.Span {
		t.Span = r.span(prev)
		t.Text, t.Type, t.Value, t.Mod = r.str(), r.str(), r.str(), r.str()
		t.Dateline = r.flag()
		return t.Span
	})
}

func (r *outlineReader) sketch() []uint64 {
	n := r.count(8)
	if n == 0 {
		return nil
	}
	hs := make([]uint64, n)
	for i := range hs {
		hs[i] = binary.LittleEndian.Uint64(r.b[r.off:])
		r.off += 8
	}
	return hs
}

func (r *outlineReader) credits() []dossier.Credit {
	return readList(r, 5, func(c *dossier.Credit, prev dossier.Span) dossier.Span {
		c.Span = r.span(prev)
		c.Phrase, c.Before = r.str(), r.flag()
		if words := r.count(1); words > 0 {
			c.Words = r.strList(words - 1)
		}
		return c.Span
	})
}
