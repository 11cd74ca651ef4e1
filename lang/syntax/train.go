package syntax

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/conllu"
)

// TrainConfig sets a training run. The same data and configuration give the same model.
type TrainConfig struct {
	TagIters, ParseIters int
	Folds                int    // tagger folds for the parser's training tags (jackknifing); < 2: none
	Seed                 uint64 // shuffles the sentences and the parser's exploration
	MinWeight            int    // quantised weights of smaller magnitude are dropped
	// Casing makes the tagger read the casing of each word and of its sentence. It tagged EWT
	// dev better (UPOS 94.65 -> 94.75 with the shipped parser) but test barely (94.85 -> 94.87),
	// and that parser, trained on the other tagger's tags, attached worse (test LAS 81.71 ->
	// 81.55): off until a parser is trained with it.
	Casing bool
	Log    io.Writer
	// Base, when set, gives the tagger and lemmatiser: only the parser is trained.
	Base *Model
	// ParserFrom, when set, gives the parser: only the tagger and lemmatiser are trained. The
	// parser reads tags by name, so it takes a new tagger's tags as long as the tag set is the
	// same (it is, trained on the same treebanks).
	ParserFrom *Model
	// TagCache, when set, names a file holding the parser's jackknifed training tags: read when
	// it exists, written after tagging when not. The folds are deterministic, so the cache only
	// saves time; a cache made with other tagger options (Casing) is stale.
	TagCache string
	// Reverse trains a parser that reads each sentence from its last word to its first (see
	// Model.Reverse); its model file holds it as its Parser.
	Reverse bool
	// Checkpoint, when set, is called with the model each time the parser scores better on dev
	// than before, so that a long run can be stopped and its best model kept.
	Checkpoint func(*Model)
}

func goldTokens(s *conllu.Sentence) []dossier.Token {
	toks := make([]dossier.Token, len(s.Words))
	for i, w := range s.Words {
		toks[i] = dossier.Token{Text: w.Form, UPOS: w.UPOS, XPOS: w.XPOS, Head: w.Head, Rel: w.Rel}
	}
	return toks
}

func jointTag(w conllu.Word) string { return w.UPOS + "|" + w.XPOS }

// Train trains a model on train, logging the dev scores (gold words) after each iteration.
func Train(train, dev []conllu.Sentence, cfg TrainConfig) (*Model, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("train: no sentences")
	}
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format+"\n", args...)
		}
	}
	var tg *Tagger
	var mo *Morph
	if cfg.Base != nil {
		tg, mo = cfg.Base.Tagger, cfg.Base.Morph
	} else {
		tg = trainTagger(train, dev, cfg, logf)
		mo = trainMorph(train)
	}
	// The parser learns from tags as the tagger will give them, not gold ones.
	tagged, cached, err := readTagCache(cfg.TagCache, train)
	if err != nil {
		return nil, err
	}
	if !cached {
		tagged = jackknife(train, tg, cfg, logf)
		if err := writeTagCache(cfg.TagCache, tagged); err != nil {
			return nil, err
		}
	}
	if cfg.Folds >= 2 && cfg.Base == nil {
		tg.second = trainSecondPass(tg, train, tagged, dev, cfg, logf)
		tg.sure = sureMargin(tg, dev)
	}
	model := func(p *Parser) *Model {
		m := &Model{Tagger: tg, Morph: mo, Parser: p}
		m.tagHash, m.uposHash = tg.hashes()
		return m
	}
	if cfg.ParserFrom != nil {
		return model(cfg.ParserFrom.Parser), nil
	}
	var devTagged [][]dossier.Token
	for i := range dev {
		toks := goldTokens(&dev[i])
		tg.Tag(toks)
		devTagged = append(devTagged, toks)
	}
	var better func(*Parser)
	if cfg.Checkpoint != nil {
		better = func(p *Parser) { cfg.Checkpoint(model(p)) }
	}
	if cfg.Reverse {
		train, tagged = reversedSentences(train), reversedTokens(tagged)
		dev, devTagged = reversedSentences(dev), reversedTokens(devTagged)
	}
	return model(trainParser(train, tagged, dev, devTagged, cfg, better, logf)), nil
}

// jackknife tags each training sentence with a tagger trained on the other folds (or with tg
// when there are no folds).
func jackknife(train []conllu.Sentence, tg *Tagger, cfg TrainConfig, logf func(string, ...any)) [][]dossier.Token {
	tagged := make([][]dossier.Token, len(train))
	if cfg.Folds < 2 {
		for i := range train {
			tagged[i] = goldTokens(&train[i])
			tg.Tag(tagged[i])
		}
		return tagged
	}
	for k := range cfg.Folds {
		var in []conllu.Sentence
		for i := range train {
			if i%cfg.Folds != k {
				in = append(in, train[i])
			}
		}
		sub := cfg
		sub.Log = nil
		ft := trainTagger(in, nil, sub, logf)
		for i := k; i < len(train); i += cfg.Folds {
			tagged[i] = goldTokens(&train[i])
			ft.Tag(tagged[i])
		}
		logf("fold %d tagged", k)
	}
	return tagged
}

// readTagCache reads the jackknifed tags of train from path: one line per sentence, one
// "UPOS|XPOS" per word. A missing file (or no path) is no error: ok is false.
func readTagCache(path string, train []conllu.Sentence) (tagged [][]dossier.Token, ok bool, err error) {
	if path == "" {
		return nil, false, nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("tag cache: %w", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != len(train) {
		return nil, false, fmt.Errorf("tag cache %s: %d sentences, want %d", path, len(lines), len(train))
	}
	tagged = make([][]dossier.Token, len(train))
	for i, line := range lines {
		tags := strings.Fields(line)
		if len(tags) != len(train[i].Words) {
			return nil, false, fmt.Errorf("tag cache %s: sentence %d has %d tags, want %d", path, i+1, len(tags), len(train[i].Words))
		}
		tagged[i] = goldTokens(&train[i])
		for k, t := range tags {
			tagged[i][k].UPOS, tagged[i][k].XPOS, _ = strings.Cut(t, "|")
		}
	}
	return tagged, true, nil
}

func writeTagCache(path string, tagged [][]dossier.Token) error {
	if path == "" {
		return nil
	}
	var b strings.Builder
	for _, s := range tagged {
		for k, t := range s {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.UPOS + "|" + t.XPOS)
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("tag cache: %w", err)
	}
	return nil
}

func trainTagger(train, dev []conllu.Sentence, cfg TrainConfig, logf func(string, ...any)) *Tagger {
	classes := map[string]int{}
	counts := map[string]map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			t := jointTag(w)
			if _, ok := classes[t]; !ok {
				classes[t] = 0
			}
			if counts[w.Form] == nil {
				counts[w.Form] = map[string]int{}
			}
			counts[w.Form][t]++
		}
	}
	tg := &Tagger{dict: map[string]uint8{}, amb: ambiguityClasses(train, classes), casing: cfg.Casing}
	for t := range classes {
		tg.tags = append(tg.tags, t)
	}
	slices.Sort(tg.tags)
	for i, t := range tg.tags {
		classes[t] = i
	}
	for form, cs := range counts {
		n, best, bt := 0, 0, ""
		for t, c := range cs {
			n += c
			if c > best || (c == best && t < bt) {
				best, bt = c, t
			}
		}
		if n >= 20 && float64(best) >= 0.995*float64(n) {
			tg.dict[form] = uint8(classes[bt])
		}
	}
	tr := newTrainer(len(tg.tags))
	shuffle := shuffler(cfg.Seed, 1, len(train))
	scores := make([]float64, len(tg.tags))
	var buf []uint32
	for it := range cfg.TagIters {
		right, total := 0, 0
		for _, si := range shuffle() {
			s := &train[si]
			ws := make([]wordFeats, len(s.Words))
			for i, w := range s.Words {
				ws[i] = tg.describe(w.Form)
			}
			markSentence(ws)
			tags := make([]uint8, len(s.Words))
			for i, w := range s.Words {
				gold := classes[jointTag(w)]
				if t, ok := tg.dict[w.Form]; ok {
					tags[i] = t
					continue
				}
				buf = tagFeats(buf[:0], ws, tags, i, tg.casing)
				tr.score(buf, scores)
				guess := argmax(scores)
				tr.tick()
				tr.update(buf, gold, guess)
				tags[i] = uint8(guess)
				total++
				if guess == gold {
					right++
				}
			}
		}
		tg.w = tr.average(cfg.MinWeight)
		logf("tagger iteration %d: train %.4f, dev %.4f", it+1, float64(right)/float64(max(total, 1)), tagAccuracy(tg, dev))
	}
	return tg
}

// trainSecondPass trains the tagger's second pass on the training sentences with the tags a
// first pass gave them without having seen them (jackknifed).
func trainSecondPass(tg *Tagger, train []conllu.Sentence, tagged [][]dossier.Token, dev []conllu.Sentence,
	cfg TrainConfig, logf func(string, ...any)) *Weights {
	classes := map[string]int{}
	for i, t := range tg.tags {
		classes[t] = i
	}
	tr := newTrainer(len(tg.tags))
	shuffle := shuffler(cfg.Seed, 3, len(train))
	scores := make([]float64, len(tg.tags))
	var buf []uint32
	for it := range cfg.TagIters {
		for _, si := range shuffle() {
			s := &train[si]
			ws := make([]wordFeats, len(s.Words))
			first := make([]uint8, len(s.Words))
			for i, w := range s.Words {
				ws[i] = tg.describe(w.Form)
				first[i] = uint8(classes[tagged[si][i].UPOS+"|"+tagged[si][i].XPOS])
			}
			markSentence(ws)
			tags := make([]uint8, len(s.Words))
			for i, w := range s.Words {
				if t, ok := tg.dict[w.Form]; ok {
					tags[i] = t
					continue
				}
				buf = secondFeats(tagFeats(buf[:0], ws, tags, i, tg.casing), ws, first, tags, i)
				tr.score(buf, scores)
				guess := argmax(scores)
				tr.tick()
				tr.update(buf, classes[jointTag(w)], guess)
				tags[i] = uint8(guess)
			}
		}
		tg.second = tr.average(cfg.MinWeight)
		logf("tagger second pass iteration %d: dev %.4f", it+1, tagAccuracy(tg, dev))
	}
	return tg.second
}

// ambiguityClasses gives each word seen at least three times the set of tags it had.
func ambiguityClasses(train []conllu.Sentence, classes map[string]int) map[string]string {
	n := map[string]int{}
	tags := map[string]map[string]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			k := normal(w.Form)
			n[k]++
			if tags[k] == nil {
				tags[k] = map[string]bool{}
			}
			tags[k][jointTag(w)] = true
		}
	}
	out := map[string]string{}
	for k, c := range n {
		if c < 3 {
			continue
		}
		var set []string
		for t := range tags[k] {
			set = append(set, t)
		}
		slices.Sort(set)
		out[k] = strings.Join(set, ",")
	}
	return out
}

// shuffler returns a function giving the sentence numbers 0..n-1 in a new order at each call: the
// same orders for the same seed and stream.
func shuffler(seed, stream uint64, n int) func() []int {
	rng := rand.New(rand.NewPCG(seed, stream))
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	return func() []int {
		rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
		return order
	}
}

func argmax(scores []float64) int {
	best := 0
	for c := 1; c < len(scores); c++ {
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

func tagAccuracy(tg *Tagger, dev []conllu.Sentence) float64 {
	right, total := 0, 0
	for i := range dev {
		toks := goldTokens(&dev[i])
		tg.Tag(toks)
		for j, w := range dev[i].Words {
			total++
			if toks[j].UPOS == w.UPOS {
				right++
			}
		}
	}
	return float64(right) / float64(max(total, 1))
}

func trainMorph(train []conllu.Sentence) *Morph {
	type key struct{ word, tag string }
	feats := map[key]map[string]int{}
	tagFeats := map[string]map[string]int{}
	lemmas := map[key]map[string]int{}
	m := &Morph{feats: map[string]string{}, tagFeats: map[string]string{}, lemmas: map[string]string{}, known: map[string]bool{}}
	inc := func(m map[string]int, k string) { m[k]++ }
	for _, s := range train {
		for _, w := range s.Words {
			t := jointTag(w)
			fk := key{strings.ToLower(w.Form), t}
			if feats[fk] == nil {
				feats[fk] = map[string]int{}
			}
			inc(feats[fk], w.Feats)
			if tagFeats[t] == nil {
				tagFeats[t] = map[string]int{}
			}
			inc(tagFeats[t], w.Feats)
			lk := key{strings.ToLower(w.Form), w.XPOS}
			if lemmas[lk] == nil {
				lemmas[lk] = map[string]int{}
			}
			inc(lemmas[lk], w.Lemma)
			if w.UPOS != "PROPN" {
				m.known[w.Lemma] = true
			}
		}
	}
	for t, cs := range tagFeats {
		m.tagFeats[t] = mostFrequent(cs)
	}
	for k, cs := range feats {
		if f := mostFrequent(cs); f != m.tagFeats[k.tag] {
			m.feats[morphKey(k.word, k.tag)] = f
		}
	}
	// Exceptions are computed against the rules with the known lemmas in place.
	for k, cs := range lemmas {
		l := mostFrequent(cs)
		if l != m.ruleLemma(k.word, k.tag) && !(strings.HasPrefix(k.tag, "NNP") && strings.EqualFold(l, k.word)) {
			m.lemmas[morphKey(k.word, k.tag)] = l
		}
	}
	return m
}

func mostFrequent(cs map[string]int) string {
	best, bv := -1, ""
	for v, c := range cs {
		if c > best || (c == best && v < bv) {
			best, bv = c, v
		}
	}
	return bv
}

// TrustFirstPass sets the margin from which the tagger's second pass keeps the first pass's
// tag, measured on dev (see sureMargin): tagging is faster, and about as accurate.
func (m *Model) TrustFirstPass(dev []conllu.Sentence) {
	if m.Tagger.second != nil {
		m.Tagger.sure = sureMargin(m.Tagger, dev)
	}
}

// sureMargin returns the first pass's margin from which the second pass keeps its tag: the
// margin that a quarter of the words of dev the tagger scores fall below. Scoring only the
// words under it again costs a quarter of a full second pass and was measured to tag dev as
// well as scoring every word.
func sureMargin(tg *Tagger, dev []conllu.Sentence) int32 {
	var margins []int32
	for i := range dev {
		toks := goldTokens(&dev[i])
		_, mg := tg.firstPass(toks, tg.describeAll(toks))
		for k, m := range mg {
			if _, ok := tg.dict[toks[k].Text]; !ok {
				margins = append(margins, m)
			}
		}
	}
	if len(margins) == 0 {
		return 0
	}
	slices.Sort(margins)
	return max(margins[len(margins)/4], 1)
}
