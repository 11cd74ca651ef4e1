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

// sampleRow is one judged entity of testdata/entity-sample.tsv: the span it should have in the
// clean text of its document and its right type (NONE when the words name nothing).
type sampleRow struct {
	set, half, file string
	start, end      int
	text, typ, line string
}

// sampleFloors are the accuracies measured on each half of the judged sample; they may only rise.
// The tune half is the one the rules were changed for, the report half is never looked at while
// changing them.
var sampleFloors = map[string]float64{"tune": 0.900, "report": 0.683}

// sampleInputs are the corpora the sample was drawn from, relative to the shared folder.
var sampleInputs = map[string]string{"pages181": "data/article-extraction/html", "fakes": "data/fakes-incidents/input.jsonl"}

func readSample(t *testing.T) []sampleRow {
	t.Helper()
	var rows []sampleRow
	for _, c := range testshared.TabLines(t, "testdata/entity-sample.tsv", 11) {
		s, err1 := strconv.Atoi(c[4])
		e, err2 := strconv.Atoi(c[5])
		if err1 != nil || err2 != nil {
			t.Fatalf("entity-sample.tsv: bad offsets in %q", strings.Join(c, "\t"))
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

// TestEntitySample scores the entities of a judged random sample of the 181 article-extraction
// pages and of FA-KES (seed 15; see testdata/entity-sample.tsv) and keeps each half's accuracy at
// or above its floor. The misses of the tune half are logged; the report half's are not.
func TestEntitySample(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests two corpora")
	}
	shared := testshared.Dir(t)
	rows := readSample(t)
	right, total := map[string]int{}, map[string]int{}
	for set, input := range sampleInputs {
		texts, spans := exportSpans(t, filepath.Join(shared, input))
		for _, r := range rows {
			if r.set != set {
				continue
			}
			text, ok := texts[r.file]
			if !ok || r.end > len(text) || text[r.start:r.end] != r.text {
				t.Fatalf("%s: the clean text no longer has %q at %d", r.file, r.text, r.start)
			}
			total[r.half]++
			if sampleRight(r, spans[r.file]) {
				right[r.half]++
			} else if r.half == "tune" {
				t.Logf("wrong: %s", r.line)
			}
		}
	}
	for half, floor := range sampleFloors {
		acc := float64(right[half]) / float64(max(1, total[half]))
		t.Logf("%s half: %d of %d right (%.3f)", half, right[half], total[half], acc)
		if total[half] != 60 || acc < floor {
			t.Errorf("%s half: %d of %d right (%.3f), want 60 rows and at least %.2f", half, right[half], total[half], acc, floor)
		}
	}
}
