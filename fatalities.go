package dossier

import (
	"fmt"
	"strings"
)

// Fatalities is the range of the counts of the dead the reports of a happening give: from the
// lowest to the highest, open when the highest is a least ("at least 21"). Loose counts
// ("dozens") set it only when no report gives a number.
type Fatalities struct {
	Low  int  `json:"low"`
	High int  `json:"high"`
	Open bool `json:"open,omitempty"` // the highest count is a least
	// Words are the words of the loose count all reports give when none gives a number
	// ("dozens"); the range is then their meaning.
	Words string `json:"words,omitempty"`
}

// String writes the range as a table shows it: "12", "12-21", "12-21+", or the words of a
// loose count ("dozens").
func (f *Fatalities) String() string {
	if f == nil {
		return ""
	}
	if f.Words != "" {
		return f.Words
	}
	s := fmt.Sprint(f.Low)
	if f.High != f.Low {
		s += fmt.Sprintf("-%d", f.High)
	}
	if f.Open {
		s += "+"
	}
	return s
}

// FatalitiesOf is the range of the dead that events, each one report, give: each event's whole
// count of the dead (not of its children or women, not a part of the dead, not a running total), the revised one when
// its sentence revises it, the sum of the groups it counts apart before each group's count, a
// count before a loose one ("dozens"); nil when none gives one.
// Loose counts widen the range only when no event gives a number: "scores" beside 22 and 15
// is 15-22, not 15-99.
func FatalitiesOf(evs []Event) *Fatalities {
	var exact, loose []*Figure
	for _, ev := range evs {
		var best *Figure
		for fi := range ev.Figures {
			f := &ev.Figures[fi]
			if f.Counts != "killed" || f.Total || f.Part != "" || f.Who == "children" || f.Who == "women" {
				continue
			}
			if best == nil || f.Update && !best.Update || f.Update == best.Update && better(f, best) {
				best = f
			}
		}
		switch {
		case best == nil:
		case best.Loose:
			loose = append(loose, best)
		default:
			exact = append(exact, best)
		}
	}
	if len(exact) == 0 {
		out := span(loose)
		if out != nil {
			out.Words = strings.ToLower(loose[0].Text)
			for _, f := range loose[1:] {
				if strings.ToLower(f.Text) != out.Words {
					out.Words = ""
					break
				}
			}
		}
		return out
	}
	return span(exact)
}

// span is the range figures give together, nil for none.
func span(figs []*Figure) *Fatalities {
	var out *Fatalities
	for _, f := range figs {
		hi, open := f.Low, f.High == nil
		if f.High != nil {
			hi = *f.High
		}
		if out == nil {
			out = &Fatalities{Low: f.Low, High: hi, Open: open}
			continue
		}
		out.Low = min(out.Low, f.Low)
		if hi > out.High || hi == out.High && open {
			out.High, out.Open = hi, open
		}
	}
	return out
}

// better reports whether f, a count of the dead as revised as best, is the event's toll before
// best: the sum of counts its sentence gives apart before one of its parts ("30 soldiers and
// 12 rebels": 42), then a count or a least before a loose count or an estimate.
func better(f, best *Figure) bool {
	if f.Sum != best.Sum && f.Span == best.Span {
		return f.Sum
	}
	return precise(f) && !precise(best)
}

// precise reports whether a figure is a count or a least, not a loose count or an estimate.
func precise(f *Figure) bool { return f.High == nil || *f.High == f.Low }
