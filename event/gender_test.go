package event

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// TestMentionSex checks the sex one mention of a person tells, by the word before it, a style it
// opens with, or its given name, and that words that disagree tell none.
func TestMentionSex(t *testing.T) {
	sw := newSexWords(en.Embedded())
	tests := []struct {
		text, name, want string
	}{
		{"Mrs. Vale arrived.", "Vale", female},
		{"Mr. Vale arrived.", "Vale", male},
		{"They met his wife Nora Vale there.", "Nora Vale", female},
		{"King Tomas spoke.", "King Tomas", male},
		{"Nora Vale spoke.", "Nora Vale", female},
		{"Pavel Orsk spoke.", "Pavel Orsk", male},
		{"Vale spoke.", "Vale", ""},               // a name alone may be a family name
		{"Leslie Vale spoke.", "Leslie Vale", ""}, // a given name of either sex
		{"Mr. Nora Vale spoke.", "Nora Vale", ""}, // words that disagree
		{"the king.\nVale spoke.", "Vale", ""},    // a word of another line
		{"Officials met spokeswoman Ann Lee.", "Ann Lee", female},
	}
	titled := dossier.Mention{Text: "Vale", Title: "Lady", Type: dossier.PER, Span: dossier.Span{Start: 5, End: 9}}
	if got := sw.mention("Lady Vale spoke.", titled); got != female {
		t.Errorf("titled %q: sex %q, want %q", titled.Title, got, female)
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.name)
		m := dossier.Mention{Text: tt.name, Type: dossier.PER, Span: dossier.Span{Start: i, End: i + len(tt.name)}}
		if got := sw.mention(tt.text, m); got != tt.want {
			t.Errorf("%q in %q: sex %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestChainSex checks that a chain whose mentions tell both sexes tells none.
func TestChainSex(t *testing.T) {
	sw := newSexWords(en.Embedded())
	text := "Mrs. Vale met Mr. Reed. Later Mr. Vale left."
	var ms []dossier.Mention
	for _, c := range []struct {
		at, name string
		chain    int
	}{{"Vale met", "Vale", 0}, {"Reed", "Reed", 1}, {"Vale left", "Vale", 0}} {
		i := strings.Index(text, c.at)
		ms = append(ms, dossier.Mention{Text: c.name, Type: dossier.PER, Chain: c.chain, Span: dossier.Span{Start: i, End: i + len(c.name)}})
	}
	got := sw.chains(text, ms)
	if len(got) != 1 || got[1] != male {
		t.Errorf("chains = %v, want only chain 1 male", got)
	}
}
