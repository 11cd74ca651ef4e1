package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"math/rand"
	"sort"
	"strings"
	"unicode"
)

// Clusters gives lower-case words (digits read as 0) a path in a binary tree of word clusters:
// words that occur between the same neighbours share long prefixes of their paths ("0110…").
// The recogniser reads prefixes of several lengths as features, which lets the few names it was
// trained on speak for the many words seen only in unlabelled text.
type Clusters map[string]string

// ClusterOptions set the reproducible parts of BuildClusters.
type ClusterOptions struct {
	MinCount int   // words seen fewer times get no cluster
	Contexts int   // the commonest words that serve as contexts
	Depth    int   // the longest path
	Seed     int64 // seeds the split of each node
}

// clusterWord is how Clusters and BuildClusters read a word.
func clusterWord(w string) string {
	w = strings.ToLower(w)
	if !strings.ContainsFunc(w, unicode.IsDigit) {
		return w
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, w)
}

// path returns the cluster path of w, or "" for a word without one.
func (c Clusters) path(w string) string { return c[clusterWord(w)] }

// sparse is a word's context vector: sorted dimensions and their values.
type sparse struct {
	dims []int32
	vals []float32
}

// BuildClusters clusters the words of unlabelled sentences by their neighbours. Each word is a
// vector of positive pointwise mutual information with the words one and two places to its left
// and right; the set of words is split in two by spherical k-means, and each half again, down to
// opt.Depth levels or single words. A word's path records the halves it fell in.
func BuildClusters(sents [][]string, opt ClusterOptions) Clusters {
	count := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			count[clusterWord(w)]++
		}
	}
	words := make([]string, 0, len(count))
	for w, n := range count {
		if n >= opt.MinCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	vecs := contextVectors(sents, words, opt.Contexts)
	paths := make([]string, len(words))
	all := make([]int, len(words))
	for i := range all {
		all[i] = i
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	bisect(vecs, all, "", opt.Depth, rng, paths)
	out := make(Clusters, len(words))
	for i, w := range words {
		out[w] = paths[i]
	}
	return out
}

// contextVectors returns the normalised PPMI vectors of words (in that order) over the contexts
// of the commonest nc words at offsets -2, -1, +1, +2 (the sentence's edges count as a word).
func contextVectors(sents [][]string, words []string, nc int) []sparse {
	index := make(map[string]int, len(words))
	for i, w := range words {
		index[w] = i
	}
	nc = min(nc, len(words))
	edge := nc // the context id of a sentence edge
	ctx := func(s []string, j int) int {
		if j < 0 || j >= len(s) {
			return edge
		}
		if k, ok := index[clusterWord(s[j])]; ok && k < nc {
			return k
		}
		return -1
	}
	width := nc + 1
	counts := make([]map[int32]float64, len(words))
	colSum := make([]float64, 4*width)
	total := 0.0
	for _, s := range sents {
		for i, w := range s {
			k, ok := index[clusterWord(w)]
			if !ok {
				continue
			}
			if counts[k] == nil {
				counts[k] = map[int32]float64{}
			}
			for o, off := range [4]int{-2, -1, 1, 2} {
				c := ctx(s, i+off)
				if c < 0 {
					continue
				}
				weight := 1.0
				if off == -2 || off == 2 {
					weight = 0.5
				}
				d := int32(o*width + c)
				counts[k][d] += weight
				colSum[d] += weight
				total += weight
			}
		}
	}
	out := make([]sparse, len(words))
	for k, row := range counts {
		rowSum := 0.0
		for _, v := range row {
			rowSum += v
		}
		dims := make([]int32, 0, len(row))
		for d := range row {
			dims = append(dims, d)
		}
		sort.Slice(dims, func(i, j int) bool { return dims[i] < dims[j] })
		var v sparse
		norm := 0.0
		for _, d := range dims {
			pmi := math.Log(row[d] * total / (rowSum * math.Pow(colSum[d], 0.75) * math.Pow(total, 0.25)))
			if pmi <= 0 {
				continue
			}
			v.dims = append(v.dims, d)
			v.vals = append(v.vals, float32(pmi))
			norm += pmi * pmi
		}
		norm = math.Sqrt(norm)
		for i := range v.vals {
			v.vals[i] /= float32(norm)
		}
		out[k] = v
	}
	return out
}

// bisect splits the words of members in two (spherical k-means, k = 2), writes each one's side
// into its path and recurses into both halves.
func bisect(vecs []sparse, members []int, path string, depth int, rng *rand.Rand, paths []string) {
	for _, m := range members {
		paths[m] = path
	}
	if len(path) >= depth || len(members) < 2 {
		return
	}
	side := split2(vecs, members, rng)
	var left, right []int
	for i, m := range members {
		if side[i] == 0 {
			left = append(left, m)
		} else {
			right = append(right, m)
		}
	}
	if len(left) == 0 || len(right) == 0 {
		return
	}
	bisect(vecs, left, path+"0", depth, rng, paths)
	bisect(vecs, right, path+"1", depth, rng, paths)
}

// split2 assigns members to two centroids, seeded by two members drawn at random, over a few
// rounds of spherical k-means. Centroids are weighted by nothing but membership, so frequent and
// rare words count alike.
func split2(vecs []sparse, members []int, rng *rand.Rand) []int {
	// The members' dimensions, renumbered densely: deep nodes have few.
	local := map[int32]int32{}
	for _, m := range members {
		for _, d := range vecs[m].dims {
			if _, ok := local[d]; !ok {
				local[d] = int32(len(local))
			}
		}
	}
	loc := make([][]int32, len(members))
	for i, m := range members {
		loc[i] = make([]int32, len(vecs[m].dims))
		for j, d := range vecs[m].dims {
			loc[i][j] = local[d]
		}
	}
	dim := len(local)
	cent := [2][]float64{make([]float64, dim), make([]float64, dim)}
	a := rng.Intn(len(members))
	b := (a + 1 + rng.Intn(len(members)-1)) % len(members)
	for c, i := range [2]int{a, b} {
		for j, d := range loc[i] {
			cent[c][d] = float64(vecs[members[i]].vals[j])
		}
	}
	side := make([]int, len(members))
	for round := 0; round < 10; round++ {
		changed := false
		for i, m := range members {
			var dot [2]float64
			v := vecs[m]
			for c := range dot {
				for j, d := range loc[i] {
					dot[c] += cent[c][d] * float64(v.vals[j])
				}
			}
			s := 0
			if dot[1] > dot[0] {
				s = 1
			}
			if s != side[i] || round == 0 {
				changed = changed || s != side[i]
				side[i] = s
			}
		}
		if round > 0 && !changed {
			break
		}
		for c := range cent {
			clear(cent[c])
		}
		for i, m := range members {
			v := vecs[m]
			for j, d := range loc[i] {
				cent[side[i]][d] += float64(v.vals[j])
			}
		}
		for c := range cent {
			norm := 0.0
			for _, x := range cent[c] {
				norm += x * x
			}
			if norm = math.Sqrt(norm); norm > 0 {
				for d := range cent[c] {
					cent[c][d] /= norm
				}
			}
		}
	}
	return side
}

// WriteTo writes the clusters as gzip-compressed lines "path<TAB>word", sorted by path and word.
func (c Clusters) WriteTo(w io.Writer) (int64, error) {
	words := sortedWords(c)
	sort.SliceStable(words, func(i, j int) bool {
		if c[words[i]] != c[words[j]] {
			return c[words[i]] < c[words[j]]
		}
		return words[i] < words[j]
	})
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	for _, wd := range words {
		fmt.Fprintf(bw, "%s\t%s\n", c[wd], wd)
	}
	if err := bw.Flush(); err != nil {
		return 0, fmt.Errorf("write clusters: %w", err)
	}
	return 0, zw.Close()
}

// ReadClusters reads clusters written by WriteTo.
func ReadClusters(r io.Reader) (Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	out := Clusters{}
	sc := bufio.NewScanner(zr)
	line := 0
	for sc.Scan() {
		line++
		path, w, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("read clusters: line %d: no tab", line)
		}
		out[w] = path
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	return out, nil
}
