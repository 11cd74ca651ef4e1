package ner

import (
	"math"
	"math/rand"
)

// Example is one sentence of training or test data: its words, their universal parts of speech
// (empty when unknown) and their gold BIO tags.
type Example struct {
	Doc   string
	ID    string // sent_id
	Words []string
	UPOS  []string
	Tags  []string
}

// TrainOptions set the reproducible parts of training.
type TrainOptions struct {
	Epochs   int     // passes over the training data; the best pass on the tuning data is kept
	Seed     int64   // seeds the order of examples and which ones are read without tags
	DropPOS  float64 // share of examples read without parts of speech in each pass
	Prune    float64 // feature rows whose largest absolute weight is below this are dropped
	MinCount int     // features seen fewer times in the training data are not learnt
	Log      func(epoch int, tune Score)
}

// trainer holds an averaged perceptron's running weights and their time-weighted sums.
type trainer struct {
	w, u   map[uint64]*[nTags]float64
	tw, tu [nTags + 1][nTags]float64
	c      float64
}

func (tr *trainer) bump(f uint64, t int, d float64) {
	row := tr.w[f]
	if row == nil {
		row = new([nTags]float64)
		tr.w[f] = row
		tr.u[f] = new([nTags]float64)
	}
	row[t] += d
	tr.u[f][t] += tr.c * d
}

// current is the unaveraged model, used for decoding while training.
func (tr *trainer) score(feats [][]uint64) [][nTags]float64 {
	em := make([][nTags]float64, len(feats))
	for i, fs := range feats {
		for _, f := range fs {
			if row := tr.w[f]; row != nil {
				for t := range row {
					em[i][t] += row[t]
				}
			}
		}
	}
	return em
}

func (tr *trainer) update(feats [][]uint64, gold []int) {
	m := &Model{}
	for p := range tr.tw {
		for t := range tr.tw[p] {
			m.trans[p][t] = float32(tr.tw[p][t])
		}
	}
	pred := m.viterbi(tr.score(feats))
	prevG, prevP := nTags, nTags
	for i := range gold {
		g, p := gold[i], pred[i]
		if g != p {
			for _, f := range feats[i] {
				tr.bump(f, g, 1)
				tr.bump(f, p, -1)
			}
		}
		if g != p || prevG != prevP {
			tr.tw[prevG][g]++
			tr.tu[prevG][g] += tr.c
			tr.tw[prevP][p]--
			tr.tu[prevP][p] -= tr.c
		}
		prevG, prevP = g, p
	}
	tr.c++
}

// averaged returns the averaged weights as a model, dropping rows below prune.
func (tr *trainer) averaged(prune float64) *Model {
	m := &Model{weights: map[uint64]*[nTags]float32{}}
	for f, row := range tr.w {
		var out [nTags]float32
		big := 0.0
		for t := range row {
			x := row[t] - tr.u[f][t]/tr.c
			big = math.Max(big, math.Abs(x))
			out[t] = float32(x)
		}
		if big >= prune && big > 0 {
			m.weights[f] = &out
		}
	}
	for p := range tr.tw {
		for t := range tr.tw[p] {
			m.trans[p][t] = float32(tr.tw[p][t] - tr.tu[p][t]/tr.c)
		}
	}
	return m
}

// Train fits a model to train, choosing the pass that scores best on tune (read without parts of
// speech, as text is when no tagger ran). The lexicon gives the gazetteer features; the same
// lexicon must be given to the Tagger that uses the model.
func Train(train, tune []Example, lex *Lexicon, opt TrainOptions) (*Model, Score) {
	type prepared struct {
		with, without [][]uint64
		gold          []int
	}
	data := make([]prepared, len(train))
	for i, ex := range train {
		gold := make([]int, len(ex.Tags))
		for j, t := range ex.Tags {
			gold[j] = tagIndex(t)
		}
		data[i] = prepared{
			with:    features(input{words: ex.Words, upos: ex.UPOS}, lex),
			without: features(input{words: ex.Words}, lex),
			gold:    gold,
		}
	}
	// Features seen once are memorised, not learnt: without them the shapes and contexts of rare
	// words carry the weight, as they must for the unseen names of new text.
	count := map[uint64]int{}
	for _, d := range data {
		for _, fs := range d.with {
			for _, f := range fs {
				count[f]++
			}
		}
	}
	for _, d := range data {
		for _, fss := range [][][]uint64{d.with, d.without} {
			for i, fs := range fss {
				kept := fs[:0]
				for _, f := range fs {
					if count[f] >= opt.MinCount {
						kept = append(kept, f)
					}
				}
				fss[i] = kept
			}
		}
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	tr := &trainer{w: map[uint64]*[nTags]float64{}, u: map[uint64]*[nTags]float64{}, c: 1}
	var best *Model
	var bestScore Score
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			d := data[i]
			feats := d.with
			if rng.Float64() < opt.DropPOS {
				feats = d.without
			}
			tr.update(feats, d.gold)
		}
		m := tr.averaged(opt.Prune)
		sc := Evaluate(&Tagger{model: m, lex: lex}, tune, false)
		if opt.Log != nil {
			opt.Log(epoch, sc)
		}
		if best == nil || sc.F1("") > bestScore.F1("") {
			best, bestScore = m, sc
		}
	}
	return best, bestScore
}
