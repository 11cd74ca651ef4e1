package timex

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestDateline checks which date of a text's opening is its dateline's, in words or in figures,
// and the day the story's relative dates then count from: the dateline's when it lies near the
// publication date given (see dossier.ReferenceDate).
func TestDateline(t *testing.T) {
	tg := New()
	for _, tc := range []struct {
		published, text string
		line            string // the dateline's date, "" when none
		later, value    string // an expression after it and its value
	}{
		{"2016-06-04", "25 civilians killed in raids on the group bastion monitor AFP Wednesday 22 Jun 2016 Air strikes on the city killed 25 civilians a monitoring group said on Wednesday.",
			"Wednesday 22 Jun 2016", "Wednesday", "2016-06-22"},
		{"2016-06-01", "Published June 1 2016 A total of 14 militants were killed in northern Syria during an operation on Tuesday the military said.",
			"June 1 2016", "Tuesday", "2016-05-31"},
		{"2016-06-05", "Date of publication 5 June 2016 Air strikes by regime war planes in Aleppo on Sunday have killed around 32 civilians.",
			"5 June 2016", "Sunday", "2016-06-05"},
		{"2017-04-07", "Fri 07 Apr 2017 at 0914 Homs governor says U.S. attack caused deaths. A missile strike on an airbase on Friday caused deaths.",
			"Fri 07 Apr 2017", "Friday", "2017-04-07"},
		{"2015-02-03", "DAMASCUS, Feb 3 (Reuters) - Rebels shelled the capital on Monday killing four people.",
			"Feb 3", "Monday", "2015-02-02"},
		{"2019-03-02", "Last updated at Mar 052019 TOLVAR Two people died in shelling of the town on Sunday, the monitor said.",
			"Mar 052019", "Sunday", "2019-03-03"},
		{"2019-03-12", "Last updated at Mar 12019 TOLVAR Two people died in shelling of the town on Sunday, the monitor said.",
			"Mar 12019", "Sunday", "2019-02-24"},
		{"2025-05-20", "TOLVAR, May 20 - Army shelling on the town on Tuesday killed 14 people, activists said.",
			"May 20", "Tuesday", "2025-05-20"},
		{"2016-04-03", "25-04-2016 Eight killed in car bomb near the shrine. A car bomb killed eight people near the shrine on Monday.",
			"25-04-2016", "Monday", "2016-04-25"},
		{"2016-04-25", "Rebels shelled the town. On 25-04-2016 the council said the shelling went on.",
			"", "", ""},
		{"2016-04-25", "5-04-2016 Eight killed in car bomb near the shrine. A car bomb killed eight people near the shrine on Monday.",
			"", "Monday", "2016-04-25"},
		{"2025-05-20", "Shelling went on. In the town, May 20 - the day of the vote - was quiet.",
			"", "", ""},
		{"2016-03-12", "Turkey shelled the town. On 15 Feb 2016 Turkish Prime Minister Ahmet Davutoglu said the shelling would go on.",
			"", "", ""},
		{"2016-11-16", "Rebels refused to leave. In this Oct. 11 2016 file photo provided by the civil defence rescuers search the rubble.",
			"", "", ""},
		{"2016-11-04", "Russia announced a pause in strikes on Oct. 18 2016 promising rebels safe passage.",
			"", "", ""},
	} {
		a := &dossier.Analysis{Doc: dossier.Document{Text: tc.text, Published: tc.published}}
		if err := tg.Analyze(a); err != nil {
			t.Fatal(err)
		}
		line := ""
		for _, x := range a.Timexes {
			if x.Dateline {
				if line != "" {
					t.Errorf("%q: two datelines", tc.text)
				}
				line = x.Text
			}
			if tc.later != "" && x.Text == tc.later && x.Value != tc.value {
				t.Errorf("%q: %q = %s, want %s", tc.text, x.Text, x.Value, tc.value)
			}
		}
		if line != tc.line {
			t.Errorf("%q: dateline %q, want %q", tc.text, line, tc.line)
		}
	}
}

// TestDatelineIsTheReference checks that with no publication date given, a dateline's date is
// the reference of the text's relative dates.
func TestDatelineIsTheReference(t *testing.T) {
	text := "Published June 1 2016 A total of 14 militants were killed during an operation on Tuesday the military said."
	a := &dossier.Analysis{Doc: dossier.Document{Text: text}}
	if err := New().Analyze(a); err != nil {
		t.Fatal(err)
	}
	for _, x := range a.Timexes {
		if x.Text == "Tuesday" && x.Value != "2016-05-31" {
			t.Errorf("Tuesday = %s, want 2016-05-31", x.Value)
		}
	}
	if len(a.Timexes) != 2 {
		t.Errorf("want the dateline's date and Tuesday, got %+v", a.Timexes)
	}
}

// TestDatesEvents checks which expressions may date what a text tells.
func TestDatesEvents(t *testing.T) {
	for _, tc := range []struct {
		tx        dossier.Timex
		published string
		want      bool
	}{
		{dossier.Timex{Value: "2016-06-22", Dateline: true}, "2016-06-04", false},
		{dossier.Timex{Value: "2016-06-04", Dateline: true}, "2016-06-04", true},
		{dossier.Timex{Value: "2016-06-22", Dateline: true}, "", true},
		{dossier.Timex{Value: "2016-06-22"}, "2016-06-04", true},
	} {
		if got := tc.tx.DatesEvents(tc.published); got != tc.want {
			t.Errorf("%+v.DatesEvents(%q) = %v, want %v", tc.tx, tc.published, got, tc.want)
		}
	}
}

// TestNoTimeOfTheirOwn checks that "soon" and "shortly" before "after" or "before" are no
// expression: they tell of a time near another.
func TestNoTimeOfTheirOwn(t *testing.T) {
	tg := New()
	for _, tc := range []struct{ text, want string }{
		{"Investigators have been searching for him since shortly after the Oct. 23 slaying.", "Oct. 23"},
		{"His symptoms did improve soon after, the doctors said.", ""},
		{"The minister will arrive soon, his office said.", "soon"},
	} {
		var got []string
		for _, x := range tg.Tag(tc.text, ParseRef("2019-11-18")) {
			got = append(got, x.Text)
		}
		if s := strings.Join(got, "|"); s != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, s, tc.want)
		}
	}
}
