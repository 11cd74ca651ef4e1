package crosscheck

import "slices"

// maxHeads is how many cluster heads of one block a report is compared with.
const maxHeads = 8

// dayReach is the most days apart two reports of one happening can tell of (see corpus.alike).
const dayReach = 3

// headSet holds, for one block, the cluster heads (the first maxHeads reports that joined no
// earlier head, which later reports are compared with) and, by the day it gives, every report
// that gives a day of its own, up to maxHeads a day: a report that gives none meets those of
// the days it can tell of, however many heads earlier days of a long story hold.
type headSet struct {
	heads []int
	byDay map[int64][]int
	buf   []int
}

// add makes report ri a head, while the block holds fewer than maxHeads.
func (hs *headSet) add(ri int) {
	if len(hs.heads) < maxHeads {
		hs.heads = append(hs.heads, ri)
	}
}

// dated keeps report ri, which gives a day of its own, by that day.
func (hs *headSet) dated(reps []report, ri int) {
	r := &reps[ri]
	if r.day < 0 || oneOff(r.e.Type) {
		return
	}
	if hs.byDay == nil {
		hs.byDay = map[int64][]int{}
	}
	if l := hs.byDay[r.day]; len(l) < maxHeads {
		hs.byDay[r.day] = append(l, ri)
	}
}

// near lists the reports a report that gives no day of its own is compared with: the heads, and
// the reports giving a day it can tell of (its document's, or one of the days before). The list
// is valid until the next call.
func (hs *headSet) near(r *report) []int {
	hs.buf = append(hs.buf[:0], hs.heads...)
	if r.day < 0 || oneOff(r.e.Type) {
		return hs.buf
	}
	for d := r.day - dayReach; d <= r.day; d++ {
		for _, x := range hs.byDay[d] {
			if !slices.Contains(hs.buf, x) {
				hs.buf = append(hs.buf, x)
			}
		}
	}
	return hs.buf
}

// joinBlocks joins the reports that tell one happening among those of each block (see
// blockReports), each compared with the block's heads (see headSet) in the order of the
// reports. A report that gives no day of its own is compared also with the reports of the
// days it can tell of, and joins, of those it can be one happening with, the one whose day is
// nearest its own (its document's): an undated "airstrikes killed 21" joins the dated raids
// its outlet's headline tells, not the next day's raids another outlet dates.
func (c *corpus) joinBlocks(reps []report, u unionFind, sigs attackSigs) {
	bs := blockReports(c, reps)
	var fit []int
	for bi := range bs.len() {
		var hs headSet
		byPlace := bs.place[bi]
		for _, ri32 := range bs.block(bi) {
			ri := int(ri32)
			r := &reps[ri]
			fit = fit[:0]
			if r.exact {
				hs.dated(reps, ri)
				for _, h := range hs.heads {
					if c.oneHappening(&reps[h], r, byPlace) {
						fit = append(fit, h)
					}
				}
			} else {
				fit = c.fitHeads(fit, reps, &hs, ri, byPlace)
				nearestFirst(reps, r, fit)
			}
			joined := false
			for _, h := range fit {
				if joined = c.join(u, sigs, h, ri); joined {
					break
				}
			}
			if !joined {
				hs.add(ri)
			}
		}
	}
}

// fitHeads appends to fit the reports of hs that report ri, which gives no day of its own, can
// be one happening with. One met by its day rather than as a head must not be said to be done
// by another side: a dispute over who attacked is taken up between reports that meet as heads,
// not between an undated report and any attack of its days.
func (c *corpus) fitHeads(fit []int, reps []report, hs *headSet, ri int, byPlace bool) []int {
	r := &reps[ri]
	for i, h := range hs.near(r) {
		a := &reps[h]
		if i >= len(hs.heads) && c.attacks.sidesDiffer(a.kind, a.by, r.kind, r.by) {
			continue
		}
		if c.oneHappening(a, r, byPlace) && !slices.Contains(fit, h) {
			fit = append(fit, h)
		}
	}
	return fit
}
