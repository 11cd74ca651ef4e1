package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
)

func TestScratchUncovered(t *testing.T) {
	path := os.Getenv("SCRATCH_IN")
	if path == "" {
		t.Skip("no SCRATCH_IN")
	}
	f, _ := os.Open(path)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	tg := New()
	re := regexp.MustCompile(os.Getenv("SCRATCH_RE"))
	count := map[string]int{}
	for sc.Scan() {
		var d struct{ Text, Published string }
		json.Unmarshal(sc.Bytes(), &d)
		xs := tg.Tag(d.Text, ParseRef(d.Published))
		for _, loc := range re.FindAllStringIndex(d.Text, -1) {
			covered := false
			for _, x := range xs {
				if x.Start <= loc[0] && loc[1] <= x.End {
					covered = true
				}
			}
			if !covered {
				ctx := d.Text[max(0, loc[0]-30):min(len(d.Text), loc[1]+30)]
				count[strings.ReplaceAll(ctx, "\n", " ")]++
			}
		}
	}
	var ks []string
	for k := range count {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		t.Log(k)
	}
}
