package event

import "github.com/dossier-project/dossier"

// summedTolls marks as a running total each whole count of the dead that adds up two counts of
// the same dead the same document dates to two different days, when it gives no day of its own
// or the later of theirs, the day a running total is told on: "the bombardment has killed at
// least 84" beside "71 were killed on Tuesday and Wednesday" and "air strikes killed 13 on
// Thursday" counts the dead of those days together, not one incident's. It reads the days the
// figures' own sentences give, before days are carried from one sentence to the next (see
// carryDays): a day carried to a total is not the day it was told on. figs are the document's
// figures, its events' and its own.
func summedTolls(figs []*dossier.Figure) {
	var dated []*dossier.Figure
	for _, f := range figs {
		if wholeDead(f) && dayValue(f.Time) {
			dated = append(dated, f)
		}
	}
	for _, f := range figs {
		if !wholeDead(f) || f.Total {
			continue
		}
		for i, a := range dated {
			if f.Total {
				break
			}
			for _, b := range dated[i+1:] {
				if a == f || b == f || a.Time == b.Time || a.Low+b.Low != f.Low || !sameDead(f, a) || !sameDead(f, b) {
					continue
				}
				if !dayValue(f.Time) || f.Time == max(a.Time, b.Time) {
					f.Total = true
					break
				}
			}
		}
	}
}

// wholeDead reports whether a figure is a count of the dead, not a loose one ("dozens") and not
// of a part of them (children, women, "among them").
func wholeDead(f *dossier.Figure) bool {
	return f.Counts == "killed" && !f.Loose && f.Low > 0 && f.Part == "" && f.Who != "children" && f.Who != "women"
}

// sameDead reports whether two counts of the dead may count the same people: one says nothing
// or only "people" of whom it counts, or both say the same ("civilians").
func sameDead(a, b *dossier.Figure) bool {
	whole := func(w string) bool { return w == "" || w == "people" }
	return a.Who == b.Who || whole(a.Who) || whole(b.Who)
}

// figuresOf are the figures of a document's events and its own, in that order.
func figuresOf(events []dossier.Event, rest []dossier.Figure) []*dossier.Figure {
	var all []*dossier.Figure
	for i := range events {
		for j := range events[i].Figures {
			all = append(all, &events[i].Figures[j])
		}
	}
	for i := range rest {
		all = append(all, &rest[i])
	}
	return all
}
