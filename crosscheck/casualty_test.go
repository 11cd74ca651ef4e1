package crosscheck

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/claim"
	"github.com/dossier-project/dossier/event"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/namekey"
)

// figureReader reads casualty figures onto the analyses the tests build, as the event stage
// does before the pass.
var figureReader = sync.OnceValue(func() *event.Extractor {
	x, err := event.New()
	if err != nil {
		panic(err)
	}
	return x
})

// withFigures reads the casualty figures of a onto its events.
// claimReader reads the claims onto the analyses the tests build, as the claim stage does
// before the pass.
var claimReader = sync.OnceValue(func() *claim.Reader {
	r, err := claim.New(en.MustLoad())
	if err != nil {
		panic(err)
	}
	return r
})

// quoted fills the quotes of res's conflict sides from analyses, as the command does after the
// pass.
func quoted(res *Result, analyses []*dossier.Analysis) *Result {
	dossier.QuoteSides(res.Conflicts, analyses)
	return res
}

// withClaims reads a's claims as the claim stage does.
func withClaims(t testing.TB, a *dossier.Analysis) *dossier.Analysis {
	t.Helper()
	if err := claimReader().Analyze(a); err != nil {
		t.Fatal(err)
	}
	return a
}

func withFigures(a *dossier.Analysis) *dossier.Analysis {
	figureReader().Figures(a)
	return a
}

// figuresOf reads the casualty figures of one text as the pass sees them, "kind count" each.
func figuresOf(k *Checker, text string) []string {
	a := withFigures(&dossier.Analysis{Doc: dossier.Document{ID: "x", Text: text, Sentences: simpleSentences(text)}})
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
		"The war has killed more than 300,000 people since 2011.":             "",
		"Thirteen civilians killed 43 others injured in the shelling.":        "killed Thirteen|wounded 43",
	}
	for in, want := range tests {
		got := strings.Join(figuresOf(k, in), "|")
		if got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

// TestSameIncident: figures are one incident's only when they count the same people, in places
// that meet in the hierarchy, within a few days (one when both texts give the day).
func TestSameIncident(t *testing.T) {
	ents := []dossier.Entity{
		{ID: "aleppo", Name: "Aleppo", Type: dossier.LOC}, {ID: "manbij", Name: "Manbij", Type: dossier.LOC},
		{ID: "azaz", Name: "Azaz", Type: dossier.LOC}, {ID: "homs", Name: "Homs", Type: dossier.LOC},
		{ID: "syria", Name: "Syria", Type: dossier.LOC}, {ID: "v1", Name: "Kafr Alder", Type: dossier.LOC},
		{ID: "v2", Name: "Tell Brin", Type: dossier.LOC},
	}
	c := newCorpus(nil, ents, nil)
	c.places = DefaultPlaces().keyed(newWords(en.Embedded(), namekey.New()).gaz)
	at := func(ids ...string) []int {
		var out []int
		for _, id := range ids {
			out = append(out, c.entNum[id])
		}
		return out
	}
	fig := func(day int64, exact bool, who string, where ...string) casualty {
		return casualty{kind: "killed", who: who, day: day, exact: exact, where: at(where...)}
	}
	// inDoc places a figure also in the place its document is about.
	inDoc := func(f casualty, ids ...string) casualty {
		f.context = at(ids...)
		return f
	}
	tests := []struct {
		name string
		a, b casualty
		can  bool
	}{
		{"town within its province", fig(100, false, "", "manbij"), fig(101, false, "people", "aleppo"), true},
		{"two towns of one province", fig(100, false, "", "manbij"), fig(100, false, "", "azaz"), false},
		{"two provinces", fig(100, false, "", "aleppo"), fig(100, false, "", "homs"), false},
		{"two villages the hierarchy does not know", fig(100, false, "", "v1"), fig(100, false, "", "v2"), false},
		{"one village", fig(100, false, "", "v1", "aleppo"), fig(100, false, "", "v1"), true},
		{"over midnight", casualty{kind: "killed", day: 100, exact: true, night: true, where: at("aleppo")}, fig(101, true, "", "aleppo"), true},
		{"two days running, by day", fig(100, true, "", "aleppo"), fig(101, true, "", "aleppo"), false},
		{"two days apart, both dated by the text", fig(100, true, "", "aleppo"), fig(102, true, "", "aleppo"), false},
		{"reports a day apart", fig(100, false, "", "aleppo"), fig(101, false, "", "aleppo"), true},
		{"reports two days apart", fig(100, false, "", "aleppo"), fig(102, false, "", "aleppo"), false},
		{"a day the text gives and the next day's report", fig(100, true, "", "aleppo"), fig(101, false, "", "aleppo"), true},
		{"a week apart", fig(100, false, "", "aleppo"), fig(107, false, "", "aleppo"), false},
		{"civilians and fighters", fig(100, false, "civilians", "aleppo"), fig(100, false, "fighters", "aleppo"), false},
		{"children are a part", fig(100, false, "children", "aleppo"), fig(100, false, "", "aleppo"), false},
		{"an earlier year", casualty{kind: "killed", day: -1, past: true, where: at("aleppo")}, fig(100, false, "", "aleppo"), false},
		{"a village its report's town may hold", inDoc(fig(100, false, "", "v1"), "homs"), inDoc(fig(100, false, ""), "homs"), true},
		{"a village nothing else places", fig(100, false, "", "v1"), inDoc(fig(100, false, ""), "homs"), true},
		{"a village in a report about another province", inDoc(fig(100, false, "", "v1"), "aleppo"), inDoc(fig(100, false, ""), "homs"), false},
	}
	for _, tt := range tests {
		can, _ := c.sameIncident(&tt.a, &tt.b)
		if can != tt.can {
			t.Errorf("%s: one incident %v, want %v", tt.name, can, tt.can)
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
		for _, a := range as {
			withFigures(a)
		}
		c := newCorpus(as, nil, members)
		for _, cs := range k.casualties(c, 0) {
			if cs.lo > cs.hi || cs.count == "" || !strings.Contains(text, cs.count) {
				t.Fatalf("bad figure %+v in %q", cs, text)
			}
		}
		res := quoted(k.Check(as, nil, members), as)
		for _, cf := range res.Conflicts {
			for _, s := range cf.Sides {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
					t.Fatalf("bad side %+v in %q", s, text)
				}
			}
		}
	})
}

func TestUndatedOther(t *testing.T) {
	tests := []struct {
		name      string
		head, fig casualty
		want      bool
	}{
		{"undated fighters before dated people", casualty{who: "fighters"}, casualty{who: "people", exact: true}, true},
		{"undated fighters before dated civilians", casualty{who: "fighters"}, casualty{who: "civilians", exact: true}, true},
		{"undated people before dated civilians", casualty{who: "people"}, casualty{who: "civilians", exact: true}, false},
		{"dated head", casualty{who: "fighters", exact: true}, casualty{who: "people", exact: true}, false},
		{"undated figure after", casualty{who: "fighters"}, casualty{who: "people"}, false},
		{"fighters after fighters", casualty{who: "fighters"}, casualty{who: "fighters", exact: true}, false},
	}
	for _, tt := range tests {
		if got := undatedOther(&tt.head, &tt.fig); got != tt.want {
			t.Errorf("%s: undatedOther = %v, want %v", tt.name, got, tt.want)
		}
	}
}
