package syntax

import (
	"bytes"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"github.com/dossier-project/dossier/internal/testshared"
)

// TestTable puts features into tables of several sizes, the last slot's neighbours included, and
// reads them back; features never put are not found.
func TestTable(t *testing.T) {
	for _, n := range []int{1, 2, 7, 100, 5000} {
		tb := newTable(n)
		for i := range n {
			tb.put(feat(1, uint64(i)), uint32(i))
		}
		tb.put(feat(1, 0), 0) // again: replaces, does not add
		if tb.n != n {
			t.Errorf("table of %d: holds %d", n, tb.n)
		}
		for i := range n {
			if v, ok := tb.get(feat(1, uint64(i))); !ok || v != uint32(i) {
				t.Errorf("table of %d: feature %d gives %d, %v", n, i, v, ok)
			}
		}
		for i := n; i < n+100; i++ {
			if v, ok := tb.get(feat(1, uint64(i))); ok {
				t.Errorf("table of %d: feature %d never put gives %d", n, i, v)
			}
		}
	}
}

// TestWeightsRows checks that weights built from rows give the rows back in feature order and
// score with them.
func TestWeightsRows(t *testing.T) {
	rows := map[uint32][]entry{
		9:          {{class: 0, w: 5}, {class: 2, w: -3}},
		3:          {{class: 1, w: 7}},
		0xffffffff: {{class: 2, w: 1}},
	}
	keys := []uint32{3, 9, 0xffffffff}
	var b builder
	for _, k := range keys {
		b.add(k, rows[k])
	}
	w := b.weights(3)
	if w.features() != 3 {
		t.Fatalf("%d features, want 3", w.features())
	}
	var got []uint32
	w.each(func(k uint32, es []entry) {
		got = append(got, k)
		if !slices.Equal(es, rows[k]) {
			t.Errorf("feature %d: entries %v, want %v", k, es, rows[k])
		}
	})
	if !slices.Equal(got, keys) {
		t.Errorf("features %v, want %v", got, keys)
	}
	var scores [256]int32
	w.score([]uint32{9, 4, 0xffffffff, 3}, &scores)
	if want := [3]int32{5, 7, -2}; [3]int32(scores[:3]) != want {
		t.Errorf("scores %v, want %v", scores[:3], want)
	}
}

// TestDenseRows builds weights whose long rows are kept as dense lanes, of 16 and of 32 bits, and
// checks that they give their entries back and score exactly as the entries added one by one,
// with more rows in a score than the lanes can sum before they are folded.
func TestDenseRows(t *testing.T) {
	for _, c := range []struct {
		classes, top, rows int
		bits               uint
	}{
		{103, 1000, 300, 16},
		{7, 4095, 40, 16},
		{256, 4095, 200, 16},
		{108, 32000, 200, 32},
		{256, 32768, 100, 32},
	} {
		r := rand.New(rand.NewPCG(uint64(c.classes), uint64(c.top)))
		rows := make([][]entry, c.rows)
		var b builder
		for i := range rows {
			for cl := range c.classes {
				if r.IntN(3) == 0 || cl == i%c.classes {
					w := r.IntN(2*c.top+1) - c.top
					if i == 0 {
						w = -c.top // the largest magnitude, on a row of every class
					}
					if w != 0 {
						rows[i] = append(rows[i], entry{class: uint8(cl), w: int16(w)})
					}
				}
			}
			b.add(uint32(i+1), rows[i])
		}
		w := b.weights(c.classes)
		if w.dense.min > 255 || w.dense.bits != c.bits {
			t.Fatalf("%+v: dense from %d entries, lanes of %d bits", c, w.dense.min, w.dense.bits)
		}
		w.each(func(k uint32, es []entry) {
			if !slices.Equal(es, rows[k-1]) {
				t.Errorf("%+v: feature %d gives %v, want %v", c, k, es, rows[k-1])
			}
		})
		feats := make([]uint32, 0, 256)
		var want [256]int32
		for _, k := range r.Perm(c.rows)[:min(c.rows, 250)] {
			feats = append(feats, uint32(k+1))
			for _, e := range rows[k] {
				want[e.class] += int32(e.w)
			}
		}
		var got [256]int32
		w.score(feats, &got)
		if got != want {
			t.Errorf("%+v: scores %v, want %v", c, got[:c.classes], want[:c.classes])
		}
	}
}

// TestWriteShipped writes the shipped model again: the same bytes as the shipped file, once both
// are uncompressed.
func TestWriteShipped(t *testing.T) {
	m := loadModel(t)
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if got, want := testshared.Gunzip(t, buf.Bytes()), testshared.Gunzip(t, shipped); !bytes.Equal(got, want) {
		t.Errorf("the model written again is %d bytes, the shipped one %d, and they differ", len(got), len(want))
	}
}

// TestModelMemory checks that the loaded model stays within a bound in memory: every process that
// analyses pages holds it.
func TestModelMemory(t *testing.T) {
	m, held := testshared.HeapHeld(func() *Model { return loadModel(t) })
	runtime.KeepAlive(m)
	testshared.AtMost(t, "the loaded syntax model", held, 42<<20)
}

// TestWeightsAverage averages small models: shared features are averaged class by class, a
// feature of one model alone is divided by the number of models, halves round away from zero and
// zeros are dropped.
func TestWeightsAverage(t *testing.T) {
	a := weightsOf(map[uint32][]entry{
		3: {{class: 0, w: 4}, {class: 2, w: -3}},
		5: {{class: 1, w: 1}},
		9: {{class: 1, w: 7}},
	})
	c := weightsOf(map[uint32][]entry{
		3: {{class: 0, w: 2}, {class: 1, w: 5}, {class: 2, w: 1}},
		5: {{class: 1, w: -1}},
		7: {{class: 2, w: -9}},
	})
	for _, c := range []struct {
		models []*Weights
		want   map[uint32][]entry
	}{
		{[]*Weights{a, c}, map[uint32][]entry{
			3: {{class: 0, w: 3}, {class: 1, w: 3}, {class: 2, w: -1}},
			7: {{class: 2, w: -5}},
			9: {{class: 1, w: 4}},
		}},
		{[]*Weights{a, c, a}, map[uint32][]entry{
			3: {{class: 0, w: 3}, {class: 1, w: 2}, {class: 2, w: -2}},
			7: {{class: 2, w: -3}},
			9: {{class: 1, w: 5}},
		}},
	} {
		got := map[uint32][]entry{}
		averageWeights(c.models...).each(func(k uint32, es []entry) { got[k] = slices.Clone(es) })
		if len(got) != len(c.want) {
			t.Errorf("%d models: features %v, want %v", len(c.models), got, c.want)
		}
		for k, es := range c.want {
			if !slices.Equal(got[k], es) {
				t.Errorf("%d models: feature %d: entries %v, want %v", len(c.models), k, got[k], es)
			}
		}
	}
	for _, c := range []struct{ s, n, want int32 }{
		{0, 2, 0}, {1, 2, 1}, {-1, 2, -1}, {4, 2, 2}, {-5, 2, -3}, {7, 2, 4}, {4, 3, 1}, {5, 3, 2}, {-5, 3, -2}, {-4, 3, -1},
	} {
		if got := divRound(c.s, c.n); got != c.want {
			t.Errorf("divRound(%d, %d) = %d, want %d", c.s, c.n, got, c.want)
		}
	}
}

// TestShrinkTagger drops from both tagger passes the features whose largest weight is below the
// bound and leaves the weights of the others as they were; the parser is not touched.
func TestShrinkTagger(t *testing.T) {
	first := map[uint32][]entry{
		1: {{class: 0, w: 299}, {class: 1, w: -120}},
		2: {{class: 0, w: 40}, {class: 2, w: -300}},
		3: {{class: 1, w: 1}, {class: 2, w: 2}},
	}
	second := map[uint32][]entry{
		4: {{class: 2, w: 500}, {class: 0, w: 1}},
		5: {{class: 1, w: -299}},
	}
	parser := map[uint32][]entry{6: {{class: 0, w: 1}}}
	m := &Model{Tagger: &Tagger{w: weightsOf(first), second: weightsOf(second)}, Parser: &Parser{w: weightsOf(parser)}}
	m.ShrinkTagger(300)
	for _, c := range []struct {
		name string
		w    *Weights
		want map[uint32][]entry
	}{
		{"first pass", m.Tagger.w, map[uint32][]entry{2: first[2]}},
		{"second pass", m.Tagger.second, map[uint32][]entry{4: second[4]}},
		{"parser", m.Parser.w, parser},
	} {
		checkRows(t, c.name, c.w, c.want)
	}
}

// weightsOf builds weights of three classes from rows by feature.
func weightsOf(rows map[uint32][]entry) *Weights {
	var keys []uint32
	for k := range rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b builder
	for _, k := range keys {
		b.add(k, rows[k])
	}
	return b.weights(3)
}

// TestAverageTagger averages both passes of two taggers trained alike, and refuses taggers
// with other tags or without the same second pass.
func TestAverageTagger(t *testing.T) {
	tagger := func(first, second map[uint32][]entry, tags ...string) *Model {
		tg := &Tagger{w: weightsOf(first), tags: tags, dict: map[string]uint8{"the": 0}, amb: map[string]string{"run": "1,2"}}
		if second != nil {
			tg.second = weightsOf(second)
		}
		return &Model{Tagger: tg}
	}
	a := tagger(map[uint32][]entry{1: {{class: 0, w: 10}}}, map[uint32][]entry{2: {{class: 1, w: -6}}}, "A", "B", "C")
	b := tagger(map[uint32][]entry{1: {{class: 0, w: 20}, {class: 2, w: 4}}}, map[uint32][]entry{3: {{class: 2, w: 8}}}, "A", "B", "C")
	if err := a.AverageTagger(b); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		w    *Weights
		want map[uint32][]entry
	}{
		{"first pass", a.Tagger.w, map[uint32][]entry{1: {{class: 0, w: 15}, {class: 2, w: 2}}}},
		{"second pass", a.Tagger.second, map[uint32][]entry{2: {{class: 1, w: -3}}, 3: {{class: 2, w: 4}}}},
	} {
		checkRows(t, c.name, c.w, c.want)
	}
	for _, c := range []struct {
		name  string
		other *Model
	}{
		{"other tags", tagger(map[uint32][]entry{1: {{class: 0, w: 1}}}, nil, "A", "B", "D")},
		{"no second pass", tagger(map[uint32][]entry{1: {{class: 0, w: 1}}}, nil, "A", "B", "C")},
	} {
		if err := a.AverageTagger(c.other); err == nil {
			t.Errorf("%s: averaged, want an error", c.name)
		}
	}
}

// checkRows checks that w holds the rows of want and no others.
func checkRows(t *testing.T, name string, w *Weights, want map[uint32][]entry) {
	t.Helper()
	got := map[uint32][]entry{}
	w.each(func(k uint32, es []entry) { got[k] = slices.Clone(es) })
	if len(got) != len(want) {
		t.Errorf("%s: %d features, want %d", name, len(got), len(want))
	}
	for k, es := range want {
		if !slices.Equal(got[k], es) {
			t.Errorf("%s: feature %d: %v, want %v", name, k, got[k], es)
		}
	}
}
