package crosscheck

import (
	"encoding/binary"
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
	type bucket struct{ first, last int }
	buckets := make(map[uint64]*bucket, n*bands)
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
		for band := 0; band < bands; band++ {
			key := bandKey(&sigs[i], band)
			bk := buckets[key]
			if bk == nil {
				buckets[key] = &bucket{i, i}
				continue
			}
			try(bk.first, i)
			try(bk.last, i)
			bk.last = i
		}
	}
	return out
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
func (k *Checker) copies(c *corpus) []dupEdge {
	n := len(c.docs)
	sigs, has := signatures(c)
	type slotValue struct {
		slot int
		v    uint64
	}
	holders := map[slotValue][]int{}
	for i := 0; i < n; i++ {
		if has[i] {
			for s, v := range sigs[i] {
				holders[slotValue{s, v}] = append(holders[slotValue{s, v}], i)
			}
		}
	}
	shared := map[[2]int]int{}
	for _, docs := range holders {
		if len(docs) < 2 || len(docs) > copyBucketMax {
			continue
		}
		for x, a := range docs {
			for _, b := range docs[x+1:] {
				if c.docs[a].pub == "" || c.docs[a].pub != c.docs[b].pub {
					shared[[2]int{a, b}]++
				}
			}
		}
	}
	var out []dupEdge
	for p, nShared := range shared {
		if nShared < copyShared {
			continue
		}
		a, b := &sigs[p[0]], &sigs[p[1]]
		if s := containment(a, b); s >= copyMin && s*min(shingles(a), shingles(b)) >= copyShingles {
			out = append(out, dupEdge{p[0], p[1], s})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].a != out[j].a {
			return out[i].a < out[j].a
		}
		return out[i].b < out[j].b
	})
	return out
}
