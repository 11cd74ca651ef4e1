package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-project/dossier/internal/evalsplit"
)

// re3dSetName names the re3d entity set among the evaluation sets.
const re3dSetName = "re3d"

// re3dTypes maps re3d's entity types onto Dossier's; re3d's other types (weapons, nationalities,
// quantities, …) are not scored.
var re3dTypes = map[string]string{"Person": "PER", "Organisation": "ORG", "Location": "LOC"}

// re3dGold is one re3d entity: the document, its spelling and its type.
type re3dGold struct {
	Doc   string `json:"documentId"`
	Value string `json:"value"`
	Type  string `json:"type"`
}

// evalRe3d runs the whole pipeline over the re3d documents and scores the exported mentions
// against re3d's persons, organisations and places. Each document's spellings are compared as
// bags (a spelling found twice where the gold has it twice counts twice), with a leading "the"
// dropped on both sides, so that text normalisation cannot shift the comparison. The "typed" line
// also asks for the type. With misses set it lists the typed misses and excess mentions of the
// development half.
func (a *app) evalRe3d(ctx context.Context, shared, dir string, misses bool) error {
	root := filepath.Join(shared, "data", re3dSetName)
	folders, _ := filepath.Glob(filepath.Join(root, "*", "documents.json"))
	if len(folders) == 0 {
		if os.Getenv("CI") == "true" {
			return fmt.Errorf("eval re3d: no documents under %s", root)
		}
		fmt.Fprintf(a.stdout, "== re3d: skipped (no documents under %s)\n", root)
		return nil
	}
	fmt.Fprintf(a.stdout, "== %s\n", re3dSetName)
	input := filepath.Join(dir, "re3d.jsonl")
	gold, err := writeRe3dInput(folders, input)
	if err != nil {
		return fmt.Errorf("eval re3d: %w", err)
	}
	got, err := a.re3dMentions(ctx, dir, input)
	if err != nil {
		return fmt.Errorf("eval re3d: %w", err)
	}
	var plain, typed bagScore
	halfPlain, halfTyped := map[string]*bagScore{}, map[string]*bagScore{}
	for _, half := range evalsplit.Halves {
		halfPlain[half], halfTyped[half] = &bagScore{}, &bagScore{}
	}
	for doc := range union(gold, got) {
		g, p := spellings(gold[doc], false), spellings(got[doc], false)
		gt, pt := spellings(gold[doc], true), spellings(got[doc], true)
		plain.add(g, p)
		typed.add(gt, pt)
		half := evalsplit.Half(doc)
		halfPlain[half].add(g, p)
		halfTyped[half].add(gt, pt)
	}
	fmt.Fprintf(a.stdout, "re3d: documents %d\n", len(gold))
	printRe3d(a, "re3d", &plain, &typed)
	for _, half := range evalsplit.Halves {
		printRe3d(a, "re3d "+half, halfPlain[half], halfTyped[half])
	}
	if misses {
		printRe3dMisses(a.stdout, gold, got)
	}
	return nil
}

// re3dMiss is one typed spelling of a development document whose gold and found counts differ:
// Gold > Found is a miss, Found > Gold an excess mention.
type re3dMiss struct {
	Doc, Key    string
	Gold, Found int
}

// missesRe3d lists, document by document in the development half only, the typed spellings whose
// gold and found counts differ, sorted by document and spelling.
func missesRe3d(gold, got map[string][]re3dGold) []re3dMiss {
	var out []re3dMiss
	for doc := range union(gold, got) {
		if !evalsplit.IsDevelopment(doc) {
			continue
		}
		g, p := spellings(gold[doc], true), spellings(got[doc], true)
		for k := range union(g, p) {
			if g[k] != p[k] {
				out = append(out, re3dMiss{Doc: doc, Key: k, Gold: g[k], Found: p[k]})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Doc != out[j].Doc {
			return out[i].Doc < out[j].Doc
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// printRe3dMisses writes the development-half differences one a line: "miss" when the gold has
// the typed spelling more often than the export, "extra" when the export has it more often.
func printRe3dMisses(w io.Writer, gold, got map[string][]re3dGold) {
	var miss, extra int
	for _, m := range missesRe3d(gold, got) {
		kind := "miss"
		n := m.Gold - m.Found
		if m.Found > m.Gold {
			kind, n = "extra", m.Found-m.Gold
		}
		if kind == "miss" {
			miss += n
		} else {
			extra += n
		}
		fmt.Fprintf(w, "re3d %s %s %q x%d\n", kind, m.Doc, m.Key, n)
	}
	fmt.Fprintf(w, "re3d development misses: %d, extra: %d\n", miss, extra)
}

// printRe3d prints the untyped and typed scores of re3d or of one of its halves (by the hash of
// each document's id: the development half is tuned on, the held-out half only reported).
func printRe3d(a *app, name string, plain, typed *bagScore) {
	fmt.Fprintf(a.stdout, "%s: mentions precision %.3f recall %.3f f1 %.3f\n", name, plain.precision(), plain.recall(), plain.f1())
	fmt.Fprintf(a.stdout, "%s: typed precision %.3f recall %.3f f1 %.3f\n", name, typed.precision(), typed.recall(), typed.f1())
}

// writeRe3dInput writes the documents of each re3d folder as JSON Lines input and returns the
// gold entities of the scored types by document id.
func writeRe3dInput(folders []string, input string) (map[string][]re3dGold, error) {
	out, err := os.Create(input)
	if err != nil {
		return nil, err
	}
	defer out.Close()
	w := bufio.NewWriter(out)
	gold := map[string][]re3dGold{}
	for _, docs := range folders {
		err := readJSONLines(docs, func(line []byte) error {
			var d struct {
				ID   string `json:"_id"`
				Text string `json:"text"`
			}
			if err := json.Unmarshal(line, &d); err != nil {
				return err
			}
			if _, ok := gold[d.ID]; !ok {
				gold[d.ID] = nil // a document without gold names still counts what is found in it
			}
			rec, err := json.Marshal(map[string]string{"id": d.ID, "text": d.Text})
			if err != nil {
				return err
			}
			_, err = w.Write(append(rec, '\n'))
			return err
		})
		if err != nil {
			return nil, err
		}
		err = readJSONLines(filepath.Join(filepath.Dir(docs), "entities.json"), func(line []byte) error {
			var g re3dGold
			if err := json.Unmarshal(line, &g); err != nil {
				return err
			}
			if typ, ok := re3dTypes[g.Type]; ok {
				g.Type = typ
				gold[g.Doc] = append(gold[g.Doc], g)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return gold, w.Flush()
}

// readJSONLines calls fn with each non-empty line of a JSON Lines file (a byte order mark at a
// line's start is dropped).
func readJSONLines(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(bytes.TrimPrefix(sc.Bytes(), []byte("\ufeff")))
		if len(line) == 0 {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// re3dMentions ingests the input into a fresh database and returns the exported mentions, with
// their entity's type, by the re3d id of their document.
func (a *app) re3dMentions(ctx context.Context, dir, input string) (map[string][]re3dGold, error) {
	out := filepath.Join(dir, re3dSetName+".json")
	if err := a.ingestAndExport(ctx, dir, re3dSetName, input, true, out); err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		return nil, err
	}
	var exp struct {
		Documents evalDocs
		Entities  []struct {
			Type     string
			Mentions []struct{ Doc, Text string }
		}
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		return nil, err
	}
	file := exp.Documents.files()
	got := map[string][]re3dGold{}
	for _, e := range exp.Entities {
		for _, m := range e.Mentions {
			got[file[m.Doc]] = append(got[file[m.Doc]], re3dGold{Doc: file[m.Doc], Value: m.Text, Type: e.Type})
		}
	}
	return got, nil
}

// spellings is the bag of a document's spellings, without a leading "the", with the type when
// typed is set.
func spellings(es []re3dGold, typed bool) map[string]int {
	bag := map[string]int{}
	for _, e := range es {
		v := strings.TrimSpace(e.Value)
		for _, the := range []string{"the ", "The "} {
			v = strings.TrimPrefix(v, the)
		}
		if typed {
			v = e.Type + " " + v
		}
		bag[v]++
	}
	return bag
}

// union returns the keys of two maps.
func union[V any](a, b map[string]V) map[string]bool {
	keys := map[string]bool{}
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	return keys
}

// bagScore counts matches between gold and found bags of spellings.
type bagScore struct{ tp, fp, fn int }

func (s *bagScore) add(gold, got map[string]int) {
	for k := range union(gold, got) {
		m := min(gold[k], got[k])
		s.tp += m
		s.fn += gold[k] - m
		s.fp += got[k] - m
	}
}

func (s bagScore) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s bagScore) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s bagScore) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
