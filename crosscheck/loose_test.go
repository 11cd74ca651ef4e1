package crosscheck

import "testing"

// TestFigureCampsLoose checks that a loose count disputes no count it may include, yet still
// disputes one it cannot, and bridges no two counts that differ. The figures are those of
// reports like the development half's: "22 injured" against "wounded dozens", "at least 81"
// after "dozens" against "more than 100".
func TestFigureCampsLoose(t *testing.T) {
	exact := func(n float64) casualty { return casualty{kind: "wounded", lo: n, hi: n} }
	least := func(n float64) casualty { return casualty{kind: "wounded", lo: n, hi: n * leastSpan} }
	loose := func(lo, hi float64) casualty { return casualty{kind: "wounded", lo: lo, hi: hi, loose: true} }
	tests := []struct {
		name  string
		figs  []casualty
		camps int
	}{
		{"dozens may include 22", []casualty{exact(22), loose(24, 99)}, 1},
		{"dozens first, 22 after", []casualty{loose(24, 99), exact(22)}, 1},
		{"hundreds cannot be 12", []casualty{exact(12), loose(200, 999)}, 2},
		{"dozens is not at least 110", []casualty{loose(24, 99), least(110)}, 2},
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
