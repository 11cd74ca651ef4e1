package crosscheck

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// figuresOf reads the casualty figures of one sentence as "kind count" strings.
func figuresOf(k *Checker, text string) []string {
	a := &dossier.Analysis{Doc: dossier.Document{ID: "x", Text: text, Sentences: simpleSentences(text)}}
	c := newCorpus([]*dossier.Analysis{a}, nil, nil)
	var out []string
	for _, cs := range k.casualties(c, 0) {
		out = append(out, cs.kind+" "+cs.count)
	}
	return out
}

func TestCasualtyFigures(t *testing.T) {
	k := New()
	tests := map[string]string{
		"Twelve fighters were killed in the clash.":                           "killed Twelve",
		"At least 21 fighters died in the clash near the river.":              "killed At least 21",
		"The blast killed 58 people and wounded more than 100.":               "killed 58|wounded more than 100",
		"The death toll from the bombing rose to 86, officials said.":         "killed 86",
		"A clash in which twenty-one soldiers were killed.":                   "killed twenty-one",
		"Dozens of people were injured.":                                      "wounded Dozens",
		"A few hundred people died in the earthquake.":                        "killed A few hundred",
		"He was killed in 2015.":                                              "",
		"Two people died 3 days after the attack.":                            "killed Two",
		"On March 12 gunmen killed 5 guards.":                                 "killed 5",
		"No one was hurt.":                                                    "",
		"One of the fighters was killed.":                                     "",
		"The brigade, which boasts a few hundred fighters, was not attacked.": "",
		"Some 300 fighters joined the brigade after 40 were killed.":          "killed 40",
	}
	for in, want := range tests {
		got := strings.Join(figuresOf(k, in), "|")
		if got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

func TestSameIncident(t *testing.T) {
	tests := []struct {
		a, b      casualty
		can, tied bool
	}{
		{casualty{incidents: []string{"clash"}}, casualty{incidents: []string{"clash"}}, true, true},
		{casualty{incidents: []string{"clash"}}, casualty{incidents: []string{"strike"}}, false, false},
		{casualty{places: []int{1}}, casualty{places: []int{2}}, false, false},
		{casualty{places: []int{1}}, casualty{places: []int{1}}, true, true},
		{casualty{time: "2024-03-01"}, casualty{time: "2024-03-04"}, false, false},
		{casualty{}, casualty{incidents: []string{"clash"}}, true, false},
	}
	for i, tt := range tests {
		can, tied := sameIncident(&tt.a, &tt.b)
		if can != tt.can || tied != tt.tied {
			t.Errorf("%d: got %v %v, want %v %v", i, can, tied, tt.can, tt.tied)
		}
	}
}

func TestSayLine(t *testing.T) {
	got := sayLine([]saying{{"A", "twelve"}, {"B", "at least 21"}, {"C", "Twelve"}})
	if want := "A and C say twelve; B says at least 21"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func FuzzCasualties(f *testing.F) {
	for _, s := range []string{
		"Twelve fighters were killed in the clash near Alder.",
		"The death toll rose to 1,200 in Alder.",
		"a few hundred wounded, killing twenty-one - dead 3",
		"killed 5 5 5 killed",
	} {
		f.Add(s)
	}
	k := New()
	f.Fuzz(func(t *testing.T, text string) {
		var as []*dossier.Analysis
		var members []dossier.Member
		for i := 0; i < 2; i++ {
			id := fmt.Sprint("d", i)
			a := &dossier.Analysis{Doc: dossier.Document{ID: id, Publisher: id, Text: text, Sentences: simpleSentences(text)}}
			if j := strings.Index(text, "Alder"); j >= 0 {
				a.Mentions = []dossier.Mention{{Span: dossier.Span{Start: j, End: j + 5}, Text: "Alder", Type: dossier.LOC}}
				members = append(members, dossier.Member{ChainRef: dossier.ChainRef{Doc: id}, Entity: "e1"})
			}
			as = append(as, a)
		}
		c := newCorpus(as, nil, members)
		for _, cs := range k.casualties(c, 0) {
			if cs.lo > cs.hi || cs.count == "" || !strings.Contains(text, cs.count) {
				t.Fatalf("bad figure %+v in %q", cs, text)
			}
		}
		res := k.Check(as, nil, members)
		for _, cf := range res.Conflicts {
			for _, s := range cf.Sides {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
					t.Fatalf("bad side %+v in %q", s, text)
				}
			}
		}
	})
}
