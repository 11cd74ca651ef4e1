package syntax

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// TestWords checks which tokens are read back as one written word.
func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want string // the words, separated by " | "
	}{
		{"Forces left al-Bab and Deir ez-Zor.", "Forces | left | al-Bab | and | Deir | ez-Zor | ."},
		{"I don't think they're gonna stop.", "I | don't | think | they're | gonna | stop | ."},
		{"The 375mm gun hit Ali's house.", "The | 375mm | gun | hit | Ali | 's | house | ."},
		{"Troops went home to the U.S.", "Troops | went | home | to | the | U.S."},
		{"He trades at Tempus Inc.", "He | trades | at | Tempus | Inc."},
		{"He works at Plan B.", "He | works | at | Plan | B | ."},
		{"They called him ``Atomic Dog'' for years.", "They | called | him | `` | Atomic | Dog | '' | for | years | ."},
		{"A U.S.-Mexico border post.", "A | U.S. | - | Mexico | border | post | ."},
		{"Years 1998-2000 passed.", "Years | 1998-2000 | passed | ."},
	}
	d := en.Embedded()
	tz := NewTokenizer(d)
	for _, tt := range tests {
		sp := dossier.Span{End: len(tt.text)}
		var got []string
		for _, w := range Words(tt.text, tz.Tokens(tt.text, sp), d.List("abbreviations")) {
			if w.Text != tt.text[w.Start:w.End] {
				t.Errorf("%q: word %q at %d-%d", tt.text, w.Text, w.Start, w.End)
			}
			got = append(got, w.Text)
		}
		if strings.Join(got, " | ") != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.text, strings.Join(got, " | "), tt.want)
		}
	}
}
