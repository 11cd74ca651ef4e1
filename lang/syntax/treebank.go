package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/conllu"
)

// Treebanks are the training, development and test parts of the treebanks under one folder (the
// layout of shared/data/treebanks): EWT's own split, and GUM's documents split by TEST_DOCS.txt.
type Treebanks struct {
	Train, Dev, EWTTest, GUMTest []conllu.Sentence
}

// ReadTreebanks reads the treebanks under dir.
func ReadTreebanks(dir string) (*Treebanks, error) {
	tb := &Treebanks{}
	var err error
	read := func(path string) []conllu.Sentence {
		if err != nil {
			return nil
		}
		f, e := os.Open(path)
		if e != nil {
			err = e
			return nil
		}
		defer f.Close()
		s, e := conllu.Read(f, path)
		if e != nil {
			err = e
		}
		return s
	}
	tb.Train = read(filepath.Join(dir, "ewt", "train.conllu"))
	tb.Dev = read(filepath.Join(dir, "ewt", "dev.conllu"))
	tb.EWTTest = read(filepath.Join(dir, "ewt", "test.conllu"))
	if err != nil {
		return nil, fmt.Errorf("treebanks %s: %w", dir, err)
	}
	held, e := os.ReadFile(filepath.Join(dir, "gum", "TEST_DOCS.txt"))
	if e != nil {
		return nil, fmt.Errorf("treebanks %s: %w", dir, e)
	}
	test := map[string]bool{}
	for _, d := range strings.Fields(string(held)) {
		test[d] = true
	}
	docs, _ := filepath.Glob(filepath.Join(dir, "gum", "GUM_*.conllu"))
	for _, path := range docs {
		name := strings.TrimSuffix(filepath.Base(path), ".conllu")
		s := read(path)
		if test[name] {
			tb.GUMTest = append(tb.GUMTest, s...)
		} else {
			tb.Train = append(tb.Train, s...)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("treebanks %s: %w", dir, err)
	}
	if len(tb.GUMTest) == 0 {
		return nil, fmt.Errorf("treebanks %s: no GUM test documents found", dir)
	}
	return tb, nil
}

// Report is the measured quality of a model on the held-out treebank parts, read from raw text.
type Report struct {
	EWT, GUM Scores
}

// Measure scores m on EWT test and the GUM test documents with the given sentence splitter.
func (tb *Treebanks) Measure(m *Model, split func(string) []dossier.Span) Report {
	return Report{EWT: Evaluate(m, split, tb.EWTTest), GUM: Evaluate(m, split, tb.GUMTest)}
}

// Lines are the report as "name: value" lines, percentages with two decimals.
func (r Report) Lines() []string {
	var out []string
	for _, part := range []struct {
		name string
		s    Scores
	}{{"ewt", r.EWT}, {"gum", r.GUM}} {
		out = append(out,
			fmt.Sprintf("%s words: %.2f", part.name, 100*part.s.Words),
			fmt.Sprintf("%s upos: %.2f", part.name, 100*part.s.UPOS),
			fmt.Sprintf("%s lemma: %.2f", part.name, 100*part.s.Lemma),
			fmt.Sprintf("%s uas: %.2f", part.name, 100*part.s.UAS),
			fmt.Sprintf("%s las: %.2f", part.name, 100*part.s.LAS))
	}
	return out
}
