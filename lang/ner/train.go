package ner

import (
	"math"
	"math/rand"
	"sort"
)

// Example is one sentence of training or test data: its words, their universal parts of speech
// (empty when unknown) and their gold BIO tags.
type Example struct {
	Doc   string
	ID    string // sent_id
	Words []string
	UPOS  []string
	Tags  []string
	// Heads and Rels are the words' parse as the tagger's parser gives it (nil when not parsed):
	// each word's head (-1 for the root) and dependency relation.
	Heads []int
	Rels  []string
	// Weight is how many times training reads the example in a pass (0 reads it once).
	Weight int
	// Others are the names of other kinds (GUM's works, products, events …) the sentence holds;
	// tagged O, they may be names Universal NER tags.
	Others []OtherName
	// Unsure marks the words whose gold tag training does not trust (nil: none): there it takes
	// the tag the model chooses as right.
	Unsure []bool
}

// OtherName is a name of another kind than person, place and organization: words [Start, End)
// and its head word.
type OtherName struct {
	Start, End int
	Head       string
}

// TrainOptions set the reproducible parts of training.
type TrainOptions struct {
	Epochs   int      // passes over the training data; the best pass on the tuning data is kept
	Seed     int64    // seeds the order of examples and which ones are read without tags
	Runs     int      // runs with seeds Seed, Seed+1, …, whose weights are averaged (at least 1)
	DropPOS  float64  // share of examples read without parts of speech in each pass
	Prune    float64  // feature rows whose largest absolute weight is below this are dropped
	MinCount int      // features seen fewer times in the training data are not learnt
	WithPOS  bool     // the tuning data and the first reading's jackknifed tags read parts of speech
	Clusters Clusters // word clusters read as features, kept with the model (nil: none)
	// MaxFeatures bounds the features the model and its second reading keep together, those that
	// weigh least dropped (0: no bound; see limitFeatures).
	MaxFeatures int
	Log         func(epoch int, tune Score)
	// Fixed, when set, replaces the choices made on the tuning data by earlier ones, so that a
	// model can be trained on all the data, the tuning part included.
	Fixed *Settings
}

// Settings are the choices Train makes on the tuning data: the passes of each model and how far
// each leans away from O.
type Settings struct {
	Epochs, DocEpochs int
	Lean, DocLean     float32
	Temp              float32
}

// Settings returns the choices the model was trained with.
func (m *Model) Settings() Settings {
	s := Settings{Epochs: m.epochs, Lean: m.leanCap, Temp: m.temp}
	if m.doc != nil {
		s.DocEpochs, s.DocLean = m.doc.epochs, m.doc.leanCap
	}
	return s
}

// input is the example as the feature extractor reads it: its parts of speech only when every
// word has one.
func (ex Example) input() input {
	in := input{words: ex.Words}
	if len(ex.UPOS) == len(ex.Words) {
		in.upos = ex.UPOS
		if len(ex.Heads) == len(ex.Words) && len(ex.Rels) == len(ex.Words) {
			in.heads, in.rels = ex.Heads, ex.Rels
		}
	}
	return in
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
		if g < 0 {
			g = p // a word whose gold tag is not trusted
		}
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

// prepared is one training sentence as the trainer reads it: its features with and without parts
// of speech, and its gold tags.
type prepared struct {
	with, without [][]uint64
	gold          []int
	weight        int
}

// prepare computes the features of the examples; extra, when given, adds features per example
// and word (the document features of the second pass).
func prepare(exs []Example, lex *Lexicon, vocab map[string]byte, cl Clusters, extra [][][]uint64) []prepared {
	data := make([]prepared, len(exs))
	for i, ex := range exs {
		gold := make([]int, len(ex.Tags))
		for j, t := range ex.Tags {
			gold[j] = tagIndex(t)
			if j < len(ex.Unsure) && ex.Unsure[j] {
				gold[j] = -1
			}
		}
		d := prepared{
			with:    features(ex.input(), lex, vocab, cl),
			without: features(input{words: ex.Words}, lex, vocab, cl),
			gold:    gold,
			weight:  max(ex.Weight, 1),
		}
		if extra != nil {
			for j := range d.with {
				d.with[j] = append(d.with[j], extra[i][j]...)
				d.without[j] = append(d.without[j], extra[i][j]...)
			}
		}
		data[i] = d
	}
	return data
}

// pruneRare drops the features seen fewer than min times: features seen once are memorised, not
// learnt, and without them the shapes and contexts of rare words carry the weight, as they must
// for the unseen names of new text.
func pruneRare(data []prepared, min int) {
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
					if count[f] >= min {
						kept = append(kept, f)
					}
				}
				fss[i] = kept
			}
		}
	}
}

// fitRuns fits opt.Runs models with successive seeds, each choosing its own pass, and averages
// their weights: a perceptron trained on few examples depends on their order, and the average
// depends on it less. It returns the averaged model and its score.
func fitRuns(data []prepared, opt TrainOptions, eval func(*Model) Score) (*Model, Score, int) {
	runs := max(opt.Runs, 1)
	sum := &Model{weights: map[uint64]*[nTags]float32{}}
	epochs := 0
	for r := 0; r < runs; r++ {
		o := opt
		o.Seed = opt.Seed + int64(r)
		m, _, e := fit(data, o, eval)
		epochs += e
		for k, row := range m.weights {
			acc := sum.weights[k]
			if acc == nil {
				acc = new([nTags]float32)
				sum.weights[k] = acc
			}
			for t := range row {
				acc[t] += row[t] / float32(runs)
			}
		}
		for p := range m.trans {
			for t := range m.trans[p] {
				sum.trans[p][t] += m.trans[p][t] / float32(runs)
			}
		}
	}
	var sc Score
	if eval != nil {
		sc = eval(sum)
	}
	return sum, sc, (epochs + runs/2) / runs
}

// fit trains for opt.Epochs passes and keeps the pass eval scores best (the last when eval is
// nil); it returns the model, its score and its pass.
func fit(data []prepared, opt TrainOptions, eval func(*Model) Score) (*Model, Score, int) {
	rng := rand.New(rand.NewSource(opt.Seed))
	tr := &trainer{w: map[uint64]*[nTags]float64{}, u: map[uint64]*[nTags]float64{}, c: 1}
	var best *Model
	var bestScore Score
	bestEpoch := 0
	var order []int
	for i, d := range data {
		for k := 0; k < d.weight; k++ {
			order = append(order, i)
		}
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
		if eval == nil && epoch < opt.Epochs {
			continue
		}
		m := tr.averaged(opt.Prune)
		var sc Score
		if eval != nil {
			sc = eval(m)
			if opt.Log != nil {
				opt.Log(epoch, sc)
			}
		}
		if best == nil || sc.F1("") > bestScore.F1("") {
			best, bestScore, bestEpoch = m, sc, epoch
		}
	}
	return best, bestScore, bestEpoch
}

// Train fits a model to train, with vocab as its vocabulary classes (BuildVocab), choosing the
// pass that scores best on tune (read with parts of speech when opt.WithPOS, without otherwise).
// The lexicon gives the gazetteer features; the same lexicon must be given to the Tagger that uses
// the model. Two models are fitted: the first reads sentences alone; the second adds what the first
// found elsewhere in the document. The second learns from the first's tags on documents it did
// not train on (four folds), as it will meet them on new text.
func Train(train, tune []Example, lex *Lexicon, vocab map[string]byte, opt TrainOptions) (*Model, Score) {
	data := prepare(train, lex, vocab, opt.Clusters, nil)
	pruneRare(data, opt.MinCount)
	evalBase := func(m *Model) Score {
		m.vocab, m.clusters = vocab, opt.Clusters
		return Evaluate(&Tagger{model: m, lex: lex}, tune, opt.WithPOS)
	}
	base, epochs := fitTuned(data, opt, evalBase, func(s Settings) int { return s.Epochs })
	base.vocab, base.clusters, base.epochs = vocab, opt.Clusters, epochs
	setLean(&base.leanCap, opt.Fixed, func(s Settings) float32 { return s.Lean }, func() Score { return evalBase(base) })
	extra := jackknife(train, data, lex, vocab, opt, epochs)
	data2 := prepare(train, lex, vocab, opt.Clusters, extra)
	pruneRare(data2, opt.MinCount)
	evalDoc := func(m *Model) Score {
		base.doc = m
		return Evaluate(&Tagger{model: base, lex: lex}, tune, opt.WithPOS)
	}
	second, docEpochs := fitTuned(data2, opt, evalDoc, func(s Settings) int { return s.DocEpochs })
	second.epochs = docEpochs
	base.doc = second
	sc := setLean(&second.leanCap, opt.Fixed, func(s Settings) float32 { return s.DocLean }, func() Score { return evalDoc(second) })
	if opt.MaxFeatures > 0 {
		base.limitFeatures(opt.MaxFeatures)
		sc = evalDoc(second)
	}
	if opt.Fixed != nil {
		base.temp = opt.Fixed.Temp
	} else {
		base.temp = calibrate(&Tagger{model: base, lex: lex}, tune, opt.WithPOS)
	}
	second.temp = base.temp
	return base, sc
}

// fitTuned fits the runs of a model, choosing their passes on the tuning data, or with the number
// of passes pick takes from opt.Fixed when that is set; it returns the model and its passes.
func fitTuned(data []prepared, opt TrainOptions, eval func(*Model) Score, pick func(Settings) int) (*Model, int) {
	if opt.Fixed == nil {
		m, _, e := fitRuns(data, opt, eval)
		return m, e
	}
	o := opt
	o.Epochs = pick(*opt.Fixed)
	m, _, e := fitRuns(data, o, nil)
	return m, e
}

// setLean tunes *lean on the tuning data, or sets it from opt.Fixed when that is set.
func setLean(lean *float32, fixed *Settings, pick func(Settings) float32, eval func() Score) Score {
	if fixed == nil {
		return tuneLean(lean, eval)
	}
	*lean = pick(*fixed)
	return eval()
}

// jackknife tags each training document with a first model trained on the other folds (four, by
// document) and returns the document features those tags give every word.
func jackknife(train []Example, data []prepared, lex *Lexicon, vocab map[string]byte, opt TrainOptions, epochs int) [][][]uint64 {
	folds := foldsByDoc(train, 4)
	pass1 := make([][]string, len(train))
	for k := 0; k < 4; k++ {
		var part []prepared
		for i := range train {
			if folds[i] != k {
				part = append(part, data[i])
			}
		}
		fo := opt
		fo.Epochs = epochs
		m, _, _ := fit(part, fo, nil)
		m.vocab, m.clusters = vocab, opt.Clusters
		t := &Tagger{model: m, lex: lex}
		for i, ex := range train {
			if folds[i] == k {
				var upos []string
				if opt.WithPOS && len(ex.UPOS) == len(ex.Words) {
					upos = ex.UPOS
				}
				pass1[i] = t.TagWords(ex.Words, upos)
			}
		}
	}
	extra := make([][][]uint64, len(train))
	forEachDoc(train, func(lo, hi int) {
		words := make([][]string, hi-lo)
		for i := lo; i < hi; i++ {
			words[i-lo] = train[i].Words
		}
		copy(extra[lo:hi], docFeatures(words, pass1[lo:hi], lex))
	})
	return extra
}

// calibrate returns the temperature under which the marginals of the tags the tagger chooses on
// data best fit the gold tags (least negative log-likelihood).
func calibrate(t *Tagger, data []Example, withPOS bool) float32 {
	best, bestLoss := float32(1), math.Inf(1)
	for _, temp := range []float32{1, 2, 3, 4, 6, 8, 10, 12, 14, 16, 20, 24, 28, 32} {
		loss := 0.0
		forEachDoc(data, func(lo, hi int) {
			for k, r := range t.read(docInput(data[lo:hi], withPOS)) {
				old := r.model.temp
				r.model.temp = temp
				marg := r.model.marginals(r.em)
				r.model.temp = old
				for i, g := range normalise(data[lo+k].Tags) {
					loss -= math.Log(math.Max(marg[i][tagIndex(g)], 1e-9))
				}
			}
		})
		if loss < bestLoss {
			best, bestLoss = temp, loss
		}
	}
	return best
}

// tuneLean sets *lean to the value that scores best and returns that score.
func tuneLean(lean *float32, eval func() Score) Score {
	best, bestScore := float32(0), Score{}
	for _, x := range []float32{0, 0.5, 1, 1.5, 2, 3, 4, 6, 8} {
		*lean = x
		if sc := eval(); bestScore.TP == nil || sc.F1("") > bestScore.F1("") {
			best, bestScore = x, sc
		}
	}
	*lean = best
	return bestScore
}

// foldsByDoc gives each example the fold of its document: documents in order of first appearance
// go to folds 0, 1, …, n-1 in turn.
func foldsByDoc(exs []Example, n int) []int {
	fold := map[string]int{}
	out := make([]int, len(exs))
	for i, ex := range exs {
		f, ok := fold[ex.Doc]
		if !ok {
			f = len(fold) % n
			fold[ex.Doc] = f
		}
		out[i] = f
	}
	return out
}

// forEachDoc calls fn with the bounds of each run of examples of one document.
func forEachDoc(exs []Example, fn func(lo, hi int)) {
	for lo := 0; lo < len(exs); {
		hi := lo + 1
		for hi < len(exs) && exs[hi].Doc == exs[lo].Doc {
			hi++
		}
		fn(lo, hi)
		lo = hi
	}
}

// limitFeatures drops the feature rows of the smallest largest absolute weight, of the model and
// of its second reading alike, until the two together hold at most n features (none when n is
// zero): the table that holds them when the model is read doubles its memory each time they
// pass three quarters of a power of two, and the rows dropped are the ones that weigh least.
func (m *Model) limitFeatures(n int) {
	if n <= 0 {
		return
	}
	big := map[uint64]float32{}
	for _, mm := range []*Model{m, m.doc} {
		if mm == nil {
			continue
		}
		for k, row := range mm.weights {
			for _, x := range row {
				big[k] = max(big[k], float32(math.Abs(float64(x))))
			}
		}
	}
	if len(big) <= n {
		return
	}
	keys := make([]uint64, 0, len(big))
	for k := range big {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if big[keys[i]] != big[keys[j]] {
			return big[keys[i]] > big[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[n:] {
		delete(m.weights, k)
		if m.doc != nil {
			delete(m.doc.weights, k)
		}
	}
}
