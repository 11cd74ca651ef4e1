package claim

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// functionWords end a pre-modifier window: what stands before them is not said of the name.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "with": true, "by": true, "to": true, "and": true,
	"in": true, "for": true, "that": true, "his": true, "her": true, "its": true, "their": true,
	"on": true, "at": true, "from": true, "as": true, "or": true, "but": true, "itself": true,
	"is": true, "was": true, "were": true, "are": true, "this": true, "these": true, "those": true,
}

const afterWindowWords = 8

// characterisations reads how the document puts actors in camps: by a label ("a US-backed
// militia"), by the words right before a name ("the US-backed Front") or by the rest of its
// clause ("the Front, an offshoot of …"). Labels come first, then mentions in order.
func (r *Reader) characterisations(d *doc) []dossier.Claim {
	var out []dossier.Claim
	for _, l := range d.a.Labels {
		low := strings.ToLower(l.Text)
		for _, cue := range r.camps {
			if en.HasCue(low, cue.phrase) {
				out = append(out, dossier.Claim{Span: l.Span, Kind: dossier.ClaimCharacterise, Cue: l.Span, CueText: cue.phrase,
					By: dossier.Party{Chain: -1}, About: []dossier.Party{{Chain: l.Chain}}, Event: -1, Camp: cue.camp})
				break
			}
		}
	}
	for mi := range d.a.Mentions {
		m := &d.a.Mentions[mi]
		if m.Type == dossier.LOC {
			continue
		}
		for _, ev := range r.mentionCues(d, mi) {
			ev.About = []dossier.Party{{Chain: m.Chain}}
			out = append(out, ev)
		}
	}
	return out
}

// mentionCues reads the words right around one mention: a pre-modifier ("the US-backed X") and
// the rest of its clause up to the next named actor ("X, an offshoot of …", "X … with support
// from …").
func (r *Reader) mentionCues(d *doc, mi int) []dossier.Claim {
	text := d.text
	m := &d.a.Mentions[mi]
	if m.End > len(text) || m.Start < 0 {
		return nil
	}
	if m.End < len(text) && (text[m.End] == '-' || strings.HasPrefix(text[m.End:], "’s") || strings.HasPrefix(text[m.End:], "'s") ||
		isLetter(text[m.End])) {
		// The name modifies another word: "US-backed", "the group's", or a possessive written
		// without its apostrophe ("Assads strongest ally", the mention ending before the "s").
		return nil
	}
	sent := d.sentenceAt(m.Start)
	var out []dossier.Claim
	found := func(cue campCue) {
		out = append(out, dossier.Claim{Span: sent, Kind: dossier.ClaimCharacterise, Cue: m.Span, CueText: cue.phrase,
			By: dossier.Party{Chain: -1}, Event: -1, Camp: cue.camp})
	}
	// Before: up to three words, stopping at punctuation, a function word or another name.
	lo := max(sent.Start, m.Start-80)
	before := text[lo:m.Start]
	fields := strings.Fields(before)
	if len(before) > 0 && !isSpace(before[len(before)-1]) && len(fields) > 0 {
		fields = fields[:len(fields)-1] // a word glued to the name is part of something else
	}
	var pre []string
	for i := len(fields) - 1; i >= 0 && len(pre) < 3; i-- {
		f := fields[i]
		if strings.ContainsAny(f[len(f)-1:], ",;:()\"“”.") || functionWords[strings.ToLower(f)] {
			break
		}
		pre = append(pre, strings.ToLower(strings.Trim(f, "\"“”(")))
	}
	preText := strings.Join(pre, " ")
	for _, cue := range r.camps {
		if en.HasCue(preText, cue.phrase) {
			found(cue)
			break
		}
	}
	// After: the rest of the clause, up to the next non-place name.
	hi := sent.End
	for _, oi := range d.mentionsIn(dossier.Span{Start: m.End, End: sent.End}) {
		o := &d.a.Mentions[oi]
		if o.Type != dossier.LOC && o.Chain != m.Chain {
			hi = o.Start
			break
		}
	}
	if hi <= m.End || hi > len(text) {
		return out
	}
	after := strings.ToLower(text[m.End:hi])
	words := strings.Fields(after)
	if hi < sent.End {
		// The words right before the next name modify it ("the US-sponsored Y"), not this one.
		for n := 0; n < 3 && len(words) > 0; n++ {
			w := words[len(words)-1]
			if functionWords[w] || strings.ContainsAny(w[len(w)-1:], ",;:()\"“”.") {
				break
			}
			words = words[:len(words)-1]
		}
	}
	if len(words) > afterWindowWords {
		words = words[:afterWindowWords]
	}
	if len(words) == 0 {
		return out
	}
	glued := !isSpace(after[0]) // "X, …" or "X)": the next word is not a modifier of X's head
	if !glued {
		words = beforeConjunction(words) // "X and allied militias": the cue describes the others
	}
	win := strings.Join(words, " ")
	for _, cue := range r.camps {
		if !en.HasCue(win, cue.phrase) {
			continue
		}
		if cue.of && !glued && nearStart(words, cue.phrase) {
			continue // "ISIS offshoot": the name is the patron, not the one described
		}
		if !glued && strings.HasPrefix(cue.phrase, "-") {
			// "IS dealt a blow to Russian-backed forces": a cue written onto a word describes
			// the noun it goes before; only an apposition ("X, a US-backed militia") says it of X.
			continue
		}
		found(cue)
		break
	}
	return out
}

// isLetter reports whether byte b is an ASCII letter.
func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// beforeConjunction returns the words before the first "and" or "or".
func beforeConjunction(words []string) []string {
	for i, w := range words {
		if w == "and" || w == "or" {
			return words[:i]
		}
	}
	return words
}

// nearStart reports whether phrase begins one of the first two words, with no punctuation
// before it: "ISIS offshoot", "the US main proxy".
func nearStart(words []string, phrase string) bool {
	for i := 0; i < 2 && i < len(words); i++ {
		w := strings.Trim(words[i], "\"“”()")
		if strings.HasPrefix(w, phrase) {
			return true
		}
		if w != words[i] || strings.ContainsAny(w, ",;:.") {
			return false
		}
	}
	return false
}
