package event

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// rank orders modalities: the strongest cue wins.
var rank = map[string]int{"reported": 1, "future": 2, "negated": 3, "alleged": 4, "uncertain": 5, "denied": 6}

// maxClimb bounds the walk from a trigger up through the clauses that govern it.
const maxClimb = 4

// modality says how the sentence presents the event of trigger m. With a parse, the trigger's
// own auxiliaries, adverbs and negation and the verbs whose complement it is ("threatened to
// attack", "denied that it attacked") decide, with the cues of sentence scope ("it remains
// unclear"); without one, the cue words before the trigger.
func (x *Extractor) modality(s *sent, m match) dossier.Modality {
	var best string
	if k, noun := parseTrigger(s, m); k >= 0 {
		if noun {
			k = phraseHead(s, m, k)
		}
		best = stronger(x.parsedModality(s, k, noun), x.windowModality(s, m, true))
	} else {
		best = x.windowModality(s, m, false)
	}
	switch best {
	case "":
		return dossier.Asserted
	case "negated":
		return dossier.Denied
	}
	return dossier.Modality(best)
}

// phraseHead returns the head of a trigger phrase of several nouns: "strikes" in "air strikes".
func phraseHead(s *sent, m match, k int) int {
	p := s.parse
	end := s.toks[m.t1-1].end
	for n := 0; n < m.t1-m.t0; n++ {
		h := p.Tokens[k].Head
		if h < 0 || p.Tokens[h].Start < s.toks[m.t0].start || p.Tokens[h].End > end || p.Tokens[h].UPOS != "NOUN" {
			break
		}
		k = h
	}
	return k
}

// stronger returns the stronger of two modality cues.
func stronger(a, b string) string {
	if rank[b] > rank[a] {
		return b
	}
	return a
}

// parsedModality reads the modality of the event whose trigger is parse word k: the trigger's
// own words ("accused of"), its clause's auxiliaries, adverbs and negation, and the clauses that
// govern it. A noun trigger takes its modifiers' cues ("alleged attack"); as a verb's object or
// oblique it takes that verb's clause ("did not carry out the attack", "denied the attack",
// "were reportedly killed by air strikes"), though an oblique not its negation ("no one was
// hurt in the attack" tells of an attack).
func (x *Extractor) parsedModality(s *sent, k int, noun bool) string {
	p := s.parse
	best := x.wordCue(s, k)
	v := k
	if noun && tree.Child(p, k, "cop") < 0 {
		for _, c := range tree.Children(p, k) {
			if r := p.Tokens[c].Rel; r == "amod" || r == "advmod" {
				best = stronger(best, x.wordCue(s, c))
			}
		}
		h, rel := p.Tokens[k].Head, p.Tokens[k].Rel
		if rel == "conj" && h >= 0 && p.Tokens[h].UPOS == "NOUN" {
			h, rel = p.Tokens[h].Head, p.Tokens[h].Rel // "could launch raids or an invasion"
		}
		switch {
		case h < 0:
			return best
		case rel == "obj" && p.Tokens[h].UPOS == "VERB" && objectRelative(p, h):
			// "an accusation X has denied Heavy bombardment …": the verb of a relative clause
			// whose object is the noun it qualifies has no other; a text run on without
			// punctuation hangs the next sentence's noun there.
			return best
		case rel == "obj" && p.Tokens[h].UPOS == "VERB":
			best = stronger(best, x.wordCue(s, h))
		case strings.HasPrefix(rel, "obl") && (p.Tokens[h].UPOS == "VERB" || p.Tokens[h].UPOS == "ADJ"):
			best = stronger(best, x.groupCues(s, h, false))
			return stronger(best, x.governorCue(s, h))
		default:
			return best
		}
		v = h
	}
	best = stronger(best, x.groupCue(s, v))
	return stronger(best, x.governorCue(s, v))
}

// objectRelative reports whether verb v heads a relative clause with a subject of its own and no
// relative word, whose object is the noun it qualifies ("the accusation the group denied").
func objectRelative(p *dossier.Sentence, v int) bool {
	if p.Tokens[v].Rel != "acl:relcl" || tree.Child(p, v, "nsubj") < 0 {
		return false
	}
	for _, c := range tree.Children(p, v) {
		if x := p.Tokens[c].XPOS; x == "WDT" || x == "WP" || x == "WP$" || x == "WRB" || strings.EqualFold(p.Tokens[c].Text, "that") {
			return false
		}
	}
	return true
}

// governorCue reads the clauses that govern word v's: the words of a verb whose complement it is
// ("plans to", "threatened to", "denied that", "accused of"), and for a clause without a subject
// or tense of its own also that verb's auxiliaries and negation ("did not try to seize", "may
// try to seize", "could turn up the heat by convening", "will end the occupation and break the
// siege"), and of the verb a noun it is conjoined to hangs on ("could start hostilities either
// through an attack or by attacking X").
func (x *Extractor) governorCue(s *sent, v int) string {
	p := s.parse
	best := ""
	for n := 0; n < maxClimb; n++ {
		rel, g := p.Tokens[v].Rel, p.Tokens[v].Head
		if rel == "acl" && g >= 0 && p.Tokens[g].Rel == "obj" && tree.Child(p, v, "mark") >= 0 {
			// An infinitive after a verb's object is that verb's complement: "took the
			// initiative to promote", "made a plan to attack".
			best = stronger(best, x.wordCue(s, g))
			rel, g = "xcomp", p.Tokens[g].Head
		}
		if g < 0 {
			break
		}
		own := ownClause(p, v)
		switch {
		case rel == "xcomp" || !own && (rel == "advcl" || rel == "csubj" || strings.HasPrefix(rel, "obl")):
			best = stronger(best, x.wordCue(s, g))
			for _, c := range tree.Children(p, g) {
				if r := p.Tokens[c].Rel; strings.HasPrefix(r, "aux") || r == "cop" {
					best = stronger(best, x.wordCue(s, c)) // "is expected to", "is set to"
				}
			}
			best = stronger(best, x.groupCue(s, g))
		case rel == "ccomp" || rel == "csubj":
			best = stronger(best, x.wordCue(s, g))
			if c := x.groupCue(s, g); c == "negated" || c == "uncertain" {
				best = stronger(best, "uncertain") // "could not confirm that it was an air strike"
			}
		case rel == "conj" && !own && p.Tokens[g].UPOS == "VERB":
			best = stronger(best, x.groupCue(s, g))
		case rel == "conj" && !own && p.Tokens[g].UPOS == "NOUN":
			// "could start hostilities through an attack or by attacking X": the verb the
			// noun conjunct hangs on governs the gerund too.
			h, hrel := p.Tokens[g].Head, p.Tokens[g].Rel
			if h < 0 || p.Tokens[h].UPOS != "VERB" || hrel != "obj" && !strings.HasPrefix(hrel, "obl") {
				return best
			}
			best = stronger(best, x.groupCues(s, h, hrel == "obj"))
			g = h
		default:
			return best
		}
		v = g
	}
	return best
}

// ownClause reports whether word v has a subject, an auxiliary or a tense of its own: a clause
// that does not share its governor's ("has not acknowledged the deaths and dismisses the
// reports": the negation stops at the first verb).
func ownClause(p *dossier.Sentence, v int) bool {
	switch p.Tokens[v].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return tree.Child(p, v, "nsubj", "csubj", "aux") >= 0
}

// groupCue reads the cues of verb v's own group: auxiliaries ("will", "may have"), adverbs
// ("reportedly", "allegedly") and negation.
func (x *Extractor) groupCue(s *sent, v int) string { return x.groupCues(s, v, true) }

// groupCues is groupCue, leaving negation out unless neg is set.
func (x *Extractor) groupCues(s *sent, v int, neg bool) string {
	p := s.parse
	best := ""
	for _, c := range tree.Children(p, v) {
		if r := p.Tokens[c].Rel; strings.HasPrefix(r, "aux") || r == "advmod" || r == "neg" {
			if q := x.wordCue(s, c); neg || q != "negated" {
				best = stronger(best, q)
			}
		}
	}
	if neg && tree.Negated(p, v) {
		best = stronger(best, "negated")
	}
	return best
}

// wordCue returns the modality of the longest cue that starts at parse word k, or "".
func (x *Extractor) wordCue(s *sent, k int) string {
	i := tokenAt(s.toks, s.parse.Tokens[k].Start)
	if i >= len(s.toks) || s.toks[i].start != s.parse.Tokens[k].Start || s.inTimex[i] || s.itemAt[i] >= 0 {
		return "" // "May 2" is a date, not a hedge
	}
	if q := x.cueAt(s, i); q != nil {
		return q.modality
	}
	return ""
}

// cueAt returns the longest modality cue whose words start at token i, or nil.
func (x *Extractor) cueAt(s *sent, i int) *cue {
	var hit *cue
	for _, q := range x.lx.cues[s.toks[i].norm] {
		if i+len(q.words) > len(s.toks) || (hit != nil && len(q.words) <= len(hit.words)) {
			continue
		}
		ok := true
		for k, w := range q.words {
			if s.toks[i+k].norm != w {
				ok = false
				break
			}
		}
		if ok {
			hit = q
		}
	}
	return hit
}

// windowModality reads the cues before the trigger: in its clause, or anywhere earlier in the
// sentence for cues of sentence scope (only those when sentenceOnly is set). At each word the
// longest cue is taken and its words used up.
func (x *Extractor) windowModality(s *sent, m match, sentenceOnly bool) string {
	c := s.clauses[m.cl]
	best := ""
	end := m.t0
	if m.t1 < len(s.toks) && m.t1 <= c.t1 {
		end = m.t1 // "was sacked allegedly" is rare; a cue right inside a trigger phrase counts
	}
	for i := 0; i < end; i++ {
		if s.inTimex[i] || s.itemAt[i] >= 0 {
			continue // "May 2" is a date, not a hedge
		}
		hit := x.cueAt(s, i)
		if hit == nil {
			continue
		}
		// A cue that is a word of another trigger is that event's own ("denied any involvement
		// and accused X": the accusation is no denial).
		if hit.sentence && inOtherTrigger(s, m, i) || sentenceOnly && !hit.sentence || sentenceOnly && x.qualifiesNoun(s, i) {
			i += len(hit.words) - 1
			continue
		}
		// A plain negation only reaches the verb it stands next to ("was not detained"), not a
		// noun after another verb ("has not commented since his dismissal").
		near := hit.modality != "negated" || (m.t0-(i+len(hit.words)) <= 3 && onlyAux(s, i+len(hit.words), m.t0))
		if near && (hit.sentence || i >= c.t0) {
			best = stronger(best, hit.modality)
		}
		i += len(hit.words) - 1
	}
	return best
}

// qualifiesNoun reports whether the cue at token i is the verb of an object relative clause ("an
// accusation the group has denied"): it tells of the noun it qualifies, not of what follows.
func (x *Extractor) qualifiesNoun(s *sent, i int) bool {
	k := tree.WordAt(s.parse, s.toks[i].start)
	return k >= 0 && objectRelative(s.parse, k)
}

// onlyAux reports whether tokens [i, j) hold nothing but auxiliaries, adverbs and names.
func onlyAux(s *sent, i, j int) bool {
	for k := i; k < j; k++ {
		n := s.toks[k].norm
		if !s.w.beForms[n] && !s.w.adverbs[n] && !s.w.speechAux[n] && s.itemAt[k] < 0 && !strings.HasSuffix(n, "ly") {
			return false
		}
	}
	return true
}
