package web

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/dossier-project/dossier/timeline"
	"github.com/dossier-project/dossier/view"
)

func dated(value string) view.Event {
	iv, _ := timeline.Parse(value, "")
	return view.Event{ID: value, Time: value, When: timeline.Describe(value, ""), From: iv.Start.Format("2006-01-02"),
		To: iv.End.Format("2006-01-02"), YearKnown: iv.YearKnown, Type: "ASSAULT"}
}

// TestTimelineOutlier checks that one date in an implausible year gets a lane of its own
// instead of stretching the axis of all the others, and that a story that really spans
// decades keeps one axis.
func TestTimelineOutlier(t *testing.T) {
	var events []view.Event
	for d := 1; d <= 12; d++ {
		events = append(events, dated(fmt.Sprintf("2024-03-%02d", d)))
	}
	c := timelineChart(append(events, dated("1824-03-05")))
	if len(c.Sections) != 2 || !strings.HasPrefix(c.Sections[1].Title, "Far from the other dates") {
		t.Fatalf("sections: %v", titles(c))
	}
	main := c.Sections[0]
	for _, tk := range main.Ticks {
		if year := yearRe.FindString(tk.Label); year != "" && year != "2024" {
			t.Errorf("the main axis reaches beyond 2024: tick %q", tk.Label)
		}
	}
	if len(main.Ticks) < 3 {
		t.Errorf("the main axis has %d ticks: not drawn at the scale of days", len(main.Ticks))
	}
	if len(main.Bars) != 12 || len(c.Sections[1].Bars) != 1 {
		t.Errorf("bars: %d in the main lane, %d apart", len(main.Bars), len(c.Sections[1].Bars))
	}
	var decades []view.Event
	for y := 1990; y <= 2020; y += 5 {
		decades = append(decades, dated(fmt.Sprintf("%d-06-01", y)))
	}
	if c := timelineChart(decades); len(c.Sections) != 1 {
		t.Errorf("a story over decades is split: %v", titles(c))
	}
}

// TestTimelineCenturies checks that a lane spanning centuries — misread years such as "1130"
// beside "1963" — places every tick and bar by its date, none piled at the right edge.
func TestTimelineCenturies(t *testing.T) {
	tests := []struct {
		name  string
		dates []string
	}{
		{"far lane over eight centuries", append(days2024(30), "1130", "1200", "1963", "1963")},
		{"one axis over six centuries", []string{"1400", "1500", "1600", "1700", "1800", "1900", "2000"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var events []view.Event
			for _, d := range tc.dates {
				events = append(events, dated(d))
			}
			c := timelineChart(events)
			sec := c.Sections[len(c.Sections)-1]
			for i := 1; i < len(sec.Ticks); i++ {
				if sec.Ticks[i].X <= sec.Ticks[i-1].X {
					t.Errorf("tick %q at x=%.1f is not right of tick %q at x=%.1f",
						sec.Ticks[i].Label, sec.Ticks[i].X, sec.Ticks[i-1].Label, sec.Ticks[i-1].X)
				}
			}
			lo, hi := sec.PlotRight, sec.PlotLeft
			for _, b := range sec.Bars {
				lo, hi = min(lo, b.X), max(hi, b.X+b.W)
			}
			width := sec.PlotRight - sec.PlotLeft
			if lo > sec.PlotLeft+0.1*width || hi < sec.PlotLeft+0.9*width {
				t.Errorf("the bars reach from x=%.1f to x=%.1f on a plot from %.0f to %.0f: not spread over the axis",
					lo, hi, sec.PlotLeft, sec.PlotRight)
			}
			if len(sec.Ticks) > 16 {
				t.Errorf("%d ticks: too many to read", len(sec.Ticks))
			}
		})
	}
}

// days2024 are n consecutive days of March 2024.
func days2024(n int) []string {
	var out []string
	for d := 1; d <= n; d++ {
		out = append(out, fmt.Sprintf("2024-03-%02d", d))
	}
	return out
}

var yearRe = regexp.MustCompile(`\b[0-9]{4}\b`)

func titles(c chart) []string {
	var out []string
	for _, s := range c.Sections {
		out = append(out, s.Title)
	}
	return out
}
