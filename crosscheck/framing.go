package crosscheck

import (
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// evidence is one place where a document puts an actor in a camp.
type evidence struct {
	camp string
	cue  string
	span dossier.Span // the label or the sentence around the mention
}

// stance is how one document characterises one entity.
type stance struct {
	doc      int
	backed   int
	hostile  int
	evidence []evidence
}

func (s *stance) camp() string {
	switch {
	case s.backed > s.hostile:
		return "backed"
	case s.hostile > s.backed:
		return "hostile"
	}
	return ""
}

// functionWords end a pre-modifier window: what stands before them is not said of the name.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "with": true, "by": true, "to": true, "and": true,
	"in": true, "for": true, "that": true, "his": true, "her": true, "its": true, "their": true,
	"on": true, "at": true, "from": true, "as": true, "or": true, "but": true, "itself": true,
	"is": true, "was": true, "were": true, "are": true, "this": true, "these": true, "those": true,
}

const afterWindowWords = 8

// framing builds the framing table and, per entity, every document's stance towards it.
func (k *Checker) framing(c *corpus) ([]Frame, map[int][]*stance) {
	camps := map[int][]*stance{}
	type fkey struct {
		source string
		ent    int
	}
	frames := map[fkey]*Frame{}
	counts := map[fkey][2]int{}
	for di, d := range c.docs {
		per := map[int]*stance{}
		get := func(e int) *stance {
			s := per[e]
			if s == nil {
				s = &stance{doc: di}
				per[e] = s
			}
			return s
		}
		src := d.sourceName()
		for _, l := range d.a.Labels {
			id, ok := d.ent[l.Chain]
			if !ok {
				continue
			}
			e := c.entNum[id]
			fk := fkey{src, e}
			f := frames[fk]
			if f == nil {
				f = &Frame{Source: src, Entity: id}
				frames[fk] = f
			}
			f.Labels = appendString(f.Labels, l.Text)
			s := get(e)
			for _, cue := range k.cues.Camps {
				if hasCue(strings.ToLower(l.Text), cue.Phrase) {
					s.add(cue.Group, cue.Phrase, l.Span)
					break
				}
			}
		}
		for mi := range d.a.Mentions {
			m := &d.a.Mentions[mi]
			id, ok := d.ent[m.Chain]
			if !ok || m.Type == dossier.LOC {
				continue
			}
			e := c.entNum[id]
			for _, w := range k.mentionCues(d, mi) {
				get(e).add(w.camp, w.cue, w.span)
			}
		}
		for e, s := range per {
			if s.backed+s.hostile == 0 {
				continue
			}
			camps[e] = append(camps[e], s)
			fk := fkey{src, e}
			if frames[fk] == nil {
				frames[fk] = &Frame{Source: src, Entity: c.entIDs[e]}
			}
			n := counts[fk]
			n[0] += s.backed
			n[1] += s.hostile
			counts[fk] = n
		}
	}
	out := make([]Frame, 0, len(frames))
	for fk, f := range frames {
		n := counts[fk]
		switch {
		case n[0] > n[1]:
			f.Camp = "backed"
		case n[1] > n[0]:
			f.Camp = "hostile"
		}
		sort.Strings(f.Labels)
		out = append(out, *f)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Source != out[j].Source {
			return out[i].Source < out[j].Source
		}
		return out[i].Entity < out[j].Entity
	})
	for _, ss := range camps {
		sort.Slice(ss, func(i, j int) bool { return ss[i].doc < ss[j].doc })
	}
	return out, camps
}

func (s *stance) add(camp, cue string, span dossier.Span) {
	switch camp {
	case "backed":
		s.backed++
	case "hostile":
		s.hostile++
	default:
		return
	}
	s.evidence = append(s.evidence, evidence{camp, cue, span})
}

func appendString(s []string, x string) []string {
	for _, y := range s {
		if y == x {
			return s
		}
	}
	return append(s, x)
}

// hasCue reports whether phrase occurs in s at the start of a word (or anywhere, for a suffix
// cue such as "-backed").
func hasCue(s, phrase string) bool {
	if strings.HasPrefix(phrase, "-") {
		return strings.Contains(s, phrase)
	}
	for off := 0; ; {
		i := strings.Index(s[off:], phrase)
		if i < 0 {
			return false
		}
		i += off
		if i == 0 || !isLetterByte(s[i-1]) {
			return true
		}
		off = i + 1
	}
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// mentionCues reads the words right around one mention: a pre-modifier ("the US-backed X") and
// the rest of its clause up to the next named actor ("X, an offshoot of …", "X … with support
// from …").
func (k *Checker) mentionCues(d *doc, mi int) []evidence {
	text := d.a.Doc.Text
	m := &d.a.Mentions[mi]
	if m.End < len(text) && (text[m.End] == '-' || strings.HasPrefix(text[m.End:], "’s") || strings.HasPrefix(text[m.End:], "'s")) {
		return nil // the name modifies another word: "US-backed", "the group's"
	}
	sent := sentenceAt(d, m.Start)
	var out []evidence
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
	for _, cue := range k.cues.Camps {
		if hasCue(preText, cue.Phrase) {
			out = append(out, evidence{cue.Group, cue.Phrase, sent})
			break
		}
	}
	// After: the rest of the clause, up to the next non-place name.
	hi := sent.End
	for _, oi := range d.mentionsFrom(m.End) {
		o := &d.a.Mentions[oi]
		if o.Start >= hi {
			break
		}
		if o.Type != dossier.LOC && d.ent[o.Chain] != d.ent[m.Chain] {
			hi = o.Start
			break
		}
	}
	if hi <= m.End {
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
	win := strings.Join(words, " ")
	for _, cue := range k.cues.Camps {
		if !hasCue(win, cue.Phrase) {
			continue
		}
		if cue.Of && !glued && nearStart(words, cue.Phrase) {
			continue // "ISIS offshoot": the name is the patron, not the one described
		}
		out = append(out, evidence{cue.Group, cue.Phrase, sent})
		break
	}
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// sentenceAt returns the sentence of d holding byte pos, or a span cut at sentence punctuation
// when the document has no sentence boundaries.
// mentionsFrom returns the indexes of the mentions that start at pos or after, in order of start.
func (d *doc) mentionsFrom(pos int) []int {
	ms := d.a.Mentions
	return startingFrom(&d.byStart, len(ms), func(i int) int { return ms[i].Start }, pos)
}

// timexesFrom returns the indexes of the time expressions that start at pos or after, in order.
func (d *doc) timexesFrom(pos int) []int {
	ts := d.a.Timexes
	return startingFrom(&d.timexByStart, len(ts), func(i int) int { return ts[i].Start }, pos)
}

// startingFrom returns the indexes, among n spans, of those that start at pos or after, in order of
// start; *order keeps the sorted indexes, made on first use.
func startingFrom(order *[]int, n int, start func(int) int, pos int) []int {
	if *order == nil {
		o := make([]int, n)
		for i := range o {
			o[i] = i
		}
		sort.SliceStable(o, func(i, j int) bool { return start(o[i]) < start(o[j]) })
		*order = o
	}
	o := *order
	return o[sort.Search(len(o), func(i int) bool { return start(o[i]) >= pos }):]
}

func sentenceAt(d *doc, pos int) dossier.Span {
	ss := d.a.Doc.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].End > pos })
	if i < len(ss) && ss[i].Start <= pos {
		return ss[i]
	}
	text := d.a.Doc.Text
	start := 0
	for j := min(pos, len(text)) - 1; j > 0; j-- {
		if (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '\n') && j+1 < len(text) && isSpace(text[j+1]) {
			start = j + 1
			break
		}
	}
	for start < len(text) && isSpace(text[start]) {
		start++
	}
	end := len(text)
	for j := pos; j < len(text); j++ {
		if text[j] == '\n' || (text[j] == '.' || text[j] == '!' || text[j] == '?') && (j+1 == len(text) || isSpace(text[j+1])) {
			end = j + 1
			if text[j] == '\n' {
				end = j
			}
			break
		}
	}
	return dossier.Span{Start: start, End: end}
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
