// Package newsgen makes a large, varied corpus of news-like reports from real ones, for measuring
// the pipeline at scale: the sentences of real articles (FA-KES incident reports and TimeBank news)
// recombined, with dates, outlets and places drawn so that stories form. Every document is a pure
// function of the seed and its number, so a corpus of any size streams without being held.
package newsgen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// Generator draws documents from the sentence pools of real articles. It is read-only after Load
// and safe for concurrent use.
type Generator struct {
	seed      uint64
	stories   int
	incidents [][]string // the sentences of the articles about one incident, one slice per incident
	titles    []string   // a title per incident
	filler    []string   // sentences of every article, for what reports say besides the story
	places    []string
	outlets   []string
}

// record is the part of a JSON Lines input record the generator reads.
type record struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Text      string `json:"text"`
}

// Load reads the real articles under shared (the evaluation data folder) and returns a generator
// of documents whose stories average about ten reports each for a corpus of docs documents.
func Load(shared string, docs int, seed uint64) (*Generator, error) {
	fakes := filepath.Join(shared, "data", "fakes-incidents")
	recs, err := readRecords(filepath.Join(fakes, "input.jsonl"))
	if err != nil {
		return nil, err
	}
	bank, err := readRecords(filepath.Join(shared, "data", "timebank", "input.jsonl"))
	if err != nil {
		return nil, err
	}
	keys, err := readIncidents(filepath.Join(fakes, "incidents.json"))
	if err != nil {
		return nil, err
	}
	g := &Generator{seed: seed, stories: max(1, docs/10)}
	split := segment.New(en.Embedded())
	byIncident := map[string]int{}
	outlets := map[string]bool{}
	places := map[string]bool{}
	for _, r := range recs {
		key := keys[r.ID]
		if key == "" {
			key = r.ID
		}
		if _, place, ok := strings.Cut(key, "|"); ok && place != "" {
			places[titleCase(place)] = true
		}
		i, ok := byIncident[key]
		if !ok {
			i = len(g.incidents)
			byIncident[key] = i
			g.incidents = append(g.incidents, nil)
			g.titles = append(g.titles, r.Title)
		}
		sents := sentences(split, r.Text)
		g.incidents[i] = append(g.incidents[i], sents...)
		g.filler = append(g.filler, sents...)
		if r.Publisher != "" {
			outlets[r.Publisher] = true
		}
	}
	for _, r := range bank {
		g.filler = append(g.filler, sentences(split, r.Text)...)
	}
	g.outlets = sortedKeys(outlets)
	g.places = sortedKeys(places)
	if len(g.incidents) == 0 || len(g.filler) == 0 || len(g.outlets) == 0 || len(g.places) == 0 {
		return nil, fmt.Errorf("newsgen: no articles to draw from under %s", shared)
	}
	return g, nil
}

// Page returns document number i (from 0) as a page with its metadata, as a JSON Lines record
// of the same fields would give it.
func (g *Generator) Page(i int) *dossier.Page {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)))
	// Stories of very different sizes: a few big ones, many small ones, spread over the corpus so
	// that a story's reports arrive in different batches.
	u := r.Float64()
	story := int(float64(g.stories) * u * u)
	s := rand.New(rand.NewPCG(g.seed^0x5eed, uint64(story)))
	inc := s.IntN(len(g.incidents))
	place := g.places[s.IntN(len(g.places))]
	day := time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, s.IntN(8*365))

	published := day.AddDate(0, 0, r.IntN(4))
	outlet := g.outlets[r.IntN(len(g.outlets))]
	var b strings.Builder
	fmt.Fprintf(&b, "%s, Syria (%s) - ", strings.ToUpper(place), outlet)
	own := g.incidents[inc]
	n := min(len(own), 6+r.IntN(7))
	start := r.IntN(len(own) - n + 1)
	for _, sent := range own[start : start+n] {
		b.WriteString(sent)
		b.WriteByte(' ')
	}
	for range 4 + r.IntN(6) {
		b.WriteString(g.filler[r.IntN(len(g.filler))])
		b.WriteByte(' ')
	}
	id := fmt.Sprintf("gen-%08d", i)
	return &dossier.Page{File: id, Format: dossier.FormatBody, Body: []byte(strings.TrimSpace(b.String())),
		Meta: dossier.Meta{ID: id, Title: g.titles[inc], Publisher: outlet, Published: published.Format("2006-01-02")}}
}

// WriteJSONL writes documents 0 to docs-1 to w as JSON Lines input records (id, title, publisher,
// published, text), so that ingest, or a queue for workers, reads the same corpus as Page gives.
func (g *Generator) WriteJSONL(w io.Writer, docs int) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for i := range docs {
		p := g.Page(i)
		rec := outRecord{ID: p.Meta.ID, Title: p.Meta.Title, Publisher: p.Meta.Publisher, Published: p.Meta.Published, Text: string(p.Body)}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("newsgen: write document %d: %w", i, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("newsgen: write: %w", err)
	}
	return nil
}

// outRecord is a generated document as a JSON Lines input record.
type outRecord struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func sentences(split *segment.Splitter, text string) []string {
	var out []string
	for _, sp := range split.Sentences(text) {
		if s := strings.TrimSpace(text[sp.Start:sp.End]); len(s) >= 20 {
			out = append(out, s)
		}
	}
	return out
}

func readRecords(path string) ([]record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("newsgen: %w", err)
	}
	defer f.Close()
	var out []record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("newsgen: %s:%d: %w", path, line, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("newsgen: read %s: %w", path, err)
	}
	return out, nil
}

// readIncidents maps each FA-KES article id to its incident key ("date|place").
func readIncidents(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("newsgen: %w", err)
	}
	var in struct {
		Documents map[string]struct {
			Incident string `json:"incident"`
		} `json:"documents"`
	}
	if err := json.Unmarshal(b, &in); err != nil {
		return nil, fmt.Errorf("newsgen: %s: %w", path, err)
	}
	out := make(map[string]string, len(in.Documents))
	for id, d := range in.Documents {
		out[id] = d.Incident
	}
	return out, nil
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
