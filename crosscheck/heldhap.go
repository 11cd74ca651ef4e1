package crosscheck

import (
	"github.com/dossier-project/dossier"
)

// heldHappenings are the happenings a pass has found so far, held between the blocks of
// stories that find them (see pass.run) in a form of the pass's own: documents, entities and
// stories as numbers in the corpus, words as numbers in its names (see corpus.str), and no id,
// which the pass gives once all are found (see corpus.orderHappenings). A happening takes about
// half the memory so, and the pass holds every one of them through every later block.
type heldHappenings struct {
	list     []heldHappening
	storyNum map[string]int32
}

// heldHappening is a Happening in the held form; whole is the happening itself, kept as it is,
// when it names a document, entity or story the corpus does not number.
type heldHappening struct {
	typ, time, start, end uint32
	story, origins        int32
	participants          []int32
	reports               []heldReport
	fatalities            *Fatalities
	whole                 *Happening
}

// heldReport is a Report in the held form.
type heldReport struct {
	doc, event, origin int32
	modality           uint32
	attribution        []string
}

// newHeldHappenings returns no happenings yet, for the stories of c.
func newHeldHappenings(c *corpus) *heldHappenings {
	h := &heldHappenings{storyNum: make(map[string]int32, len(c.storyIDs))}
	for i, id := range c.storyIDs {
		if _, dup := h.storyNum[id]; !dup {
			h.storyNum[id] = int32(i)
		}
	}
	return h
}

// len returns how many happenings are held.
func (h *heldHappenings) len() int { return len(h.list) }

// add holds haps, in order.
func (h *heldHappenings) add(c *corpus, haps []Happening) {
	for i := range haps {
		held, ok := h.hold(c, &haps[i])
		if !ok {
			held = heldHappening{whole: &haps[i]}
		}
		h.list = append(h.list, held)
	}
}

// hold returns hp in the held form, and whether the corpus numbers all it names.
func (h *heldHappenings) hold(c *corpus, hp *Happening) (heldHappening, bool) {
	story, ok := h.storyNum[hp.Story]
	if !ok {
		return heldHappening{}, false
	}
	out := heldHappening{typ: c.strs.of(string(hp.Type)), time: c.strs.of(hp.Time), start: c.strs.of(hp.Start),
		end: c.strs.of(hp.End), story: story, origins: int32(hp.Origins), fatalities: hp.Fatalities}
	if len(hp.Participants) > 0 {
		out.participants = make([]int32, len(hp.Participants))
	}
	for i, id := range hp.Participants {
		n, ok := c.entNum[id]
		if !ok {
			return heldHappening{}, false
		}
		out.participants[i] = int32(n)
	}
	out.reports = make([]heldReport, len(hp.Reports))
	for i := range hp.Reports {
		r := &hp.Reports[i]
		doc, okDoc := c.byID[r.Doc]
		origin, okOrigin := c.byID[r.Origin]
		if !okDoc || !okOrigin || int(int32(r.Event)) != r.Event {
			return heldHappening{}, false
		}
		out.reports[i] = heldReport{doc: int32(doc), event: int32(r.Event), origin: int32(origin),
			modality: c.strs.of(string(r.Modality)), attribution: r.Attribution}
	}
	return out, true
}

// happenings writes the held happenings out, in order, without their ids.
func (h *heldHappenings) happenings(c *corpus) []Happening {
	out := make([]Happening, len(h.list))
	for i := range h.list {
		held := &h.list[i]
		if held.whole != nil {
			out[i] = *held.whole
			out[i].ID = ""
			continue
		}
		hp := Happening{Type: dossier.EventType(c.str(held.typ)), Story: c.storyIDs[held.story], Time: c.str(held.time),
			Start: c.str(held.start), End: c.str(held.end), Origins: int(held.origins), Fatalities: held.fatalities}
		if len(held.participants) > 0 {
			hp.Participants = make([]string, len(held.participants))
		}
		for j, n := range held.participants {
			hp.Participants[j] = c.entIDs[n]
		}
		hp.Reports = make([]Report, len(held.reports))
		for j, r := range held.reports {
			hp.Reports[j] = Report{Doc: c.docs[r.doc].id, Event: int(r.event), Origin: c.docs[r.origin].id,
				Modality: dossier.Modality(c.str(r.modality)), Attribution: r.attribution}
		}
		out[i] = hp
	}
	return out
}
