package main

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-project/dossier/view"
)

func TestFitColumn(t *testing.T) {
	tests := []struct {
		in    string
		width int
		want  string
	}{
		{"BBC", 6, "BBC   "},
		{"Reuters", 7, "Reuters"},
		{"The Levant Ledger", 10, "The Levan…"},
		{"Ahram Онлайн", 8, "Ahram О…"},
		// A wide character takes two columns; one that does not fit leaves a space.
		{"엔터미디어", 12, "엔터미디어  "},
		{"엔터미디어", 6, "엔터… "},
		{"東京新聞 Tokyo", 8, "東京新… "},
		// A combining mark takes none.
		{"Café Press", 11, "Café Press "},
	}
	for _, tc := range tests {
		if got := fitColumn(tc.in, tc.width); got != tc.want {
			t.Errorf("fitColumn(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
}

func TestPrintSpellings(t *testing.T) {
	long := "Islamic State in Iraq and the Levant"
	tests := []struct {
		name string
		sp   []view.Spelling
		want string
	}{
		{"short spelling on one line",
			[]view.Spelling{{Text: "ISIS", Sources: []view.UseCount{{Source: "TRT World", Count: 2}, {Source: "Daily Sabah", Count: 1}}}},
			"  ISIS" + strings.Repeat(" ", 28) + " Daily Sabah 1, TRT World 2\n"},
		{"long spelling, its sources on the next line",
			[]view.Spelling{{Text: long, Sources: []view.UseCount{{Source: "Daily Sabah", Count: 1}}}},
			"  " + long + "\n  " + strings.Repeat(" ", 32) + " Daily Sabah 1\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			printSpellings(&b, "  ", tc.sp)
			if got := b.String(); got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"two\n  lines", 40, "two lines"},
		{"cut at a word boundary here", 12, "cut at a …"},
		{"ééééééééé", 5, "éé …"}, // no space to cut at: never inside a character
	}
	for _, tc := range tests {
		got := oneLine(tc.in, tc.n)
		if got != tc.want || !utf8.ValidString(got) {
			t.Errorf("oneLine(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestParticipants(t *testing.T) {
	tests := []struct {
		name string
		args []view.EventArg
		want string
	}{
		{"actor and others, each with its role",
			[]view.EventArg{{Role: "place", Name: "Hassakeh"}, {Role: "actor", Name: "Nazeer Rida"}, {Role: "target", Name: "Islamic State"}},
			"actor: Nazeer Rida; place: Hassakeh; target: Islamic State"},
		{"two actors", []view.EventArg{{Role: "actor", Name: "Russia"}, {Role: "actor", Name: "Syria"}}, "actor: Russia, Syria"},
		{"none", nil, "(no participant named)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := participants(view.Event{Args: tc.args}); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPrintEventsColumns checks that a long date in words widens the date column for every
// line, so that the types stay in one column.
func TestPrintEventsColumns(t *testing.T) {
	tests := []struct {
		name  string
		whens []string
	}{
		{"short dates", []string{"2 Apr 2024", "2014"}},
		{"a long date", []string{"2 Apr 2024", "early the week of 16 Feb 2015 (approx)", "a Tuesday, date unknown"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var events []view.Event
			for _, w := range tc.whens {
				events = append(events, view.Event{When: w, Type: "ASSAULT", Modality: "asserted"})
			}
			var b bytes.Buffer
			printEvents(&b, events, nil)
			col := -1
			for _, line := range strings.Split(b.String(), "\n") {
				if strings.HasPrefix(line, " ") || line == "" {
					continue
				}
				at := utf8.RuneCountInString(line[:strings.Index(line, " ASSAULT")])
				if col >= 0 && at != col {
					t.Errorf("the type starts at column %d, and at %d before:\n%s", at, col, b.String())
				}
				col = at
			}
		})
	}
}
