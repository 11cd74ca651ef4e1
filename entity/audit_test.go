package entity_test

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/segment"
)

// TestAudit reads the documents of a Dossier JSON export named by ENTITY_AUDIT, runs the stage
// over their text again and prints the mention texts by frequency with their types, then a
// fixed sample of mentions in context, for judging precision and typing by eye. Skipped otherwise.
func TestAudit(t *testing.T) {
	path := os.Getenv("ENTITY_AUDIT")
	if path == "" {
		t.Skip("set ENTITY_AUDIT to a JSON export to list its mentions by frequency")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Documents []dossier.Document `json:"documents"`
	}
	if err := json.Unmarshal(b, &exp); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	f := entity.New(nil)
	type row struct {
		text  string
		n     int
		types map[dossier.EntityType]int
	}
	rows := map[string]*row{}
	type sample struct {
		key, line string
	}
	var samples []sample
	for _, d := range exp.Documents {
		d.Sentences = segment.Sentences(d.Text)
		a := &dossier.Analysis{Doc: d}
		if err := f.Analyze(a); err != nil {
			t.Fatal(err)
		}
		for _, m := range a.Mentions {
			r := rows[m.Text]
			if r == nil {
				r = &row{text: m.Text, types: map[dossier.EntityType]int{}}
				rows[m.Text] = r
			}
			r.n++
			r.types[m.Type]++
			h := fnv.New64a()
			fmt.Fprintf(h, "%s:%d", d.ID, m.Start)
			lo, hi := max(0, m.Start-40), min(len(d.Text), m.End+40)
			for lo > 0 && !isBoundary(d.Text, lo) {
				lo--
			}
			for hi < len(d.Text) && !isBoundary(d.Text, hi) {
				hi++
			}
			ctx := strings.ReplaceAll(d.Text[lo:m.Start]+"[["+m.Text+"]]"+d.Text[m.End:hi], "\n", " ⏎ ")
			samples = append(samples, sample{fmt.Sprintf("%016x", h.Sum64()), fmt.Sprintf("%s\t%s", m.Type, ctx)})
			if show := os.Getenv("ENTITY_AUDIT_SHOW"); show != "" && show == m.Text {
				fmt.Printf("%s %d\t%s\n", d.ID, m.Chain, samples[len(samples)-1].line)
			}
		}
	}
	list := make([]*row, 0, len(rows))
	for _, r := range rows {
		list = append(list, r)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].text < list[j].text
	})
	top := 100
	for i, r := range list {
		if i >= top {
			break
		}
		var ts []string
		for _, typ := range []dossier.EntityType{dossier.PER, dossier.ORG, dossier.LOC, dossier.MISC} {
			if r.types[typ] > 0 {
				ts = append(ts, fmt.Sprintf("%s:%d", typ, r.types[typ]))
			}
		}
		fmt.Printf("%3d %4d  %-40q %s\n", i+1, r.n, r.text, strings.Join(ts, " "))
	}
	sort.Slice(samples, func(i, j int) bool { return samples[i].key < samples[j].key })
	fmt.Printf("\n%d mentions, %d distinct texts; sample:\n", len(samples), len(list))
	for i := 0; i < len(samples) && i < 60; i++ {
		fmt.Println(samples[i].line)
	}
}

func isBoundary(s string, i int) bool { return i <= 0 || i >= len(s) || s[i] == ' ' }
