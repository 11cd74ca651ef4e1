package timex

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// TestLanguageDataOverlay checks that the word lists come from lang/en's data: a holiday added by
// a --data folder is found and resolved, and the embedded lists still work beside it.
func TestLanguageDataOverlay(t *testing.T) {
	base, err := en.Load("")
	if err != nil {
		t.Fatal(err)
	}
	over, err := en.Load(filepath.Join("testdata", "overlay"))
	if err != nil {
		t.Fatal(err)
	}
	ref := ParseRef("2024-06-01")
	tests := []struct {
		name  string
		data  *en.Data
		text  string
		value string // "" when no expression is wanted
	}{
		{"embedded holiday", base, "They met on Christmas Day.", "2023-12-25"},
		{"added holiday unknown without the overlay", base, "They met on Lantern Festival Day.", ""},
		{"added holiday", over, "They met on Lantern Festival Day.", "2024-03-14"},
		{"embedded month beside the overlay", over, "They met on March 3.", "2024-03-03"},
	}
	for _, tt := range tests {
		tg, err := Load(tt.data)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got := ""
		for _, x := range tg.Tag(tt.text, ref) {
			got = x.Value
		}
		if got != tt.value {
			t.Errorf("%s: %q gives %q, want %q", tt.name, tt.text, got, tt.value)
		}
	}
}

// TestShiftWords checks the words that move a day or a year from the reference, read from
// day-shifts and year-shifts.
func TestShiftWords(t *testing.T) {
	tg := New()
	ref := ParseRef("2024-06-01")
	tests := []struct{ text, value string }{
		{"They met yesterday.", "2024-05-31"},
		{"They meet tomorrow.", "2024-06-02"},
		{"They met the day before yesterday.", "2024-05-30"},
		{"They meet the day after tomorrow.", "2024-06-03"},
		{"They meet tonight.", "2024-06-01TNI"},
		{"They met last night.", "2024-05-31TNI"},
		{"They met in March last year.", "2023-03"},
		{"They meet in March next year.", "2025-03"},
		{"They met last March.", "2024-03"},
		{"They meet this coming September.", "2024-09"},
		{"They met the previous month.", "2024-05"},
		{"They meet the coming week.", "2024-W23"},
		{"They met this past Christmas.", "2023-12-25"},
	}
	for _, tt := range tests {
		got := ""
		for _, x := range tg.Tag(tt.text, ref) {
			got = x.Value
		}
		if got != tt.value {
			t.Errorf("%q gives %q, want %q", tt.text, got, tt.value)
		}
	}
}

// TestLanguageFree checks that in a document in another language only dates written in figures
// are read, and read as in English.
func TestLanguageFree(t *testing.T) {
	tg := New()
	tests := []struct {
		text string
		want []string
	}{
		{"Die Sitzung fand am 2019-03-04 statt, nicht im März.", []string{"2019-03-04"}},
		{"Am 14.04.2020 und am Montag, 3. Mai, tagte der Rat.", []string{"2020-04-14"}},
		{"Le conseil s'est réuni hier, le 12 mars.", nil},
	}
	for _, tt := range tests {
		a := &dossier.Analysis{Doc: dossier.Document{Text: tt.text, Published: "2020-05-10", Language: "de"}}
		if err := tg.AnalyzeLanguageFree(a); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, x := range a.Timexes {
			got = append(got, x.Value)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q gives %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestYearlySet checks that "each" or "every" before a season or a month is a set of every
// year's, and that a date in a relative clause describing it falls in no one year.
func TestYearlySet(t *testing.T) {
	tg := New()
	ref := ParseRef("2023-11-02")
	tests := []struct {
		text string
		want []string // type value mod of each expression
	}{
		{"The office names storms each winter season, which starts in early September, and has decided to name them after people.",
			[]string{"SET XXXX-WI", "DATE XXXX-09 START"}},
		{"The market opens every March, which is when the farmers come back.", []string{"SET XXXX-03"}},
		{"The festival is held every March 15 in the town.", []string{"SET XXXX-03-15"}},
		{"Every summer season that begins in June brings more visitors.", []string{"SET XXXX-SU", "DATE XXXX-06"}},
		{"The first named storm was in September, which is very early.", []string{"DATE 2023-09"}},
		{"They met each winter. In early September the talks resumed.", []string{"SET XXXX-WI", "DATE 2023-09 START"}},
	}
	for _, tt := range tests {
		var got []string
		for _, x := range tg.Tag(tt.text, ref) {
			got = append(got, strings.TrimSpace(x.Type+" "+x.Value+" "+x.Mod))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q gives %q, want %q", tt.text, got, tt.want)
		}
	}
}
