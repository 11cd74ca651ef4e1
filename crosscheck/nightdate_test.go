package crosscheck

import "testing"

// TestDateHappeningNight checks that a happening whose reports give the night of one day and the
// day after is dated to that night, while two days with no night between them, or the night of
// the later day, still give what the days share.
func TestDateHappeningNight(t *testing.T) {
	tests := []struct {
		name  string
		times []string
		want  string
	}{
		{"the night and the next day", []string{"2016-06-21TNI", "2016-06-22"}, "2016-06-21TNI"},
		{"the next day first", []string{"2016-06-22", "2016-06-21TNI", "2016-06-22"}, "2016-06-21TNI"},
		{"two days without a night", []string{"2016-06-21", "2016-06-22"}, "2016-06"},
		{"the night of the later day", []string{"2017-10-04", "2017-10-05TNI"}, "2017-10"},
		{"the night and two days later", []string{"2016-06-21TNI", "2016-06-23"}, "2016-06"},
		{"the evening and the next day", []string{"2016-09-03TEV", "2016-09-04"}, "2016-09"},
		{"one night", []string{"2016-06-21TNI", "2016-06-21"}, "2016-06-21TNI"},
		{"over the month's end", []string{"2016-06-30TNI", "2016-07-01"}, "2016-06-30TNI"},
	}
	for _, tt := range tests {
		reps := make([]report, len(tt.times))
		g := make([]int, len(tt.times))
		for i, tm := range tt.times {
			day, ok := parseDay(tm)
			if !ok {
				t.Fatalf("%s: bad day %q", tt.name, tm)
			}
			reps[i] = report{e: &passEvent{Time: tm}, day: day, exact: true}
			g[i] = i
		}
		if got, _, _ := dateHappening(reps, g); got != tt.want {
			t.Errorf("%s: time %q, want %q", tt.name, got, tt.want)
		}
	}
}
