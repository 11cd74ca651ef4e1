package claim

import (
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// accounts reads competing accounts inside one text: "some reports claim he headed to A …, other
// reports claim he headed to B". Each pair is one claim: Span is the first account's clause and
// Other the second's; when both say where someone went, Object is "travel" and About holds the
// place each names after its travel cue (chain -1 when none).
func (r *Reader) accounts(d *doc) []dossier.Claim {
	text, low := d.text, d.low
	type hit struct{ at, end int }
	var hits []hit
	for _, f := range r.first {
		for off := 0; off < len(low); {
			i := en.IndexWord(low[off:], f)
			if i < 0 {
				break
			}
			hits = append(hits, hit{off + i, off + i + len(f)})
			off += i + len(f)
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	var out []dossier.Claim
	lastEnd := -1
	for _, h := range hits {
		if h.at < lastEnd {
			continue
		}
		s1 := d.sentenceAt(h.at)
		// The second account: in the same sentence or the next one.
		limit := min(s1.End, len(text))
		if limit < len(text) {
			limit = d.sentenceAt(min(len(text)-1, skipSpace(text, s1.End))).End
		}
		if limit <= h.end || limit > len(text) {
			continue
		}
		second := -1
		for _, s := range r.second {
			if i := en.IndexWord(low[h.end:limit], s); i >= 0 && (second < 0 || h.end+i < second) {
				second = h.end + i
			}
		}
		if second < 0 {
			continue
		}
		a := dossier.Span{Start: h.at, End: min(second, s1.End)}
		a.End = trimClauseEnd(text, a.Start, a.End)
		s2 := d.sentenceAt(second)
		b := dossier.Span{Start: second, End: s2.End}
		if a.Len() <= 0 || b.Len() <= 0 {
			continue
		}
		lastEnd = b.End
		c := dossier.Claim{Span: a, Other: &b, Kind: dossier.ClaimAccounts, Cue: dossier.Span{Start: h.at, End: h.end},
			CueText: low[h.at:h.end], By: dossier.Party{Chain: -1}, Event: -1}
		if hasAny(low[a.Start:a.End], r.travel) && hasAny(low[b.Start:b.End], r.travel) {
			c.Object = "travel"
			c.About = []dossier.Party{{Chain: r.travelPlace(d, a)}, {Chain: r.travelPlace(d, b)}}
		}
		out = append(out, c)
	}
	return out
}

// travelPlace is the chain of the first place inside span named right after a travel cue
// ("headed to X") that starts inside span too, -1 when none.
func (r *Reader) travelPlace(d *doc, span dossier.Span) int {
	for _, mi := range d.mentionsIn(span) {
		m := &d.a.Mentions[mi]
		if m.Type == dossier.LOC && m.Travel != nil && m.Travel.Start >= span.Start {
			return m.Chain
		}
	}
	return -1
}

// travelWindow is how far before a mention a travel cue is looked for, in bytes.
const travelWindow = 24

// markTravel marks each mention said right after a travel cue ("headed to X", "went to the X")
// with the cue's span: of the cues that end there, the one that starts last.
func (r *Reader) markTravel(d *doc) {
	for i := range d.a.Mentions {
		m := &d.a.Mentions[i]
		m.Travel = nil
		if m.Start < 0 || m.Start > len(d.text) {
			continue
		}
		from := max(0, m.Start-travelWindow)
		before := strings.ToLower(strings.TrimRight(d.text[from:m.Start], " "))
		before = strings.TrimSuffix(before, " the")
		for _, cu := range r.travel {
			if !strings.HasSuffix(before, cu) {
				continue
			}
			start := from + len(before) - len(cu)
			if m.Travel == nil || start > m.Travel.Start {
				m.Travel = &dossier.Span{Start: start, End: start + len(cu)}
			}
		}
	}
}

func skipSpace(text string, i int) int {
	for i < len(text) && isSpace(text[i]) {
		i++
	}
	return i
}

// trimClauseEnd drops the punctuation and joining words between two accounts.
func trimClauseEnd(text string, start, end int) int {
	for end > start {
		s := strings.TrimRight(text[start:end], " ,;:–—-\n")
		for _, w := range []string{" and", " while", " but", " whereas", " yet"} {
			s = strings.TrimSuffix(s, w)
		}
		if len(s) == end-start {
			break
		}
		end = start + len(s)
	}
	return end
}
