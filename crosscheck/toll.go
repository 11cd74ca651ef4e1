package crosscheck

// splitUpdates sets apart the figures the text gives as revised ("rose to 21") from the first
// reports; when every figure is revised they are all taken as first reports.
func splitUpdates(figs []casualty) (base, upds []casualty) {
	for _, f := range figs {
		if f.update {
			upds = append(upds, f)
		} else {
			base = append(base, f)
		}
	}
	if len(base) == 0 {
		base, upds = upds, nil
	}
	return base, upds
}

// fitUpdates names each update that meets a camp with the first such camp, and returns the
// updates that say something the first reports do not (a figure outside every camp), two at most.
func fitUpdates(camps []*figureCamp, upds []casualty) (news []casualty) {
	for _, f := range upds {
		fits := false
		for _, cp := range camps {
			if flo, fhi := f.reach(); !fits && flo <= cp.hi && cp.lo <= fhi {
				fits = true
				cp.figs = append(cp.figs, f)
			}
		}
		if !fits && len(news) < 2 {
			news = append(news, f)
		}
	}
	return news
}

// possibleUpdate is the camp, of two and with no words of revision, whose higher figure was
// published after the other's: it may be an update too, and is said so while still counted as a
// dispute. -1 when neither is.
func possibleUpdate(c *corpus, camps []*figureCamp, upds []casualty) int {
	if len(upds) != 0 || len(camps) != 2 {
		return -1
	}
	switch {
	case camps[1].lo > camps[0].hi && later(c, camps[1].figs, camps[0].figs):
		return 1
	case camps[0].lo > camps[1].hi && later(c, camps[0].figs, camps[1].figs):
		return 0
	}
	return -1
}

// tollQuote builds the sides and sayings of a toll dispute, and counts what the quoted figures'
// sentences name so the dispute can say what it is about.
type tollQuote struct {
	c      *corpus
	sides  []side
	says   []saying
	count  map[int]int // how many quoted figures name each entity
	places []int       // the places the quoted figures name, in order
	shown  []casualty  // the quoted figures, in order
	// nearest are the entities named nearest the sides, in order (see casualty.nearest)
	nearest []int32
}

// note counts what a figure's sentence names, for what the dispute is about.
func (q *tollQuote) note(f casualty) {
	q.shown = append(q.shown, f)
	for _, e := range f.near {
		q.count[e]++
	}
	for _, e := range f.places {
		if q.c.notPlace(e) {
			continue
		}
		q.places = appendUnique(q.places, e)
		q.count[e]++
	}
	for _, e := range f.around {
		if !q.c.notPlace(e) {
			q.count[e]++
		}
	}
}

// show quotes a figure as one side, saying what.
func (q *tollQuote) show(f casualty, what string) {
	q.sides = append(q.sides, side{int(f.doc), f.sent})
	q.nearest = append(q.nearest, f.nearest)
	q.says = append(q.says, saying{q.c.docs[f.doc].sourceName(), what})
	q.note(f)
}

// camps quotes each camp once, by its first report, and names the outlets that agree with it,
// those agreeing by a loose word ("dozens") in their own words.
// A camp's first figure that updates its outlet's earlier one says so; the earlier figure is no
// side, its outlet having replaced it. The camp at maybe is said to be possibly an update.
func (q *tollQuote) camps(camps []*figureCamp, earlier map[int]casualty, maybe int) {
	for ci, cp := range camps {
		upd := updating(earlier, cp.figs[0])
		what := lowerFirst(cp.figs[0].count) + upd
		if ci == maybe {
			what += ", published later (possibly an update)"
		}
		q.show(cp.figs[0], what)
		for _, f := range cp.figs[1:] {
			said := what
			if f.loose && !cp.figs[0].loose {
				said = lowerFirst(f.count) // agreeing loosely, in its own words
			}
			q.says = append(q.says, saying{q.c.docs[f.doc].sourceName(), said})
			q.note(f)
		}
	}
}

// news quotes the updates outside every camp, as superseding the first reports when published
// after all of them, and names the outlet's own earlier figure each replaces.
func (q *tollQuote) news(news, base []casualty, earlier map[int]casualty) {
	for _, f := range news {
		upd := updating(earlier, f)
		what := lowerFirst(f.count) + upd
		switch last := later(q.c, []casualty{f}, base); {
		case last && upd != "":
			what += ", a later figure that supersedes the others"
		case last:
			what += ", a later, updated figure that supersedes the earlier ones"
		case upd == "":
			what += ", an updated figure"
		}
		q.show(f, what)
	}
}

// updating says which earlier figure of its own outlet f replaces (", updating its earlier
// nine"), "" when none.
func updating(earlier map[int]casualty, f casualty) string {
	if e, ok := earlier[int(f.doc)]; ok {
		return ", updating its earlier " + lowerFirst(e.count)
	}
	return ""
}

// about lists what the dispute is about, three at most: the incident's place, then what two
// sides name, then a place two sides name around their figures, then what is named nearest a
// figure.
func (q *tollQuote) about() []int {
	var about []int
	for _, e := range q.places {
		if len(about) < 2 {
			about = appendUnique(about, e)
		}
	}
	for _, f := range q.shown {
		for _, e := range f.near {
			if q.count[e] >= 2 {
				about = appendUnique(about, e)
			}
		}
	}
	for _, f := range q.shown {
		for _, e := range f.around {
			if len(about) < 2 && q.count[e] >= 2 {
				about = appendUnique(about, e)
			}
		}
	}
	for _, f := range q.shown {
		if len(about) == 0 && len(f.near) > 0 {
			about = append(about, f.near[0])
		}
	}
	// When the sides' own sentences name nothing: what is named nearest the first side whose
	// document names anything.
	for _, e := range q.nearest {
		if len(about) == 0 && e >= 0 {
			about = append(about, int(e))
		}
	}
	if len(about) > 3 {
		about = about[:3]
	}
	return about
}

// question words what the quoted figures disagree on: "how many were killed in the bombing
// (Town)", naming the first place finer than a country, else the first place finer than a
// country their documents set them in, else the first place, and the side whose fighters they
// all count ("how many of the state's forces were killed"). A country a sentence names may be
// the attackers' ("US raids killed 22"), not where the dead fell.
func (q *tollQuote) question() string {
	c := q.c
	who := ""
	switch side := sideCounted(q.shown); side {
	case "state":
		who = " of the state's forces"
	case "":
	default:
		who = " " + side + " fighters"
	}
	what := "how many" + who + " were killed"
	if q.shown[0].kind == "wounded" {
		what = "how many" + who + " were wounded"
	}
	if inc := commonIncident(q.shown); inc != "" {
		what += " in the " + inc
	}
	sp := c.specific(q.places)
	for _, f := range q.shown {
		if len(sp) == 0 {
			sp = c.specific(f.context)
		}
	}
	if len(sp) > 0 {
		what += " (" + c.name(c.entIDs[sp[0]]) + ")"
	} else if len(q.places) > 0 {
		what += " (" + c.name(c.entIDs[q.places[0]]) + ")"
	}
	return what
}

// sideCounted is the side whose fighters every figure counts ("state", "armed group"), "" when
// a figure counts others or says no side.
func sideCounted(figs []casualty) string {
	side := figs[0].side
	for _, f := range figs {
		if f.who != "fighters" || f.side != side {
			return ""
		}
	}
	return side
}
