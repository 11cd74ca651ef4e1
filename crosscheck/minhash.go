package crosscheck

import (
	"encoding/binary"

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

// nearDuplicates finds pairs of documents whose texts are near-duplicates, by the sketches the
// per-document stage stored; a document without one (too short, or stored before sketches were
// read) has no near-duplicate. Documents meet only
// when one LSH band of their signatures is identical; within a bucket each newcomer is compared
// with the bucket's first and latest member, which is enough to join a group of copies.
func (k *Checker) nearDuplicates(c *corpus) []dupEdge {
	n := len(c.docs)
	sigs := make([]signature, n)
	has := make([]bool, n)
	for i, d := range c.docs {
		has[i] = copy(sigs[i][:], d.a.Sketch) == sigSize
	}
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
