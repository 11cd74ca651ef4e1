package claim

import (
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
)

// eventClaims reads the claims the events carry: attacks told with their actor, and accusations.
func (r *Reader) eventClaims(d *doc) []dossier.Claim {
	var out []dossier.Claim
	for i := range d.a.Events {
		e := &d.a.Events[i]
		switch e.Type {
		case dossier.Assault:
			if c, ok := r.deed(d, i); ok {
				out = append(out, c)
			}
		case dossier.Accuse:
			if c, ok := r.accusation(d, i); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// hedged reports whether an event is told with doubt or as not yet done.
func hedged(e *dossier.Event) bool {
	return e.Modality == dossier.Future || e.Modality == dossier.Uncertain
}

// deed is an attack told with who carried it out: the actors are the ones it blames. Who did it
// and who says so are read from the parse (see doers and speaker); only where the parse does
// not hold the attack's words do the event's actor arguments stand for who did it.
func (r *Reader) deed(d *doc, i int) (dossier.Claim, bool) {
	e := &d.a.Events[i]
	n, parsed := d.headOf(e.Trigger)
	g := doing{owner: -1}
	if parsed {
		g = r.doers(d, n, 0)
	}
	if g.owner < 0 && hedged(e) || e.Modality == dossier.Denied {
		return dossier.Claim{}, false
	}
	var about []dossier.Party
	for _, ch := range g.actors {
		about = append(about, dossier.Party{Chain: ch})
	}
	if !parsed {
		about = r.argActors(d, e)
	}
	if len(about) == 0 {
		return dossier.Claim{}, false
	}
	c := dossier.Claim{Span: d.sentenceAt(eventPos(e)), Kind: dossier.ClaimDeed, Cue: e.Trigger, About: about, Event: i,
		Hedged: e.Modality == dossier.Alleged && g.owner < 0}
	c.By, c.ByText = attributed(e)
	switch {
	case g.owner >= 0:
		c.By, c.ByText = dossier.Party{Chain: g.owner}, ""
	case parsed:
		if by, text, ok := r.speaker(d, n); ok {
			c.By, c.ByText = by, text
		}
	}
	c.Attack = true
	return c, true
}

// argActors are the event's actor arguments that name acting names: who did an attack when the
// parse does not hold its trigger.
func (r *Reader) argActors(d *doc, e *dossier.Event) []dossier.Party {
	var out []dossier.Party
	for _, a := range e.Args {
		if !strings.EqualFold(a.Role, "actor") || a.Chain < 0 {
			continue
		}
		m := d.chainMention(a.Chain, e)
		if m == nil || m.Type == dossier.MISC {
			continue
		}
		out = append(out, dossier.Party{Chain: a.Chain})
	}
	return out
}

// chainMention is the mention of a chain nearest to an event's trigger.
func (d *doc) chainMention(chain int, e *dossier.Event) *dossier.Mention {
	var best *dossier.Mention
	dist := -1
	for i := range d.a.Mentions {
		m := &d.a.Mentions[i]
		if m.Chain != chain {
			continue
		}
		x := m.Start - e.Trigger.Start
		if x < 0 {
			x = -x
		}
		if dist < 0 || x < dist {
			best, dist = m, x
		}
	}
	return best
}

// eventPos is where an event is said: its trigger, else its clause.
func eventPos(e *dossier.Event) int {
	if e.Trigger.End == 0 {
		return e.Start
	}
	return e.Trigger.Start
}

// attributed is the outermost source an event is attributed to: a named actor's chain, or the
// source's words.
func attributed(e *dossier.Event) (dossier.Party, string) {
	if len(e.Attribution) == 0 {
		return dossier.Party{Chain: -1}, ""
	}
	s := e.Attribution[0]
	return dossier.Party{Chain: s.Chain}, lowerFirst(strings.TrimSpace(s.Text))
}

// accusation is an accuse event read as a claim: who accuses (the source it is attributed to,
// its actor, or the words before its verb), whom (its other non-place arguments), whether the
// sentence names an attack, and whether the accusation itself is denied ("denied accusing …").
func (r *Reader) accusation(d *doc, i int) (dossier.Claim, bool) {
	e := &d.a.Events[i]
	if hedged(e) {
		return dossier.Claim{}, false
	}
	sent := d.sentenceAt(eventPos(e))
	if sent.End > len(d.text) || sent.Start >= sent.End {
		return dossier.Claim{}, false
	}
	low := d.low[sent.Start:sent.End]
	trig := e.Trigger
	if trig.End <= trig.Start || trig.Start < sent.Start || trig.End > sent.End {
		trig = dossier.Span{Start: sent.Start, End: sent.Start}
	}
	c := dossier.Claim{Span: sent, Kind: dossier.ClaimAccuse, Cue: trig, Event: i, By: dossier.Party{Chain: -1},
		Hedged: e.Modality == dossier.Alleged}
	c.Attack = hasAny(low, r.attack)
	c.Negated = e.Modality == dossier.Denied && (r.deniesAt(low, trig.Start-sent.Start) || negated(d, trig))
	c.By, c.ByText = attributed(e)
	n, parsed := d.headOf(trig)
	var byNode node
	var about []int
	if parsed {
		byNode, about, parsed = r.accuseRoles(d, n)
	}
	if parsed && byNode.i >= 0 {
		// The parse tells who accuses: "X accused Y", "Y was blamed by X".
		if acts := r.actorsIn(d, byNode); len(acts) > 0 {
			c.By, c.ByText = dossier.Party{Chain: acts[0]}, ""
		} else if c.By.Chain < 0 && c.ByText == "" && byNode.tok().UPOS != "PRON" {
			c.ByText = r.phraseText(d, byNode)
		}
	}
	if c.By.Chain < 0 && c.ByText == "" {
		c.By, c.ByText = r.accuser(d, e, sent, trig)
	}
	if !parsed {
		about = argAccused(e, c.By.Chain)
	}
	for _, ch := range about {
		if ch != c.By.Chain && !hasParty(c.About, ch) {
			c.About = append(c.About, dossier.Party{Chain: ch})
		}
	}
	if len(c.About) == 0 {
		return dossier.Claim{}, false
	}
	c.Words = r.accusedWords(d, sent, trig)
	return c, true
}

// accuser is who makes an accusation when the parse does not tell: the event's actor, else the
// words right before its verb, else its active subject in the parse.
func (r *Reader) accuser(d *doc, e *dossier.Event, sent, trig dossier.Span) (dossier.Party, string) {
	for _, a := range e.Args {
		if strings.EqualFold(a.Role, "actor") && a.Chain >= 0 {
			return dossier.Party{Chain: a.Chain}, ""
		}
	}
	if by, text := r.subjectBefore(d, sent, trig.Start); by.Chain >= 0 || text != "" {
		return by, text
	}
	// Far from its verb, the accuser is still its active subject in the parse: "the Front,
	// which lost two men in the raid, accused …".
	return dossier.Party{Chain: d.subjectOf(trig, "nsubj")}, ""
}

// argAccused are the ones an accuse event's arguments accuse: its arguments other than its
// actor, places and the accuser.
func argAccused(e *dossier.Event, by int) []int {
	var out []int
	for _, a := range e.Args {
		if a.Chain < 0 || strings.EqualFold(a.Role, "actor") || placeRole(a.Role) || a.Chain == by {
			continue
		}
		out = append(out, a.Chain)
	}
	return out
}

// accusedWords are the words of what an accusation is about: those said after the verb ("of
// leaking the files"), then those before it ("in that suit").
func (r *Reader) accusedWords(d *doc, sent, trig dossier.Span) []string {
	out := r.words(d, dossier.Span{Start: trig.End, End: sent.End}, allMentions, true)
	for _, w := range r.words(d, dossier.Span{Start: sent.Start, End: trig.Start}, allMentions, true) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// negated reports whether the parse attaches a negation to the token at span t: "did not accuse".
func negated(d *doc, t dossier.Span) bool {
	for si, s := range d.a.Parse {
		if !s.Contains(t) {
			continue
		}
		for i, tok := range s.Tokens {
			if tok.Span == t && (node{&d.a.Parse[si], i}).negated() {
				return true
			}
		}
	}
	return false
}

// deniesAt reports whether a deny cue governs the word at off of low: "denied accusing", but
// not "denied any involvement and accused".
func (r *Reader) deniesAt(low string, off int) bool {
	at, n := first(low, r.deny)
	if at < 0 || at > off {
		return false
	}
	between := low[at+n : max(at+n, off)]
	return !strings.Contains(between, ",") && !hasAny(between, []string{"and", "but"})
}

func hasAny(low string, cues []string) bool {
	at, _ := first(low, cues)
	return at >= 0
}

func hasParty(ps []dossier.Party, chain int) bool {
	for _, p := range ps {
		if p.Chain == chain {
			return true
		}
	}
	return false
}

// placeRole reports whether an argument role names where something happened or went.
func placeRole(role string) bool {
	role = strings.ToLower(role)
	return role == "place" || role == "destination" || role == "location" || role == "origin"
}

// subjectBefore reads who makes an accusation from the words right before its verb, inside its
// clause: "Residents blamed …" → "residents". It is a named actor when a mention ends there.
func (r *Reader) subjectBefore(d *doc, sent dossier.Span, at int) (dossier.Party, string) {
	none := dossier.Party{Chain: -1}
	if at <= sent.Start || at > len(d.text) {
		return none, ""
	}
	ts := d.tokens(dossier.Span{Start: sent.Start, End: at})
	low := func(i int) string { return strings.ToLower(ts[i].Text) }
	if len(ts) > 0 && r.passive[low(len(ts)-1)] {
		return none, "" // "X is blamed": the word before is the one accused, not the accuser
	}
	end := len(ts)
	for end > 0 && r.aux[low(end-1)] {
		end--
	}
	from := end
	for from > 0 && end-from < 4 && ts[from-1].UPOS != "PUNCT" && !isPunct(ts[from-1].Text) && !r.stops[low(from-1)] && !r.aux[low(from-1)] {
		from--
	}
	if from == end {
		return none, ""
	}
	span := dossier.Span{Start: ts[from].Start, End: ts[end-1].End}
	for _, mi := range d.mentionsIn(span) {
		if m := &d.a.Mentions[mi]; m.End == span.End {
			return dossier.Party{Chain: m.Chain}, lowerFirst(d.text[span.Start:span.End])
		}
	}
	return none, lowerFirst(d.text[span.Start:span.End])
}

func isPunct(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0x80 {
			return false
		}
	}
	return s != ""
}

// blameSentences reads mutual blame ("the two sides blamed each other") and not knowing who did
// it ("it was not clear who fired") from the sentences.
func (r *Reader) blameSentences(d *doc) []dossier.Claim {
	var out []dossier.Claim
	for _, s := range d.sentences() {
		sl := d.low[s.Start:s.End]
		if at, n := first(sl, r.mutual); at >= 0 {
			c := dossier.Claim{Span: s, Kind: dossier.ClaimMutual, Cue: dossier.Span{Start: s.Start + at, End: s.Start + at + n},
				CueText: sl[at : at+n], By: dossier.Party{Chain: -1}, Event: -1}
			for _, mi := range d.mentionsIn(dossier.Span{Start: s.Start, End: s.Start + at}) {
				if m := &d.a.Mentions[mi]; !hasParty(c.About, m.Chain) {
					c.About = append(c.About, dossier.Party{Chain: m.Chain})
				}
			}
			if len(c.About) >= 2 {
				out = append(out, c)
			}
			continue
		}
		if at, n := first(sl, r.unclear); at >= 0 {
			out = append(out, dossier.Claim{Span: s, Kind: dossier.ClaimUnclear, Cue: dossier.Span{Start: s.Start + at, End: s.Start + at + n},
				CueText: sl[at : at+n], By: dossier.Party{Chain: -1}, Event: -1})
		}
	}
	return out
}
