package event

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestDatesPhrase checks which days said between "the" and a noun name another happening than
// the trigger's, on sentences split by the tokeniser alone; a day written inside the sentence's
// last word has no word after it to read.
func TestDatesPhrase(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, day, trigger string
		want               bool
	}{
		{"Troops invaded the town after the March 3 bombing of its capital.", "March 3", "invaded", true},
		{"He changed his account of the July 10 meeting.", "July 10", "meeting", false},
		{"Bomb attacks went on, including an October 6 attack.", "October 6", "attacks", false},
		{"Troops invaded the town on March 3.", "March 3", "invaded", false},
		{"Troops invaded the town the March-3", "3", "invaded", false},
		{"Troops invaded the town the 3March", "March", "invaded", false},
	}
	for _, tc := range tests {
		sp := dossier.Span{Start: 0, End: len(tc.text)}
		s := &sent{span: sp, toks: x.lx.w.sentTokens(tc.text, sp, nil), w: x.lx.w}
		at := strings.LastIndex(tc.text, tc.day)
		tx := dossier.Timex{Span: dossier.Span{Start: at, End: at + len(tc.day)}, Value: "XXXX-03-03"}
		m := match{t0: -1}
		for i, tk := range s.toks {
			if tc.text[tk.start:tk.end] == tc.trigger {
				m.t0, m.t1 = i, i+1
			}
		}
		if got := datesPhrase(s, m, tx); got != tc.want {
			t.Errorf("%q, day %q: datesPhrase = %v, want %v", tc.text, tc.day, got, tc.want)
		}
	}
}
