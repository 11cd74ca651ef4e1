package crosscheck

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/dossier-project/dossier"
)

// heldHappenings are the happenings a pass has found so far, held between the blocks of
// stories that find them (see pass.run) in a form of the pass's own: documents, entities and
// stories as numbers in the corpus, words as numbers in its names (see corpus.str), and no id,
// which the pass gives once all are found (see corpus.orderHappenings). The participants and
// reports of all of them are held in two lists, each happening naming its run of each, and the
// reports' attributions in a third, by number: most happenings have one report and a list of
// their own would cost more than the report. A happening takes about a third of the memory so,
// and the pass holds every one of them through every later block.
type heldHappenings struct {
	list         []heldHappening
	participants []int32
	reports      []heldReport
	// attributions are the reports' lists of attribution; a report names its list's index plus
	// one, 0 for none.
	attributions [][]string
	storyNum     map[string]int32
}

// heldHappening is a Happening in the held form: its participants are participants[part:
// part+parts] of its heldHappenings, its reports reports[rep:rep+reps]; whole is the
// happening itself, kept as it is, when it names a document, entity or story the corpus does not
// number.
type heldHappening struct {
	typ, time, start, end  uint32
	story, origins         int32
	part, parts, rep, reps uint32
	fatalities             *Fatalities
	whole                  *Happening
}

// heldReport is a Report in the held form.
type heldReport struct {
	doc, event, origin    int32
	modality, attribution uint32
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

// hold returns hp in the held form, and whether the corpus numbers all it names; the runs of
// participants and reports it names are held only when it does.
func (h *heldHappenings) hold(c *corpus, hp *Happening) (heldHappening, bool) {
	story, ok := h.storyNum[hp.Story]
	if !ok {
		return heldHappening{}, false
	}
	out := heldHappening{typ: c.strs.of(string(hp.Type)), time: c.strs.of(hp.Time), start: c.strs.of(hp.Start),
		end: c.strs.of(hp.End), story: story, origins: int32(hp.Origins), fatalities: hp.Fatalities,
		part: uint32(len(h.participants)), parts: uint32(len(hp.Participants)), rep: uint32(len(h.reports)), reps: uint32(len(hp.Reports))}
	for _, id := range hp.Participants {
		n, ok := c.entNum[id]
		if !ok {
			h.participants = h.participants[:out.part]
			return heldHappening{}, false
		}
		h.participants = append(h.participants, int32(n))
	}
	for i := range hp.Reports {
		r := &hp.Reports[i]
		doc, okDoc := c.byID[r.Doc]
		origin, okOrigin := c.byID[r.Origin]
		if !okDoc || !okOrigin || int(int32(r.Event)) != r.Event {
			h.participants, h.reports = h.participants[:out.part], h.reports[:out.rep]
			return heldHappening{}, false
		}
		h.reports = append(h.reports, heldReport{doc: int32(doc), event: int32(r.Event), origin: int32(origin),
			modality: c.strs.of(string(r.Modality)), attribution: h.attribution(r.Attribution)})
	}
	return out, true
}

// attribution returns the number of a report's list of attribution, holding it.
func (h *heldHappenings) attribution(list []string) uint32 {
	if list == nil {
		return 0
	}
	h.attributions = append(h.attributions, list)
	return uint32(len(h.attributions))
}

// happenings writes the held happenings out, in order, without their ids.
func (h *heldHappenings) happenings(c *corpus) []Happening {
	n := namesOf(c, c.strs.list)
	out := make([]Happening, len(h.list))
	for i := range h.list {
		out[i] = h.happening(n, int32(i))
	}
	return out
}

// heldNames are what held happenings name by number: words, stories, entities and documents.
type heldNames struct {
	words, stories, entities, docs []string
}

// namesOf returns the names of the corpus c, with words for its words.
func namesOf(c *corpus, words []string) *heldNames {
	n := &heldNames{words: words, stories: c.storyIDs, entities: c.entIDs, docs: make([]string, len(c.docs))}
	for i, d := range c.docs {
		n.docs[i] = d.id
	}
	return n
}

// happening writes held happening i out, without its id.
func (h *heldHappenings) happening(n *heldNames, i int32) Happening {
	held := &h.list[i]
	if held.whole != nil {
		hp := *held.whole
		hp.ID = ""
		return hp
	}
	hp := Happening{Type: dossier.EventType(n.words[held.typ]), Story: n.stories[held.story], Time: n.words[held.time],
		Start: n.words[held.start], End: n.words[held.end], Origins: int(held.origins), Fatalities: held.fatalities}
	if held.parts > 0 {
		hp.Participants = make([]string, held.parts)
	}
	for j, e := range h.participants[held.part : held.part+held.parts] {
		hp.Participants[j] = n.entities[e]
	}
	hp.Reports = make([]Report, held.reps)
	for j, r := range h.reports[held.rep : held.rep+held.reps] {
		hp.Reports[j] = Report{Doc: n.docs[r.doc], Event: int(r.event), Origin: n.docs[r.origin],
			Modality: dossier.Modality(n.words[r.modality]), Attribution: h.attributionOf(r.attribution)}
	}
	return hp
}

// attributionOf returns the list of attribution numbered n (see attribution).
func (h *heldHappenings) attributionOf(n uint32) []string {
	if n == 0 {
		return nil
	}
	return h.attributions[n-1]
}

// listed returns the held happenings in the order orderHappenings gives them, with their ids, as
// a list that writes each out only when it is read. It holds the words the happenings name in a
// table of their own, and the ids of the corpus's documents, entities and stories, not the corpus;
// h is the list's from then on.
func (h *heldHappenings) listed(c *corpus) dossier.List[Happening] {
	// The order of orderHappenings: by the first report's document, then its event, else as held.
	first := func(i int32) (int, int) {
		held := &h.list[i]
		if held.whole != nil {
			return c.byID[held.whole.Reports[0].Doc], held.whole.Reports[0].Event
		}
		r := &h.reports[held.rep]
		return int(r.doc), int(r.event)
	}
	order := make([]int32, len(h.list))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		da, ea := first(a)
		db, eb := first(b)
		return cmp.Or(cmp.Compare(da, db), cmp.Compare(ea, eb))
	})
	n := namesOf(c, nil)
	ids := make([]string, len(order))
	var taken dossier.IDs
	for k, i := range order {
		held := &h.list[i]
		doc, event := "", 0
		if held.whole != nil {
			doc, event = held.whole.Reports[0].Doc, held.whole.Reports[0].Event
		} else {
			r := &h.reports[held.rep]
			doc, event = n.docs[r.doc], int(r.event)
		}
		ids[k] = taken.New("h", doc, strconv.Itoa(event))
	}
	w := &heldWords{c: c, num: map[uint32]uint32{}}
	for i := range h.list {
		held := &h.list[i]
		held.typ, held.time, held.start, held.end = w.of(held.typ), w.of(held.time), w.of(held.start), w.of(held.end)
	}
	for i := range h.reports {
		h.reports[i].modality = w.of(h.reports[i].modality)
	}
	n.words = w.list
	return dossier.List[Happening]{Len: len(order), At: func(k int) Happening {
		hp := h.happening(n, order[k])
		hp.ID = ids[k]
		return hp
	}}
}

// heldWords numbers again, in a table of their own, the words of the corpus c that held
// happenings name.
type heldWords struct {
	c    *corpus
	list []string
	num  map[uint32]uint32
}

// of returns the new number of the word c numbers n.
func (w *heldWords) of(n uint32) uint32 {
	if m, ok := w.num[n]; ok {
		return m
	}
	m := uint32(len(w.list))
	w.list = append(w.list, w.c.str(n))
	w.num[n] = m
	return m
}
