package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestVerbInBodyNameInText checks, without the name recogniser so that no model's weights
// decide, that a capitalised participle inside a body's name written in running text stays in
// the name ("… Community Led Outreach Unit"), while a run that opens its sentence, as a
// headline run into the story does, is still cut before its verb.
func TestVerbInBodyNameInText(t *testing.T) {
	g, err := LoadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	read := parsedReaderWith(t, NewWith(g, nil))
	cases := []struct {
		text      string
		want, not []string // want "Text/TYPE"; not: a text that is no mention
	}{
		{text: "Staff of the Marlow Fire Department Community Led Outreach Unit visited the school on Tuesday.",
			want: []string{"Marlow Fire Department Community Led Outreach Unit/ORG"}},
		{text: "Grants went to the Harlow Faith Based Housing Association and two clinics last year.",
			want: []string{"Harlow Faith Based Housing Association/ORG"}},
		{text: "Velmoran Army Attacked Border Police Unit near the river, the ministry said.",
			not: []string{"Velmoran Army Attacked Border Police Unit"}},
	}
	for _, c := range cases {
		a := read(t, dossier.Document{ID: "t", Text: c.text})
		got := mentionTexts(a) // "Text/TYPE"
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: mentions %q, want %q", c.text, got, w)
			}
		}
		for _, w := range c.not {
			if slices.ContainsFunc(got, func(m string) bool { return strings.HasPrefix(m, w+"/") }) {
				t.Errorf("%q: mentions %q, want no %q", c.text, got, w)
			}
		}
	}
}
