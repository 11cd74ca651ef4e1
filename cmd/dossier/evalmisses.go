package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/dossier-project/dossier/internal/evalsplit"
	"github.com/dossier-project/dossier/internal/scorenorm"
)

// timexMiss is one development-half gold timex that the export does not fully match: the
// scorer's credit, the gold and the system's overlapping timexes.
type timexMiss struct {
	Credit float64
	Doc    string
	Text   string
	Value  string
	Mod    string
	Ours   []string // "text"=value/mod of each overlapping system timex
}

// missesTimex compares the time expressions of an export with the gold on the development half
// and returns every gold timex the scorer would not give full credit, ordered by document and
// text. The held-out half is never read, so the list can be tuned on.
func missesTimex(goldRaw, exportRaw []byte) ([]timexMiss, error) {
	var gold struct {
		Timexes []struct {
			Doc   string   `json:"doc"`
			Text  string   `json:"text"`
			Value string   `json:"value"`
			Mod   string   `json:"mod"`
			Also  []string `json:"also"`
		} `json:"timexes"`
	}
	if err := json.Unmarshal(goldRaw, &gold); err != nil {
		return nil, fmt.Errorf("timex misses: gold: %w", err)
	}
	var exp struct {
		Documents evalDocs `json:"documents"`
		Timexes   []struct {
			Doc   string `json:"doc"`
			Text  string `json:"text"`
			Value string `json:"value"`
			Mod   string `json:"mod"`
		} `json:"timexes"`
	}
	if err := json.Unmarshal(exportRaw, &exp); err != nil {
		return nil, fmt.Errorf("timex misses: export: %w", err)
	}
	file := exp.Documents.files()
	type sysTimex struct{ text, value, mod string }
	byFile := map[string][]sysTimex{}
	for _, x := range exp.Timexes {
		byFile[file[x.Doc]] = append(byFile[file[x.Doc]], sysTimex{x.Text, x.Value, x.Mod})
	}
	var out []timexMiss
	for _, g := range gold.Timexes {
		if !evalsplit.IsDevelopment(g.Doc) {
			continue
		}
		m := timexMiss{Doc: g.Doc, Text: g.Text, Value: g.Value, Mod: g.Mod}
		for _, x := range byFile[g.Doc] {
			if !scorenorm.Overlaps(x.text, g.Text) {
				continue
			}
			m.Ours = append(m.Ours, fmt.Sprintf("%q=%s/%s", x.text, x.value, x.mod))
			switch {
			case x.value == g.Value && x.mod == g.Mod:
				m.Credit = 1
			case x.value == g.Value || contains(g.Also, x.value):
				m.Credit = max(m.Credit, 0.5)
			}
		}
		if m.Credit < 1 {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Doc != out[j].Doc {
			return out[i].Doc < out[j].Doc
		}
		return out[i].Text < out[j].Text
	})
	return out, nil
}

// printTimexMisses writes the development-half timex misses of a set's export kept in dir, one a
// line: credit, document, gold text, gold value/mod, and what the system has there.
func printTimexMisses(w io.Writer, shared, dir string, set evalSet) error {
	goldRaw, exportRaw, err := missInputs(shared, dir, set)
	if err != nil {
		return err
	}
	misses, err := missesTimex(goldRaw, exportRaw)
	if err != nil {
		return fmt.Errorf("eval %s: %w", set.name, err)
	}
	for _, m := range misses {
		fmt.Fprintf(w, "%s miss %.1f %s %q want %s/%s got %v\n", set.name, m.Credit, m.Doc, m.Text, m.Value, m.Mod, m.Ours)
	}
	fmt.Fprintf(w, "%s development misses: %d\n", set.name, len(misses))
	return nil
}

// missInputs reads the gold of a set and its export kept in dir, which the misses compare.
func missInputs(shared, dir string, set evalSet) (gold, export []byte, err error) {
	if gold, err = os.ReadFile(filepath.Join(shared, set.gold)); err != nil {
		return nil, nil, fmt.Errorf("eval %s misses: %w", set.name, err)
	}
	if export, err = os.ReadFile(filepath.Join(dir, set.name+".json")); err != nil {
		return nil, nil, fmt.Errorf("eval %s misses: %w", set.name, err)
	}
	return gold, export, nil
}

// evalDocs are the documents of an export as the evaluations read them: id and file.
type evalDocs []struct{ ID, File string }

// files maps each document's id to its file, the name the gold knows it by.
func (ds evalDocs) files() map[string]string {
	file := make(map[string]string, len(ds))
	for _, d := range ds {
		file[d.ID] = d.File
	}
	return file
}
