package syntax

import "encoding/binary"

// Dense rows. Most of the adding up in scoring is done for the few features that speak for many
// classes (the bias, frequent words and tags): on EWT dev nine in ten of the parser's entries
// added belong to rows of 32 entries or more. Such a row is kept a second time in full, one lane
// per class, several lanes to a 64-bit word: each lane holds the class's weight plus a bias that
// makes it non-negative, so that adding two words adds their lanes with no carry crossing from
// one lane into the next, and one addition adds the weights of several classes. The lanes are
// summed apart from the scores and folded into them, the bias taken off, before they could
// overflow. Sums of integers do not depend on their order, so the scores are exactly those of
// the entries one by one.
type denseRows struct {
	min   int      // rows of at least min entries are dense; above 255: none is
	bits  uint     // the width of a lane: 16 or 32 bits
	bias  uint64   // added to every weight in a lane
	fold  int      // how many rows may be summed before the lanes are folded into the scores
	words int      // 64-bit words a row
	lanes []uint64 // the dense rows, words each
	at    []uint32 // each dense row's slot value in packed (start<<8 | entries)
}

// denseShare is the share of the classes from which a row's entries are kept dense as well:
// adding a dense row costs about as much as adding a sixth of its lanes one entry at a time.
const denseShare = 4

// maxAcc is the most words a row of dense lanes takes: 256 classes of 32-bit lanes.
const maxAcc = 128

// isDense reports whether the slot value v stands for a dense row.
func (d *denseRows) isDense(v uint32) bool { return int(v&0xff) >= d.min }

// row returns the lanes of dense row i.
func (d *denseRows) row(i uint32) []uint64 {
	at := int(i) * d.words
	return d.lanes[at : at+d.words]
}

// touch reads a word of every cache line of dense row i and returns them mixed (see
// Weights.score).
func (d *denseRows) touch(i uint32) (touched int16) {
	row := d.row(i)
	for j := 0; j < len(row); j += 8 {
		touched ^= int16(row[j])
	}
	return touched ^ int16(row[len(row)-1])
}

// add adds dense row i to the lanes acc.
func (d *denseRows) add(acc *[maxAcc]uint64, i uint32) {
	row := d.row(i)
	sum := acc[:len(row)]
	for j, v := range row {
		sum[j] += v
	}
}

// flush folds the lanes acc, the sums of rows rows, into the scores and empties them. The lanes
// past the last class hold the bias alone, so the scores past the last class are left as they are.
func (d *denseRows) flush(acc *[maxAcc]uint64, rows int, scores *[256]int32) {
	off := int32(d.bias) * int32(rows)
	if d.bits == 16 {
		for j, v := range acc[:d.words] {
			s := scores[4*j : 4*j+4 : 4*j+4]
			s[0] += int32(v&0xffff) - off
			s[1] += int32(v>>16&0xffff) - off
			s[2] += int32(v>>32&0xffff) - off
			s[3] += int32(v>>48) - off
		}
	} else {
		for j, v := range acc[:d.words] {
			s := scores[2*j : 2*j+2 : 2*j+2]
			s[0] += int32(v&0xffffffff) - off
			s[1] += int32(v>>32) - off
		}
	}
	clear(acc[:d.words])
}

// densify keeps the rows of m with many entries a second time as dense lanes, and points their
// slots at them.
func (m *Weights) densify() {
	d := &m.dense
	*d = denseRows{min: 256}
	top := 0
	var slots []int
	for i, s := range m.rows.slots {
		if s.key == 0 {
			continue
		}
		row, n := m.row(s.val)
		fits := true
		for k, c := range row[:n] {
			w := int(int16(binary.LittleEndian.Uint16(row[n+2*k:])))
			top = max(top, w, -w)
			fits = fits && int(c) < m.classes
		}
		if fits && n*denseShare >= m.classes {
			slots = append(slots, i)
		}
	}
	if len(slots) == 0 || m.classes > 256 {
		return
	}
	d.min = (m.classes + denseShare - 1) / denseShare
	d.bits, d.bias = 32, uint64(top)
	if 2*top <= 0xffff/8 {
		d.bits = 16
	}
	d.fold = 256 // a score adds at most 256 rows
	if top > 0 {
		d.fold = min(d.fold, int((uint64(1)<<d.bits-1)/(2*uint64(top))))
	}
	per := 64 / int(d.bits)
	d.words = (m.classes + per - 1) / per
	d.lanes = make([]uint64, d.words*len(slots))
	hugePages(d.lanes)
	d.at = make([]uint32, len(slots))
	for i, at := range slots {
		v := m.rows.slots[at].val
		d.at[i] = v
		d.fill(d.row(uint32(i)), m, v)
		m.rows.slots[at].val = uint32(i)<<8 | v&0xff
	}
}

// fill writes the lanes of the packed row with slot value v into lanes.
func (d *denseRows) fill(lanes []uint64, m *Weights, v uint32) {
	per := 64 / int(d.bits)
	for c := range len(lanes) * per {
		lanes[c/per] |= d.bias << (uint(c%per) * d.bits)
	}
	row, n := m.row(v)
	for k, c := range row[:n] {
		w := int64(int16(binary.LittleEndian.Uint16(row[n+2*k:])))
		// The lane holds bias+w, over the bias it holds already.
		lanes[int(c)/per] += uint64(w) << (uint(int(c)%per) * d.bits)
	}
}

// packedVal returns the slot value of a row in packed form, for a slot that may point at a
// dense row.
func (m *Weights) packedVal(v uint32) uint32 {
	if m.dense.isDense(v) {
		return m.dense.at[v>>8]
	}
	return v
}
