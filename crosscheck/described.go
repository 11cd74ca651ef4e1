package crosscheck

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/namekey"
)

// words are the language data the pass reads beyond its cue lists.
type words struct {
	// side maps the words that say whose side did an attack (lang/en/data/attack-words.txt,
	// group "side") to the side: "government", "air force", "regime" are the state's; "rebels",
	// "terrorists", "militants" an armed group's.
	side map[string]string
	// opposite maps each side to the other (attack-words group "opposite"): state forces and the
	// armed groups they fight.
	opposite map[string]string
	// nation maps the adjectives and names of countries (lang/en/data/capitals.txt), lower-case,
	// to the country: "syrian" and "syria" to Syria.
	nation map[string]string
	// sameFeature are the words after a place's name that name the same place as the name alone
	// ("the Euphrates River").
	sameFeature map[string]bool
	// stateOwn are the words that after a country's name or adjective name its own side
	// (the "own" rows of lang/en/data/state-side.txt): "the Syrian regime" and "Syrian troops" are Syria's.
	stateOwn map[string]bool
	// agency maps a news agency's other names (lang/en/data/news-agencies.txt rows with a
	// second field), lower-case, to its own: "ap" to "associated press".
	agency map[string]string
	// deeds are the stems (see stem) of the nouns that name a violent deed without saying which
	// (lang/en/data/claim-deeds.txt): "crime", "attack", "massacre".
	deeds map[string]bool
	// stopWords carry no content when two reasons or the matters of a denial are compared
	// (lang/en/data/reason-stop-words.txt).
	stopWords map[string]bool
	// keys are the transliteration keys of the language data, with every fold.
	keys *namekey.Keyer
	// gaz keys place names for the place hierarchy.
	gaz *gazetteer
}

// newWords reads the pass's language data from d; keys is the Keyer of d with every fold.
func newWords(d *en.Data, keys *namekey.Keyer) *words {
	return &words{
		keys:        keys,
		gaz:         &gazetteer{words: d.List("gazetteer-words"), keys: keys},
		side:        readSideWords(d.Rows("attack-words"), "side"),
		opposite:    readSideWords(d.Rows("attack-words"), "opposite"),
		nation:      readNationWords(d.Rows("capitals")),
		sameFeature: d.List("place-same-feature"),
		stateOwn:    d.StateSide(en.StateOwn),
		agency:      readAgencyNames(d.Rows("news-agencies")),
		deeds:       stems(d.Entries("claim-deeds")),
		stopWords:   d.List("reason-stop-words"),
	}
}

// stems is the set of the stems of words (see stem), lower-cased.
func stems(words []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words {
		out[stem(strings.ToLower(w))] = true
	}
	return out
}

// readAgencyNames reads the news agencies' rows: name<TAB>the agency's own name, for names that
// are another's.
func readAgencyNames(rows [][]string) map[string]string {
	out := map[string]string{}
	for _, r := range rows {
		if len(r) >= 2 && r[1] != "" {
			out[strings.ToLower(r[0])] = strings.ToLower(r[1])
		}
	}
	return out
}

func readNationWords(rows [][]string) map[string]string {
	out := map[string]string{}
	for _, r := range rows {
		names := strings.Split(r[0], "|")
		country := strings.TrimSpace(names[0])
		if len(r) >= 3 {
			names = append(names, strings.Split(r[2], "|")...)
		}
		for _, n := range names {
			if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
				out[n] = country
			}
		}
	}
	return out
}

// readSideWords reads the rows of one group of attack-words: group<TAB>phrase<TAB>side. The
// opposite group is read both ways.
func readSideWords(rows [][]string, group string) map[string]string {
	out := map[string]string{}
	for _, r := range rows {
		if len(r) >= 3 && r[0] == group {
			k, v := strings.ToLower(strings.TrimSpace(r[1])), strings.TrimSpace(r[2])
			out[k] = v
			if group == "opposite" {
				out[v] = k
			}
		}
	}
	return out
}

// describedClaim is an attack whose report names no one but says whose side did it
// ("government warplanes bombed the market", "terrorists fired rocket shells"): a deed told of
// a side, which a dispute places with the named actor of that side (see placeDescribed).
func (k *Checker) describedClaim(c *corpus, r report, hap int) (blame, bool) {
	switch r.e.Modality {
	case dossier.Future, dossier.Uncertain, dossier.Denied:
		return blame{}, false
	}
	if r.e.by == 0 || len(c.deedActors(r)) > 0 {
		return blame{}, false
	}
	d := c.docs[r.doc]
	s := reportSide(c, r)
	var places []int
	for _, e := range r.dest {
		if p := c.place(e, dossier.LOC); p >= 0 {
			places = appendUnique(places, p)
		}
	}
	if len(places) == 0 {
		places = sentencePlaces(c, d, s.span)
	}
	b := blame{doc: int(r.doc), sent: s.span, pos: r.e.Trigger.Start, byEnt: -1, deed: true, hap: hap, places: places,
		ongoing: r.e.Ongoing, side: c.str(r.e.by)}
	if b.side == stateSide {
		b.force = r.force
	}
	b.sourced = r.e.Modality == dossier.Reported || r.e.Modality == dossier.Alleged
	b.day = dayOf(d, r.e, s.span)
	return b, true
}

// placeDescribed gives each claim that names only a side the one actor of that side the other
// claims name (see namedSides): "government warplanes" stand with the Air Force others blame,
// "terrorists" with the group the Air Force is set against. A side claim is dropped when no
// actor, or more than one, of its side is named, or when its document already names that actor:
// it then adds nothing.
func (c *corpus) placeDescribed(bs []blame) []blame {
	var named []int
	for _, b := range bs {
		if b.side == "" && (b.claims() || b.mutual) {
			for _, e := range b.accused {
				named = appendUnique(named, e)
			}
		}
	}
	sides := c.namedSides(named)
	out := bs[:0:0]
	for _, b := range bs {
		if b.side == "" {
			out = append(out, b)
			continue
		}
		var of []int
		home := c.claimCountry(&b)
		for _, e := range named {
			if b.force != "" && !c.ofForce(e, b.force) {
				continue // "Russian jets" are not the Syrian Air Force
			}
			if n := c.entityNation(e); b.force == "" && home != "" && n != "" && !strings.EqualFold(n, home) {
				continue // another country's force: "government warplanes" in Syria are not Russia's
			}
			if sides[e] == b.side {
				of = append(of, e)
			}
		}
		if len(of) == 0 || !c.oneActor(of) || docNames(bs, b.doc, of) {
			continue
		}
		b.accused = of
		out = keepLonger(out, b)
	}
	return out
}

// namedSides gives the side of each actor named in a dispute: the one its name says ("the
// Syrian Air Force"), else, when the dispute is between two actors and one of them is on a side,
// the other side for the other, provided it is a group its name ties to no side or country
// ("the Northern Liberation Front" against the Air Force). A country, or a force named by its
// country, is not taken to be an armed group.
func (c *corpus) namedSides(named []int) map[int]string {
	sides := map[int]string{}
	var first, second []int // the two actors, when there are two
	for _, e := range named {
		sides[e] = c.entitySide(e)
		switch {
		case len(first) == 0 || c.shareActor(first, []int{e}):
			first = append(first, e)
		case len(second) == 0 || c.shareActor(second, []int{e}):
			second = append(second, e)
		default:
			return sides // three actors or more: only their names say their sides
		}
	}
	lend := func(from, to []int) {
		s := sides[from[0]]
		for _, e := range from {
			if sides[e] != s {
				return
			}
		}
		for _, e := range to {
			if sides[e] != "" || c.entType[e] != dossier.ORG || c.entityNation(e) != "" {
				return
			}
		}
		for _, e := range to {
			sides[e] = c.lang().opposite[s]
		}
	}
	if len(first) > 0 && len(second) > 0 {
		lend(first, second)
		lend(second, first)
	}
	return sides
}

// ofForce reports whether actor e is of the state or force a description names: its name says
// that country ("the Russian Air Force" of Russia), or holds the force's name ("the US-led
// coalition").
func (c *corpus) ofForce(e int, force string) bool {
	if n := c.entityNation(e); n != "" {
		return strings.EqualFold(n, force)
	}
	sp := c.actorSpellings()
	if e < 0 || e >= len(sp) {
		return false
	}
	for name := range sp[e] {
		if dossier.SameForce(name, force) || strings.Contains(strings.ToLower(name), strings.ToLower(force)) {
			return true
		}
	}
	return false
}

// keepLonger adds side claim b to out, unless out holds a claim of the same side and force from
// the same document: a headline and its lead tell one side once, by the longer of their sentences.
func keepLonger(out []blame, b blame) []blame {
	for i := range out {
		if o := &out[i]; o.doc == b.doc && o.side == b.side && o.force == b.force {
			if b.sent.End-b.sent.Start > o.sent.End-o.sent.Start {
				*o = b
			}
			return out
		}
	}
	return append(out, b)
}

// oneActor reports whether the entities are all one actor (see shareActor).
func (c *corpus) oneActor(es []int) bool {
	for _, e := range es[1:] {
		if !c.shareActor([]int{es[0]}, []int{e}) {
			return false
		}
	}
	return true
}

// docNames reports whether a claim of document doc naming an actor names one of es.
func docNames(bs []blame, doc int, es []int) bool {
	for _, b := range bs {
		if b.doc == doc && b.side == "" && b.claims() && !disjoint(b.accused, es) {
			return true
		}
	}
	return false
}

// entitySide is the side an actor's own name says it is on ("the Syrian Air Force": the
// state's; "Islamic State": an armed group's), "" when its names say none or both.
func (c *corpus) entitySide(e int) string { return c.nameSays(e, c.lang().side) }

// entityNation is the country an actor's name says it belongs to ("the Syrian Air Force":
// Syria), "" when its names say none or more than one.
func (c *corpus) entityNation(e int) string { return c.nameSays(e, c.lang().nation) }

// nameSays is the one value the phrases of table (up to three words) found in the names of
// entity e give, "" when they give none or two.
func (c *corpus) nameSays(e int, table map[string]string) string {
	sp := c.actorSpellings()
	if e < 0 || e >= len(sp) {
		return ""
	}
	says := ""
	for name := range sp[e] {
		words := strings.Fields(name)
		for i := range words {
			for j := i + 1; j <= len(words) && j <= i+3; j++ {
				v, ok := table[strings.Join(words[i:j], " ")]
				if !ok {
					continue
				}
				if says != "" && says != v {
					return ""
				}
				says = v
			}
		}
	}
	return says
}

// namedOnly is the claims that name their culprits, without those that name only a side.
func namedOnly(bs []blame) []blame {
	var out []blame
	for _, b := range bs {
		if b.side == "" {
			out = append(out, b)
		}
	}
	return out
}

// claimCountry is the one country the places of a claim lie in, "" when none or several.
func (c *corpus) claimCountry(b *blame) string {
	home := ""
	for _, p := range b.places {
		n := c.placeNode(p)
		for n != nil && n.parent != nil {
			n = n.parent
		}
		if n == nil || n.kind != placeCountry {
			continue
		}
		if home != "" && home != n.name {
			return ""
		}
		home = n.name
	}
	return home
}

// lang returns the corpus's language data, the embedded data when none was given.
func (c *corpus) lang() *words {
	if c.words == nil {
		c.words = newWords(en.Embedded(), namekey.New())
	}
	return c.words
}
