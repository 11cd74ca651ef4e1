package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/dossier-project/dossier/internal/evalsplit"
)

// halfMeasures are the scorer's measures printed for each half of a corpus.
var halfMeasures = map[string][]string{
	"timebank":        {"time.values"},
	"fakes-incidents": {"tolls.recall", "conflicts.recall", "conflicts.quiet", "conflicts.spread"},
}

// goldSplitters split a set's gold into its halves: the incidents gold by incident, every other
// gold by document (see splitGold).
var goldSplitters = map[string]func([]byte) (map[string][]byte, error){"fakes-incidents": splitIncidents}

// evalHalves scores an export already written by evalOne against each half of the set's gold
// (development, tuned on; held-out, only reported) and prints the set's half measures.
func (a *app) evalHalves(ctx context.Context, shared, dir string, set evalSet) error {
	export := filepath.Join(dir, set.name+".json")
	if _, err := os.Stat(export); err != nil {
		return nil // evalOne has said the corpus is missing
	}
	raw, err := os.ReadFile(filepath.Join(shared, set.gold))
	if err != nil {
		return fmt.Errorf("eval %s halves: %w", set.name, err)
	}
	split := splitGold
	if sp, ok := goldSplitters[set.name]; ok {
		split = sp
	}
	halves, err := split(raw)
	if err != nil {
		return fmt.Errorf("eval %s halves: %s: %w", set.name, set.gold, err)
	}
	for _, half := range evalsplit.Halves {
		file := filepath.Join(dir, set.name+"-"+half+".gold.json")
		if err := os.WriteFile(file, halves[half], 0o644); err != nil {
			return fmt.Errorf("eval %s halves: %w", set.name, err)
		}
		out, err := exec.CommandContext(ctx, "python3", filepath.Join(shared, set.scorer), file, export).Output()
		if err != nil {
			return fmt.Errorf("eval %s %s half: scorer: %w", set.name, half, err)
		}
		for _, line := range strings.Split(string(out), "\n") {
			f := strings.Fields(line)
			if len(f) == 2 && contains(halfMeasures[set.name], f[0]) {
				fmt.Fprintf(a.stdout, "%s %s: %s\n", set.name, half, strings.TrimRight(line, " "))
			}
		}
	}
	return nil
}

// splitGold splits a gold file in the format of eval/FORMAT.md into its development and held-out
// halves: every listed item that names its document (documents by "file", timexes and the other
// parts by "doc") goes to that document's half; items naming none, and the fields that are not
// lists, are kept in both.
func splitGold(raw []byte) (map[string][]byte, error) {
	var gold map[string]json.RawMessage
	if err := json.Unmarshal(raw, &gold); err != nil {
		return nil, err
	}
	parts := map[string]map[string]any{}
	for _, half := range evalsplit.Halves {
		parts[half] = map[string]any{}
	}
	for key, v := range gold {
		var items []json.RawMessage
		if json.Unmarshal(v, &items) != nil {
			for _, half := range evalsplit.Halves {
				parts[half][key] = v
			}
			continue
		}
		for _, half := range evalsplit.Halves {
			parts[half][key] = []json.RawMessage{}
		}
		for _, item := range items {
			halves := evalsplit.Halves[:]
			if doc := itemDoc(item); doc != "" {
				halves = []string{evalsplit.Half(doc)}
			}
			for _, half := range halves {
				parts[half][key] = append(parts[half][key].([]json.RawMessage), item)
			}
		}
	}
	return marshalHalves(parts)
}

// itemDoc returns the document a gold item belongs to: its "file" (a gold document) or its
// "doc" (a timex, entity mention, event …), or "" when it names none.
func itemDoc(item json.RawMessage) string {
	var named struct {
		File string `json:"file"`
		Doc  string `json:"doc"`
	}
	if json.Unmarshal(item, &named) != nil {
		return ""
	}
	if named.File != "" {
		return named.File
	}
	return named.Doc
}

// incidentsGold is the gold of score_incidents.py: each document's outlet and incident, and the
// incidents with the documents that tell them.
type incidentsGold struct {
	Corpus    json.RawMessage            `json:"corpus"`
	Documents map[string]json.RawMessage `json:"documents"`
	Incidents []json.RawMessage          `json:"incidents"`
}

// splitIncidents splits an incidents gold into its halves by incident key, so that the
// documents of one incident, which the conflicts compare, are always in one half.
func splitIncidents(raw []byte) (map[string][]byte, error) {
	var gold incidentsGold
	if err := json.Unmarshal(raw, &gold); err != nil {
		return nil, err
	}
	parts := map[string]*incidentsGold{}
	for _, half := range evalsplit.Halves {
		parts[half] = &incidentsGold{Corpus: gold.Corpus, Documents: map[string]json.RawMessage{}, Incidents: []json.RawMessage{}}
	}
	for id, d := range gold.Documents {
		var doc struct{ Incident string }
		if err := json.Unmarshal(d, &doc); err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		parts[evalsplit.Half(doc.Incident)].Documents[id] = d
	}
	for _, inc := range gold.Incidents {
		var i struct{ Incident string }
		if err := json.Unmarshal(inc, &i); err != nil {
			return nil, fmt.Errorf("incident: %w", err)
		}
		p := parts[evalsplit.Half(i.Incident)]
		p.Incidents = append(p.Incidents, inc)
	}
	return marshalHalves(parts)
}

// marshalHalves writes each half of a split gold as JSON.
func marshalHalves[T any](parts map[string]T) (map[string][]byte, error) {
	out := map[string][]byte{}
	for half, p := range parts {
		b, err := json.Marshal(p)
		if err != nil {
			return nil, err
		}
		out[half] = b
	}
	return out, nil
}
