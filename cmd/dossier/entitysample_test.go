package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-project/dossier/internal/testshared"
)

// sampleRow is one judged entity of a judged sample (testdata/entity-sample*.tsv): the span it
// should have in the clean text of its document and its right type (NONE when the words name
// nothing).
type sampleRow struct {
	set, half, file string
	start, end      int
	text, typ, line string
}

// judgedSamples are the judged samples and the accuracies measured on each of their halves; they
// may only rise. The tune half is the one the rules were changed for, the report half is never
// looked at while changing them.
var judgedSamples = []struct {
	file   string
	rows   int // in each half
	floors map[string]float64
}{
	{"testdata/entity-sample.tsv", 60, map[string]float64{"tune": 0.900, "report": 0.700}},
	{"testdata/entity-sample2.tsv", 60, map[string]float64{"tune": 0.800, "report": 0.816}},
	{"testdata/entity-sample3.tsv", 30, map[string]float64{"tune": 0.866, "report": 0.633}},
	{"testdata/entity-sample4.tsv", 30, map[string]float64{"tune": 0.600, "report": 0.700}},
}

// sampleInputs are the corpora the sample was drawn from, relative to the shared folder.
var sampleInputs = map[string]string{"pages181": "data/article-extraction/html", "fakes": "data/fakes-incidents/input.jsonl"}

func readSample(t *testing.T, name string) []sampleRow {
	t.Helper()
	var rows []sampleRow
	for _, c := range testshared.TabLines(t, name, 11) {
		s, err1 := strconv.Atoi(c[4])
		e, err2 := strconv.Atoi(c[5])
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: bad offsets in %q", name, strings.Join(c, "\t"))
		}
		rows = append(rows, sampleRow{set: c[0], half: c[1], file: c[3], start: s, end: e, text: c[6], typ: c[7], line: strings.Join(c, "\t")})
	}
	return rows
}

// sampleExport is the part of the JSON export the sample is scored on.
type sampleExport struct {
	Documents []struct{ ID, File, Text string } `json:"documents"`
	Entities  []struct {
		Type     string `json:"type"`
		Mentions []struct {
			Doc        string `json:"doc"`
			Start, End int
		} `json:"mentions"`
	} `json:"entities"`
}

// sampleSpan is a mention found by the program: where it is and its entity's type.
type sampleSpan struct {
	start, end int
	typ        string
}

// exportSpans ingests one corpus with all stages and returns, by document file name, its clean
// text and the typed mention spans of the export.
func exportSpans(t *testing.T, input string) (map[string]string, map[string][]sampleSpan) {
	t.Helper()
	dir := t.TempDir()
	a := &app{quiet: true, stdout: io.Discard, stderr: io.Discard}
	out := filepath.Join(dir, "out.json")
	if err := a.ingestAndExport(context.Background(), dir, "sample", input, true, out); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var x sampleExport
	if err := json.Unmarshal(raw, &x); err != nil {
		t.Fatal(err)
	}
	texts, files := map[string]string{}, map[string]string{}
	for _, d := range x.Documents {
		texts[filepath.Base(d.File)] = d.Text
		files[d.ID] = filepath.Base(d.File)
	}
	spans := map[string][]sampleSpan{}
	for _, e := range x.Entities {
		for _, m := range e.Mentions {
			spans[files[m.Doc]] = append(spans[files[m.Doc]], sampleSpan{m.Start, m.End, e.Type})
		}
	}
	return texts, spans
}

// sampleRight reports whether the program got a judged entity right: a name needs a mention with
// exactly its span and type, words that name nothing need no mention overlapping them.
func sampleRight(r sampleRow, spans []sampleSpan) bool {
	for _, s := range spans {
		if r.typ == "NONE" && s.start < r.end && r.start < s.end {
			return false
		}
		if s.start == r.start && s.end == r.end && s.typ == r.typ {
			return true
		}
	}
	return r.typ == "NONE"
}

// TestEntitySample scores the entities of judged random samples of the 181 article-extraction
// pages and of FA-KES (see testdata/entity-sample*.tsv) and keeps each half's accuracy at or above
// its floor. The misses of the tune halves are logged; the report halves' are not.
func TestEntitySample(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests two corpora")
	}
	shared := testshared.Dir(t)
	texts, spans := map[string]map[string]string{}, map[string]map[string][]sampleSpan{}
	for set, input := range sampleInputs {
		texts[set], spans[set] = exportSpans(t, filepath.Join(shared, input))
	}
	for _, js := range judgedSamples {
		right, total := map[string]int{}, map[string]int{}
		for _, r := range readSample(t, js.file) {
			text, ok := texts[r.set][r.file]
			if !ok || r.end > len(text) || text[r.start:r.end] != r.text {
				t.Fatalf("%s: %s: the clean text no longer has %q at %d", js.file, r.file, r.text, r.start)
			}
			total[r.half]++
			if sampleRight(r, spans[r.set][r.file]) {
				right[r.half]++
			} else if r.half == "tune" {
				t.Logf("wrong: %s", r.line)
			}
		}
		for half, floor := range js.floors {
			acc := float64(right[half]) / float64(max(1, total[half]))
			t.Logf("%s %s half: %d of %d right (%.3f)", js.file, half, right[half], total[half], acc)
			if total[half] != js.rows || acc < floor {
				t.Errorf("%s %s half: %d of %d right (%.3f), want %d rows and at least %.3f", js.file, half, right[half], total[half], acc, js.rows, floor)
			}
		}
	}
}
