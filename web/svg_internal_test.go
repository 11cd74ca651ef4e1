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

var yearRe = regexp.MustCompile(`\b[0-9]{4}\b`)

func titles(c chart) []string {
	var out []string
	for _, s := range c.Sections {
		out = append(out, s.Title)
	}
	return out
}
