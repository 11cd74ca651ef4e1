package timex

import "testing"

func TestQuarterBefore(t *testing.T) {
	tests := []struct {
		y, m int
		want string
	}{
		{2020, 5, "2020-Q1"},
		{2020, 4, "2020-Q1"},
		{2020, 3, "2019-Q4"},
		{2020, 1, "2019-Q4"},
		{2020, 12, "2020-Q3"},
	}
	for _, tt := range tests {
		if got := quarterBefore(tt.y, tt.m); got != tt.want {
			t.Errorf("quarterBefore(%d, %d) = %q, want %q", tt.y, tt.m, got, tt.want)
		}
	}
}

func TestVagueRef(t *testing.T) {
	if got := vagueRef(-1).value; got != "PAST_REF" {
		t.Errorf("vagueRef(-1) = %q, want PAST_REF", got)
	}
	if got := vagueRef(1).value; got != "FUTURE_REF" {
		t.Errorf("vagueRef(1) = %q, want FUTURE_REF", got)
	}
}

func TestNumericDate(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
		ok      bool
	}{
		{2020, 4, 14, "2020-04-14", true},
		{2020, 2, 29, "2020-02-29", true},
		{2019, 2, 29, "", false},
		{2020, 13, 1, "", false},
		{2020, 4, 0, "", false},
	}
	for _, tt := range tests {
		s := &state{}
		v, ok := s.numericDate(tt.y, tt.m, tt.d)
		if ok != tt.ok || v.value != tt.want {
			t.Errorf("numericDate(%d, %d, %d) = %q, %v; want %q, %v", tt.y, tt.m, tt.d, v.value, ok, tt.want, tt.ok)
		}
		if ok && !s.hasDate {
			t.Errorf("numericDate(%d, %d, %d) did not note the date", tt.y, tt.m, tt.d)
		}
	}
}

func TestSentenceBounds(t *testing.T) {
	toks := []vtok{
		{start: 0, end: 3, kind: tokWord},
		{start: 3, end: 4, kind: tokStop},
		{start: 5, end: 9, kind: tokWord},
		{start: 10, end: 14, kind: tokWord},
		{start: 14, end: 15, kind: tokStop},
		{start: 16, end: 20, kind: tokWord},
	}
	a, b := sentenceBounds(toks, 10, 14)
	if a != 1 || b != 5 {
		t.Errorf("sentenceBounds = %d, %d; want 1, 5", a, b)
	}
}

func TestHolidayRules(t *testing.T) {
	for _, tc := range []struct {
		rule string
		year int
		want string
	}{
		{"E", 2024, "2024-03-31"},
		{"E", 2019, "2019-04-21"},
		{"E-2", 2000, "2000-04-21"},
		{"E+1", 1998, "1998-04-13"},
		{"05-L-1", 2021, "2021-05-31"},
		{"11-1-1+1", 2024, "2024-11-05"},
		{"12-25", 2020, "2020-12-25"},
	} {
		h, err := parseHoliday(tc.rule)
		if err != nil {
			t.Fatalf("parseHoliday(%q): %v", tc.rule, err)
		}
		if got := fmtDay(h.in(tc.year)); got != tc.want {
			t.Errorf("%s in %d = %s, want %s", tc.rule, tc.year, got, tc.want)
		}
	}
	for _, bad := range []string{"", "13-01", "05-X-1", "05-2-8", "Ex", "12-25+y"} {
		if _, err := parseHoliday(bad); err == nil {
			t.Errorf("parseHoliday(%q): want an error", bad)
		}
	}
}
