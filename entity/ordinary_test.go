package entity

import (
	"testing"

	"github.com/dossier-project/dossier/lang/en"
)

// TestOrdinaryWords checks that the word-casing data makes ordinary words of those English
// writes in lower case, not of those it capitalises in mid-sentence as often.
func TestOrdinaryWords(t *testing.T) {
	ord := ordinaryWords(en.Embedded().Rows("word-casing"))
	for w, want := range map[string]bool{"regardless": true, "business": true, "health": true, "apple": false, "white": false, "united": false} {
		if ord[w] != want {
			t.Errorf("ordinary[%q] = %v, want %v", w, ord[w], want)
		}
	}
}

// TestDropOrdinary checks that a lone ordinary word opening a sentence or a line is no mention,
// while the same word is kept where the document makes it a name.
func TestDropOrdinary(t *testing.T) {
	f := New(nil)
	for _, c := range []tcase{
		{
			text:     "The plan had critics.\n\nRegardless of the cost, the council went ahead in Paris.",
			mentions: []string{"Paris/LOC"},
			not:      []string{"Regardless"},
		},
		{
			text:     "A farmer fell ill near Lyon.\n\nHealth bosses said that 28 people were tested, the World Health Organization said.",
			mentions: []string{"Lyon/LOC", "World Health Organization/ORG"},
			not:      []string{"Health"},
		},
		{
			text:     "The shop changed its hours.\n\nTuesdays are now quiet in Leeds.",
			mentions: []string{"Leeds/LOC"},
			not:      []string{"Tuesdays"},
		},
		{
			text:     "A monitor said on Saturday Tuesdays executions took place in Leeds, and on Fridays the market shuts.",
			mentions: []string{"Leeds/LOC"},
			not:      []string{"Tuesdays", "Fridays"},
		},
		{
			text:     "The awards were held in Los Angeles.\n\n“Parasite” was the upset winner, and “Parasite,” the satire, won again.",
			mentions: []string{"Parasite"},
		},
		{
			text:     "Envoy Condoleezza Rice flew to Paris on Monday.\n\nRice met the president there.",
			mentions: []string{"Condoleezza Rice/PER", "Rice/PER"},
		},
	} {
		a := analyze(t, f, c.text)
		got := map[string]string{}
		for _, m := range a.Mentions {
			got[m.Text] = string(m.Type)
		}
		for _, m := range c.mentions {
			text, typ, _ := cutType(m)
			if g, ok := got[text]; !ok || typ != "" && g != typ {
				t.Errorf("%q: want %s, got %v", c.text, m, got)
			}
		}
		for _, n := range c.not {
			if _, ok := got[n]; ok {
				t.Errorf("%q: unwanted mention %q", c.text, n)
			}
		}
	}
}

func cutType(m string) (text, typ string, ok bool) {
	for i := len(m) - 1; i >= 0; i-- {
		if m[i] == '/' {
			return m[:i], m[i+1:], true
		}
	}
	return m, "", false
}
