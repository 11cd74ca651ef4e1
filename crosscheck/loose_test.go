package crosscheck

import "testing"

// TestFigureCampsLoose checks that a loose count disputes no count it may include, within a
// factor of two either way, yet still disputes one it cannot, and bridges no two counts that
// differ. The figures are those of reports like the development half's: "22 injured" against
// "wounded dozens", "dozens" against 140 and "over 100".
func TestFigureCampsLoose(t *testing.T) {
	exact := func(n float64) casualty { return casualty{kind: "wounded", lo: n, hi: n} }
	least := func(n float64) casualty { return casualty{kind: "wounded", lo: n, hi: leastTop(n)} }
	loose := func(lo, hi float64) casualty { return casualty{kind: "wounded", lo: lo, hi: hi, loose: true} }
	tests := []struct {
		name  string
		figs  []casualty
		camps int
	}{
		{"dozens may include 22", []casualty{exact(22), loose(24, 99)}, 1},
		{"dozens first, 22 after", []casualty{loose(24, 99), exact(22)}, 1},
		{"hundreds cannot be 12", []casualty{exact(12), loose(200, 999)}, 2},
		{"dozens may be 140", []casualty{loose(24, 99), exact(140)}, 1},
		{"dozens may be over 100 and 140", []casualty{exact(140), loose(24, 99), least(100)}, 1},
		{"dozens is not 250", []casualty{loose(24, 99), exact(250)}, 2},
		{"several is not 20", []casualty{exact(20), loose(3, 9)}, 2},
		{"two exact counts stay apart beside dozens", []casualty{exact(22), loose(24, 99), exact(60)}, 2},
		{"several and one", []casualty{exact(1), loose(3, 9)}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := figureCamps(tt.figs)
			if len(got) != tt.camps {
				t.Errorf("figureCamps gave %d camps, want %d", len(got), tt.camps)
			}
			n := 0
			for _, cp := range got {
				n += len(cp.figs)
			}
			if n != len(tt.figs) {
				t.Errorf("camps hold %d figures, want %d", n, len(tt.figs))
			}
		})
	}
}

// TestEchoed checks that a head count that gives no day of its own is left out of a dispute when
// its page also gives, dated, the other outlet's very number ("at least 84 killed" in days of
// bombardment beside "13 killed on Thursday"), and kept otherwise.
func TestEchoed(t *testing.T) {
	const day = 17087
	other := casualty{doc: 0, kind: "killed", who: "people", lo: 13, hi: 13, day: day, exact: true}
	wide := casualty{doc: 1, kind: "killed", who: "civilians", lo: 84, hi: 84 * leastSpan, day: day}
	tests := []struct {
		name string
		head casualty
		said []saidCount
		want int
	}{
		{"the page gives the other's number that day", wide, []saidCount{{"people", 84, day, false}, {"people", 13, day, true}}, 1},
		{"the page gives it undated", wide, []saidCount{{"people", 13, day, false}}, 2},
		{"the page gives it of another week", wide, []saidCount{{"people", 13, day - 7, true}}, 2},
		{"the page gives it of fighters", wide, []saidCount{{"fighters", 13, day, true}}, 2},
		{"the page gives it without saying of whom", wide, []saidCount{{"", 13, day, true}}, 2},
		{"the head has a day of its own", func() casualty { h := wide; h.exact = true; return h }(), []saidCount{{"people", 13, day, true}}, 2},
		{"the page gives another number", wide, []saidCount{{"people", 14, day, true}}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			scenes := []figureScene{{}, {said: tt.said}}
			got := echoed(scenes, []casualty{other, tt.head})
			if len(got) != tt.want {
				t.Fatalf("echoed kept %d figures, want %d", len(got), tt.want)
			}
			if got[0].lo != other.lo {
				t.Errorf("echoed dropped the other outlet's figure")
			}
		})
	}
}

// TestLeastTop checks how far above its number a count given as a least reaches: a round number
// to the next round one, but not past half again.
func TestLeastTop(t *testing.T) {
	tests := []struct {
		lo, want float64
	}{
		{31, 31 * leastSpan},
		{100, 150},
		{110, 110 * leastSpan},
		{200, 299},
		{1000, 1500},
		{1400, 1750},
		{40, 50},
		{1, 1.25},
	}
	for _, tt := range tests {
		if got := leastTop(tt.lo); got != tt.want {
			t.Errorf("leastTop(%v) = %v, want %v", tt.lo, got, tt.want)
		}
	}
}

// TestLeadDay checks that a count its clause gives no day takes the day its page dates an earlier
// count to, and meets by days only what that day allows.
func TestLeadDay(t *testing.T) {
	const sat = 19882
	figs := []casualty{
		{kind: "killed", lo: 51, day: sat, exact: true, pub: sat + 1},
		{kind: "killed", lo: 9, day: sat + 1, pub: sat + 1},
		{kind: "killed", lo: 3, day: sat - 400, past: true, pub: sat + 1},
	}
	leadDay(figs)
	if figs[1].day != sat || !figs[1].led || figs[1].exact {
		t.Fatalf("undated count after the lead: day %d led %v exact %v, want day %d led", figs[1].day, figs[1].led, figs[1].exact, sat)
	}
	if figs[2].led {
		t.Errorf("a count of an earlier year took the lead's day")
	}
	tests := []struct {
		name  string
		other casualty
		want  bool
	}{
		{"a report of the next day, dated by its dateline", casualty{day: sat + 1, exact: true, pub: sat + 1}, false},
		{"a report of the lead's day", casualty{day: sat, exact: true, pub: sat + 1}, true},
		{"an undated report of the next day", casualty{day: sat + 1, pub: sat + 1}, true},
		{"an undated report of the day before", casualty{day: sat - 1, pub: sat - 1}, false},
		{"a count another page dates by its lead to the day before", casualty{day: sat - 1, led: true, pub: sat - 1}, false},
		{"a count another page dates by its lead to the same day", casualty{day: sat, led: true, pub: sat}, true},
	}
	for _, tt := range tests {
		if got := daysMeet(&figs[1], &tt.other); got != tt.want {
			t.Errorf("%s: daysMeet = %v, want %v", tt.name, got, tt.want)
		}
		if got := daysMeet(&tt.other, &figs[1]); got != tt.want {
			t.Errorf("%s, turned: daysMeet = %v, want %v", tt.name, got, tt.want)
		}
	}
}
