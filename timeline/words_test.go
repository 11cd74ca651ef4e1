package timeline

import "testing"

func TestDatePartAndTimeOfDay(t *testing.T) {
	tests := []struct {
		value, date, time string
	}{
		{"2014-09-24TNI", "2014-09-24", "night"},
		{"2017-11-17TEV", "2017-11-17", "evening"},
		{"2023-11-06T14:30", "2023-11-06", "14:30"},
		{"2023-11-06T14:30:05", "2023-11-06", "14:30"},
		{"2024-W13-3TMO", "2024-W13-3", "morning"},
		{"2023-11-03", "2023-11-03", ""},
		{"2023", "2023", ""},
		{"PT3H", "PT3H", ""},
		{"PRESENT_REF", "PRESENT_REF", ""},
		{"2023-11-03TXX", "2023-11-03", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := DatePart(tt.value); got != tt.date {
			t.Errorf("DatePart(%q) = %q, want %q", tt.value, got, tt.date)
		}
		if got := TimeOfDay(tt.value); got != tt.time {
			t.Errorf("TimeOfDay(%q) = %q, want %q", tt.value, got, tt.time)
		}
	}
}
