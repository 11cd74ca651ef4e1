package syntax

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"fmt"
	"maps"
	"math"
	"slices"
)

// Features are hashed: a feature is a uint32 made from its template number and its values.
const (
	hashSeed  = 0xcbf29ce484222325
	hashPrime = 0x100000001b3
)

// hstr hashes a string (FNV-1a).
func hstr(s string) uint64 {
	h := uint64(hashSeed)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= hashPrime
	}
	return h
}

// mix folds v into the hash h.
func mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	return h
}

func feat(tmpl uint64, vals ...uint64) uint32 {
	h := tmpl * 0x9e3779b97f4a7c15
	for _, v := range vals {
		h = mix(h, v)
	}
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 32
	if uint32(h) == 0 {
		return 1 // 0 marks an empty slot of the feature table
	}
	return uint32(h)
}

// table maps features to rows: open addressing with linear probing, key and value side by side
// so that a lookup touches one cache line. Features are hashes already, so a key's home slot is
// its high bits scaled to the table's length, which need not be a power of two: the table is
// sized to the features it holds, half full: fuller, the lookups of features the model does not
// have (most of them) probe longer, and tagging and parsing were measured a tenth slower at two
// thirds.
type table struct {
	slots []slot // key 0: empty
	n     int    // features held
}

type slot struct{ key, val uint32 }

// newTable returns an empty table for n features.
func newTable(n int) *table {
	slots := make([]slot, 2*n+1)
	hugePages(slots)
	return &table{slots: slots}
}

func (t *table) home(k uint32) int { return int(uint64(k) * uint64(len(t.slots)) >> 32) }

func (t *table) put(k, v uint32) {
	i := t.home(k)
	for t.slots[i].key != 0 && t.slots[i].key != k {
		if i++; i == len(t.slots) {
			i = 0
		}
	}
	if t.slots[i].key == 0 {
		t.n++
	}
	t.slots[i] = slot{k, v}
}

func (t *table) get(k uint32) (uint32, bool) {
	for i := t.home(k); ; {
		s := t.slots[i]
		if s.key == k {
			return s.val, true
		}
		if s.key == 0 {
			return 0, false
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
}

// entry is one non-zero weight of a feature: the class and its quantised weight.
type entry struct {
	class uint8
	w     int16
}

// Weights is a trained linear model over hashed features: for each feature, the weights of the
// classes it speaks for. Read-only; safe for concurrent use.
//
// The features are kept in the table only: each slot holds where the feature's entries start in
// packed (high 24 bits, counted in entries) and how many there are (low 8 bits), so scoring reads
// no other array, and the features in order (for writing and shrinking) are read back from the
// table. A row of n entries is packed in 3n bytes: the n classes, then the n weights (16 bits,
// little-endian), so that it is read from one or two cache lines. The rows with many entries
// are kept as dense lanes instead, and their slots give the dense row (see denseRows).
type Weights struct {
	classes int
	rows    *table
	packed  []byte // the rows not kept dense, one after another in ascending feature order
	dense   denseRows
}

// features returns how many features have weights.
func (m *Weights) features() int {
	if m.rows == nil {
		return 0
	}
	return m.rows.n
}

// row returns the bytes of the row that slot value v points to and its number of entries.
func (m *Weights) row(v uint32) ([]byte, int) {
	at, n := 3*int(v>>8), int(v&0xff)
	return m.packed[at : at+3*n], n
}

// each calls f with every feature and its entries, in ascending feature order.
func (m *Weights) each(f func(k uint32, es []entry)) {
	if m.rows == nil {
		return
	}
	held := make([]slot, 0, m.rows.n)
	for _, s := range m.rows.slots {
		if s.key != 0 {
			held = append(held, s)
		}
	}
	slices.SortFunc(held, func(a, b slot) int { return cmp.Compare(a.key, b.key) })
	var es []entry
	for _, s := range held {
		es = es[:0]
		if m.dense.isDense(s.val) {
			es = m.dense.entries(es, s.val>>8)
		} else {
			row, n := m.row(s.val)
			for i, c := range row[:n] {
				es = append(es, entry{class: c, w: int16(binary.LittleEndian.Uint16(row[n+2*i:]))})
			}
		}
		f(s.key, es)
	}
}

// builder gathers rows in ascending feature order and makes Weights of them.
type builder struct {
	keys   []uint32
	start  []uint32 // counted in entries
	packed []byte
}

func (b *builder) add(k uint32, es []entry) {
	if b.start == nil {
		b.start = []uint32{0}
	}
	b.keys = append(b.keys, k)
	for _, e := range es {
		b.packed = append(b.packed, e.class)
	}
	for _, e := range es {
		b.packed = binary.LittleEndian.AppendUint16(b.packed, uint16(e.w))
	}
	b.start = append(b.start, uint32(len(b.packed)/3))
}

// entries returns how many entries b holds.
func (b *builder) entries() int { return len(b.packed) / 3 }

// row returns the bytes of row r and its number of entries.
func (b *builder) row(r int) ([]byte, int) {
	return b.packed[3*b.start[r] : 3*b.start[r+1]], int(b.start[r+1] - b.start[r])
}

// weights returns the rows gathered as Weights: the table built, the rows with many entries as
// dense lanes (see denseRows) and the others in an array of their own size.
func (b *builder) weights(classes int) *Weights {
	m := &Weights{classes: classes, rows: newTable(len(b.keys))}
	dense, entries := m.dense.plan(b, classes)
	m.packed = make([]byte, 3*entries)
	hugePages(m.packed)
	at, next := 0, uint32(0)
	for r, k := range b.keys {
		row, n := b.row(r)
		if dense != nil && dense[r] {
			m.dense.fill(m.dense.row(next), row, n)
			m.rows.put(k, next<<8|uint32(n))
			next++
			continue
		}
		copy(m.packed[3*at:], row)
		m.rows.put(k, uint32(at)<<8|uint32(n))
		at += n
	}
	settleHuge(m.rows.slots)
	settleHuge(m.packed)
	settleHuge(m.dense.lanes)
	return m
}

// score adds the weights of feats to scores (one per class, zeroed by the caller). A class is a
// byte, so scores has room for every class and needs no bounds checks.
//
// The model is far larger than the processor's caches and scoring waits on memory, so the reads
// are made to overlap: the home slot of every feature in the table is read first, in a loop that
// depends on nothing (its result, returned, only keeps the reads from being dropped), so that the
// lookups after it, whose probing branches on what they read, find their slots in the cache
// (measured on a loaded machine only, where it seemed a few percent faster); then the rows are
// found, all of them; then the first and last byte of each packed row and a word of each cache
// line of each dense row are read in the same way, and only then are the entries added up, from
// the cache. That step alone makes scoring about a fifth faster. Dense rows are added a word of
// lanes at a time, after the others, and folded into the scores at the end (see denseRows).
//
//go:noinline
func (m *Weights) score(feats []uint32, scores *[256]int32) (touched int16) {
	var rows [256]uint32
	n := 0
	for _, f := range feats {
		touched ^= int16(m.rows.slots[m.rows.home(f)].key)
	}
	for _, f := range feats {
		if r, ok := m.rows.get(f); ok && n < len(rows) && r&0xff > 0 {
			rows[n] = r
			n++
		}
	}
	d := &m.dense
	var dense [256]uint32
	nd := 0
	for _, r := range rows[:n] {
		if d.isDense(r) {
			touched ^= d.touch(r >> 8)
			dense[nd] = r >> 8
			nd++
			continue
		}
		row, _ := m.row(r)
		touched ^= int16(row[0]) ^ int16(row[len(row)-1])
	}
	for _, r := range rows[:n] {
		if d.isDense(r) {
			continue
		}
		row, c := m.row(r)
		cls, ws := row[:c], row[c:]
		for i, k := range cls {
			scores[k] += int32(int16(uint16(ws[2*i]) | uint16(ws[2*i+1])<<8))
		}
	}
	if nd > 0 {
		d.addRows(dense[:nd], scores)
	}
	return touched
}

// param is one weight under training, with what averaging needs.
type param struct {
	class int32
	w     int32
	total int64 // sum of w over the updates seen so far, up to ts
	ts    int64
}

// trainer is an averaged perceptron (Collins 2002; lazy averaging).
type trainer struct {
	classes int
	index   map[uint32]int32
	rows    [][]param
	now     int64
}

func newTrainer(classes int) *trainer {
	return &trainer{classes: classes, index: map[uint32]int32{}}
}

func (t *trainer) score(feats []uint32, scores []float64) {
	clear(scores)
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for _, p := range t.rows[r] {
			scores[p.class] += float64(p.w)
		}
	}
}

// tick counts one training instance, for averaging.
func (t *trainer) tick() { t.now++ }

// update moves weight from the guessed class to the gold one on every feature.
func (t *trainer) update(feats []uint32, gold, guess int) {
	if gold == guess {
		return
	}
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.rows))
			t.index[f] = r
			t.rows = append(t.rows, nil)
		}
		t.add(r, gold, 1)
		t.add(r, guess, -1)
	}
}

func (t *trainer) add(r int32, class int, d int32) {
	row := t.rows[r]
	for i := range row {
		if row[i].class == int32(class) {
			p := &row[i]
			p.total += int64(p.w) * (t.now - p.ts)
			p.ts = t.now
			p.w += d
			return
		}
	}
	t.rows[r] = append(row, param{class: int32(class), w: d, ts: t.now})
}

// average returns the averaged weights, quantised to 16 bits; weights whose quantised magnitude
// is below minQ are dropped.
func (t *trainer) average(minQ int) *Weights {
	maxAbs := 0.0
	avg := func(p param) float64 {
		return float64(p.total+int64(p.w)*(t.now-p.ts)) / float64(max(t.now, 1))
	}
	for _, row := range t.rows {
		for _, p := range row {
			maxAbs = max(maxAbs, math.Abs(avg(p)))
		}
	}
	scale := 32000 / max(maxAbs, 1e-9)
	keys := make([]uint32, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b builder
	for _, k := range keys {
		var es []entry
		for _, p := range t.rows[t.index[k]] {
			q := int(math.Round(avg(p) * scale))
			if q >= minQ || -q >= minQ {
				es = append(es, entry{class: uint8(p.class), w: int16(q)})
			}
		}
		if len(es) == 0 {
			continue
		}
		slices.SortFunc(es, func(a, b entry) int { return int(a.class) - int(b.class) })
		b.add(k, es)
	}
	return b.weights(t.classes)
}

// shrink drops the features whose largest weight is below minRow, divides every weight by div,
// rounding, and drops the weights that become smaller than minQ in magnitude and the features
// left without weights: a smaller model at some cost in
// accuracy, measured on dev before it is shipped.
func (m *Weights) shrink(div, minQ, minRow int) {
	var b builder
	var es []entry
	m.each(func(k uint32, row []entry) {
		top := 0
		for _, e := range row {
			top = max(top, int(e.w), -int(e.w))
		}
		if top < minRow {
			return
		}
		es = es[:0]
		for _, e := range row {
			q := int(math.Round(float64(e.w) / float64(div)))
			if q >= minQ || -q >= minQ {
				es = append(es, entry{class: e.class, w: int16(q)})
			}
		}
		if len(es) > 0 {
			b.add(k, es)
		}
	})
	*m = *b.weights(m.classes)
}

// Shrink makes the model smaller: see Weights.shrink. The tagger's weights are left whole.
func (m *Model) Shrink(div, minQ, minRow int) {
	m.Parser.w.shrink(div, minQ, minRow)
}

// ShrinkTagger drops the features of both tagger passes whose largest weight is below minRow,
// leaving the other weights as they are.
func (m *Model) ShrinkTagger(minRow int) {
	m.Tagger.w.shrink(1, 1, minRow)
	if m.Tagger.second != nil {
		m.Tagger.second.shrink(1, 1, minRow)
	}
}

// write stores m compactly: features in ascending order as deltas, then each row's entries.
func (m *Weights) write(w *bufio.Writer) error {
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) {
		n := binary.PutUvarint(buf[:], v)
		w.Write(buf[:n])
	}
	put(uint64(m.classes))
	put(uint64(m.features()))
	prev := uint32(0)
	m.each(func(k uint32, _ []entry) {
		put(uint64(k - prev))
		prev = k
	})
	m.each(func(_ uint32, es []entry) {
		put(uint64(len(es)))
		for _, e := range es {
			w.WriteByte(e.class)
			n := binary.PutVarint(buf[:], int64(e.w))
			w.Write(buf[:n])
		}
	})
	return w.Flush()
}

func readWeights(r *bufio.Reader) (*Weights, error) {
	get := func() (uint64, error) { return binary.ReadUvarint(r) }
	classes, err := get()
	if err != nil {
		return nil, err
	}
	n, err := get()
	if err != nil {
		return nil, err
	}
	if n > 1<<28 || classes > 256 {
		return nil, fmt.Errorf("weights: %d features of %d classes: corrupt header", n, classes)
	}
	keys := make([]uint32, n)
	prev := uint32(0)
	for i := range keys {
		d, err := get()
		if err != nil {
			return nil, err
		}
		prev += uint32(d)
		keys[i] = prev
	}
	b := builder{keys: make([]uint32, 0, n), start: make([]uint32, 1, n+1)}
	var es []entry
	for _, k := range keys {
		if es, err = readRow(r, es[:0], b.entries()); err != nil {
			return nil, err
		}
		b.add(k, es)
	}
	return b.weights(int(classes)), nil
}

// readRow reads one row's entries, appending them to es; at is how many entries came before.
func readRow(r *bufio.Reader, es []entry, at int) ([]entry, error) {
	cnt, err := binary.ReadUvarint(r)
	if err != nil {
		return nil, err
	}
	if cnt > 255 || at+int(cnt) >= 1<<24 {
		return nil, fmt.Errorf("weights: row of %d entries at %d: corrupt or too large", cnt, at)
	}
	for range cnt {
		c, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		v, err := binary.ReadVarint(r)
		if err != nil {
			return nil, err
		}
		es = append(es, entry{class: c, w: int16(v)})
	}
	return es, nil
}

// averageWeights returns the weights of ws averaged feature by feature, a weight missing from one
// model counting as zero, rounded half away from zero; weights that round to zero are dropped.
// For linear models of the same classes this scores as the models' scores summed (at 1/len(ws)
// of the scale), so parsers trained from different seeds read as one ensemble at about one
// model's cost in scoring.
func averageWeights(ws ...*Weights) *Weights {
	type row struct {
		k  uint32
		es []entry
	}
	classes := 0
	var rows []row
	for _, w := range ws {
		classes = max(classes, w.classes)
		w.each(func(k uint32, es []entry) { rows = append(rows, row{k, slices.Clone(es)}) })
	}
	// Stable, so that equal features stay together in one run whatever their model.
	slices.SortStableFunc(rows, func(a, b row) int { return cmp.Compare(a.k, b.k) })
	var b builder
	var sums [256]int32
	var es []entry
	for i := 0; i < len(rows); {
		k := rows[i].k
		clear(sums[:])
		for ; i < len(rows) && rows[i].k == k; i++ {
			for _, e := range rows[i].es {
				sums[e.class] += int32(e.w)
			}
		}
		es = es[:0]
		for cl, s := range sums[:classes] {
			if q := divRound(s, int32(len(ws))); q != 0 {
				es = append(es, entry{class: uint8(cl), w: int16(q)})
			}
		}
		if len(es) > 0 {
			b.add(k, es)
		}
	}
	return b.weights(classes)
}

// divRound divides s by n > 0, rounding half away from zero.
func divRound(s, n int32) int32 {
	if s < 0 {
		return -((-s + n/2) / n)
	}
	return (s + n/2) / n
}

// AverageParser sets m's parser to the average of its weights and those of the parsers of
// others (see averageWeights): they must have been trained on the same dependency labels.
func (m *Model) AverageParser(others ...*Model) error {
	ws := []*Weights{m.Parser.w}
	for _, o := range others {
		if !slices.Equal(m.Parser.labels, o.Parser.labels) || m.Parser.root != o.Parser.root {
			return fmt.Errorf("average parsers: the labels differ (%d and %d)", len(m.Parser.labels), len(o.Parser.labels))
		}
		ws = append(ws, o.Parser.w)
	}
	m.Parser.w = averageWeights(ws...)
	return nil
}

// AverageTagger sets m's tagger weights (both passes) to the average of its own and those of the
// taggers of others (see averageWeights): taggers trained from other seeds on the same
// treebanks, so with the same tags, word lists and options. The margin from which the second
// pass trusts the first is left as it was: set it again (Model.TrustFirstPass), since the
// averaged weights score on their own scale.
func (m *Model) AverageTagger(others ...*Model) error {
	tg := m.Tagger
	first, second := []*Weights{tg.w}, []*Weights{tg.second}
	for _, o := range others {
		ot := o.Tagger
		if !slices.Equal(tg.tags, ot.tags) || !maps.Equal(tg.dict, ot.dict) || !maps.Equal(tg.amb, ot.amb) ||
			tg.casing != ot.casing || (tg.second == nil) != (ot.second == nil) {
			return fmt.Errorf("average taggers: trained differently (%d and %d tags)", len(tg.tags), len(ot.tags))
		}
		first, second = append(first, ot.w), append(second, ot.second)
	}
	tg.w = averageWeights(first...)
	if tg.second != nil {
		tg.second = averageWeights(second...)
	}
	return nil
}
