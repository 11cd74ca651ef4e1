package ner

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
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

// stripTitles writes GUM's person names as Universal NER does: a title leading the name leaves it
// (unless the name goes on in lower case: "Earl of X"), and so do the words before a title inside
// it ("NASA Administrator X" → X), which become the organisation or place the lexicon knows them
// as, or no name. A name made only of words for a people ("Americans", "43 million Greeks") is no
// name.
func stripTitles(ex Example, lex *Lexicon) {
	for _, n := range Names(ex.Tags) {
		if peoples(ex.Words[n.Start:n.End], lex) {
			for i := n.Start; i < n.End; i++ {
				ex.Tags[i] = "O"
			}
			continue
		}
		if n.Type != "PER" {
			continue
		}
		start := n.Start
		for i := n.End - 2; i > n.Start; i-- {
			if lex.Has("TITLE", ex.Words[i]) && capitalised(ex.Words[i+1]) {
				start = i + 1
				break
			}
		}
		for start < n.End-1 && lex.Has("TITLE", ex.Words[start]) && capitalised(ex.Words[start+1]) {
			start++
		}
		for i := n.Start; i < start; i++ {
			ex.Tags[i] = "O"
		}
		retype(ex, n.Start, start, lex)
		if start < n.End {
			ex.Tags[start] = "B-PER"
		}
	}
}

// peoples reports a name whose words are numbers and words for a people.
func peoples(words []string, lex *Lexicon) bool {
	dem := false
	for _, w := range words {
		switch {
		case lex.Has("DEMONYM", w):
			dem = true
		case !capitalised(w):
		default:
			return false
		}
	}
	return dem
}

// retype tags the words [lo, hi) before a title with the class the lexicon knows them by, when
// they make one organisation or place, up to the first title among them.
func retype(ex Example, lo, hi int, lex *Lexicon) {
	end := lo
	for end < hi && !lex.Has("TITLE", ex.Words[end]) {
		end++
	}
	if end == lo {
		return
	}
	words := ex.Words[lo:end]
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(w)
	}
	m := lex.match(words, lower)
	for _, typ := range []string{"ORG", "LOC"} {
		whole := slices.Contains(m[0], "B-"+typ)
		for i := 1; i < len(words); i++ {
			whole = whole && slices.Contains(m[i], "I-"+typ)
		}
		if whole {
			ex.Tags[lo] = "B-" + typ
			for i := lo + 1; i < end; i++ {
				ex.Tags[i] = "I-" + typ
			}
			return
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
		heads := make([]int, len(toks))
		rels := make([]string, len(toks))
		for k, t := range toks {
			upos[k], heads[k], rels[k] = t.UPOS, t.Head, t.Rel
		}
		exs[i].UPOS, exs[i].Heads, exs[i].Rels = upos, heads, rels
	}
}
