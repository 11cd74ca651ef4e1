package crosscheck

import "github.com/dossier-project/dossier"

// fatalities is the range of the dead the reports idx of a happening give (see FatalitiesOf),
// judged as the conflicts judge their figures: a report's count that the conflicts would leave
// out as an echo of another report's (see echoed) does not widen the range. cf holds the head
// figures and scenes of the documents (see conflictFigs.add); no document text is read.
func fatalities(c *corpus, reps []report, idx []int, cf conflictFigs) *Fatalities {
	heads := reportHeads(reps, idx, cf.figs)
	evs := make([]dossier.Event, 0, len(idx))
	for i, ri := range idx {
		fs := reps[ri].e.Figures
		ev := dossier.Event{Figures: make([]dossier.Figure, 0, len(fs))}
		for fi := range fs {
			if g := headOf(heads[i], &fs[fi]); g != nil && echoedIn(cf.scenes, heads, i, g) {
				continue
			}
			ev.Figures = append(ev.Figures, c.figure(&fs[fi]))
		}
		evs = append(evs, ev)
	}
	return dossier.FatalitiesOf(evs)
}

// reportHeads lists, for each report of idx, the head figures of the dead of its document that
// its event carries.
func reportHeads(reps []report, idx []int, figs [][]casualty) [][]*casualty {
	out := make([][]*casualty, len(idx))
	for i, ri := range idx {
		r := &reps[ri]
		if int(r.doc) >= len(figs) {
			continue
		}
		fs := figs[r.doc]
		for fi := range fs {
			if f := &fs[fi]; f.head && f.kind == "killed" && f.ev == r.ev {
				out[i] = append(out[i], f)
			}
		}
	}
	return out
}

// headOf is the head figure of heads that is f, nil when f is none of them.
func headOf(heads []*casualty, f *passFigure) *casualty {
	for _, g := range heads {
		if g.sent == f.Span && g.lo == float64(f.low) {
			return g
		}
	}
	return nil
}

// echoedIn reports whether head figure g of report i is an echo of the head figure of another
// report of the happening, from another document, as echoed judges it.
func echoedIn(scenes []figureScene, heads [][]*casualty, i int, g *casualty) bool {
	if g.exact || int(g.doc) >= len(scenes) {
		return false
	}
	for j, hs := range heads {
		if j == i {
			continue
		}
		for _, o := range hs {
			if o.doc != g.doc && !g.meets(o) && echoes(scenes[g.doc].said, g, o) {
				return true
			}
		}
	}
	return false
}
