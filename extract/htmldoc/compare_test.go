package htmldoc

import (
	"os"
	"strings"
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

// TestCompareSettings scores alternative library settings on the benchmark. It is slow and only
// informative, so it runs when HTMLDOC_COMPARE=1.
func TestCompareSettings(t *testing.T) {
	if os.Getenv("HTMLDOC_COMPARE") != "1" {
		t.Skip("set HTMLDOC_COMPARE=1 to compare extraction settings on the benchmark")
	}
	pages := loadBench(t)
	def := defaults()
	variants := []struct {
		name string
		s    settings
	}{
		{"default", def},
		{"no prune rules", settings{focus: def.focus}},
		{"fallback", settings{fallback: true, focus: def.focus, prune: def.prune}},
		{"favour precision", settings{focus: trafilatura.FavorPrecision, prune: def.prune}},
		{"balanced", settings{focus: trafilatura.Balanced, prune: def.prune}},
		{"library date search", settings{focus: def.focus, prune: def.prune, htmlDate: true}},
	}
	for _, v := range variants {
		res, _ := runBench(t, pages, v.s)
		t.Logf("%-20s failed %d precision %.3f recall %.3f f1 %.3f", v.name, res.failed, res.p, res.r, res.f1)
	}
}

// TestComparePruneRules scores each default prune rule alone against no rules, when
// HTMLDOC_COMPARE=rules.
func TestComparePruneRules(t *testing.T) {
	if os.Getenv("HTMLDOC_COMPARE") != "rules" {
		t.Skip("set HTMLDOC_COMPARE=rules to score each prune rule on the benchmark")
	}
	pages := loadBench(t)
	base, _ := runBench(t, pages, settings{})
	t.Logf("%-30s f1 %.4f", "none", base.f1)
	for _, rule := range strings.Split(defaultPruneRules, "\n") {
		sel, err := ParsePruneRules(rule)
		if err != nil || len(sel) == 0 {
			continue
		}
		res, _ := runBench(t, pages, settings{prune: sel})
		t.Logf("%-30s f1 %.4f (%+.4f)", rule, res.f1, res.f1-base.f1)
	}
}
