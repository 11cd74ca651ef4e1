package report

import "testing"

func TestParseValue(t *testing.T) {
	tests := []struct {
		value     string
		from, to  string // dates of the span's first day and of the day after it
		yearKnown bool
		placeable bool
	}{
		{"2023-11-03", "2023-11-03", "2023-11-04", true, true},
		{"2023-11-03T14:00", "2023-11-03", "2023-11-04", true, true},
		{"2023-11", "2023-11-01", "2023-12-01", true, true},
		{"2023-12", "2023-12-01", "2024-01-01", true, true},
		{"2023", "2023-01-01", "2024-01-01", true, true},
		{"2023-SP", "2023-03-01", "2023-06-01", true, true},
		{"2023-WI", "2023-12-01", "2024-03-01", true, true},
		{"2023-Q2", "2023-04-01", "2023-07-01", true, true},
		{"2024-W13", "2024-03-25", "2024-04-01", true, true},
		{"2024-W13-3", "2024-03-27", "2024-03-28", true, true},
		{"199X", "1990-01-01", "2000-01-01", true, true},
		{"XXXX-10-02", "0001-10-02", "0001-10-03", false, true},
		{"XXXX-03", "0001-03-01", "0001-04-01", false, true},
		{"XXXX-WXX-4", "", "", false, false},
		{"PRESENT_REF", "", "", false, false},
		{"P5D", "", "", false, false},
		{"2023-13", "", "", false, false},
	}
	for _, tt := range tests {
		s, yearKnown, ok := parseValue(tt.value)
		if ok != tt.placeable || (ok && yearKnown != tt.yearKnown) {
			t.Errorf("%s: yearKnown %v, placeable %v; want %v, %v", tt.value, yearKnown, ok, tt.yearKnown, tt.placeable)
			continue
		}
		if !ok {
			continue
		}
		from, to := dateOf(s.From).Format("2006-01-02"), dateOf(s.To).Format("2006-01-02")
		if from != tt.from || to != tt.to {
			t.Errorf("%s: [%s, %s), want [%s, %s)", tt.value, from, to, tt.from, tt.to)
		}
	}
}

func TestNarrow(t *testing.T) {
	s := span{0, 30}
	for mod, want := range map[string]span{"START": {0, 10}, "MID": {10, 20}, "END": {20, 30}, "LATE": {20, 30}, "APPROX": {0, 30}, "": {0, 30}} {
		if got := narrow(s, mod); got != want {
			t.Errorf("narrow %s = %v, want %v", mod, got, want)
		}
	}
}
