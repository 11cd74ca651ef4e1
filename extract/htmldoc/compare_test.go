package htmldoc

import (
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// TestDefaultsBeatAlternatives scores the extraction library's other settings on the benchmark and
// checks that none beats the shipped ones (dropping the prune rules among them): each
// alternative was tried when the defaults were chosen, and a library update can change the answer.
func TestDefaultsBeatAlternatives(t *testing.T) {
	if testing.Short() {
		t.Skip("scores the benchmark five times; not run with -short")
	}
	pages := loadBench(t)
	def := embedded().s
	base, _ := runBench(t, pages, def)
	variants := []struct {
		name string
		s    settings
	}{
		{"no prune rules", settings{focus: def.focus, dates: def.dates}},
		{"fallback extractors", settings{fallback: true, focus: def.focus, prune: def.prune, dates: def.dates}},
		{"favour precision", settings{focus: trafilatura.FavorPrecision, prune: def.prune, dates: def.dates}},
		{"balanced", settings{focus: trafilatura.Balanced, prune: def.prune, dates: def.dates}},
	}
	const slack = 0.002
	for _, v := range variants {
		res, _ := runBench(t, pages, v.s)
		t.Logf("%-20s failed %d precision %.3f recall %.3f f1 %.3f (shipped %.3f)", v.name, res.failed, res.p, res.r, res.f1, base.f1)
		if res.f1 > base.f1+slack {
			t.Errorf("%s scores f1 %.4f, above the shipped settings' %.4f", v.name, res.f1, base.f1)
		}
	}
}
