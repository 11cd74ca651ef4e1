package crosscheck

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/namekey"
)

func TestPlaceKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Darun", "the Darun", true},
		{"Darun", "DARUN", true},
		{"Daroun", "Darun", true},
		{"Port Selvan", "Port  Selvan", true},
		{"Darun", "Dara", false},
		{"Port Selvan", "Selvan", false},
		{"the Selva River", "Selva", true},
		{"Selva river", "the Selva", true},
		{"River", "river", true},
		{"Selva Airport", "Selva", false},
		{"Selva River", "Tamar River", false},
	}
	for _, tt := range tests {
		lw := newWords(en.Embedded(), namekey.New())
		if got := lw.placeKey(tt.a) == lw.placeKey(tt.b); got != tt.same {
			t.Errorf("%q and %q: same key %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// oneDoc is a corpus of one document whose named actors are given with their types.
func oneDoc(text string, names map[string]dossier.EntityType) *corpus {
	a := &dossier.Analysis{Doc: dossier.Document{ID: "x", Text: text, Sentences: simpleSentences(text)}}
	var members []dossier.Member
	var ents []dossier.Entity
	ch := 0
	for name, typ := range names {
		for off := 0; ; {
			i := strings.Index(text[off:], name)
			if i < 0 {
				break
			}
			i += off
			off = i + len(name)
			a.Mentions = append(a.Mentions, dossier.Mention{Span: dossier.Span{Start: i, End: i + len(name)}, Text: name, Type: typ, Chain: ch})
		}
		id := fmt.Sprint("e", ch)
		members = append(members, dossier.Member{ChainRef: dossier.ChainRef{Doc: "x", Chain: ch}, Entity: id})
		ents = append(ents, dossier.Entity{ID: id, Name: name, Type: typ})
		ch++
	}
	sort.Slice(a.Mentions, func(i, j int) bool { return a.Mentions[i].Start < a.Mentions[j].Start })
	return newCorpus([]*dossier.Analysis{withFigures(a)}, ents, members)
}

func TestFigurePlaces(t *testing.T) {
	k := New()
	tests := []struct {
		sentence string
		place    bool // the figure's own clause holds Alder
	}{
		{"Officials said gunmen shelled the market in Alder on Monday, killing nine people.", true},
		{"Nine people were killed in Alder.", true},
		{"Rain fell in Alder, and nine people were killed in the clash.", false},
	}
	for _, tt := range tests {
		c := oneDoc(tt.sentence, map[string]dossier.EntityType{"Alder": dossier.LOC})
		figs := k.casualties(c, 0)
		if len(figs) != 1 {
			t.Fatalf("%q: %d figures, want 1", tt.sentence, len(figs))
		}
		if got := len(figs[0].places) > 0; got != tt.place {
			t.Errorf("%q: place in the figure's clause %v, want %v", tt.sentence, got, tt.place)
		}
	}
}

func TestPlaceTypedAsGroup(t *testing.T) {
	ents := []dossier.Entity{{ID: "loc", Name: "Darun", Type: dossier.LOC}, {ID: "org", Name: "Darun", Type: dossier.ORG}, {ID: "council", Name: "Darun Council", Type: dossier.ORG}, {ID: "per", Name: "Darun", Type: dossier.PER}}
	cc := newCorpus(nil, ents, nil)
	want := map[string]string{"loc": "loc", "org": "loc", "council": "", "per": ""}
	for id, w := range want {
		p := cc.place(cc.entNum[id], cc.entType[cc.entNum[id]])
		got := ""
		if p >= 0 {
			got = cc.entIDs[p]
		}
		if got != w {
			t.Errorf("%s: place %q, want %q", id, got, w)
		}
	}
}

func FuzzBlame(f *testing.F) {
	f.Add("Residents blamed Alder for the attack on Brin. Alder and Cask blamed each other.")
	f.Add("Officials said Cask shelled Brin, killing nine. It was not clear who fired. Cask denied it and accused Alder of the attack.")
	f.Add("blamed Alder blamed")
	k := New()
	f.Fuzz(func(t *testing.T, text string) {
		var as []*dossier.Analysis
		var members []dossier.Member
		for di := 0; di < 2; di++ {
			id := fmt.Sprint("d", di)
			a := &dossier.Analysis{Doc: dossier.Document{ID: id, Publisher: id, Text: text, Sentences: simpleSentences(text)}}
			for i, name := range []string{"Alder", "Brin", "Cask"} {
				if j := strings.Index(text, name); j >= 0 {
					a.Mentions = append(a.Mentions, dossier.Mention{Span: dossier.Span{Start: j, End: j + len(name)}, Text: name,
						Type: []dossier.EntityType{dossier.ORG, dossier.LOC, dossier.ORG}[i], Chain: i})
					members = append(members, dossier.Member{ChainRef: dossier.ChainRef{Doc: id, Chain: i}, Entity: fmt.Sprint("e", i)})
				}
			}
			// An accusation against the first actor named, from the word "blamed" or "accused",
			// and an attack by the last one, as the event stage would give them.
			for _, verb := range []string{"blamed", "accused", "shelled"} {
				j := strings.Index(text, verb)
				if j < 0 || len(a.Mentions) == 0 {
					continue
				}
				sent := sentenceAt(&doc{a: analysisOf(a, newNames())}, j)
				e := dossier.Event{Span: sent, Type: dossier.Accuse, Trigger: dossier.Span{Start: j, End: j + len(verb)},
					Modality: []dossier.Modality{dossier.Asserted, dossier.Denied}[di], Args: []dossier.Arg{{Role: "target", Chain: a.Mentions[0].Chain}}}
				if verb == "shelled" {
					e.Type, e.Modality = dossier.Assault, dossier.Reported
					e.Args = []dossier.Arg{{Role: "actor", Chain: a.Mentions[len(a.Mentions)-1].Chain}}
					e.Attribution = []dossier.Source{{Chain: -1, Text: "officials"}}
				}
				e.Word = verb
				a.Events = append(a.Events, e)
			}
			as = append(as, withClaims(t, a))
		}
		res := quoted(k.Check(as, nil, members), as)
		for _, cf := range res.Conflicts {
			for _, s := range cf.Sides {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
					t.Fatalf("bad side %+v in %q", s, text)
				}
			}
			if cf.Summary == "" || len(cf.About) == 0 {
				t.Fatalf("conflict without summary or about: %+v", cf)
			}
		}
	})
}

// TestLanguageOverlay checks that the pass reads words a user adds to the language data: a
// feature word added to place-same-feature.txt folds into the place's key.
func TestLanguageOverlay(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "place-same-feature.txt"), []byte("lagoon\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := en.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	plain, more := newWords(en.Embedded(), namekey.New()), newWords(d, namekey.New())
	if plain.placeKey("Selva Lagoon") == plain.placeKey("Selva") {
		t.Fatal("the embedded data already folds lagoon: pick another word")
	}
	if more.placeKey("Selva Lagoon") != more.placeKey("Selva") {
		t.Errorf("with the overlay, %q and %q should share a key", "Selva Lagoon", "Selva")
	}
	if !more.sameFeature["river"] {
		t.Error("the overlay dropped the embedded words")
	}
}
