package crosscheck

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/namekey"
)

func TestParseCuesUserFile(t *testing.T) {
	fsys := fstest.MapFS{"cues/crosscheck-slots.txt": {Data: []byte("# mine\napprox\tin the region of\n")}}
	c, err := ParseCues(fsys, "cues")
	if err != nil {
		t.Fatal(err)
	}
	k := New(WithCues(c))
	found := false
	for _, x := range k.cues.Slots {
		found = found || x.Phrase == "in the region of"
	}
	if !found {
		t.Error("user cue not merged")
	}
	if _, err := ParseCues(fstest.MapFS{"cues/crosscheck-slots.txt": {Data: []byte("no tab here\n")}}, "cues"); err == nil {
		t.Error("malformed line accepted")
	}
}

func FuzzCheckText(f *testing.F) {
	f.Add("Some reports claim Alder headed to Brin, other reports claim Alder headed to Cask.")
	f.Add("some sources say Alder. another source")
	f.Add("Alder, a terrorist offshoot, according to Brin reported")
	k := New()
	f.Fuzz(func(t *testing.T, text string) {
		a := &dossier.Analysis{Doc: dossier.Document{ID: "x", Publisher: "Brin", Text: text}}
		b := &dossier.Analysis{Doc: dossier.Document{ID: "y", Publisher: "Cask", Text: text}}
		for i, name := range []string{"Alder", "Brin", "Cask"} {
			if j := strings.Index(text, name); j >= 0 {
				m := dossier.Mention{Span: dossier.Span{Start: j, End: j + len(name)}, Text: name, Type: []dossier.EntityType{dossier.PER, dossier.LOC, dossier.LOC}[i], Chain: i}
				a.Mentions = append(a.Mentions, m)
				b.Mentions = append(b.Mentions, m)
			}
		}
		var members []dossier.Member
		for _, d := range []string{"x", "y"} {
			for i := 0; i < 3; i++ {
				members = append(members, dossier.Member{ChainRef: dossier.ChainRef{Doc: d, Chain: i}, Entity: []string{"e1", "e2", "e3"}[i]})
			}
		}
		as := []*dossier.Analysis{withClaims(t, a), withClaims(t, b)}
		res := quoted(k.Check(as, nil, members), as)
		for _, c := range res.Conflicts {
			for _, s := range c.Sides {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
					t.Fatalf("bad side %+v in %q", s, text)
				}
			}
		}
	})
}

// TestContentWords checks the stems two reasons are compared by: stop words and short words
// left out (lang/en/data/reason-stop-words.txt), the rest cut to their stems.
func TestContentWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"his alleged trips to the capital", []string{"trip", "capita"}},
		{"The quarrel with the harbour board", []string{"quarre", "harbou", "board"}},
		{"it was reportedly because of them", []string{"becaus"}},
	}
	lw := newWords(en.Embedded(), namekey.New())
	for _, tt := range tests {
		got := lw.contentWords(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("contentWords(%q) = %v, want %v", tt.text, got, tt.want)
			continue
		}
		for _, w := range tt.want {
			if !got[w] {
				t.Errorf("contentWords(%q) = %v, lacks %q", tt.text, got, w)
			}
		}
	}
}

// TestContentWordsOverlay checks that the stop words of a --data folder reach the comparison of
// reasons: with the overlay's "harbour" the word carries no content.
func TestContentWordsOverlay(t *testing.T) {
	d, err := en.Load("testdata/overlay")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lw   *words
		want bool
	}{{newWords(en.Embedded(), namekey.New()), true}, {newWords(d, namekey.New()), false}} {
		if got := c.lw.contentWords("the harbour board")["harbou"]; got != c.want {
			t.Errorf("harbour a content word = %v, want %v", got, c.want)
		}
	}
}
