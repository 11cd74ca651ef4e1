package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
)

// Model is a trained recogniser's weights: one row of tag scores per feature key and a matrix of
// tag transition scores (row nTags is the sentence start).
type Model struct {
	weights map[uint64]*[nTags]float32
	trans   [nTags + 1][nTags]float32
	vocab   map[string]byte // lower-case word → vocabulary class (see BuildVocab)
	// clusters are the word clusters the model was trained with (nil: none).
	clusters Clusters
	doc      *Model // the second reading, with what the first found in the document
	// lean is taken from the score of O for capitalised words that do not start their sentence:
	// the perceptron, trained on few names, is too shy of them. Chosen on held-out data.
	leanCap float32
	// temp divides the scores before they are read as probabilities (marginals): perceptron scores
	// are large, and read as they are would make every decision look certain. Chosen on held-out
	// data to fit the tags' observed frequencies.
	temp float32
	// epochs is the number of passes the model was trained for (kept while training only).
	epochs int
	tab    *table // the weights again, as an open-addressing table for fast reading; nil while training
	// A model read from a file keeps its weights in tab only, to take less memory: weights is nil,
	// keys lists the features (ascending) and half says which half of a slot's row is this
	// model's (0: the first reading, 1: the second, doc).
	keys []uint64
	half int
	// unparsed is set on a model read from a file that has no weights for the parse's features,
	// so that they are not worked out (see hasParseWeights).
	unparsed bool
	// unlisted is set on a model read from a file that has no weights for the features of the
	// given-name and place lists (see hasListWeights), so that they are not worked out.
	unlisted bool
}

// hasParseWeights reports whether the model's table holds weights for the parse's features,
// judged by the two that every parsed training sentence gives its root word: a model trained
// with parses learns at least one of them, and one trained without has neither. The rest of
// the parse's features (head words, case markers) have open values and cannot be listed.
func (m *Model) hasParseWeights() bool {
	return m.tab.get(key("r", "root")) != nil || m.tab.get(key("hw", "<root>")) != nil
}

// hasListWeights reports whether the model's table holds weights for the given-name list's
// features: a model trained with the lists learns the weight of a capitalised given name.
func (m *Model) hasListWeights() bool {
	return m.tab.get(key("gn", "true")) != nil || m.tab.get(key("gn", "false")) != nil
}

// table is an open-addressing hash table of weight rows by feature key: each slot holds the row
// of the first reading and the row of the second, so one lookup serves both. Keys are hashes
// already, so their low bits index it; key 0 marks an empty slot (a feature hashing to 0 is not
// stored).
type table struct {
	slots []slot
	mask  uint64
}

// slot is a key with its two rows: 64 bytes, one cache line.
type slot struct {
	key uint64
	row [2 * nTags]float32
}

func newTable(first, second map[uint64]*[nTags]float32) *table {
	n := len(first)
	for k := range second {
		if first[k] == nil {
			n++
		}
	}
	// Filled up to three quarters at most: the slots are 64 bytes each, and a table kept half
	// empty would double the model's memory whenever its features pass a power of two; keys are
	// hashes already, so probes stay short.
	size := 16
	for 3*size < 4*n {
		size *= 2
	}
	t := &table{slots: make([]slot, size), mask: uint64(size - 1)}
	put := func(k uint64, row *[nTags]float32, half int) {
		if k == 0 {
			return
		}
		i := k & t.mask
		for t.slots[i].key != 0 && t.slots[i].key != k {
			i = (i + 1) & t.mask
		}
		t.slots[i].key = k
		copy(t.slots[i].row[half*nTags:], row[:])
	}
	for k, row := range first {
		put(k, row, 0)
	}
	for k, row := range second {
		put(k, row, 1)
	}
	return t
}

func (t *table) get(k uint64) *[2 * nTags]float32 {
	for i := k & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i].key {
		case k:
			return &t.slots[i].row
		case 0:
			return nil
		}
	}
}

// bothEmissions sums, in one pass over the table, the first reading's and the second reading's
// weights of each word's features (the second's without its document features).
func (m *Model) bothEmissions(feats [][]uint64) (first, second [][nTags]float64) {
	first = make([][nTags]float64, len(feats))
	second = make([][nTags]float64, len(feats))
	for i, fs := range feats {
		for _, f := range fs {
			if row := m.tab.get(f); row != nil {
				for t := 0; t < nTags; t++ {
					first[i][t] += float64(row[t])
					second[i][t] += float64(row[nTags+t])
				}
			}
		}
	}
	return first, second
}

// addSecond adds the second reading's weights of extra features to its emission scores.
func (m *Model) addSecond(em [][nTags]float64, extra [][]uint64) {
	for i, fs := range extra {
		for _, f := range fs {
			if row := m.tab.get(f); row != nil {
				for t := 0; t < nTags; t++ {
					em[i][t] += float64(row[nTags+t])
				}
			}
		}
	}
}

// row returns the weights of feature k, or nil.
func (m *Model) row(k uint64) *[nTags]float32 {
	if m.tab != nil {
		if r := m.tab.get(k); r != nil {
			return (*[nTags]float32)(r[m.half*nTags:])
		}
		return nil
	}
	return m.weights[k]
}

// rows returns the model's weights by feature: the map it was trained with, or for a model read
// from a file, a map rebuilt from the table.
func (m *Model) rows() map[uint64]*[nTags]float32 {
	if m.weights != nil || m.tab == nil {
		return m.weights
	}
	out := make(map[uint64]*[nTags]float32, len(m.keys))
	for _, k := range m.keys {
		out[k] = m.row(k)
	}
	return out
}

// leanen drops the weight maps of a model read from a file once its table is built: the table
// holds the same weights, and the maps would only double them.
func (m *Model) leanen() {
	for i, mm := range []*Model{m, m.doc} {
		if mm == nil {
			continue
		}
		mm.keys = sortedKeys(mm.weights)
		mm.weights = nil
		mm.tab, mm.half = m.tab, i
	}
}

// lean applies leanCap to a sentence's emission scores.
func (m *Model) lean(em [][nTags]float64, words []string) {
	if m.leanCap == 0 {
		return
	}
	for i := 1; i < len(words); i++ {
		if capitalised(words[i]) {
			em[i][0] -= float64(m.leanCap)
		}
	}
}

// emissions sums the weight rows of each word's features.
func (m *Model) emissions(feats [][]uint64) [][nTags]float64 {
	em := make([][nTags]float64, len(feats))
	for i, fs := range feats {
		for _, f := range fs {
			if row := m.row(f); row != nil {
				for t := range row {
					em[i][t] += float64(row[t])
				}
			}
		}
	}
	return em
}

// viterbi returns the best valid tag sequence for the emission scores.
func (m *Model) viterbi(em [][nTags]float64) []int {
	n := len(em)
	if n == 0 {
		return nil
	}
	// The transition scores, minus infinity where a tag may not follow another: no such step can
	// then be the best.
	var tr [nTags + 1][nTags]float64
	for p := range tr {
		for t := range tr[p] {
			tr[p][t] = math.Inf(-1)
			if allowed(p, t) {
				tr[p][t] = float64(m.trans[p][t])
			}
		}
	}
	// Only the previous word's scores are read: two rows serve the whole sentence.
	var score, prev [nTags]float64
	back := make([][nTags]int8, n)
	for t := 0; t < nTags; t++ {
		score[t] = math.Inf(-1)
		if allowed(nTags, t) {
			score[t] = em[0][t] + float64(m.trans[nTags][t])
		}
	}
	for i := 1; i < n; i++ {
		prev = score
		for t := 0; t < nTags; t++ {
			best, arg := math.Inf(-1), 0
			for p := 0; p < nTags; p++ {
				if s := prev[p] + tr[p][t]; s > best {
					best, arg = s, p
				}
			}
			score[t] = best + em[i][t]
			back[i][t] = int8(arg)
		}
	}
	best, arg := math.Inf(-1), 0
	for t := 0; t < nTags; t++ {
		if score[t] > best {
			best, arg = score[t], t
		}
	}
	out := make([]int, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i][arg])
	}
	return out
}

// marginals returns, for each word, the probability of each tag under a linear-chain model whose
// potentials are the perceptron's scores divided by the temperature: a rough confidence. The
// forward and backward sums are kept in probability space, rescaled at each word.
func (m *Model) marginals(raw [][nTags]float64) [][nTags]float64 {
	n := len(raw)
	temp := float64(m.temp)
	if temp <= 0 {
		temp = 1
	}
	var tr [nTags + 1][nTags]float64
	for p := range tr {
		for t := range tr[p] {
			if allowed(p, t) {
				tr[p][t] = math.Exp(float64(m.trans[p][t]) / temp)
			}
		}
	}
	em := make([][nTags]float64, n)
	for i := range raw {
		top := raw[i][0]
		for _, x := range raw[i] {
			top = math.Max(top, x)
		}
		for t, x := range raw[i] {
			em[i][t] = math.Exp((x - top) / temp)
		}
	}
	alpha := make([][nTags]float64, n)
	beta := make([][nTags]float64, n)
	for i := 0; i < n; i++ {
		for t := 0; t < nTags; t++ {
			if i == 0 {
				alpha[0][t] = tr[nTags][t] * em[0][t]
				continue
			}
			sum := 0.0
			for p := 0; p < nTags; p++ {
				sum += alpha[i-1][p] * tr[p][t]
			}
			alpha[i][t] = sum * em[i][t]
		}
		rescale(&alpha[i])
	}
	for t := range beta[n-1] {
		beta[n-1][t] = 1
	}
	for i := n - 2; i >= 0; i-- {
		for t := 0; t < nTags; t++ {
			sum := 0.0
			for q := 0; q < nTags; q++ {
				sum += tr[t][q] * em[i+1][q] * beta[i+1][q]
			}
			beta[i][t] = sum
		}
		rescale(&beta[i])
	}
	// Each word's forward sums are read no more once multiplied by its backward sums: the
	// marginals take their place.
	for i := range alpha {
		for t := range alpha[i] {
			alpha[i][t] *= beta[i][t]
		}
		rescale(&alpha[i])
	}
	return alpha
}

// rescale divides a row by its sum (leaving a row of zeros alone).
func rescale(row *[nTags]float64) {
	sum := 0.0
	for _, x := range row {
		sum += x
	}
	if sum > 0 {
		for t := range row {
			row[t] /= sum
		}
	}
}

// magic heads a model file; magicNoClusters heads the files written before models kept their
// word clusters, which are read as models without clusters.
const (
	magic           = "dossier-ner-4"
	magicNoClusters = "dossier-ner-3"
)

// WriteTo writes the model compactly: keys sorted and delta-coded, weights quantised to 16 bits
// against the largest absolute weight, the whole gzip-compressed.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	weights := m.rows()
	var docWeights map[uint64]*[nTags]float32
	if m.doc != nil {
		docWeights = m.doc.rows()
	}
	scale := 0.0
	for _, row := range weights {
		for _, x := range row {
			scale = math.Max(scale, math.Abs(float64(x)))
		}
	}
	if m.doc != nil {
		for _, row := range docWeights {
			for _, x := range row {
				scale = math.Max(scale, math.Abs(float64(x)))
			}
		}
	}
	for _, row := range m.trans {
		for _, x := range row {
			scale = math.Max(scale, math.Abs(float64(x)))
		}
	}
	if scale == 0 {
		scale = 1
	}
	buf := make([]byte, binary.MaxVarintLen64)
	put := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf, x)]) }
	putW := func(x float32) { bw.Write(buf[:binary.PutVarint(buf, int64(math.Round(float64(x)/scale*32767)))]) }
	bw.WriteString(magic)
	binary.Write(bw, binary.LittleEndian, scale)
	m.writeWeights(put, putW, weights)
	if m.doc == nil {
		put(0)
	} else {
		put(1)
		m.doc.writeWeights(put, putW, docWeights)
	}
	words := sortedWords(m.vocab)
	put(uint64(len(words)))
	for _, w := range words {
		bw.WriteString(w)
		bw.WriteByte(0)
		bw.WriteByte(m.vocab[w])
	}
	m.writeClusters(put, bw)
	if err := bw.Flush(); err != nil {
		return 0, err
	}
	return 0, zw.Close()
}

func (m *Model) writeWeights(put func(uint64), putW func(float32), weights map[uint64]*[nTags]float32) {
	put(uint64(math.Float32bits(m.leanCap)))
	put(uint64(math.Float32bits(m.temp)))
	for _, row := range m.trans {
		for _, x := range row {
			putW(x)
		}
	}
	keys := sortedKeys(weights)
	put(uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		put(k - prev)
		prev = k
		for _, x := range weights[k] {
			putW(x)
		}
	}
}

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	br := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic && string(head) != magicNoClusters {
		return nil, errors.New("read ner model: not a model file")
	}
	var scale float64
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	getW := func() (float32, error) {
		v, err := binary.ReadVarint(br)
		return float32(float64(v) * scale / 32767), err
	}
	m, err := readWeights(br, getW)
	if err != nil {
		return nil, err
	}
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	if n == 1 {
		if m.doc, err = readWeights(br, getW); err != nil {
			return nil, err
		}
		m.tab = newTable(m.weights, m.doc.weights)
	} else {
		m.tab = newTable(m.weights, nil)
	}
	m.leanen()
	m.unparsed = !m.hasParseWeights()
	m.unlisted = !m.hasListWeights()
	if n, err = binary.ReadUvarint(br); err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	m.vocab = make(map[string]byte, n)
	for i := uint64(0); i < n; i++ {
		w, err := br.ReadString(0)
		if err != nil {
			return nil, fmt.Errorf("read ner model: %w", err)
		}
		c, err := br.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("read ner model: %w", err)
		}
		m.vocab[w[:len(w)-1]] = c
	}
	if string(head) == magicNoClusters {
		return m, nil
	}
	if m.clusters, err = readClusterTable(br); err != nil {
		return nil, err
	}
	return m, nil
}

// writeClusters writes the model's clusters: their number, then each word (ending in a zero
// byte) with its path packed as a number (a leading 1 bit, then the path's bits).
func (m *Model) writeClusters(put func(uint64), bw *bufio.Writer) {
	words := sortedWords(m.clusters)
	put(uint64(len(words)))
	for _, w := range words {
		bw.WriteString(w)
		bw.WriteByte(0)
		packed := uint64(1)
		for _, b := range m.clusters[w] {
			packed = packed<<1 | uint64(b-'0')
		}
		put(packed)
	}
}

func readClusterTable(br *bufio.Reader) (Clusters, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	if n == 0 {
		return nil, nil
	}
	out := make(Clusters, n)
	for i := uint64(0); i < n; i++ {
		w, err := br.ReadString(0)
		if err != nil {
			return nil, fmt.Errorf("read ner model: %w", err)
		}
		packed, err := binary.ReadUvarint(br)
		if err != nil || packed == 0 {
			return nil, fmt.Errorf("read ner model: cluster of %q: %v", w, err)
		}
		var path []byte
		for ; packed > 1; packed >>= 1 {
			path = append(path, byte('0'+packed&1))
		}
		for a, b := 0, len(path)-1; a < b; a, b = a+1, b-1 {
			path[a], path[b] = path[b], path[a]
		}
		out[w[:len(w)-1]] = string(path)
	}
	return out, nil
}

func readWeights(br *bufio.Reader, getW func() (float32, error)) (*Model, error) {
	m := &Model{}
	lean, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	m.leanCap = math.Float32frombits(uint32(lean))
	temp, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	m.temp = math.Float32frombits(uint32(temp))
	for p := range m.trans {
		for t := range m.trans[p] {
			if m.trans[p][t], err = getW(); err != nil {
				return nil, fmt.Errorf("read ner model: %w", err)
			}
		}
	}
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("read ner model: %w", err)
	}
	m.weights = make(map[uint64]*[nTags]float32, n)
	rows := make([][nTags]float32, n)
	k := uint64(0)
	for i := range rows {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("read ner model: %w", err)
		}
		k += d
		for t := range rows[i] {
			if rows[i][t], err = getW(); err != nil {
				return nil, fmt.Errorf("read ner model: %w", err)
			}
		}
		m.weights[k] = &rows[i]
	}
	return m, nil
}

// sortedKeys returns the features of a weight map in order.
func sortedKeys(weights map[uint64]*[nTags]float32) []uint64 {
	keys := make([]uint64, 0, len(weights))
	for k := range weights {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// sortedWords returns the keys of a word map in order, so that files come out the same each time.
func sortedWords[V any](m map[string]V) []string {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	sort.Strings(words)
	return words
}
