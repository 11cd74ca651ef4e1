package pipeline_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/extract"
	"github.com/dossier-project/dossier/internal/corpustest"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/ner"
	"github.com/dossier-project/dossier/lang/syntax"
	"github.com/dossier-project/dossier/pipeline"
)

// paragraphs are the prose paragraphs of the example corpus's text pages: real sentences with
// names, dates and events, repeated to make pages of any size.
func paragraphs(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "examples", "*", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no example pages: %v", err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range strings.Split(string(b), "\n\n") {
			if p = strings.TrimSpace(p); len(p) > 80 {
				out = append(out, p)
			}
		}
	}
	return out
}

// largePage makes a text page of about size bytes from the example paragraphs: "paragraphs"
// separates them with blank lines and numbers each so that no two are the same; "line" puts
// everything on one line.
func largePage(tb testing.TB, shape string, size int) []byte {
	tb.Helper()
	ps := paragraphs(tb)
	var b bytes.Buffer
	b.WriteString("Report on the events in the valley\n\n")
	for i := 0; b.Len() < size; i++ {
		p := ps[i%len(ps)]
		switch shape {
		case "paragraphs":
			fmt.Fprintf(&b, "%s Update %d.\n\n", p, i)
		case "line":
			b.WriteString(strings.ReplaceAll(p, "\n", " "))
			b.WriteByte(' ')
		case "run-on":
			// No stop anywhere: one sentence as long as the page, as a table flattened to text is.
			b.WriteString(strings.NewReplacer("\n", " ", ".", "", "!", "", "?", "").Replace(p))
			b.WriteByte(' ')
		default:
			tb.Fatalf("unknown shape %q", shape)
		}
	}
	return b.Bytes()
}

type stages struct {
	extract *extract.Extractor
	list    []pipeline.Stage
}

// newStages are the command's stages: the language layer first, then the entity stage with the
// name recogniser, time expressions and events.
func newStages(tb testing.TB) stages {
	x, list := corpustest.Stages(tb)
	data, err := en.Load("")
	if err != nil {
		tb.Fatal(err)
	}
	model, err := syntax.Load(data)
	if err != nil {
		tb.Fatal(err)
	}
	gaz, err := entity.LoadGazetteer()
	if err != nil {
		tb.Fatal(err)
	}
	names, err := ner.New(gaz.Lexicon())
	if err != nil {
		tb.Fatal(err)
	}
	list[0] = entity.NewWith(gaz, names)
	return stages{x, append([]pipeline.Stage{syntax.NewStage(model)}, list...)}
}

// BenchmarkLargePage times extraction, each stage and the cross-document pass on one page of 1, 4
// and 16 MB, in two shapes; ns/op should grow as the size does, not faster (compare the sizes'
// ratios). Each stage is timed on copies of what the stages before it made.
func BenchmarkLargePage(b *testing.B) {
	st := newStages(b)
	for _, shape := range []string{"paragraphs", "line", "run-on"} {
		for _, mb := range benchSizes {
			body := largePage(b, shape, mb<<20)
			page := &dossier.Page{File: "large.txt", Format: dossier.FormatText, Body: body}
			name := fmt.Sprintf("%s/%dMB", shape, mb)
			doc, err := st.extract.Extract(page)
			if err != nil {
				b.Fatal(err)
			}
			var steps []func() error
			steps = append(steps, func() error { _, err := st.extract.Extract(page); return err })
			names := []string{"extract"}
			a := &dossier.Analysis{Doc: doc}
			for _, s := range st.list {
				before := *a
				if err := s.Analyze(a); err != nil {
					b.Fatal(err)
				}
				steps = append(steps, func() error { one := before; return s.Analyze(&one) })
				names = append(names, fmt.Sprintf("%T", s))
			}
			steps = append(steps, func() error {
				corpustest.Cross([]*dossier.Analysis{a})
				return nil
			})
			names = append(names, "cross")
			for i, step := range steps {
				b.Run(name+"/"+strings.TrimPrefix(names[i], "*"), func(b *testing.B) {
					b.SetBytes(int64(len(body)))
					for b.Loop() {
						if err := step(); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}

// benchSizes are the page sizes of BenchmarkLargePage, in MB.
var benchSizes = []int{1, 4, 16}

// allocated runs fn and returns the bytes it allocated.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestLargePageGrowth runs every stage, the cross-document pass included, on pages of two sizes,
// four times apart, and checks that what each allocates grows about as the page does: work that
// redoes the rest of the text for every match shows up here as growth by sixteen.
func TestLargePageGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("large pages: not in -short")
	}
	st := newStages(t)
	const small = 128 << 10
	for _, shape := range []string{"paragraphs", "line", "run-on"} {
		costs := map[string][2]uint64{}
		for i, size := range []int{small, 4 * small} {
			body := largePage(t, shape, size)
			for stage, n := range stageAllocs(t, st, body) {
				c := costs[stage]
				c[i] = n
				costs[stage] = c
			}
		}
		for stage, c := range costs {
			ratio := float64(c[1]) / float64(max(c[0], 1))
			t.Logf("%s %s: %.1f MB → %.1f MB allocated, ×%.1f", shape, stage, float64(c[0])/1e6, float64(c[1])/1e6, ratio)
			if ratio > 6 {
				t.Errorf("%s page, %s: allocations grew ×%.1f for a page four times as large", shape, stage, ratio)
			}
		}
	}
}

// stageAllocs runs extraction, the stages and the cross-document pass on one page and returns what
// each allocated.
func stageAllocs(t *testing.T, st stages, body []byte) map[string]uint64 {
	t.Helper()
	out := map[string]uint64{}
	page := &dossier.Page{File: "large.txt", Format: dossier.FormatText, Body: body}
	var (
		doc dossier.Document
		err error
	)
	out["extract"] = allocated(func() { doc, err = st.extract.Extract(page) })
	if err != nil {
		t.Fatal(err)
	}
	a := &dossier.Analysis{Doc: doc}
	for _, s := range st.list {
		out[fmt.Sprintf("%T", s)] = allocated(func() { err = s.Analyze(a) })
		if err != nil {
			t.Fatal(err)
		}
	}
	out["cross"] = allocated(func() { corpustest.Cross([]*dossier.Analysis{a}) })
	return out
}
