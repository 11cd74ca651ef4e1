package crosscheck

import (
	"cmp"
	"encoding/binary"
	"slices"
	"sort"

	"github.com/dossier-project/dossier"
	"github.com/zeebo/xxh3"
)

const (
	sigSize = dossier.SketchSize // MinHash values per document
	bands   = 16                 // LSH bands of sigSize/bands rows: pairs above ~0.5 resemblance meet in a band
	rows    = sigSize / bands
)

// signature is a document's MinHash signature, as the claim stage stored it.
type signature [sigSize]uint64

// resemblance estimates the Jaccard resemblance of two shingle sets from their signatures.
func resemblance(a, b *signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / sigSize
}

func bandKey(sig *signature, band int) uint64 {
	var b [rows*8 + 1]byte
	for r := 0; r < rows; r++ {
		binary.LittleEndian.PutUint64(b[r*8:], sig[band*rows+r])
	}
	b[rows*8] = byte(band)
	return xxh3.Hash(b[:])
}

// dupEdge says that doc b repeats doc a (a < b in document order).
type dupEdge struct {
	a, b int
	sim  float64
}

// signatures are the documents' stored sketches; has tells which documents have one.
func signatures(c *corpus) (sigs []signature, has []bool) {
	sigs = make([]signature, len(c.docs))
	has = make([]bool, len(c.docs))
	for i, d := range c.docs {
		has[i] = copy(sigs[i][:], d.a.Sketch) == sigSize
	}
	return sigs, has
}

// nearDuplicates finds pairs of documents whose texts are near-duplicates, by the sketches the
// per-document stage stored; a document without one (too short, or stored before sketches were
// read) has no near-duplicate. Documents meet only
// when one LSH band of their signatures is identical; within a bucket each newcomer is compared
// with the bucket's first and latest member, which is enough to join a group of copies.
func (k *Checker) nearDuplicates(c *corpus) []dupEdge {
	n := len(c.docs)
	sigs, has := signatures(c)
	met := bandMeetings(sigs, has)
	seen := map[[2]int]bool{}
	var out []dupEdge
	try := func(a, b int) {
		if a == b || seen[[2]int{a, b}] {
			return
		}
		seen[[2]int{a, b}] = true
		if s := resemblance(&sigs[a], &sigs[b]); s >= k.dupMin {
			out = append(out, dupEdge{a, b, s})
		}
	}
	for i := 0; i < n; i++ {
		if !has[i] {
			continue
		}
		for band := range met {
			if m := met[band][i]; m.first >= 0 {
				try(int(m.first), i)
				try(int(m.last), i)
			}
		}
	}
	return out
}

// bucketMeeting is whom a document meets in the bucket of one band: the bucket's first member
// and its latest before the document, or first -1 when the document opens the bucket.
type bucketMeeting struct{ first, last int32 }

// bandMeetings finds, for each band and document (of those has marks), whom it meets in its
// bucket, by sorting the documents on their band keys: a table of a few bytes per document and
// band instead of a map from every bucket.
func bandMeetings(sigs []signature, has []bool) [bands][]bucketMeeting {
	type keyed struct {
		key uint64
		doc int32
	}
	var met [bands][]bucketMeeting
	byKey := make([]keyed, 0, len(sigs))
	for band := range met {
		byKey = byKey[:0]
		for i := range sigs {
			if has[i] {
				byKey = append(byKey, keyed{bandKey(&sigs[i], band), int32(i)})
			}
		}
		slices.SortFunc(byKey, func(x, y keyed) int {
			if c := cmp.Compare(x.key, y.key); c != 0 {
				return c
			}
			return cmp.Compare(x.doc, y.doc)
		})
		m := make([]bucketMeeting, len(sigs))
		for j, kd := range byKey {
			m[kd.doc] = bucketMeeting{-1, -1}
			if j > 0 && byKey[j-1].key == kd.key {
				m[kd.doc] = bucketMeeting{m[byKey[j-1].doc].first, byKey[j-1].doc}
				if m[kd.doc].first < 0 {
					m[kd.doc].first = byKey[j-1].doc
				}
			}
		}
		met[band] = m
	}
	return met
}

const (
	copyMin       = 0.5 // estimated share of the shorter text's shingles the longer one holds
	copyShingles  = 40  // estimated shingles the two must share: a passage, not a phrase
	copyShared    = 6   // sketch values two texts must share before they are compared
	copyBucketMax = 40  // texts sharing one sketch value beyond which the value is boilerplate
)

// shingles estimates how many distinct shingles a signature was made from: each value is the
// least of that many uniform draws, so the values' mean share of the hash range is about
// 1/(n+1).
func shingles(a *signature) float64 {
	sum := 0.0
	for _, v := range a {
		sum += float64(v) / (1 << 64)
	}
	if sum == 0 {
		return 0
	}
	return float64(sigSize-1) / sum
}

// containment estimates the share of the smaller of two shingle sets that the other holds, from
// their signatures: a value both signatures hold is a shingle of both, and one signature's value
// at or below the other's is one of its own shingles as the least of the union, so their ratio
// estimates |A∩B|/|A| (and likewise for B).
func containment(a, b *signature) float64 {
	same, aLow, bLow := 0, 0, 0
	for i := range a {
		switch {
		case a[i] == b[i]:
			same++
			aLow++
			bLow++
		case a[i] < b[i]:
			aLow++
		default:
			bLow++
		}
	}
	low := min(aLow, bLow)
	if low == 0 {
		return 0
	}
	return float64(same) / float64(low)
}

// copies finds pairs of documents of different publishers where most of the shorter text is in
// the longer one: a wire story one outlet runs whole inside its own framing, which another runs
// nearly alone ("Suicide bomber kills 4" with a page's own lead and links around it). Their
// resemblance falls short of a near-duplicate's, yet neither is an independent report. Texts
// meet when their sketches share values: each value is a shingle both hold, and a value held by
// many texts is a site's boilerplate, not a copy. Short texts that share a phrase ("in the
// bombing of the market") are not copies: the shared part must be a passage.
//
// The texts that hold each value are found slot by slot in sorted lists, and each text counts
// the values it shares with the later ones in a table of one cell per text, so that what the
// search holds grows with the number of texts, not with the pairs that share a value.
func (k *Checker) copies(c *corpus) []dupEdge {
	sigs, has := signatures(c)
	holders := sharedValues(sigs, has)
	shared := make([]int32, len(c.docs))
	var touched []int
	var out []dupEdge
	for a := range c.docs {
		if !has[a] {
			continue
		}
		touched = touched[:0]
		for s := range sigs[a] {
			for _, b := range holders.of(sigs, s, a) {
				if int(b) <= a || c.docs[a].pub != "" && c.docs[a].pub == c.docs[b].pub {
					continue
				}
				if shared[b] == 0 {
					touched = append(touched, int(b))
				}
				shared[b]++
			}
		}
		slices.Sort(touched)
		for _, b := range touched {
			n := shared[b]
			shared[b] = 0
			if n < copyShared {
				continue
			}
			x, y := &sigs[a], &sigs[b]
			if s := containment(x, y); s >= copyMin && s*min(shingles(x), shingles(y)) >= copyShingles {
				out = append(out, dupEdge{a, b, s})
			}
		}
	}
	return out
}

// slotHolders lists, for each sketch slot, the texts whose value in that slot some other text
// holds too, and no more than copyBucketMax texts in all: in order of value, then of text.
type slotHolders [sigSize][]int32

// sharedValues indexes the values of sigs (those has marks) that two to copyBucketMax texts hold.
func sharedValues(sigs []signature, has []bool) *slotHolders {
	h := &slotHolders{}
	all := make([]int32, 0, len(sigs))
	for s := range h {
		all = all[:0]
		for i := range sigs {
			if has[i] {
				all = append(all, int32(i))
			}
		}
		slices.SortFunc(all, func(x, y int32) int {
			if c := cmp.Compare(sigs[x][s], sigs[y][s]); c != 0 {
				return c
			}
			return cmp.Compare(x, y)
		})
		var kept []int32
		for lo := 0; lo < len(all); {
			hi := lo + 1
			for hi < len(all) && sigs[all[hi]][s] == sigs[all[lo]][s] {
				hi++
			}
			if n := hi - lo; n >= 2 && n <= copyBucketMax {
				kept = append(kept, all[lo:hi]...)
			}
			lo = hi
		}
		h[s] = slices.Clip(kept)
	}
	return h
}

// of returns the texts that hold text a's value in slot s, a among them, or none when that
// value is not shared or too common.
func (h *slotHolders) of(sigs []signature, s, a int) []int32 {
	list := h[s]
	v := sigs[a][s]
	lo := sort.Search(len(list), func(i int) bool { return sigs[list[i]][s] >= v })
	hi := lo
	for hi < len(list) && sigs[list[hi]][s] == v {
		hi++
	}
	return list[lo:hi]
}
