package claim

import (
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// denials reads the sentences in which an actor denies having done something ("the council has
// denied any role in the decision", "it had no part in the change of command") or denies an
// account ("the army denied shelling the village"). A sentence with a denial cue and no actor
// to make it is kept too, without About, so that the pass knows the sentence asserts nothing.
func (r *Reader) denials(d *doc) []dossier.Claim {
	if at, _ := first(d.low, r.deny); at < 0 {
		if at, _ := first(d.low, r.nopart); at < 0 {
			return nil
		}
	}
	heads := d.commonNounHeads(r.memberPreps)
	var out []dossier.Claim
	for _, s := range d.sentences() {
		sl := d.low[s.Start:s.End]
		at, n := first(sl, r.deny)
		role := false
		if at >= 0 {
			if x, _ := first(sl[at+n:], r.role); x >= 0 {
				role = true
			}
		}
		if np, nn := first(sl, r.nopart); np >= 0 && (at < 0 || !role) {
			at, n, role = np, nn, true
		}
		if at < 0 {
			continue
		}
		cue := dossier.Span{Start: s.Start + at, End: s.Start + at + n}
		c := dossier.Claim{Span: s, Kind: dossier.ClaimDeny, Cue: cue, CueText: sl[at : at+n], By: dossier.Party{Chain: -1},
			Event: r.deniedEvent(d, s), Role: role, Object: sl[at+n:]}
		if who := r.denier(d, s, cue, heads); who >= 0 {
			who = r.capitals.countryChain(d, r.spokenFor(d, s, who, heads))
			c.By = dossier.Party{Chain: who}
			c.About = []dossier.Party{{Chain: who}}
		} else {
			c.ByText = r.denierText(d, cue)
		}
		c.Words = r.words(d, clauseAfter(d, cue.End, s.End), allMentions, true)
		out = append(out, c)
	}
	return out
}

// spokenFor is the body a denier who is a spokesperson speaks for, as the sentence names it
// before the title ("Defence Ministry spokesman Major General X", "the ministry's spokesman X")
// or after the name ("X, a spokeswoman for the army"): the body denies, not the person. It is
// who itself when the sentence names no such body.
func (r *Reader) spokenFor(d *doc, s dossier.Span, who int, heads map[string]int) int {
	for _, mi := range d.mentionsIn(s) {
		m := &d.a.Mentions[mi]
		if m.Chain != who || m.Type != dossier.PER {
			continue
		}
		if body := r.bodyBefore(d, s, m.Span, heads); body >= 0 {
			return body
		}
		if body := r.bodyAfter(d, s, m.Span); body >= 0 {
			return body
		}
	}
	return who
}

// bodyBefore reads "BODY('s) spokesman [titles] NAME" back from the name at name: the chain of
// the body, -1 when the words before the name are not so. Titles are capitalised words
// ("Major General", "Lt. Col.").
func (r *Reader) bodyBefore(d *doc, s, name dossier.Span, heads map[string]int) int {
	ts := d.tokens(dossier.Span{Start: s.Start, End: name.Start})
	i := len(ts) - 1
	for n := 0; i >= 0 && n < 4 && !r.spokespeople[strings.ToLower(ts[i].Text)]; i, n = i-1, n+1 {
		if t := ts[i].Text; t != "." && (t == "" || strings.ToLower(t[:1]) == t[:1]) {
			return -1
		}
	}
	if i < 1 || !r.spokespeople[strings.ToLower(ts[i].Text)] {
		return -1
	}
	j := i - 1
	if ts[j].Text == "'s" || ts[j].Text == "’s" {
		j--
	}
	if j < 0 {
		return -1
	}
	for _, mi := range d.mentionsIn(dossier.Span{Start: s.Start, End: ts[j].End}) {
		if m := &d.a.Mentions[mi]; m.End == ts[j].End && m.Type != dossier.PER && m.Type != dossier.LOC {
			return m.Chain
		}
	}
	if e, ok := heads[strings.ToLower(ts[j].Text)]; ok && e >= 0 && j >= 1 && strings.EqualFold(ts[j-1].Text, "the") {
		return e
	}
	return -1
}

// bodyAfter reads "NAME, a spokesman for BODY" on from the name at name: the chain of the body
// named right after the preposition, -1 when the words after the name are not so.
func (r *Reader) bodyAfter(d *doc, s, name dossier.Span) int {
	ts := d.tokens(dossier.Span{Start: name.End, End: s.End})
	if len(ts) < 4 || ts[0].Text != "," {
		return -1
	}
	i := 1
	if w := strings.ToLower(ts[i].Text); w == "a" || w == "an" || w == "the" {
		i++
	}
	for ; i < len(ts) && i < 4 && !r.spokespeople[strings.ToLower(ts[i].Text)]; i++ {
	}
	if i+1 >= len(ts) || !r.spokespeople[strings.ToLower(ts[i].Text)] {
		return -1
	}
	if p := strings.ToLower(ts[i+1].Text); p != "for" && p != "of" {
		return -1
	}
	for _, mi := range d.mentionsIn(dossier.Span{Start: ts[i+1].End, End: s.End}) {
		m := &d.a.Mentions[mi]
		if m.Type == dossier.PER || m.Type == dossier.LOC {
			return -1
		}
		if gap := d.text[ts[i+1].End:m.Start]; len(strings.Fields(gap)) <= 1 {
			return m.Chain
		}
		return -1
	}
	return -1
}

// clauseAfter is the clause that follows a cue up to a comma, semicolon or the sentence end:
// "who denies the accusation, has avoided …" → "the accusation".
func clauseAfter(d *doc, from, end int) dossier.Span {
	rest := d.text[from:end]
	if i := strings.IndexAny(rest, ",;:—–()"); i >= 0 {
		end = from + i
	}
	return dossier.Span{Start: from, End: end}
}

// deniedEvent is the index of the event the sentence tells as denied, -1 when none.
func (r *Reader) deniedEvent(d *doc, s dossier.Span) int {
	for i := range d.a.Events {
		e := &d.a.Events[i]
		if e.Modality == dossier.Denied && s.Contains(e.Trigger) && e.Trigger.End > e.Trigger.Start {
			return i
		}
	}
	return -1
}

// denier is the actor that makes a denial: the named subject the parse gives the denial verb;
// else the actor named nearest before the cue, or a short common-noun form ("the council") whose
// head word is the last word of exactly one actor the document names, or, failing both, a named
// subject or passive subject of the word at the cue. It is -1 when none is there.
func (r *Reader) denier(d *doc, s, cue dossier.Span, heads map[string]int) int {
	// The parse first: the named subject of the denial verb ("X denied involvement").
	if n, ok := d.headOf(cue); ok && n.tok().UPOS == "VERB" {
		if sb := tree.Subject(n.s, n.i); sb >= 0 {
			if acts := r.actorsIn(d, n.at(sb)); len(acts) > 0 {
				return acts[0]
			}
		}
	}
	best, bestEnd := -1, -1
	for _, mi := range d.mentionsIn(dossier.Span{Start: s.Start, End: cue.Start}) {
		m := &d.a.Mentions[mi]
		if m.Type == dossier.LOC {
			continue
		}
		if m.End > bestEnd {
			best, bestEnd = m.Chain, m.End
		}
	}
	ts := d.tokens(dossier.Span{Start: s.Start, End: cue.Start})
	for i := len(ts) - 1; i >= 1; i-- {
		if ts[i].End <= bestEnd {
			break
		}
		e, ok := heads[strings.ToLower(ts[i].Text)]
		if !ok || e < 0 {
			continue
		}
		switch strings.ToLower(ts[i-1].Text) {
		case "the", "its", "their", "this", "that":
			return e
		}
	}
	if best < 0 {
		best = d.subjectOf(cue, "nsubj", "nsubj:pass")
	}
	return best
}

// denierText is the subject the parse gives the denial verb at cue, as written, when it names
// no actor the document knows ("the army", "officials"); "" when the parse gives none, or a
// pronoun.
func (r *Reader) denierText(d *doc, cue dossier.Span) string {
	n, ok := d.headOf(cue)
	if !ok || n.tok().UPOS != "VERB" {
		return ""
	}
	sb := tree.Subject(n.s, n.i)
	if sb < 0 || n.s.Tokens[sb].UPOS == "PRON" {
		return ""
	}
	return r.phraseText(d, n.at(sb))
}

// subjectOf is the chain of a named subject the parse attaches by one of rels to the verb at
// cue; -1 when the parse gives none.
func (d *doc) subjectOf(cue dossier.Span, rels ...string) int {
	for _, s := range d.a.Parse {
		if !s.Contains(cue) {
			continue
		}
		for i, t := range s.Tokens {
			if t.Start != cue.Start {
				continue
			}
			for _, o := range s.Tokens {
				if o.Head == i && slices.Contains(rels, o.Rel) {
					return d.chainAt(o.Span)
				}
			}
		}
	}
	return -1
}

// chainAt is the chain of a non-place mention holding span t, -1 when none.
func (d *doc) chainAt(t dossier.Span) int {
	for _, mi := range d.mentionsIn(d.sentenceAt(t.Start)) {
		if m := &d.a.Mentions[mi]; m.Span.Contains(t) && m.Type != dossier.LOC {
			return m.Chain
		}
	}
	return -1
}

// commonNounHeads maps the head word of every organisation the document names with several
// words to its chain, or to -1 when two chains share it: "council" → the Regional Security
// Council, "ministry" → the Norland Ministry of Defence. The head is the last word, or the word
// before a case marker of membership (memberPreps: "of") that joins the name's words.
func (d *doc) commonNounHeads(memberPreps map[string]bool) map[string]int {
	heads := map[string]int{}
	for _, m := range d.a.Mentions {
		if m.Type == dossier.LOC || m.Type == dossier.PER {
			continue
		}
		ws := strings.Fields(m.Text)
		if len(ws) < 2 {
			continue // a one-word name is its own head: "the Brigade" is a name, not a reference
		}
		h := ws[len(ws)-1]
		if i := slices.IndexFunc(ws, func(w string) bool { return memberPreps[w] }); i > 0 && i < len(ws)-1 {
			h = ws[i-1]
		}
		h = strings.ToLower(strings.Trim(h, ".,;:’'\""))
		if x, ok := heads[h]; ok && x != m.Chain {
			heads[h] = -1
			continue
		}
		heads[h] = m.Chain
	}
	return heads
}
