// Command nertrain trains the name recogniser of lang/ner from the treebanks (GUM's named mentions
// of its training documents and Universal NER's English development file), with fixed seeds, and
// writes the weights that lang/ner embeds. One document in eight is held out to choose the number
// of passes; Universal NER's test file is only read by the evaluation.
//
//	go run ./cmd/nertrain [-treebanks DIR] [-out lang/ner/model/ner.bin.gz]
package main

import (
	"flag"
	"fmt"
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
	flag.Parse()
	if err := run(*dir, *out, *epochs, *seed, !*gold); err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
}

func run(dir, out string, epochs int, seed int64, predicted bool) error {
	gaz, err := entity.LoadGazetteer()
	if err != nil {
		return err
	}
	data, err := ner.LoadTraining(dir, gaz.Lexicon())
	if err != nil {
		return err
	}
	if predicted {
		if err := retag(data); err != nil {
			return err
		}
	}
	docs := map[string]bool{}
	for _, ex := range data {
		docs[ex.Doc] = true
	}
	names := make([]string, 0, len(docs))
	for d := range docs {
		names = append(names, d)
	}
	sort.Strings(names)
	held := map[string]bool{}
	for i, d := range names {
		if i%8 == 3 {
			held[d] = true
		}
	}
	var train, tune []ner.Example
	for _, ex := range data {
		if held[ex.Doc] {
			tune = append(tune, ex)
		} else {
			train = append(train, ex)
		}
	}
	fmt.Printf("training on %d sentences, tuning on %d\n", len(train), len(tune))
	if shipped, err := ner.New(gaz.Lexicon()); err == nil {
		sc := ner.Evaluate(shipped, tune, predicted)
		fmt.Printf("shipped model: held-out f1 %.4f (%s)\n", sc.F1(""), perType(sc))
	}
	tagged, err := ner.LoadTagged(dir)
	if err != nil {
		return err
	}
	vocab := ner.BuildVocab(append(tagged, train...))
	m, sc := ner.Train(train, tune, gaz.Lexicon(), vocab, ner.TrainOptions{
		Epochs: epochs, Seed: seed, Runs: 5, DropPOS: 0.5, Prune: 0.05, MinCount: 2, WithPOS: predicted,
		Log: func(e int, s ner.Score) { fmt.Printf("pass %d: held-out f1 %.4f\n", e, s.F1("")) },
	})
	fmt.Printf("kept: held-out f1 %.4f (%s)\n", sc.F1(""), perType(sc))
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if _, err := m.WriteTo(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", out, err)
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
