package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Only documents of the development half are listed: a spelling the gold has more often than the
// export is a miss, one the export has more often an excess, and a leading "the" is ignored.
func TestMissesRe3d(t *testing.T) {
	// "a" and "c" hash to the development half, "b" to the held-out one.
	gold := map[string][]re3dGold{
		"a": {{Doc: "a", Value: "the Velmar Council", Type: "ORG"}, {Doc: "a", Value: "Orsk", Type: "LOC"}, {Doc: "a", Value: "Orsk", Type: "LOC"}},
		"b": {{Doc: "b", Value: "Tarn", Type: "LOC"}},
		"c": {{Doc: "c", Value: "Ilse Varn", Type: "PER"}},
	}
	got := map[string][]re3dGold{
		"a": {{Doc: "a", Value: "Velmar Council", Type: "ORG"}, {Doc: "a", Value: "Orsk", Type: "LOC"}, {Doc: "a", Value: "Brisk", Type: "MISC"}},
		"c": {{Doc: "c", Value: "Ilse Varn", Type: "ORG"}},
	}
	want := []re3dMiss{
		{Doc: "a", Key: "LOC Orsk", Gold: 2, Found: 1},
		{Doc: "a", Key: "MISC Brisk", Gold: 0, Found: 1},
		{Doc: "c", Key: "ORG Ilse Varn", Gold: 0, Found: 1},
		{Doc: "c", Key: "PER Ilse Varn", Gold: 1, Found: 0},
	}
	if d := cmp.Diff(want, missesRe3d(gold, got)); d != "" {
		t.Errorf("missesRe3d (-want +got):\n%s", d)
	}
	var out bytes.Buffer
	printRe3dMisses(&out, gold, got)
	for _, line := range []string{`re3d miss a "LOC Orsk" x1`, `re3d extra a "MISC Brisk" x1`, "re3d development misses: 2, extra: 2"} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("printRe3dMisses: no line %q in\n%s", line, out.String())
		}
	}
}
