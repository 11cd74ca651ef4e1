package ner

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// LoadTraining reads the training data under a treebanks folder: the named mentions of GUM's
// documents not listed in gum/TEST_DOCS.txt, and uner/dev.iob2 with the parts of speech of the
// matching sentences of ewt/dev.conllu. GUM's person names lose the titles that lead them (words
// of the lexicon's TITLE class), as Universal NER writes them, and a title alone ("the Secretary")
// is no name.
func LoadTraining(dir string, lex *Lexicon) ([]Example, error) {
	test, err := readLines(filepath.Join(dir, "gum", "TEST_DOCS.txt"))
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "gum", "*.conllu"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no GUM files under %s: %v", dir, err)
	}
	sort.Strings(files)
	var out []Example
	for _, f := range files {
		doc := strings.TrimSuffix(filepath.Base(f), ".conllu")
		if test[doc] {
			continue
		}
		exs, err := readFile(f, func(fh *os.File) ([]Example, error) { return ReadCoNLLU(fh, doc) })
		if err != nil {
			return nil, err
		}
		for _, ex := range exs {
			stripTitles(ex, lex)
		}
		out = append(out, exs...)
	}
	uner, err := LoadUNER(dir, "dev")
	if err != nil {
		return nil, err
	}
	return append(out, uner...), nil
}

// LoadUNER reads uner/<split>.iob2 and gives each sentence the parts of speech of the same
// sentence of ewt/<split>.conllu when that file is there.
func LoadUNER(dir, split string) ([]Example, error) {
	exs, err := readFile(filepath.Join(dir, "uner", split+".iob2"), func(fh *os.File) ([]Example, error) { return ReadIOB2(fh) })
	if err != nil {
		return nil, err
	}
	ewt, err := readFile(filepath.Join(dir, "ewt", split+".conllu"), func(fh *os.File) ([]Example, error) { return ReadCoNLLU(fh, "ewt") })
	if err != nil {
		return exs, nil
	}
	pos := map[string][]string{}
	for _, e := range ewt {
		pos[e.ID] = e.UPOS
	}
	for i := range exs {
		if p := pos[exs[i].ID]; len(p) == len(exs[i].Words) {
			exs[i].UPOS = p
		}
	}
	return exs, nil
}

func readFile(path string, read func(*os.File) ([]Example, error)) ([]Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	exs, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return exs, nil
}

func readLines(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			out[s] = true
		}
	}
	return out, sc.Err()
}

// LoadTagged reads ewt/<split>.conllu: sentences with parts of speech and no names, for
// BuildVocab and the word clusters.
func LoadTagged(dir, split string) ([]Example, error) {
	return readFile(filepath.Join(dir, "ewt", split+".conllu"), func(fh *os.File) ([]Example, error) { return ReadCoNLLU(fh, "ewt") })
}

// stripTitles moves the start of each person's name past the titles that lead it.
func stripTitles(ex Example, lex *Lexicon) {
	for _, n := range Names(ex.Tags) {
		if n.Type != "PER" {
			continue
		}
		i := n.Start
		for i < n.End && lex.Has("TITLE", ex.Words[i]) {
			ex.Tags[i] = "O"
			i++
		}
		if i < n.End {
			ex.Tags[i] = "B-PER"
		}
	}
}

// Retag replaces the examples' parts of speech by those analyze gives their words (a tagger
// reading the example's words as one sentence's tokens), so the recogniser is trained and measured
// on the tags the pipeline gives it rather than on gold ones.
func Retag(exs []Example, analyze func([]dossier.Token)) {
	for i := range exs {
		toks := make([]dossier.Token, len(exs[i].Words))
		for k, w := range exs[i].Words {
			toks[k].Text = w
		}
		analyze(toks)
		upos := make([]string, len(toks))
		for k, t := range toks {
			upos[k] = t.UPOS
		}
		exs[i].UPOS = upos
	}
}
