package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// Model is the trained language layer: tokeniser, tagger, lemmatiser and parser.
type Model struct {
	Tokenizer *Tokenizer
	Tagger    *Tagger
	Morph     *Morph
	Parser    *Parser
	// Reverse, when set, is a second parser that reads each sentence from its end; Combine says
	// how its readings are weighed against Parser's (see Combination).
	Reverse *Parser
	Combine Combination

	tagHash, uposHash []uint64 // per tag class, the hashes the parser reads
}

//go:embed model/english.bin.gz
var shipped []byte

// The model file's first string: version 2 adds the tagger's second pass, version 3 whether the
// tagger reads casing and the margin from which the second pass trusts the first, version 4 a
// second parser reading from the end and how the two are combined.
const (
	magic1 = "dossier-syntax-1"
	magic2 = "dossier-syntax-2"
	magic3 = "dossier-syntax-3"
	magic4 = "dossier-syntax-4"
)

// Load reads the shipped model, with the tokeniser reading d.
func Load(d *en.Data) (*Model, error) {
	m, err := Read(bytes.NewReader(shipped))
	if err != nil {
		return nil, fmt.Errorf("shipped syntax model: %w", err)
	}
	m.Tokenizer = NewTokenizer(d)
	return m, nil
}

// Analyze tags, lemmatises and parses the tokens of one sentence in place.
func (m *Model) Analyze(toks []dossier.Token) {
	if len(toks) == 0 {
		return
	}
	ws := make([]wordFeats, len(toks))
	for i := range toks {
		ws[i] = m.Tagger.describe(toks[i].Text)
	}
	tags := m.Tagger.tagDescribed(toks, ws)
	m.Morph.Analyze(toks)
	hashes := make([]uint64, 3*len(toks))
	in := &sentence{words: hashes[:len(toks)], tags: hashes[len(toks) : 2*len(toks)], upos: hashes[2*len(toks):]}
	for i, t := range tags {
		in.words[i] = ws[i].norm
		in.tags[i] = m.tagHash[t]
		in.upos[i] = m.uposHash[t]
	}
	if m.Reverse != nil {
		m.parseBoth(toks, in)
		return
	}
	m.Parser.parse(toks, in)
}

// Sentence tokenises and analyses text[span].
func (m *Model) Sentence(text string, span dossier.Span) dossier.Sentence {
	toks := m.Tokenizer.Tokens(text, span)
	m.Analyze(toks)
	return dossier.Sentence{Span: span, Tokens: toks}
}

type writer struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

func (w *writer) uint(v uint64) {
	n := binary.PutUvarint(w.buf[:], v)
	w.w.Write(w.buf[:n])
}

func (w *writer) str(s string) {
	w.uint(uint64(len(s)))
	w.w.WriteString(s)
}

func (w *writer) strs(ss []string) {
	w.uint(uint64(len(ss)))
	for _, s := range ss {
		w.str(s)
	}
}

func (w *writer) table(m map[string]string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w.uint(uint64(len(keys)))
	for _, k := range keys {
		w.str(k)
		w.str(m[k])
	}
}

// Write stores the model (all but the tokeniser, which is language data) gzip-compressed.
func (m *Model) Write(out io.Writer) error {
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := &writer{w: bufio.NewWriter(zw)}
	version := magic3
	switch {
	case m.Reverse != nil:
		version = magic4
	case !m.Tagger.casing && m.Tagger.sure == 0:
		version = magic2 // a tagger of version 2, written as it was read
	}
	w.str(version)
	w.strs(m.Tagger.tags)
	dict := map[string]string{}
	for k, v := range m.Tagger.dict {
		dict[k] = string(rune('0' + int(v)))
	}
	w.table(dict)
	w.table(m.Tagger.amb)
	if err := m.Tagger.w.write(w.w); err != nil {
		return err
	}
	second := m.Tagger.second
	if second == nil {
		second = &Weights{classes: len(m.Tagger.tags)} // no second pass: no features
	}
	if err := second.write(w.w); err != nil {
		return err
	}
	if version == magic3 || version == magic4 {
		casing := uint64(0)
		if m.Tagger.casing {
			casing = 1
		}
		w.uint(casing)
		w.uint(uint64(max(m.Tagger.sure, 0)))
	}
	w.table(m.Morph.feats)
	w.table(m.Morph.tagFeats)
	w.table(m.Morph.lemmas)
	known := make([]string, 0, len(m.Morph.known))
	for k := range m.Morph.known {
		known = append(known, k)
	}
	slices.Sort(known)
	w.strs(known)
	if err := writeParser(w, m.Parser); err != nil {
		return fmt.Errorf("parser: %w", err)
	}
	if version == magic4 {
		if err := writeParser(w, m.Reverse); err != nil {
			return fmt.Errorf("reverse parser: %w", err)
		}
		w.uint(uint64(math.Round(1000 * max(m.Combine.Forward, 0))))
		w.uint(uint64(math.Round(max(m.Combine.Temperature, 0)))) // below 0 reads as 0: only the best reading votes
		w.uint(uint64(max(m.Combine.Branches, 0)))
		w.uint(uint64(max(m.Combine.Margin, 0)))
	}
	if err := w.w.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

type reader struct {
	r   *bufio.Reader
	err error
}

func (r *reader) uint() uint64 {
	if r.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(r.r)
	r.err = err
	return v
}

func (r *reader) str() string {
	n := r.uint()
	if r.err != nil || n > 1<<20 {
		if r.err == nil {
			r.err = fmt.Errorf("string of %d bytes: corrupt", n)
		}
		return ""
	}
	b := make([]byte, n)
	_, r.err = io.ReadFull(r.r, b)
	return string(b)
}

func (r *reader) strs() []string {
	n := r.uint()
	var out []string
	for i := uint64(0); i < n && r.err == nil; i++ {
		out = append(out, r.str())
	}
	return out
}

func (r *reader) table() map[string]string {
	n := r.uint()
	out := make(map[string]string, min(n, 1<<20))
	for i := uint64(0); i < n && r.err == nil; i++ {
		k := r.str()
		out[k] = r.str()
	}
	return out
}

// Read reads a model written by Write; the tokeniser is left for the caller to set.
func Read(in io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(in)
	if err != nil {
		return nil, err
	}
	r := &reader{r: bufio.NewReaderSize(zr, 1<<16)}
	version := r.str()
	if version != magic4 && version != magic3 && version != magic2 && version != magic1 && r.err == nil {
		return nil, fmt.Errorf("not a syntax model (%q)", version)
	}
	tg := &Tagger{tags: r.strs(), dict: map[string]uint8{}}
	for k, v := range r.table() {
		tg.dict[k] = uint8([]rune(v)[0] - '0')
	}
	tg.amb = r.table()
	if r.err != nil {
		return nil, r.err
	}
	if tg.w, err = readWeights(r.r); err != nil {
		return nil, fmt.Errorf("tagger weights: %w", err)
	}
	if version != magic1 {
		if tg.second, err = readWeights(r.r); err != nil {
			return nil, fmt.Errorf("tagger second-pass weights: %w", err)
		}
		if tg.second.features() == 0 {
			tg.second = nil
		}
	}
	if version == magic3 || version == magic4 {
		tg.casing = r.uint() == 1
		tg.sure = int32(min(r.uint(), 1<<30))
	}
	mo := &Morph{feats: r.table(), tagFeats: r.table(), lemmas: r.table(), known: map[string]bool{}}
	for _, k := range r.strs() {
		mo.known[k] = true
	}
	p, err := readParser(r)
	if err != nil {
		return nil, err
	}
	m := &Model{Tagger: tg, Morph: mo, Parser: p}
	if version == magic4 {
		if m.Reverse, err = readParser(r); err != nil {
			return nil, fmt.Errorf("reverse %w", err)
		}
		c := Combination{Forward: float64(r.uint()) / 1000, Temperature: float64(r.uint())}
		c.Branches, c.Margin = int(min(r.uint(), 1<<10)), int32(min(r.uint(), 1<<30))
		if r.err != nil {
			return nil, fmt.Errorf("combination: %w", r.err)
		}
		m.SetCombination(c)
	}
	m.tagHash, m.uposHash = tg.hashes()
	return m, nil
}

// writeParser writes parser p's labels, root label and weights, as readParser reads them.
func writeParser(w *writer, p *Parser) error {
	w.strs(p.labels)
	w.uint(uint64(p.root))
	return p.w.write(w.w)
}

// readParser reads a parser written by writeParser, set to read by branching.
func readParser(r *reader) (*Parser, error) {
	p := &Parser{labels: r.strs()}
	p.root = int(r.uint())
	p.SetBranching(defaultBranches, defaultMargin)
	if r.err != nil {
		return nil, fmt.Errorf("parser labels: %w", r.err)
	}
	var err error
	if p.w, err = readWeights(r.r); err != nil {
		return nil, fmt.Errorf("parser weights: %w", err)
	}
	return p, nil
}
