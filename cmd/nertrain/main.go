// Command nertrain trains the name recogniser of lang/ner from the treebanks (GUM's named mentions
// of its training documents and Universal NER's English development file), with fixed seeds, and
// writes the weights that lang/ner embeds. One document in eight is held out to choose the number
// of passes; Universal NER's test file is only read by the evaluation. Universal NER's sentences
// weigh three times GUM's: they are the web text the recogniser is measured on. With -self, a first
// model then tags EWT's training sentences (their words only, no names are read from them), and
// the recogniser is trained again with the sentences it tags with confidence added. Copies of the
// sentences with a share of their ordinary words capitalised (-caps-copies) are read as well, and
// the written model keeps at most -max-features features.
//
//	go run ./cmd/nertrain [-treebanks DIR] [-out lang/ner/model/ner.bin.gz]
//	go run ./cmd/nertrain -cv 4 [-mistakes FILE]   # cross-validate over groups of training documents
//	go run ./cmd/nertrain -cv 4 -cv-seeds 2        # the same for two seeds, and their mean
//	go run ./cmd/nertrain -all                     # write a model trained on the held-out documents too
//	go run ./cmd/nertrain -self 0.7                # train again with EWT's training sentences tagged
//	go run ./cmd/nertrain -clusters FILE           # build word clusters from the unlabelled text
//	go run ./cmd/nertrain -cluster-file FILE       # train with them
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/ner"
	"github.com/dossier-project/dossier/lang/syntax"
)

func main() {
	def := filepath.Join("..", "shared", "data", "treebanks")
	if s := os.Getenv("DOSSIER_SHARED"); s != "" {
		def = filepath.Join(s, "data", "treebanks")
	}
	dir := flag.String("treebanks", def, "folder holding gum/, ewt/ and uner/")
	out := flag.String("out", filepath.Join("lang", "ner", "model", "ner.bin.gz"), "weights file to write")
	epochs := flag.Int("epochs", 6, "passes over the training data")
	seed := flag.Int64("seed", 1, "seed of the example order")
	gold := flag.Bool("gold-pos", false, "train on the treebanks' own parts of speech instead of the tagger's")
	drop := flag.Float64("drop-pos", 0.5, "share of training sentences read without parts of speech in each pass")
	tunePOS := flag.Bool("tune-pos", true, "tune and jackknife on text read with parts of speech")
	cv := flag.Int("cv", 0, "cross-validate over this many folds of the training documents instead of writing weights")
	clusters := flag.String("clusters", "", "build the word clusters from the unlabelled text of the shared data and write them to this file, instead of training")
	clusterFile := flag.String("cluster-file", "", "word clusters to train with, as -clusters writes them (none by default: they did not help in cross-validation)")
	unerWeight := flag.Int("uner-weight", 3, "times each Universal NER sentence is read in a pass")
	cvSeeds := flag.Int("cv-seeds", 1, "with -cv, cross-validate with this many successive seeds and print their mean")
	mistakes := flag.String("mistakes", "", "with -cv, write the held-out sentences the recogniser gets wrong to this file")
	minCount := flag.Int("min-count", 2, "features seen fewer times in the training data are not learnt")
	maxFeatures := flag.Int("max-features", 49152, "features the written model keeps at most, those that weigh least dropped: three quarters of the 65,536 slots of the table it is read into, whose memory doubles past that (0: no bound)")
	runs := flag.Int("runs", 5, "training runs with successive seeds whose weights are averaged")
	dropOthers := flag.Bool("drop-others", false, "leave out GUM sentences holding a proper-noun name of another kind than person, place and organization (except peoples and languages)")
	unsure := flag.Bool("unsure-others", false, "train without trusting the O tags of GUM's proper-noun names of other kinds than person, place and organization (except peoples and languages)")
	all := flag.Bool("all", false, "after choosing passes and leans on the held-out documents, train again on all documents with those choices")
	capsShare := flag.Float64("caps-copies", 0.2, "train also on a copy of every sentence with this share of its ordinary words (mostly written in lower case) capitalised, their tags unchanged (0: none)")
	lowerCopies := flag.Bool("lower-copies", false, "train also on a lower-case copy of every sentence that holds a name, as web text often writes names")
	self := flag.Float64("self", 0, "train a second time with EWT's training sentences (no names read) as the first model tags them, keeping those whose every tag is at least this likely (0: no second time)")
	match := flag.String("match", "", "instead of training, print where the model at -out must set the entity stage's thresholds to pass what this reference model passes at -match-at, on EWT's training sentences")
	matchAt := flag.String("match-at", "0.5,0.6,0.7,0.75,0.9,0.97", "with -match, the reference model's thresholds, comma-separated")
	flag.Parse()
	if *match != "" {
		if err := runMatch(*dir, *match, *out, *matchAt); err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(1)
		}
		return
	}
	if *clusters != "" {
		if err := writeClusters(filepath.Dir(*dir), *clusters); err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(1)
		}
		return
	}
	setup := setup{capsShare: *capsShare, unerWeight: *unerWeight, self: *self, lowerCopies: *lowerCopies, all: *all, dropOthers: *dropOthers, unsureOthers: *unsure}
	opt := ner.TrainOptions{
		Epochs: *epochs, Seed: *seed, Runs: *runs, DropPOS: *drop, Prune: 0.05, MinCount: *minCount, WithPOS: *tunePOS && !*gold,
		MaxFeatures: *maxFeatures,
	}
	if *clusterFile != "" {
		c, err := readClusters(*clusterFile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(1)
		}
		opt.Clusters = c
	}
	if *cv > 1 {
		var errs io.Writer
		if *mistakes != "" {
			f, err := os.Create(*mistakes)
			if err != nil {
				fmt.Fprintln(os.Stderr, "nertrain:", err)
				os.Exit(1)
			}
			defer f.Close()
			errs = f
		}
		if err := crossValidate(*dir, *cv, *cvSeeds, opt, !*gold, setup, errs); err != nil {
			fmt.Fprintln(os.Stderr, "nertrain:", err)
			os.Exit(1)
		}
		return
	}
	opt.Log = func(e int, s ner.Score) { fmt.Printf("pass %d: held-out f1 %.4f\n", e, s.F1("")) }
	if err := run(*dir, *out, opt, !*gold, setup); err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
}

// setup holds the choices of training beyond ner.TrainOptions.
type setup struct {
	unerWeight   int     // times each Universal NER sentence is read per pass
	self         float64 // least likelihood of every tag of a sentence the first model tags for the second (0: none)
	lowerCopies  bool    // train on lower-case copies of the sentences holding names too
	capsShare    float64 // share of ordinary words capitalised in copies of the sentences (0: no copies)
	all          bool    // train the written model on the held-out documents too
	dropOthers   bool    // leave out the GUM sentences holding names of other kinds
	unsureOthers bool    // do not trust the O tags of the words of names of other kinds
}

// corpus is the training data: with the parts of speech training reads (gold or the tagger's) and
// with the tagger's, which every evaluation reads as the pipeline gives them.
type corpus struct {
	setup
	gaz         *entity.Gazetteer
	train, eval []ner.Example
	tagged      []ner.Example
	unlabelled  []ner.Example // EWT's training sentences, read with the tagger's parts of speech
}

// weighted gives the Universal NER sentences of train the weight n: they are the text the
// recogniser is measured on, web text unlike GUM's.
func weighted(train []ner.Example, n int) []ner.Example {
	if n <= 1 {
		return train
	}
	out := append([]ner.Example(nil), train...)
	for i := range out {
		if !strings.HasPrefix(out[i].Doc, "GUM_") {
			out[i].Weight = n
		}
	}
	return out
}

func load(dir string, predicted bool, st setup) (*corpus, error) {
	gaz, err := entity.LoadGazetteer()
	if err != nil {
		return nil, err
	}
	data, err := ner.LoadTraining(dir, gaz.Lexicon())
	if err != nil {
		return nil, err
	}
	eval := append([]ner.Example(nil), data...)
	if err := retag(eval); err != nil {
		return nil, err
	}
	if predicted {
		data = eval
	}
	tagged, err := ner.LoadTagged(dir, "train")
	if err != nil {
		return nil, err
	}
	c := &corpus{setup: st, gaz: gaz, train: data, eval: eval, tagged: tagged}
	if st.self > 0 {
		c.unlabelled, err = unlabelledEWT(tagged)
	}
	return c, err
}

// unlabelledEWT copies EWT's training sentences, each with the document its sentence id names,
// and gives them the tagger's parts of speech.
func unlabelledEWT(tagged []ner.Example) ([]ner.Example, error) {
	out := make([]ner.Example, len(tagged))
	for i, ex := range tagged {
		ex.Doc = ex.ID
		if k := strings.LastIndexByte(ex.ID, '-'); k > 0 {
			ex.Doc = ex.ID[:k]
		}
		ex.UPOS = append([]string(nil), ex.UPOS...)
		out[i] = ex
	}
	return out, retag(out)
}

// withoutOthers leaves out the examples holding a name of another kind whose head is not a word
// for a people or a language (which Universal NER does not tag either).
func withoutOthers(exs []ner.Example, lex *ner.Lexicon) []ner.Example {
	var out []ner.Example
	for _, ex := range exs {
		keep := true
		for _, o := range ex.Others {
			keep = keep && lex.Has("DEMONYM", o.Head)
		}
		if keep {
			out = append(out, ex)
		}
	}
	return out
}

// unsureOthers marks the words of the names of other kinds whose head is not a word for a people
// or a language as words whose gold tag training does not trust.
func unsureOthers(exs []ner.Example, lex *ner.Lexicon) []ner.Example {
	out := append([]ner.Example(nil), exs...)
	for i, ex := range out {
		var unsure []bool
		for _, o := range ex.Others {
			if lex.Has("DEMONYM", o.Head) {
				continue
			}
			if unsure == nil {
				unsure = make([]bool, len(ex.Words))
			}
			for k := o.Start; k < o.End; k++ {
				unsure[k] = true
			}
		}
		out[i].Unsure = unsure
	}
	return out
}

// lowerCopies returns a copy of each example that holds a name, its words in lower case, read
// once a pass; each copy's document is its own, so that what the document writes in capitals
// elsewhere tells nothing about it.
func lowerCopies(exs []ner.Example) []ner.Example {
	var out []ner.Example
	for _, ex := range exs {
		named := false
		for _, t := range ex.Tags {
			named = named || t != "O"
		}
		if !named {
			continue
		}
		words := make([]string, len(ex.Words))
		for i, w := range ex.Words {
			words[i] = strings.ToLower(w)
		}
		ex.Words, ex.Doc, ex.Weight = words, ex.Doc+"#lower", 1
		out = append(out, ex)
	}
	return out
}

// docIndex numbers the documents of data in sorted order.
func docIndex(data []ner.Example) map[string]int {
	return indexBy(data, func(d string) string { return d })
}

// indexBy numbers the documents of data by the sorted order of what group says of each.
func indexBy(data []ner.Example, group func(doc string) string) map[string]int {
	groups := map[string]int{}
	for _, ex := range data {
		groups[group(ex.Doc)] = 0
	}
	names := make([]string, 0, len(groups))
	for g := range groups {
		names = append(names, g)
	}
	sort.Strings(names)
	for i, g := range names {
		groups[g] = i
	}
	out := map[string]int{}
	for _, ex := range data {
		out[ex.Doc] = groups[group(ex.Doc)]
	}
	return out
}

// split keeps the examples whose document keep accepts, then holds one document in eight of them
// out for tuning.
func split(data []ner.Example, keep func(doc string) bool) (train, tune []ner.Example) {
	var kept []ner.Example
	for _, ex := range data {
		if keep(ex.Doc) {
			kept = append(kept, ex)
		}
	}
	idx := docIndex(kept)
	for _, ex := range kept {
		if idx[ex.Doc]%8 == 3 {
			tune = append(tune, ex)
		} else {
			train = append(train, ex)
		}
	}
	return train, tune
}

func (c *corpus) fit(train, tune []ner.Example, opt ner.TrainOptions) (*ner.Model, ner.Score) {
	vocab := ner.BuildVocab(append(append([]ner.Example(nil), c.tagged...), train...))
	if c.dropOthers {
		train = withoutOthers(train, c.gaz.Lexicon())
	}
	if c.unsureOthers {
		train = unsureOthers(train, c.gaz.Lexicon())
	}
	train = weighted(train, c.unerWeight)
	if c.lowerCopies {
		train = append(train, lowerCopies(train)...)
	}
	if c.capsShare > 0 {
		train = append(train, ner.CapitalisedCopies(train, vocab, c.capsShare, opt.Seed)...)
	}
	m, sc := ner.Train(train, tune, c.gaz.Lexicon(), vocab, opt)
	if c.self <= 0 {
		return m, sc
	}
	pseudo := ner.NewWith(m, c.gaz.Lexicon()).Pseudo(c.unlabelled, opt.WithPOS, c.self)
	fmt.Printf("first model: held-out f1 %.4f; %d of %d unlabelled sentences kept\n", sc.F1(""), len(pseudo), len(c.unlabelled))
	return ner.Train(append(train, pseudo...), tune, c.gaz.Lexicon(), vocab, opt)
}

// crossValidate trains on all folds of documents but one and scores the one left, read with the
// tagger's parts of speech, for each fold; it prints the sums for Universal NER's and GUM's
// documents. With seeds above one it does so for that many successive seeds and prints their
// mean too: a model trained on this little data moves by about a point from one seed to the
// next, and a change smaller than that is not seen in one run.
func crossValidate(dir string, folds, seeds int, opt ner.TrainOptions, predicted bool, st setup, errs io.Writer) error {
	c, err := load(dir, predicted, st)
	if err != nil {
		return err
	}
	var sumU, sumG [4]float64
	seeds = max(seeds, 1)
	for s := 0; s < seeds; s++ {
		o := opt
		o.Seed = opt.Seed + int64(s)
		uner, gum := c.crossValidate(folds, o, errs)
		fmt.Printf("seed %d: cv uner dev f1 %.4f (%s)\nseed %d: cv gum f1 %.4f (%s)\n", o.Seed, uner.F1(""), perType(uner), o.Seed, gum.F1(""), perType(gum))
		for k, t := range []string{"", "PER", "ORG", "LOC"} {
			sumU[k] += uner.F1(t) / float64(seeds)
			sumG[k] += gum.F1(t) / float64(seeds)
		}
	}
	if seeds > 1 {
		fmt.Printf("mean of %d seeds: cv uner dev f1 %.4f (PER %.4f, ORG %.4f, LOC %.4f)\n", seeds, sumU[0], sumU[1], sumU[2], sumU[3])
		fmt.Printf("mean of %d seeds: cv gum f1 %.4f (PER %.4f, ORG %.4f, LOC %.4f)\n", seeds, sumG[0], sumG[1], sumG[2], sumG[3])
	}
	return nil
}

// crossValidate scores one seed's folds; it returns the sums for Universal NER's and GUM's
// documents and writes the sentences got wrong to errs (when not nil).
func (c *corpus) crossValidate(folds int, opt ner.TrainOptions, errs io.Writer) (uner, gum ner.Score) {
	idx := groupIndex(c.train)
	for k := 0; k < folds; k++ {
		train, tune := split(c.train, func(d string) bool { return idx[d]%folds != k })
		m, _ := c.fit(train, tune, opt)
		var testU, testG []ner.Example
		for _, ex := range c.eval {
			switch {
			case idx[ex.Doc]%folds != k:
			case strings.HasPrefix(ex.Doc, "GUM_"):
				testG = append(testG, ex)
			default:
				testU = append(testU, ex)
			}
		}
		t := ner.NewWith(m, c.gaz.Lexicon())
		uner = merge(uner, ner.Evaluate(t, testU, true))
		gum = merge(gum, ner.Evaluate(t, testG, true))
		if errs != nil {
			writeMistakes(errs, t, append(testU, testG...))
		}
		fmt.Printf("fold %d done\n", k)
	}
	return uner, gum
}

// groupIndex numbers the documents of data by their group, so that cross-validation keeps
// related web documents (a day's questions, one mailbox, one newsgroup or blog) in one fold and
// a name they share is not learnt from one and found again in the other.
func groupIndex(data []ner.Example) map[string]int { return indexBy(data, docGroup) }

// docGroup is the group of an English Web Treebank document: its day for a question, its mailbox
// for a mail, its site and name for a newsgroup or blog post; any other document is its own.
func docGroup(d string) string {
	if strings.HasPrefix(d, "answers-") && len(d) >= 16 {
		return d[:16]
	}
	parts := strings.SplitN(d, "_", 3)
	switch {
	case strings.HasPrefix(d, "email-"):
		return parts[0]
	case len(parts) == 3 && !strings.HasPrefix(d, "GUM_"):
		return parts[0] + "_" + parts[1]
	}
	return d
}

// merge adds b's counts to a's.
func merge(a, b ner.Score) ner.Score {
	if a.TP == nil {
		a = ner.Score{TP: map[string]int{}, FP: map[string]int{}, FN: map[string]int{}}
	}
	for k, v := range b.TP {
		a.TP[k] += v
	}
	for k, v := range b.FP {
		a.FP[k] += v
	}
	for k, v := range b.FN {
		a.FN[k] += v
	}
	return a
}

func run(dir, out string, opt ner.TrainOptions, predicted bool, st setup) error {
	c, err := load(dir, predicted, st)
	if err != nil {
		return err
	}
	all := func(string) bool { return true }
	train, tune := split(c.train, all)
	_, evalTune := split(c.eval, all)
	fmt.Printf("training on %d sentences, tuning on %d\n", len(train), len(tune))
	if shipped, err := ner.New(c.gaz.Lexicon()); err == nil {
		sc := ner.Evaluate(shipped, evalTune, true)
		fmt.Printf("shipped model: held-out f1 %.4f (%s)\n", sc.F1(""), perType(sc))
	}
	m, sc := c.fit(train, tune, opt)
	if !opt.WithPOS {
		t := ner.NewWith(m, c.gaz.Lexicon())
		sc = ner.Evaluate(t, evalTune, true)
	}
	fmt.Printf("kept: held-out f1 %.4f (%s)\n", sc.F1(""), perType(sc))
	if st.all {
		set := m.Settings()
		opt.Fixed = &set
		m, _ = c.fit(append(append([]ner.Example(nil), train...), tune...), tune, opt)
		fmt.Printf("trained again on all %d sentences with %+v\n", len(train)+len(tune), set)
	}
	return writeFile(out, m)
}

// writeFile writes w's content to a new file at path.
func writeFile(path string, w io.WriterTo) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := w.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// retag gives the training sentences the parts of speech of the shipped tagger, as the pipeline
// will give them to the recogniser.
func retag(data []ner.Example) error {
	lang, err := en.Load("")
	if err != nil {
		return err
	}
	m, err := syntax.Load(lang)
	if err != nil {
		return err
	}
	ner.Retag(data, m.Analyze)
	return nil
}

func perType(s ner.Score) string {
	var parts []string
	for _, t := range []string{"PER", "ORG", "LOC"} {
		parts = append(parts, fmt.Sprintf("%s %.4f", t, s.F1(t)))
	}
	return strings.Join(parts, ", ")
}

// writeMistakes writes each sentence of data whose names the tagger gets wrong, as words with
// the gold and the predicted tag where they differ. The sentences of one document are read
// together, as the scores are counted.
func writeMistakes(w io.Writer, t *ner.Tagger, data []ner.Example) {
	tags := t.TagExamples(data, true)
	for k, ex := range data {
		pred := tags[k]
		var b strings.Builder
		wrong := false
		for i, word := range ex.Words {
			g := ex.Tags[i]
			if g != "O" && g != "B-PER" && g != "I-PER" && g != "B-ORG" && g != "I-ORG" && g != "B-LOC" && g != "I-LOC" {
				g = "O"
			}
			b.WriteString(word)
			if g != pred[i] {
				wrong = true
				fmt.Fprintf(&b, "[%s|%s]", g, pred[i])
			} else if g != "O" {
				fmt.Fprintf(&b, "[%s]", g)
			}
			b.WriteByte(' ')
		}
		if wrong {
			fmt.Fprintf(w, "%s\t%s\n", ex.Doc, b.String())
		}
	}
}
