package crosscheck

import "testing"

// TestCoarseJoin: reports of other outlets dated only to a year join only when they name the
// same place and the same actor, those dated to a month when they name either or the same
// target; calls of two speakers are two happenings whatever their dates.
func TestCoarseJoin(t *testing.T) {
	c, byDoc := docReports(t, "testdata/coarse_join.json")
	tests := []struct {
		a, b string
		want bool
	}{
		{"y1", "y3", true},  // one side takes one town, the year alone told
		{"y1", "y2", false}, // one side, one year, two towns
		{"y1", "y4", false}, // one town, one year, no side named by one
		{"m1", "m3", true},  // one speaker's call of one month
		{"m1", "m2", false}, // two speakers' calls of one month
		{"d1", "d2", false}, // two speakers' calls of one day
		{"t1", "t2", true},  // one man arrested, the month alone told
	}
	for _, tt := range tests {
		a, b := byDoc[tt.a], byDoc[tt.b]
		if a == nil || b == nil {
			t.Fatalf("no report of %s or %s", tt.a, tt.b)
		}
		if got := c.alike(a, b, false); got != tt.want {
			t.Errorf("alike(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
