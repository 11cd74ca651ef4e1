package syntax

import "encoding/binary"

// Dense rows. Most of the adding up in scoring is done for the few features that speak for many
// classes (the bias, frequent words and tags): on EWT dev nine in ten of the parser's entries
// added belong to rows of 32 entries or more. Such a row is kept in full instead, one lane per
// class, several lanes to a 64-bit word: each lane holds the class's weight plus a bias that
// makes it non-negative, so that adding two words adds their lanes with no carry crossing from
// one lane into the next, and one addition adds the weights of several classes. The lanes are
// summed apart from the scores and folded into them, the bias taken off, before they could
// overflow. Sums of integers do not depend on their order, so the scores are exactly those of
// the entries one by one.
type denseRows struct {
	min int // rows of at least min entries are dense, their slots pointing at the row; above 255: none

	bits  uint     // the width of a lane: 16 or 32 bits
	bias  uint64   // added to every weight in a lane
	fold  int      // how many rows may be summed before the lanes are folded into the scores
	words int      // 64-bit words a row
	lanes []uint64 // the dense rows, words each
}

// denseShare: a row with entries for 1/denseShare of the classes or more is kept dense. Measured
// with the shipped model: from a third, tagging and parsing are about 1.5 times as fast and the
// loaded model holds 38.6 MiB (37.7 with no dense rows); from a quarter, no faster and 40.0 MiB;
// from half, slower by about a tenth.
const denseShare = 3

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

// addRows adds the dense rows ids to scores. The rows are summed in lanes, four at a time where
// the lanes have room for four more rows: each word of the lanes is then read and written once
// for four rows instead of once a row, and the adding was measured about twice as fast. The
// lanes are folded into the scores before they could overflow.
func (d *denseRows) addRows(ids []uint32, scores *[256]int32) {
	var acc [maxAcc]uint64
	sum := acc[:d.words]
	summed := 0
	for len(ids) > 0 {
		if len(ids) >= 4 && d.fold-summed >= 4 {
			r0, r1 := d.row(ids[0])[:len(sum)], d.row(ids[1])[:len(sum)]
			r2, r3 := d.row(ids[2])[:len(sum)], d.row(ids[3])[:len(sum)]
			for j := range sum {
				sum[j] += r0[j] + r1[j] + r2[j] + r3[j]
			}
			summed, ids = summed+4, ids[4:]
		} else {
			r0 := d.row(ids[0])[:len(sum)]
			for j := range sum {
				sum[j] += r0[j]
			}
			summed, ids = summed+1, ids[1:]
		}
		if summed == d.fold {
			d.flush(&acc, summed, scores)
			summed = 0
		}
	}
	if summed > 0 {
		d.flush(&acc, summed, scores)
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

// plan chooses the rows of b kept dense, sets the lanes for them and makes room for them; it
// returns which rows are dense (nil: none) and how many entries the other rows hold. A row is
// dense when it has entries for 1/denseShare of the classes or more; it must then be one that
// its lanes give back exactly (entries in ascending class order, none of weight 0), or no row
// is kept dense.
func (d *denseRows) plan(b *builder, classes int) (dense []bool, sparse int) {
	*d = denseRows{min: 256}
	if classes > 256 || classes == 0 {
		return nil, b.entries()
	}
	least := (classes + denseShare - 1) / denseShare
	dense = make([]bool, len(b.keys))
	top, rows, sparse := 0, 0, b.entries()
	for r := range b.keys {
		row, n := b.row(r)
		if n < least {
			continue
		}
		for k, c := range row[:n] {
			w := int(int16(binary.LittleEndian.Uint16(row[n+2*k:])))
			if int(c) >= classes || w == 0 || k > 0 && c <= row[k-1] {
				return nil, b.entries()
			}
			top = max(top, w, -w)
		}
		dense[r] = true
		rows++
		sparse -= n
	}
	if rows == 0 {
		return nil, sparse
	}
	d.min = least
	d.setLanes(top, classes)
	d.lanes = make([]uint64, d.words*rows)
	hugePages(d.lanes)
	return dense, sparse
}

// setLanes chooses the lanes for weights of magnitude top at most and classes classes: 16 bits
// when at least eight rows can be summed in them, else 32.
func (d *denseRows) setLanes(top, classes int) {
	d.bits, d.bias = 32, uint64(top)
	if 2*top <= 0xffff/8 {
		d.bits = 16
	}
	d.fold = 256 // a score adds at most 256 rows
	if top > 0 {
		d.fold = min(d.fold, int((uint64(1)<<d.bits-1)/(2*uint64(top))))
	}
	per := 64 / int(d.bits)
	d.words = (classes + per - 1) / per
}

// fill writes into lanes the packed row of n entries.
func (d *denseRows) fill(lanes []uint64, row []byte, n int) {
	per := 64 / int(d.bits)
	for c := range len(lanes) * per {
		lanes[c/per] |= d.bias << (uint(c%per) * d.bits)
	}
	for k, c := range row[:n] {
		w := int64(int16(binary.LittleEndian.Uint16(row[n+2*k:])))
		// The lane holds bias+w, over the bias it holds already.
		lanes[int(c)/per] += uint64(w) << (uint(int(c)%per) * d.bits)
	}
}

// entries appends the entries of dense row i to es, in ascending class order.
func (d *denseRows) entries(es []entry, i uint32) []entry {
	per := 64 / int(d.bits)
	mask := uint64(1)<<d.bits - 1
	for c, lanes := 0, d.row(i); c < len(lanes)*per; c++ {
		if w := int64(lanes[c/per]>>(uint(c%per)*d.bits)&mask) - int64(d.bias); w != 0 {
			es = append(es, entry{class: uint8(c), w: int16(w)})
		}
	}
	return es
}
