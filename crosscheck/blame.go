package crosscheck

import (
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// blame is one sentence that says who carried out an attack: an accusation ("residents blamed
// the Northern Army for the attack"), a deed told with an actor ("officials said the Front
// shelled the market"), mutual blame ("the two sides blamed each other"), not knowing ("it was
// not clear who fired"), or a denial by one of those blamed.
type blame struct {
	doc     int
	sent    dossier.Span
	pos     int    // where in the document the claim is made
	accused []int  // entity numbers said to have done it
	target  []int  // entity numbers of those a deed is told to hit
	kind    string // the kind of attack a deed's words name ("suicide bombing"); "" when unsaid
	by      string // who is said to blame, as the text names them; "" when the report says it itself
	byEnt   int    // the blamer as an entity number, -1 when not a named actor
	deed    bool   // told as the deed with its actor, not as an accusation
	sourced bool   // said by someone: an accusation, an attributed, reported or alleged deed
	mutual  bool
	unclear bool
	denies  bool // the blamer denies having done it
	lone    bool // a denial alone: the one blamed (accused and byEnt) denies it, blaming no one
	places  []int
	day     string
	hap     int    // the happening of a deed, -1 for the others
	ongoing bool   // its event is told as going on or recurring, not as one incident
	echo    string // the key of its sentence's words (see dossier.Claim.Echo)
	side    string // for a deed whose report names only a side ("government warplanes"): that side
	force   string // and the state or force its words name ("Russian jets": Russia), "" when none
	// published is its document's date, which stands for the day of a claim that gives none
	published string
}

// claims reports whether b names someone as the one who did it.
func (b *blame) claims() bool { return !b.mutual && !b.unclear && !b.lone && len(b.accused) > 0 }

// blameConflicts finds attacks whose reports disagree on who carried them out: one names or
// blames one actor, another a different one, or says the actors blame each other. Accusations
// count when they are about an attack (the sentence names one) and refer to the same one as the
// others: a shared place or day, said in the sentence or, when the document names only one, in
// the document, or the only attack of the story. grouped are the happenings of documents docs
// (indexes into c.docs, ascending), every document of their stories. It returns, per story, the
// actors blamed in the conflicts it reports.
func (k *Checker) blameConflicts(c *corpus, org *origins, grouped [][]report, scenes []figureScene, docs []int, add addFunc) map[int][]int {
	claims := k.blameClaims(c, grouped, docs)
	if len(claims) == 0 {
		return nil
	}
	// Documents of stories where someone is blamed: their mutual blame, not knowing and denials.
	blamed := map[int][]int{} // story -> entities blamed
	byDoc := map[int][]int{}  // doc -> its claims
	for i, b := range claims {
		s := c.docs[b.doc].story
		for _, e := range b.accused {
			blamed[s] = appendUnique(blamed[s], e)
		}
		byDoc[b.doc] = append(byDoc[b.doc], i)
	}
	for _, di := range docs {
		d := c.docs[di]
		if _, ok := blamed[d.story]; ok {
			claims = append(claims, k.blameSentences(c, di, claims, byDoc[di], blamed[d.story])...)
		}
	}
	// The attack a document is about, when it names only one place or day for attacks.
	docPlace, docDay := attackContext(c, grouped, scenes)
	byStory := map[int][]int{}
	var stories []int
	for i := range claims {
		b := &claims[i]
		if len(b.places) == 0 && docPlace[b.doc] >= 0 {
			b.places = []int{docPlace[b.doc]}
		}
		if b.day == "" {
			b.day = docDay[b.doc]
		}
		b.published = c.docs[b.doc].date
		s := c.docs[b.doc].story
		if _, ok := byStory[s]; !ok {
			stories = append(stories, s)
		}
		byStory[s] = append(byStory[s], i)
	}
	sort.Ints(stories)
	out := map[int][]int{}
	for _, s := range stories {
		idx := byStory[s]
		sort.SliceStable(idx, func(i, j int) bool {
			a, b := &claims[idx[i]], &claims[idx[j]]
			if a.doc != b.doc {
				return a.doc < b.doc
			}
			return a.pos < b.pos
		})
		for _, g := range c.attackGroups(claims, idx) {

			if acc := k.blameGroup(c, org, s, pickBlames(claims, g), add); len(acc) > 0 {
				for _, e := range acc {
					out[s] = appendUnique(out[s], e)
				}
			}
		}
	}
	return out
}

func pickBlames(all []blame, idx []int) []blame {
	out := make([]blame, len(idx))
	for i, x := range idx {
		out[i] = all[x]
	}
	return out
}

// blameClaims reads the claims of who did an attack from the stored claims of the events:
// deeds of attack with an actor, and accusations about an attack. The list is made once, with
// room for every claim blameConflicts may add to it (see blameRoom), so it is never grown.
func (k *Checker) blameClaims(c *corpus, grouped [][]report, docs []int) []blame {
	out := make([]blame, 0, blameRoom(c, grouped, docs))
	for hi, g := range grouped {
		for _, r := range g {
			switch r.e.Type {
			case dossier.Assault:
				if b, ok := k.deedClaim(c, r, hi); ok {
					out = append(out, b)
				} else if b, ok := k.describedClaim(c, r, hi); ok {
					out = append(out, b)
				}
			case dossier.Accuse:
				if b, ok := k.accuseClaim(c, r); ok {
					out = append(out, b)
				}
			}
		}
	}
	return out
}

// blameRoom is at least the number of claims blameClaims and blameSentences can make: an
// attack with a stored deed or a side that did it, an accusation about an attack, and every
// stored claim of mutual blame, of not knowing and of denial. Each makes one claim at most.
func blameRoom(c *corpus, grouped [][]report, docs []int) int {
	n := 0
	for _, g := range grouped {
		for _, r := range g {
			d := c.docs[r.doc]
			switch r.e.Type {
			case dossier.Assault:
				if r.e.by != 0 || d.eventClaim(dossier.ClaimDeed, int(r.ev)) != nil {
					n++
				}
			case dossier.Accuse:
				if cl := d.eventClaim(dossier.ClaimAccuse, int(r.ev)); cl != nil && cl.Attack && !cl.Negated {
					n++
				}
			}
		}
	}
	for _, di := range docs {
		d := c.docs[di]
		n += len(d.claimsOf(dossier.ClaimMutual)) + len(d.claimsOf(dossier.ClaimUnclear)) + len(d.claimsOf(dossier.ClaimDeny))
	}
	return n
}

// deedClaim is an attack told with its actor.
func (k *Checker) deedClaim(c *corpus, r report, hap int) (blame, bool) {
	d := c.docs[r.doc]
	cl := d.eventClaim(dossier.ClaimDeed, int(r.ev))
	if cl == nil {
		return blame{}, false
	}
	var accused []int
	for _, p := range cl.About {
		if e := c.partyEnt(d, p); c.acting(e) {
			accused = appendUnique(accused, e)
		}
	}
	if len(accused) == 0 {
		return blame{}, false
	}
	var places []int
	for _, e := range r.dest {
		if p := c.place(e, dossier.LOC); p >= 0 {
			places = appendUnique(places, p)
		}
	}
	named := sentencePlaces(c, d, cl.Span)
	if accused = c.withoutSetting(accused, append(places, named...)); len(accused) == 0 {
		return blame{}, false
	}
	if len(places) == 0 {
		places = named
	}
	b := blame{doc: int(r.doc), sent: cl.Span, pos: r.e.Trigger.Start, accused: accused, byEnt: -1, deed: true, hap: hap, echo: cl.Echo, places: places, ongoing: r.e.Ongoing}
	b.target, b.kind = without(r.target, accused), r.kind
	b.by, b.byEnt = c.claimBy(d, cl)
	b.sourced = b.by != "" || r.e.Modality == dossier.Reported || r.e.Modality == dossier.Alleged
	b.day = dayOf(d, r.e, cl.Span)
	return b, true
}

// accuseClaim is an accusation about an attack: who it blames is the one accused.
func (k *Checker) accuseClaim(c *corpus, r report) (blame, bool) {
	d := c.docs[r.doc]
	cl := d.eventClaim(dossier.ClaimAccuse, int(r.ev))
	if cl == nil || !cl.Attack || cl.Negated {
		return blame{}, false // an accusation of something else, or "denied accusing …"
	}
	b := blame{doc: int(r.doc), sent: cl.Span, pos: cl.Cue.Start, byEnt: -1, sourced: true, hap: -1, echo: cl.Echo, ongoing: r.e.Ongoing}
	b.by, b.byEnt = c.claimBy(d, cl)
	for _, p := range cl.About {
		if e := c.partyEnt(d, p); e != b.byEnt && c.acting(e) {
			b.accused = appendUnique(b.accused, e)
		}
	}
	b.places = sentencePlaces(c, d, cl.Span)
	if b.accused = c.withoutSetting(b.accused, b.places); len(b.accused) == 0 {
		return blame{}, false
	}
	// The country accused is who did it, not where ("blamed the United States for the strike").
	b.places = without(b.places, b.accused)
	b.day = dayOf(d, r.e, cl.Span)
	return b, true
}

// blameSentences reads mutual blame, not knowing who did it, and denials by an actor blamed in
// claims, from the stored claims of one document.
// mine indexes the document's own claims in claims; blamed lists the actors blamed in its story.
func (k *Checker) blameSentences(c *corpus, di int, claims []blame, mine []int, blamed []int) []blame {
	d := c.docs[di]
	var out []blame
	for _, cl := range d.claimsOf(dossier.ClaimMutual) {
		b := blame{doc: di, sent: cl.Span, pos: cl.Cue.Start, byEnt: -1, mutual: true, hap: -1, echo: cl.Echo}
		for _, p := range cl.About {
			if e := c.partyEnt(d, p); c.acting(e) {
				b.accused = appendUnique(b.accused, e)
			}
		}
		if len(b.accused) >= 2 {
			b.places = sentencePlaces(c, d, cl.Span)
			b.day = dayOf(d, nil, cl.Span)
			out = append(out, b)
		}
	}
	for _, cl := range d.claimsOf(dossier.ClaimUnclear) {
		out = append(out, blame{doc: di, sent: cl.Span, pos: cl.Cue.Start, byEnt: -1, unclear: true, hap: -1,
			places: sentencePlaces(c, d, cl.Span), day: dayOf(d, nil, cl.Span), echo: cl.Echo})
	}
	for _, dn := range k.denials(c, di) {
		merged := false
		for _, i := range mine {
			b := &claims[i]
			if b.sent == dn.sent && b.byEnt == dn.denier {
				b.denies, merged = true, true
			}
		}
		if !merged && containsInt(blamed, dn.denier) {
			out = append(out, blame{doc: di, sent: dn.sent, pos: dn.sent.Start, accused: []int{dn.denier}, byEnt: dn.denier,
				by: c.saidName(d, dn.denier), denies: true, lone: true, hap: -1, places: sentencePlaces(c, d, dn.sent),
				day: dayOf(d, nil, dn.sent), echo: dn.echo})
		}
	}
	return out
}

// attackContext gives, per document, the one place and the one day its attacks and casualty
// figures (their scenes) name (-1 and "" when none or more than one).
func attackContext(c *corpus, grouped [][]report, scenes []figureScene) ([]int, []string) {
	places := make([][]int, len(c.docs))
	days := make([][]string, len(c.docs))
	for _, g := range grouped {
		for _, r := range g {
			if r.e.Type != dossier.Assault {
				continue
			}
			for _, e := range r.dest {
				if p := c.place(e, dossier.LOC); p >= 0 {
					places[r.doc] = appendUnique(places[r.doc], p)
				}
			}
			if fullDate(r.e.Time) {
				days[r.doc] = appendString(days[r.doc], r.e.Time[:10])
			}
		}
	}
	for di, sc := range scenes {
		for _, p := range sc.places {
			places[di] = appendUnique(places[di], p)
		}
		for _, d := range sc.days {
			days[di] = appendString(days[di], d)
		}
	}
	docPlace := make([]int, len(c.docs))
	docDay := make([]string, len(c.docs))
	for di := range c.docs {
		docPlace[di] = -1
		if len(places[di]) == 1 {
			docPlace[di] = places[di][0]
		}
		if len(days[di]) == 1 {
			docDay[di] = days[di][0]
		}
	}
	return docPlace, docDay
}

// attackGroups puts the claims of one story (indexes into all) into one group per attack: claims
// sharing a happening, a place or a day, and naming no other place or day. Claims that name
// neither join the story's only attack, or are left out when it has several. Claims that share
// only a country, one of them without a day, are not tied by it (see countryOnly); a claim about
// an event told as going on is tied only to claims about such events.
func (c *corpus) attackGroups(all []blame, idx []int) [][]int {
	u := newUnionFind(len(idx))
	tied := make([]bool, len(idx))
	const maxHeads = 8
	var heads []int
	for i, x := range idx {
		a := &all[x]
		tied[i] = len(a.places) > 0 || a.day != "" || a.hap >= 0 || a.ongoing
		if !tied[i] {
			continue
		}
		joined := false
		for _, h := range heads {
			b := &all[idx[h]]
			apart := len(a.places) > 0 && len(b.places) > 0 && disjoint(a.places, b.places) ||
				a.day != "" && b.day != "" && a.day != b.day || weeksApart(a, b) || c.placedApart(a, b) || c.placedApart(b, a)
			byPlace := !disjoint(a.places, b.places) && (a.day != "" && b.day != "" || !c.countryOnly(a.places, b.places))
			tie := a.hap >= 0 && a.hap == b.hap || byPlace || a.day != "" && a.day == b.day
			if tie && !apart && a.ongoing == b.ongoing {
				u.union(h, i)
				joined = true
				break
			}
		}
		if !joined && len(heads) < maxHeads {
			heads = append(heads, i)
		}
	}
	groups := u.groups(func(i int) bool { return tied[i] })
	for _, g := range groups {
		for j, i := range g {
			g[j] = idx[i]
		}
	}
	if len(groups) <= 1 {
		var one []int
		if len(groups) == 1 {
			one = groups[0]
		}
		for i, x := range idx {
			if !tied[i] {
				one = append(one, x)
			}
		}
		sort.Slice(one, func(i, j int) bool { return posLess(all, one[i], one[j]) })
		return [][]int{one}
	}
	return groups
}

// placedApart reports whether claim a, which names no place, is of a document that names known
// places, none of which meets a known place claim b names: a town's bombing and rockets on
// another city the same day are two attacks, whatever day they share. Every place the document
// names counts, not only the one it names most: a page about a town may name its country's
// capital more often, for the government.
func (c *corpus) placedApart(a, b *blame) bool {
	if len(a.places) > 0 {
		return false
	}
	other := c.known(b.places)
	if len(other) == 0 {
		return false
	}
	mine := c.knownPlacesOf(c.docs[a.doc])
	return len(mine) > 0 && !c.placesMeet(mine, other)
}

// knownPlacesOf lists the places finer than a country that document d names and the hierarchy
// knows.
func (c *corpus) knownPlacesOf(d *doc) []int {
	var out []int
	for _, m := range d.ms {
		e, ok := d.ent.at(int(m.Chain))
		if !ok {
			continue
		}
		if p := c.place(e, d.entType(m)); p >= 0 {
			out = appendUnique(out, p)
		}
	}
	return c.known(c.specific(out))
}

func posLess(all []blame, i, j int) bool {
	if all[i].doc != all[j].doc {
		return all[i].doc < all[j].doc
	}
	return all[i].pos < all[j].pos
}

// blameGroup reports a conflict when the claims about one attack disagree on who did it, and
// returns the actors blamed in it.
func (k *Checker) blameGroup(c *corpus, org *origins, story int, bs []blame, add addFunc) []int {
	setAsideMixedDeeds(bs)
	if !c.disputed(blamePointers(namedOnly(bs))) {
		return nil
	}
	bs = c.placeDescribed(bs)
	accused := accusedIn(bs)
	q := c.quoteBlames(org, bs, accused)
	// The claims shown must disagree among themselves: a dispute found among claims the caps
	// leave out would show one outlet agreeing with itself.
	if len(q.sides) < 2 || !c.disputed(q.claims) {
		return nil
	}
	about, what := c.blameSubject(bs, accused)
	add(story, KindActor, c.ids(about), q.sides, what+" — "+q.line(c))
	return accused
}

// disputed reports whether two of the claims name different culprits: in different documents
// not copied from one another, or in one document from two named sources; or whether one of
// them is mutual blame another document sets against a claim.
func (c *corpus) disputed(bs []*blame) bool {
	for i, x := range bs {
		for _, y := range bs[i+1:] {
			switch {
			case x.claims() && y.claims():
				if c.shareActor(x.accused, y.accused) || c.twoDeeds(x, y) {
					continue
				}
				if x.doc == y.doc && x.sourced && y.sourced && (x.byEnt != y.byEnt || !strings.EqualFold(x.by, y.by)) && c.sameAct(x, y) || x.doc != y.doc && !c.copied(x, y) {
					return true
				}
			case x.mutual && y.claims(), y.mutual && x.claims(), x.mutual && y.mutual:
				if x.doc != y.doc && !c.copied(x, y) {
					return true
				}
			}
		}
	}
	return false
}

// twoDeeds reports whether two deeds are two acts, not two tellings of one act's culprit: the
// one said to act in each is the one hit in the other ("the guards shot the bombers", "the
// bombers attacked the guards": an attack and the answer to it), or their kinds cannot name one
// attack.
func (c *corpus) twoDeeds(x, y *blame) bool {
	if !x.deed || !y.deed {
		return false
	}
	if c.shareActor(x.accused, y.target) && c.shareActor(y.accused, x.target) {
		return true
	}
	return !c.attacks.kindsMeet(x.kind, y.kind)
}

// sameAct reports whether two claims of one document are plainly about one act: they name one
// target, or one kind of attack below "attack".
func (c *corpus) sameAct(x, y *blame) bool {
	return c.shareActor(x.target, y.target) || c.attacks.sameKind(x.kind, y.kind)
}

// weeksApart reports whether two claims, one of which gives no day of its own, come from
// documents published more than a week apart: reports that far apart tell of different attacks
// even in one town.
func weeksApart(a, b *blame) bool {
	if a.day != "" && b.day != "" {
		return false
	}
	x, okA := parseDay(a.published)
	y, okB := parseDay(b.published)
	return okA && okB && (x-y > 7 || y-x > 7)
}

// copied reports whether two claims are told in the same words: one page copies the other.
func (c *corpus) copied(a, b *blame) bool { return a.echo != "" && a.echo == b.echo }

// blameWords says one claim in a few words: "residents blame the Northern Army", "officials
// say the Front did it", "the Front claims it", "it is not clear who did it".
func (c *corpus) blameWords(b *blame) string {
	d := c.docs[b.doc]
	var names []string
	for _, e := range b.accused {
		names = append(names, c.saidName(d, e))
	}
	who := strings.Join(names, " and ")
	if b.side != "" {
		who = sideName(b.side, b.force) // the report names a side, not the actor it is set with
	}
	plural := b.byEnt < 0 && strings.HasSuffix(b.by, "s") && !strings.HasSuffix(b.by, "ss")
	verb := func(one, many string) string {
		if plural {
			return many
		}
		return one
	}
	switch {
	case b.unclear:
		return "it is not clear who did it"
	case b.mutual:
		return who + " blame each other"
	case b.lone:
		return b.by + " " + verb("denies", "deny") + " it"
	case b.denies && b.by != "":
		return b.by + " " + verb("denies", "deny") + " it and " + verb("blames", "blame") + " " + who
	case b.deed && b.byEnt >= 0 && len(b.accused) == 1 && b.accused[0] == b.byEnt:
		return b.by + " " + verb("claims", "claim") + " it" // "the Front claimed responsibility"
	case b.deed && b.by != "":
		return b.by + " " + verb("says", "say") + " " + who + " did it"
	case b.deed:
		return who + " did it"
	case b.by != "":
		return b.by + " " + verb("blames", "blame") + " " + who
	}
	return who + " " + map[bool]string{true: "are", false: "is"}[len(names) > 1] + " blamed"
}

// sentencePlaces lists the places a sentence names.
func sentencePlaces(c *corpus, d *doc, s dossier.Span) []int {
	var out []int
	for _, mi := range d.mentionsFrom(s.Start) {
		m := &d.ms[mi]
		if int(m.start) >= s.End {
			break
		}
		if !s.Contains(m.span()) {
			continue
		}
		if e, ok := d.ent.at(int(m.Chain)); ok {
			if p := c.place(e, d.entType(*m)); p >= 0 {
				out = appendUnique(out, p)
			}
		}
	}
	return out
}

// dayOf is the day an event (or, when nil, a sentence) gives: the event's own time when it is a
// day, else the one day the sentence names.
func dayOf(d *doc, e *passEvent, s dossier.Span) string {
	if e != nil && fullDate(e.Time) {
		return e.Time[:10]
	}
	day := ""
	for _, ti := range d.timexesFrom(s.Start) {
		tx := &d.ts[ti]
		if int(tx.start) >= s.End {
			break
		}
		if v := d.value(tx); s.Contains(tx.span()) && tx.date && d.datesEvents(tx) && fullDate(v) {
			if day != "" && day != v[:10] {
				return ""
			}
			day = v[:10]
		}
	}
	return day
}

// shareActor reports whether two lists of culprits name one actor: the same entity, two
// entities that reports write the same way ("Daesh" in one, "DAESH" in another, when
// resolution kept them apart), or two names of one state's own side ("the Norland regime" and
// "Norland government troops", see stateOf). Outlets naming one actor by one name do not
// disagree on who did it.
func (c *corpus) shareActor(a, b []int) bool {
	if !disjoint(a, b) {
		return true
	}
	sp := c.actorSpellings()
	for _, x := range a {
		for _, y := range b {
			if x < 0 || y < 0 || x >= len(sp) || y >= len(sp) {
				continue
			}
			if c.sameState(x, y, sp) {
				return true
			}
			for w := range sp[x] {
				if sp[y][w] {
					return true
				}
			}
		}
	}
	return false
}

// sameState reports whether entities x and y both name one state's own side, by their preferred
// names or by a spelling their reports write ("the Norland regime" in one outlet, "Norland's
// army" in another; see stateOfName).
func (c *corpus) sameState(x, y int, sp []map[string]bool) bool {
	sx := c.statesOf(x, sp)
	for s := range c.statesOf(y, sp) {
		if sx[s] {
			return true
		}
	}
	return false
}

// statesOf is the set of countries whose own side entity e's preferred name or spellings name.
func (c *corpus) statesOf(e int, sp []map[string]bool) map[string]bool {
	out := map[string]bool{}
	if s := c.stateOf(e); s != "" {
		out[s] = true
	}
	if e >= 0 && e < len(sp) {
		for w := range sp[e] {
			if s := c.stateOfName(w); s != "" {
				out[s] = true
			}
		}
	}
	return out
}

// stateOf is the country whose own side entity e's preferred name names, "" when it names none
// (see stateOfName).
func (c *corpus) stateOf(e int) string {
	if e < 0 || e >= len(c.entName) {
		return ""
	}
	return c.stateOfName(c.entName[e])
}

// stateOfName is the country whose own side a name names, "" when it names none: the country
// itself ("Norland"), or its name, possessive (with either apostrophe) or adjective followed only
// by words for its state's side ("the Norlandic regime", "Norland's army", "Norlandic government
// forces"). A name with other words is a group of its own, which may fight the state ("the Free
// Norlandic Army").
func (c *corpus) stateOfName(name string) string {
	w := c.lang()
	words := strings.Fields(strings.TrimPrefix(strings.ToLower(name), "the "))
	for j := min(3, len(words)); j >= 1; j-- {
		lead := strings.Join(words[:j], " ")
		lead = strings.TrimSuffix(strings.TrimSuffix(lead, "'s"), "\u2019s") // "Norland's", "Norland’s"
		country, ok := w.nation[lead]
		if ok && (j == len(words) || stateWords(w.stateOwn, words[j:])) {
			return country
		}
	}
	return ""
}

// stateWords reports whether words are all words of a state's side (see words.stateOwn), each
// one or two words long: "government forces", "armed forces".
func stateWords(own map[string]bool, words []string) bool {
	for i := 0; i < len(words); {
		switch {
		case i+1 < len(words) && own[words[i]+" "+words[i+1]]:
			i += 2
		case own[words[i]]:
			i++
		default:
			return false
		}
	}
	return true
}

// actorSpellings gives, by entity, the names its mentions and its preferred name write,
// lower-case and without a leading "the"; made on first use.
func (c *corpus) actorSpellings() []map[string]bool {
	if c.spellings == nil {
		c.spellings = c.spellingsOf(func(d *doc, fn func(chain int32, text, typ uint32)) {
			for _, m := range d.ms {
				fn(m.Chain, m.text, m.typ)
			}
		})
	}
	return c.spellings
}

// spellingsOf is actorSpellings, reading the mentions of each document with names (see
// corpus.index).
func (c *corpus) spellingsOf(names func(d *doc, fn func(chain int32, text, typ uint32))) []map[string]bool {
	out := make([]map[string]bool, len(c.entIDs))
	add := func(e int, name string) {
		w := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(name)), "the ")
		if w == "" {
			return
		}
		if out[e] == nil {
			out[e] = map[string]bool{}
		}
		out[e][w] = true
	}
	for e, name := range c.entName {
		add(e, name)
	}
	for _, d := range c.docs {
		names(d, func(chain int32, text, _ uint32) {
			if e, ok := d.ent.at(int(chain)); ok {
				add(e, c.str(text))
			}
		})
	}
	return out
}
