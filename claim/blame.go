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

// deed is an attack told with who carried it out: the actors are the ones it blames.
func (r *Reader) deed(d *doc, i int) (dossier.Claim, bool) {
	e := &d.a.Events[i]
	if hedged(e) || e.Modality == dossier.Denied {
		return dossier.Claim{}, false
	}
	var about []dossier.Party
	for _, a := range e.Args {
		if strings.EqualFold(a.Role, "actor") && a.Chain >= 0 {
			about = append(about, dossier.Party{Chain: a.Chain})
		}
	}
	if len(about) == 0 {
		return dossier.Claim{}, false
	}
	c := dossier.Claim{Span: d.sentenceAt(eventPos(e)), Kind: dossier.ClaimDeed, Cue: e.Trigger, About: about, Event: i,
		Hedged: e.Modality == dossier.Alleged}
	c.By, c.ByText = attributed(e)
	c.Attack = true
	return c, true
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
	if c.By.Chain < 0 && c.ByText == "" {
		for _, a := range e.Args {
			if strings.EqualFold(a.Role, "actor") && a.Chain >= 0 {
				c.By = dossier.Party{Chain: a.Chain}
				break
			}
		}
	}
	if c.By.Chain < 0 && c.ByText == "" {
		c.By, c.ByText = r.subjectBefore(d, sent, trig.Start)
	}
	if c.By.Chain < 0 && c.ByText == "" {
		// Far from its verb, the accuser is still its active subject in the parse: "the
		// Front, which lost two men in the raid, accused …".
		c.By.Chain = d.subjectOf(trig, "nsubj")
	}
	for _, a := range e.Args {
		if a.Chain < 0 || strings.EqualFold(a.Role, "actor") || placeRole(a.Role) || a.Chain == c.By.Chain {
			continue
		}
		if !hasParty(c.About, a.Chain) {
			c.About = append(c.About, dossier.Party{Chain: a.Chain})
		}
	}
	if len(c.About) == 0 {
		return dossier.Claim{}, false
	}
	// What is accused is said after the verb ("of leaking the files"); the words before it
	// ("in that suit") come after them.
	c.Words = r.words(d, dossier.Span{Start: trig.End, End: sent.End}, allMentions, true)
	for _, w := range r.words(d, dossier.Span{Start: sent.Start, End: trig.Start}, allMentions, true) {
		if !slices.Contains(c.Words, w) {
			c.Words = append(c.Words, w)
		}
	}
	return c, true
}

// negated reports whether the parse attaches a negation to the token at span t: "did not accuse".
func negated(d *doc, t dossier.Span) bool {
	for _, s := range d.a.Parse {
		if !s.Contains(t) {
			continue
		}
		for i, tok := range s.Tokens {
			if tok.Span != t {
				continue
			}
			for _, o := range s.Tokens {
				if o.Head == i && (o.Rel == "advmod" || o.Rel == "neg") && (strings.EqualFold(o.Text, "not") || o.Text == "n't" || strings.EqualFold(o.Text, "never")) {
					return true
				}
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
