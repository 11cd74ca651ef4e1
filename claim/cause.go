package claim

import (
	"strings"

	"github.com/dossier-project/dossier"
)

// causes reads the reasons given: for each event without a cause of its own, the reason its
// clause states; and for each sentence, every reason a cue opens in it, so reasons told apart
// from the act ("he was removed. It was because of …") and competing accounts in one sentence
// are found too.
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
		if at, end, why := r.reasonIn(d, span.Start, span.End); why != "" {
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
			c.Words = r.words(d, s, nil, false)
			out = append(out, c)
		}
	}
	return out
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
