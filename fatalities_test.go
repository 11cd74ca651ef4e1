package dossier

import "testing"

func TestFatalitiesOf(t *testing.T) {
	n := func(v int) *int { return &v }
	killed := func(lo int, hi *int, text string, loose bool) Event {
		return Event{Figures: []Figure{{Counts: "killed", Low: lo, High: hi, Text: text, Loose: loose}}}
	}
	cases := []struct {
		name string
		evs  []Event
		want string
	}{
		{"counts", []Event{killed(22, n(22), "22", false), killed(15, n(15), "15", false)}, "15-22"},
		{"loose beside counts", []Event{killed(40, n(99), "scores", true), killed(22, n(22), "22", false), killed(15, n(15), "fifteen", false)}, "15-22"},
		{"loose beside a least", []Event{killed(24, n(99), "dozens", true), killed(21, nil, "at least 21", false)}, "21+"},
		{"loose alone", []Event{killed(24, n(99), "dozens", true)}, "dozens"},
		{"one loose count twice", []Event{killed(24, n(99), "Dozens", true), killed(24, n(99), "dozens", true)}, "dozens"},
		{"two loose counts", []Event{killed(24, n(99), "dozens", true), killed(200, n(999), "hundreds", true)}, "24-999"},
		{"a given range stays", []Event{killed(15, n(20), "between 15 and 20", false), killed(12, n(12), "12", false)}, "12-20"},
		{"sum of groups over its parts", []Event{{Figures: []Figure{
			{Counts: "killed", Low: 120, High: n(120), Text: "120"},
			{Counts: "killed", Low: 60, High: n(60), Text: "60"},
			{Counts: "killed", Low: 180, High: n(180), Text: "120 fighters and 60 mercenaries", Sum: true},
		}}, killed(180, n(180), "180", false)}, "180"},
		{"a sum of another sentence", []Event{{Figures: []Figure{
			{Span: Span{Start: 0, End: 20}, Counts: "killed", Low: 40, High: n(40), Text: "40"},
			{Span: Span{Start: 30, End: 60}, Counts: "killed", Low: 23, High: n(23), Text: "9 children and 14 others", Sum: true},
		}}}, "40"},
		{"none", []Event{{}}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := FatalitiesOf(c.evs).String(); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
