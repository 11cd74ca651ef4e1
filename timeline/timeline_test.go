package timeline

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	tests := []struct {
		value, mod        string
		start, end, prec  string
		yearKnown, parsed bool
	}{
		{"2020-04-14", "", "2020-04-14", "2020-04-15", "day", true, true},
		{"2020-04-14T09:30", "", "2020-04-14", "2020-04-15", "day", true, true},
		{"2020-04", "", "2020-04-01", "2020-05-01", "month", true, true},
		{"2019", "", "2019-01-01", "2020-01-01", "year", true, true},
		{"2019-SP", "", "2019-03-01", "2019-06-01", "season", true, true},
		{"1998-Q1", "", "1998-01-01", "1998-04-01", "quarter", true, true},
		{"2020-W15", "", "2020-04-06", "2020-04-13", "week", true, true},
		{"199X", "", "1990-01-01", "2000-01-01", "decade", true, true},
		{"199", "", "1990-01-01", "2000-01-01", "decade", true, true},
		{"198X", "START", "1980-01-01", "1983-05-02", "decade", true, true},
		{"19XX", "", "1900-01-01", "2000-01-01", "century", true, true},
		{"19", "", "1900-01-01", "2000-01-01", "century", true, true},
		{"18XX", "END", "1866-09-01", "1900-01-01", "century", true, true},
		{"XXX", "", "", "", "", false, false},
		{"1X9X", "", "", "", "", false, false},
		{"199X-05", "", "", "", "", false, false},
		{"XXXX-10-02", "", "0001-10-02", "0001-10-03", "day", false, true},
		{"XXXX-09", "END", "0001-09-21", "0001-10-01", "month", false, true},
		{"P5D", "", "", "", "", false, false},
		{"PRESENT_REF", "", "", "", "", false, false},
		{"2020-13", "", "", "", "", false, false},
	}
	for _, tt := range tests {
		iv, ok := Parse(tt.value, tt.mod)
		if ok != tt.parsed {
			t.Errorf("Parse(%q) ok = %v", tt.value, ok)
			continue
		}
		if !ok {
			continue
		}
		got := []string{iv.Start.Format("2006-01-02"), iv.End.Format("2006-01-02"), iv.Precision}
		want := []string{tt.start, tt.end, tt.prec}
		if tt.mod == "END" {
			got[0] = iv.Start.Format("2006-01-02")
		}
		if diff := cmp.Diff(want, got); diff != "" || iv.YearKnown != tt.yearKnown {
			t.Errorf("Parse(%q, %q) = %v known=%v; diff %s", tt.value, tt.mod, got, iv.YearKnown, diff)
		}
	}
}

func TestLessOrdersDatedThenYearless(t *testing.T) {
	values := []string{"XXXX-10-02", "P3D", "2020-04", "2020-04-14", "2019-SP", "XXXX-09", "2016"}
	sort.SliceStable(values, func(i, j int) bool { return Less(values[i], "", values[j], "") })
	want := []string{"2016", "2019-SP", "2020-04", "2020-04-14", "XXXX-09", "XXXX-10-02", "P3D"}
	if diff := cmp.Diff(want, values); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}

func TestLessPlacesDecadesAmongYears(t *testing.T) {
	values := []string{"2001", "19XX", "1995", "199X", "1989", "20XX", "198X"}
	sort.SliceStable(values, func(i, j int) bool { return Less(values[i], "", values[j], "") })
	// A decade starts with its first year and, being longer, comes after it.
	want := []string{"19XX", "198X", "1989", "199X", "1995", "20XX", "2001"}
	if diff := cmp.Diff(want, values); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
}

func TestDescribe(t *testing.T) {
	tests := map[[2]string]string{
		{"2020-04-14", ""}:             "14 Apr 2020",
		{"2015-02-20TNI", ""}:          "20 Feb 2015, night",
		{"2013-08-24TEV", ""}:          "24 Aug 2013, evening",
		{"2016-10-26T11:30", "APPROX"}: "26 Oct 2016, 11:30 (approx)",
		{"2016-10-26TXX", ""}:          "26 Oct 2016",
		{"XXXX-10-02", ""}:             "2 Oct, year unknown",
		{"XXXX-09", "END"}:             "late Sep, year unknown",
		{"2021-03", "START"}:           "early Mar 2021",
		{"2019-SP", ""}:                "spring 2019",
		{"XXXX-SU", ""}:                "summer, year unknown",
		{"2024-W13", ""}:               "the week of 25 Mar 2024",
		{"2024-Q2", "END"}:             "late second quarter of 2024",
		{"2023", ""}:                   "2023",
		{"199", ""}:                    "the 1990s",
		{"199X", ""}:                   "the 1990s",
		{"198X", "END"}:                "the late 1980s",
		{"19XX", ""}:                   "20th century",
		{"19", ""}:                     "20th century",
		{"XXXX-WXX-2", ""}:             "a Tuesday, date unknown",
		{"XXXX-WXX", ""}:               "a week, date unknown",
		{"PAST_REF", ""}:               "in the past",
		{"FUTURE_REF", ""}:             "in the future",
		{"P5D", ""}:                    "5 days",
		{"P1W", ""}:                    "1 week",
		{"PT3H", ""}:                   "3 hours",
		{"PXY", ""}:                    "some years",
		{"P2DE", ""}:                   "2 decades",
		{"banana", ""}:                 "banana",
	}
	for in, want := range tests {
		if got := Describe(in[0], in[1]); got != want {
			t.Errorf("Describe(%q, %q) = %q, want %q", in[0], in[1], got, want)
		}
	}
}
