package resolve

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/testshared"
	"github.com/dossier-project/dossier/lang/en"
)

// samplePair is one hand-judged pair of testdata/merge-sample.tsv.
type samplePair struct {
	half, a, b string
	context    []string
	same       bool
}

// readSample reads the judged pairs of testdata/merge-sample.tsv.
func readSample(t *testing.T) []samplePair {
	t.Helper()
	var out []samplePair
	for _, f := range testshared.TabLines(t, "testdata/merge-sample.tsv", 8) {
		p := samplePair{half: f[0], a: f[3] + ":" + f[4], b: f[3] + ":" + f[5], same: f[7] == "true"}
		if f[6] != "-" {
			p.context = strings.Split(f[6], "|")
		}
		out = append(out, p)
	}
	return out
}

// TestMergeSample resolves each judged pair as two documents, each holding one side's chain
// and the names both sides' documents share, and checks each half's merge precision and recall
// at no less than the figures measured, so that a gain passes and a loss fails.
func TestMergeSample(t *testing.T) {
	want := map[string]struct{ precision, recall float64 }{
		"tune":   {1.000, 0.692},
		"report": {1.000, 0.667},
	}
	type tally struct{ tp, fp, fn int }
	got := map[string]*tally{}
	n := 0
	r := New(en.Embedded(), nil)
	for _, p := range readSample(t) {
		n++
		_, members := r.Resolve([]*dossier.Analysis{
			doc("a", append([]string{p.a}, p.context...)...),
			doc("b", append([]string{p.b}, p.context...)...),
		})
		merged := sameEntity(members, ref("a", 0), ref("b", 0))
		if got[p.half] == nil {
			got[p.half] = &tally{}
		}
		c := got[p.half]
		switch {
		case merged && p.same:
			c.tp++
		case merged:
			c.fp++
			t.Logf("%s: %q ~ %q merged, judged distinct", p.half, p.a, p.b)
		case p.same:
			c.fn++
			t.Logf("%s: %q ~ %q apart, judged one", p.half, p.a, p.b)
		}
	}
	if n != 60 {
		t.Fatalf("read %d pairs, want 60", n)
	}
	for half, w := range want {
		c := got[half]
		if c == nil {
			t.Fatalf("no pairs in half %s", half)
		}
		p := float64(c.tp) / float64(c.tp+c.fp)
		rc := float64(c.tp) / float64(c.tp+c.fn)
		t.Logf("%s: precision %.3f recall %.3f (%d merged right, %d wrong, %d missed)", half, p, rc, c.tp, c.fp, c.fn)
		if p < w.precision-0.0005 || rc < w.recall-0.0005 {
			t.Errorf("%s: precision %.3f recall %.3f, want at least %.3f %.3f", half, p, rc, w.precision, w.recall)
		}
	}
}
