package dossier

import "fmt"

// Fatalities is the range of the counts of the dead the reports of a happening give: from the
// lowest to the highest, open when the highest is a least ("at least 21").
type Fatalities struct {
	Low  int  `json:"low"`
	High int  `json:"high"`
	Open bool `json:"open,omitempty"` // the highest count is a least
}

// String writes the range as a table shows it: "12", "12-21", "12-21+".
func (f *Fatalities) String() string {
	if f == nil {
		return ""
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
// its sentence revises it, a count before a loose one ("dozens"); nil when none gives one.
func FatalitiesOf(evs []Event) *Fatalities {
	var out *Fatalities
	for _, ev := range evs {
		var best *Figure
		for fi := range ev.Figures {
			f := &ev.Figures[fi]
			if f.Counts != "killed" || f.Total || f.Part != "" || f.Who == "children" || f.Who == "women" {
				continue
			}
			if best == nil || f.Update && !best.Update || f.Update == best.Update && precise(f) && !precise(best) {
				best = f
			}
		}
		if best == nil {
			continue
		}
		hi, open := best.Low, best.High == nil
		if best.High != nil {
			hi = *best.High
		}
		if out == nil {
			out = &Fatalities{Low: best.Low, High: hi, Open: open}
			continue
		}
		out.Low = min(out.Low, best.Low)
		if hi > out.High || hi == out.High && open {
			out.High, out.Open = hi, open
		}
	}
	return out
}

// precise reports whether a figure is a count or a least, not a loose count or an estimate.
func precise(f *Figure) bool { return f.High == nil || *f.High == f.Low }
