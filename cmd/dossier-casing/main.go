// Command dossier-casing counts how often each English word is written in lower case and how
// often capitalised in mid-sentence, over the training parts of the treebanks (EWT train and the
// GUM documents not held out for test) and, given -pages, the clean text of the English documents
// of a `dossier export` file, and writes the words seen in lower case often enough as the language
// data file lang/en/data/word-casing.txt. The entity stage reads it to tell an ordinary word that
// opens a sentence or stands in a headline from a name. The shipped file counts the development
// halves of the page corpora (article-extraction pages of even index and the first half of
// htmldate-eval, by file name; the other halves are held out):
//
//	dossier --db /tmp/dev.db ingest DEV-PAGES && dossier --db /tmp/dev.db export -o /tmp/dev.json
//	go run ./cmd/dossier-casing -treebanks ../shared/data/treebanks -pages /tmp/dev.json -o lang/en/data/word-casing.txt
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/syntax"
	"github.com/dossier-project/dossier/segment"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "dossier-casing:", err)
		os.Exit(1)
	}
}

func run() error {
	shared := os.Getenv("DOSSIER_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "shared")
	}
	dir := flag.String("treebanks", filepath.Join(shared, "data", "treebanks"), "folder of the treebanks")
	pages := flag.String("pages", "", "a `dossier export` JSON file whose English documents are counted too")
	out := flag.String("o", filepath.Join("lang", "en", "data", "word-casing.txt"), "file to write")
	minLower := flag.Int("min-lower", 2, "keep words written in lower case at least this often")
	flag.Parse()
	tb, err := syntax.ReadTreebanks(*dir)
	if err != nil {
		return fmt.Errorf("count casing: %w", err)
	}
	counts := map[string]*casing{}
	countCasing(counts, treebankForms(tb.Train))
	if *pages != "" {
		texts, err := exportTexts(*pages)
		if err != nil {
			return fmt.Errorf("count casing: %w", err)
		}
		split := segment.New(en.Embedded())
		for _, t := range texts {
			countCasing(counts, textForms(split, t))
		}
	}
	return writeFile(*out, counts, *minLower)
}

// exportTexts reads the clean texts of the English documents of a `dossier export` JSON file, in
// the order of their ids.
func exportTexts(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read export: %w", err)
	}
	var ex struct {
		Documents []struct {
			ID, Language, Text string
		}
	}
	if err := json.Unmarshal(b, &ex); err != nil {
		return nil, fmt.Errorf("read export %s: %w", path, err)
	}
	sort.Slice(ex.Documents, func(i, j int) bool { return ex.Documents[i].ID < ex.Documents[j].ID })
	var out []string
	for _, d := range ex.Documents {
		if d.Language == "en" || d.Language == "" {
			out = append(out, d.Text)
		}
	}
	return out, nil
}

func writeFile(path string, counts map[string]*casing, minLower int) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("count casing: %w", err)
	}
	w := bufio.NewWriter(f)
	if err := write(w, counts, minLower); err != nil {
		f.Close()
		return fmt.Errorf("count casing %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("count casing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("count casing %s: %w", path, err)
	}
	return nil
}
