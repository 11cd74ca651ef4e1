package scorenorm

import "testing"

func TestNorm(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The  Past Year", "past year"},
		{"Monday’s", "monday"},
		{"  ＡＢＣ ", "abc"},
		{"theory", "theory"},
	} {
		if got := Norm(tc.in); got != tc.want {
			t.Errorf("Norm(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestOverlaps(t *testing.T) {
	for _, tc := range []struct {
		sys, gold string
		want      bool
	}{
		{"last Friday", "Friday", true},
		{"Friday", "last Friday", true},
		{"the week", "week", true},
		{"", "Friday", false},
		{"Monday", "Friday", false},
	} {
		if got := Overlaps(tc.sys, tc.gold); got != tc.want {
			t.Errorf("Overlaps(%q, %q) = %v, want %v", tc.sys, tc.gold, got, tc.want)
		}
	}
}
