package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/ner"
	"github.com/dossier-project/dossier/lang/syntax"
)

// clusterOptions are the settings the shipped clusters were built with.
var clusterOptions = ner.ClusterOptions{MinCount: 2, Contexts: 2000, Depth: 16, Seed: 1}

// writeClusters builds word clusters from the unlabelled text under the shared data folder and
// writes them to out.
func writeClusters(data, out string) error {
	sents, err := unlabelled(data)
	if err != nil {
		return err
	}
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	c := ner.BuildClusters(sents, clusterOptions)
	fmt.Printf("clustered %d words from %d sentences, %d tokens\n", len(c), len(sents), n)
	return writeFile(out, c)
}

// readClusters reads a clusters file written by writeClusters.
func readClusters(path string) (ner.Clusters, error) {
	return readPath(path, ner.ReadClusters)
}

// readPath opens the file at path and reads it with read.
func readPath[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		return v, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// unlabelled reads the running text available for training, tokenised: the words of EWT's
// training and development sentences and of GUM's training documents, and the texts of the
// FA-KES, TimeBank, article-extraction and re3d sets. EWT's test sentences (Universal NER's test
// text) and GUM's test documents are left out.
func unlabelled(data string) ([][]string, error) {
	tb := filepath.Join(data, "treebanks")
	var sents [][]string
	add := func(exs []ner.Example) {
		for _, ex := range exs {
			sents = append(sents, ex.Words)
		}
	}
	for _, split := range []string{"train", "dev"} {
		exs, err := ner.LoadTagged(tb, split)
		if err != nil {
			return nil, err
		}
		add(exs)
	}
	gum, err := ner.LoadTraining(tb, ner.NewLexicon(nil))
	if err != nil {
		return nil, err
	}
	var gumOnly []ner.Example
	for _, ex := range gum {
		if strings.HasPrefix(ex.Doc, "GUM_") {
			gumOnly = append(gumOnly, ex)
		}
	}
	add(gumOnly)
	var texts []string
	for _, f := range []string{"fakes-incidents/input.jsonl", "timebank/input.jsonl"} {
		ts, err := jsonLines(filepath.Join(data, f), "text")
		if err != nil {
			return nil, err
		}
		texts = append(texts, ts...)
	}
	re3d, err := filepath.Glob(filepath.Join(data, "re3d", "*", "documents.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(re3d)
	for _, f := range re3d {
		ts, err := jsonLines(f, "text")
		if err != nil {
			return nil, err
		}
		texts = append(texts, ts...)
	}
	ts, err := articleBodies(filepath.Join(data, "article-extraction", "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	texts = append(texts, ts...)
	for _, t := range texts {
		sents = append(sents, textSentences(t)...)
	}
	return sents, nil
}

// textSentences tokenises a text a line at a time.
func textSentences(text string) [][]string {
	var out [][]string
	start := 0
	tz := syntax.NewTokenizer(en.Embedded())
	for _, line := range strings.SplitAfter(text, "\n") {
		toks := tz.Tokens(text, dossier.Span{Start: start, End: start + len(line)})
		start += len(line)
		if len(toks) == 0 {
			continue
		}
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Text
		}
		out = append(out, words)
	}
	return out
}

// jsonLines reads one string field of each JSON object of a file of JSON lines.
func jsonLines(path, field string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		if s, ok := rec[field].(string); ok {
			out = append(out, s)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// articleBodies reads the article bodies of the article-extraction benchmark's ground truth, in
// the order of their keys.
func articleBodies(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	keys := make([]string, 0, len(gt))
	for k := range gt {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = gt[k].ArticleBody
	}
	return out, nil
}
