package claim

import (
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// causes reads the reasons given: for each event without a cause of its own, the reason its
// clause states for it; and for each sentence, every reason a cue opens in it, so reasons told
// apart from the act ("he was removed. It was because of …") and competing accounts in one
// sentence are found too. A sentence's reason carries the words of what it is given for (see
// reasonFor), by which a happening named there is told to have it.
func (r *Reader) causes(d *doc) []dossier.Claim {
	var out []dossier.Claim
	for i := range d.a.Events {
		e := &d.a.Events[i]
		if e.Cause != "" {
			continue
		}
		span := e.Span
		if span.End <= span.Start || span.End > len(d.text) {
			span = d.sentenceAt(eventPos(e))
		}
		if at, end, why := r.reasonIn(d, span.Start, span.End); why != "" && r.givenFor(d, dossier.Span{Start: at, End: end}, e) {
			out = append(out, dossier.Claim{Span: span, Kind: dossier.ClaimCause, Cue: dossier.Span{Start: at, End: end},
				CueText: d.low[at:end], By: dossier.Party{Chain: -1}, Event: i, Object: why, Hedged: hedged(e)})
		}
	}
	for _, s := range d.sentences() {
		for from := s.Start; from < s.End; {
			at, end, why := r.reasonIn(d, from, s.End)
			if at < 0 {
				break
			}
			from = end
			if why == "" {
				continue
			}
			c := dossier.Claim{Span: s, Kind: dossier.ClaimCause, Cue: dossier.Span{Start: at, End: end}, CueText: d.low[at:end],
				By: dossier.Party{Chain: -1}, Event: -1, Object: why}
			c.Words = r.reasonWords(d, s, c.Cue)
			out = append(out, c)
		}
	}
	return out
}

// givenFor reports whether the reason whose cue is at bytes cue is given for event e: with
// a parse that places the reason, e's trigger must be among what it is given for (see
// reasonFor); "will respond to an attack because …" gives the attack no reason.
func (r *Reader) givenFor(d *doc, cue dossier.Span, e *dossier.Event) bool {
	ps, targets := r.reasonFor(d, cue)
	if ps == nil {
		return true
	}
	return slices.ContainsFunc(targets, func(k int) bool { return e.Trigger.Contains(ps.Tokens[k].Span) })
}

// reasonWords lists the lower-case words of what the reason whose cue is at bytes cue is given
// for (see reasonFor), in the order of the sentence; every word of sentence s when the
// parse does not place the reason.
func (r *Reader) reasonWords(d *doc, s dossier.Span, cue dossier.Span) []string {
	ps, targets := r.reasonFor(d, cue)
	if ps == nil {
		return r.words(d, s, nil, false)
	}
	slices.Sort(targets)
	var out []string
	for _, k := range targets {
		if w := strings.ToLower(ps.Tokens[k].Text); len(w) >= 3 && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// reasonFor returns the parsed sentence holding the cue of a reason at bytes cue and the words
// of what the reason is given for: the word it is said of (see tree.Attachment), that word's
// subjects — a passive one only when the word is the cue's own verb ("the decision … was
// justified by") or a light or support verb —, the object of a light or support verb ("carried
// out the raid in retaliation for"), its open complements ("decided to sack … because"), its
// conjuncts and the noun it describes as a participle, and of these nouns the words of their phrases but the reason ("the decision of the
// council to sack"). The sentence is nil when the parse does not place the reason: no parse
// there, or a reason that is the sentence's root ("Because of the war.").
func (r *Reader) reasonFor(d *doc, cue dossier.Span) (*dossier.Sentence, []int) {
	ps := tree.SentenceAt(d.a.Parse, cue.Start)
	if ps == nil {
		return nil, nil
	}
	k := tree.WordAt(ps, cue.Start)
	g := tree.Attachment(ps, k)
	if g < 0 {
		return nil, nil
	}
	out := []int{g}
	own, carries := cue.Contains(ps.Tokens[g].Span), r.carries(ps, g)
	if t := ps.Tokens[g]; t.Head >= 0 && (t.Rel == "conj" || t.Rel == "acl" && ps.Tokens[t.Head].UPOS == "NOUN") {
		out = append(out, t.Head) // "the decision to sack X, justified by …"
	}
	for _, c := range tree.Children(ps, g) {
		switch rel := ps.Tokens[c].Rel; {
		case rel == "nsubj" || strings.HasPrefix(rel, "csubj") || rel == "xcomp",
			rel == "nsubj:pass" && (own || carries), rel == "obj" && carries,
			rel == "conj":
			out = append(out, c)
		}
	}
	// The reason's own words hang on the word it is said of: they are left out.
	reason := map[int]bool{}
	for n := k; n >= 0 && !reason[n]; n = ps.Tokens[n].Head {
		reason[n] = true
	}
	for _, n := range slices.Clone(out) {
		if ps.Tokens[n].UPOS == "NOUN" {
			out = phrase(ps, n, out, reason)
		}
	}
	return ps, out
}

// phrase adds to out the words that hang on noun n, at any depth, but for relative clauses and
// the words of skip: "the decision of the council to sack X" names the sacking.
func phrase(ps *dossier.Sentence, n int, out []int, skip map[int]bool) []int {
	for _, c := range tree.Children(ps, n) {
		if ps.Tokens[c].Rel != "acl:relcl" && !skip[c] && !slices.Contains(out, c) {
			out = phrase(ps, c, append(out, c), skip)
		}
	}
	return out
}

// carries reports whether verb v is a light or support verb: one that carries the event of
// the noun it takes ("made a visit", "launched strikes").
func (r *Reader) carries(ps *dossier.Sentence, v int) bool {
	return tree.Carrier(ps, v, r.lightVerbs, r.supportVerbs)
}

// reasonIn finds the first reason stated in text[from:to]: where its cue starts and ends, and
// the words after the cue up to the clause end (at most 14 words). The reason is "" when the
// cue opens nothing.
func (r *Reader) reasonIn(d *doc, from, to int) (int, int, string) {
	at, n := first(d.low[from:to], r.cause)
	if at < 0 {
		return -1, -1, ""
	}
	at += from
	rest := d.text[at+n : to]
	cut := len(rest)
	for _, stop := range []string{",", ";", ". ", " - ", " – ", " — ", " while ", " but ", " whereas "} {
		if i := strings.Index(rest, stop); i >= 0 && i < cut {
			cut = i
		}
	}
	rest = strings.TrimSpace(strings.TrimRight(rest[:cut], ".!?\"”"))
	if w := strings.Fields(rest); len(w) > 14 {
		rest = strings.Join(w[:14], " ")
	}
	return at, at + n, rest
}
