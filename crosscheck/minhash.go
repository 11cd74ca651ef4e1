package crosscheck

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"

	"github.com/zeebo/xxh3"
)

const (
	sigSize  = 64 // MinHash values per document
	bands    = 16 // LSH bands of sigSize/bands rows: pairs above ~0.5 resemblance meet in a band
	rows     = sigSize / bands
	shingleK = 4 // words per shingle
	minWords = 12
)

// signature is a document's MinHash signature.
type signature [sigSize]uint64

// mix64 is a strong 64-bit finaliser (splitmix64): one shingle hash gives sigSize independent
// values by mixing it with sigSize seeds.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

var seedBase = [2]uint64{0x9e3779b97f4a7c15, 0x632be59bd9b4e019}

// wordHashes hashes the lower-cased words of text.
func wordHashes(text string, buf []byte) []uint64 {
	var out []uint64
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		buf = buf[:0]
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			i += n
		}
		out = append(out, xxh3.Hash(buf))
	}
	return out
}

// minhash computes the signature of text; ok is false when the text is too short to compare.
func minhash(text string) (sig signature, ok bool) {
	words := wordHashes(text, make([]byte, 0, 32))
	if len(words) < minWords {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	var seeds [sigSize]uint64
	for i := range seeds {
		seeds[i] = mix64(seedBase[0] + uint64(i)*seedBase[1])
	}
	for i := 0; i+shingleK <= len(words); i++ {
		h := words[i]
		for j := 1; j < shingleK; j++ {
			h = mix64(h*31 + words[i+j])
		}
		for s := range sig {
			if v := mix64(h ^ seeds[s]); v < sig[s] {
				sig[s] = v
			}
		}
	}
	return sig, true
}

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

// nearDuplicates finds pairs of documents whose texts are near-duplicates. Documents meet only
// when one LSH band of their signatures is identical; within a bucket each newcomer is compared
// with the bucket's first and latest member, which is enough to join a group of copies.
func (k *Checker) nearDuplicates(c *corpus) []dupEdge {
	n := len(c.docs)
	sigs := make([]signature, n)
	has := make([]bool, n)
	for i, d := range c.docs {
		sigs[i], has[i] = minhash(d.a.Doc.Text)
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
