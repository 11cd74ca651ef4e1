package crosscheck

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-project/dossier"
)

// TestOneScene: reports that give different days are set against each other only when they tell
// one happening on their own terms: a dismissal of one person, or attacks of one kind in one
// place; not an air strike near one town and barrel bombs on a town not named.
func TestOneScene(t *testing.T) {
	c, byDoc := docReports(t, "testdata/time_scene.json")
	tests := []struct {
		a, b string
		want bool
	}{
		{"d1", "d2", false}, // no place named by one, and two kinds of attack
		{"d3", "d4", true},  // one raid on one market, two days
		{"d5", "d6", true},  // one dismissal, two days
		{"d1", "d3", false}, // two towns
	}
	for _, tt := range tests {
		a, b := byDoc[tt.a], byDoc[tt.b]
		if a == nil || b == nil {
			t.Fatalf("no report of %s or %s", tt.a, tt.b)
		}
		if got := c.oneScene(a, b); got != tt.want {
			t.Errorf("oneScene(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestCopiedOrigins: a page that runs another outlet's wire text inside its own framing is no
// independent origin of the happening both tell, though the two pages' resemblance falls short
// of a near-duplicate's; a report written apart still is.
// docReports loads the fixture at path with its places and returns its corpus and the report
// of each document's last event, by document id.
func docReports(t *testing.T, path string) (*corpus, map[string]*report) {
	t.Helper()
	f, analyses, ents, members := load(t, path)
	pl, err := ParsePlaces(fstest.MapFS{"places.tsv": {Data: []byte(strings.Join(f.Places, "\n"))}}, "places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	k := New(WithPlaces(pl))
	c := newCorpus(analyses, ents, members)
	c.places, c.attacks = k.places, k.attacks
	byDoc := map[string]*report{}
	reps := k.reports(c, c.all())
	for i := range reps {
		byDoc[c.docs[reps[i].doc].id] = &reps[i]
	}
	return c, byDoc
}

func TestCopiedOrigins(t *testing.T) {
	f, analyses, ents, members := load(t, "testdata/copied_wire.json")
	pl, err := ParsePlaces(fstest.MapFS{"places.tsv": {Data: []byte(strings.Join(f.Places, "\n"))}}, "places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	res := New(WithPlaces(pl)).Check(analyses, ents, members)
	found := false
	for _, h := range res.Happenings {
		if len(h.Reports) == 3 {
			found = true
			if h.Origins != 2 {
				t.Errorf("happening %s of 3 reports has %d origins, want 2", h.ID, h.Origins)
			}
		}
	}
	if !found {
		t.Fatalf("no happening holds the three reports: %+v", res.Happenings)
	}
}

// TestOriginsIgnoreUnrelatedPages: how many origins a set of documents comes from does not hang
// on other pages. Two undated pages without a publisher that name what one outlet's two reports
// a year apart name join all of them in one story, yet the outlet's reports stay two origins.
func TestOriginsIgnoreUnrelatedPages(t *testing.T) {
	_, analyses, ents, members := load(t, "testdata/origin_bridge.json")
	var kept []*dossier.Analysis
	for _, a := range analyses {
		if a.Doc.Publisher != "" {
			kept = append(kept, a)
		}
	}
	count := func(as []*dossier.Analysis) int {
		groups := map[string]bool{}
		for _, o := range New().Check(as, ents, members).Origins {
			if !strings.HasPrefix(o.Doc, "u") {
				groups[o.Group] = true
			}
		}
		return len(groups)
	}
	without, with := count(kept), count(analyses)
	if without != 3 || with != without {
		t.Errorf("origins of the three outlet reports: %d alone, %d beside the two pages; want 3 both", without, with)
	}
}
