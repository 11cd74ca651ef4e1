package crosscheck

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// contrastConflicts finds competing accounts inside one text: "some reports claim he headed to
// A …, other reports claim he headed to B". The sides are the two clauses.
func (k *Checker) contrastConflicts(c *corpus, di int, add addFunc) {
	d := c.docs[di]
	text := d.a.Doc.Text
	low := strings.ToLower(text)
	firsts := k.cues.group(k.cues.Contrast, "first")
	seconds := k.cues.group(k.cues.Contrast, "second")
	type hit struct{ at, end int }
	var hits []hit
	for _, f := range firsts {
		for off := 0; off < len(low); {
			i := indexWord(low[off:], f)
			if i < 0 {
				break
			}
			hits = append(hits, hit{off + i, off + i + len(f)})
			off += i + len(f)
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	lastEnd := -1
	for _, h := range hits {
		if h.at < lastEnd {
			continue
		}
		s1 := sentenceAt(d, h.at)
		// The second account: in the same sentence or the next one.
		limit := s1.End
		if limit < len(text) {
			limit = sentenceAt(d, min(len(text)-1, skipSpace(text, s1.End))).End
		}
		second := -1
		for _, s := range seconds {
			if i := indexWord(low[h.end:limit], s); i >= 0 && (second < 0 || h.end+i < second) {
				second = h.end + i
			}
		}
		if second < 0 {
			continue
		}
		a := dossier.Span{Start: h.at, End: min(second, s1.End)}
		a.End = trimClauseEnd(text, a.Start, a.End)
		s2 := sentenceAt(d, second)
		b := dossier.Span{Start: second, End: s2.End}
		if a.Len() == 0 || b.Len() == 0 {
			continue
		}
		lastEnd = b.End
		around := dossier.Span{Start: s1.Start, End: s2.End}
		about := k.contrastAbout(c, d, a, b, around)
		if len(about) == 0 {
			continue
		}
		kind, what := KindAccount, "what happened"
		la, lb := low[a.Start:a.End], low[b.Start:b.End]
		da, db := k.travelTarget(c, d, a), k.travelTarget(c, d, b)
		switch {
		case k.hasAny(la, "travel") && k.hasAny(lb, "travel"):
			kind = KindPlace
			what = "where " + c.name(about[0]) + " went"
			if da != "" && db != "" {
				what += ": " + da + " or " + db
			}
		case d.reasonAt(a) != "" && d.reasonAt(b) != "":
			kind, what = KindCause, "why it happened"
		}
		add(d.story, kind, about, []side{{di, a}, {di, b}},
			fmt.Sprintf("%s gives competing accounts of %s", d.sourceName(), what))
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

// contrastAbout lists the entities the accounts concern: people first, those in the accounts
// before those only in the surrounding sentence, places last.
func (k *Checker) contrastAbout(c *corpus, d *doc, a, b, around dossier.Span) []string {
	type cand struct {
		id    string
		rank  int
		order int
	}
	best := map[string]cand{}
	for i, m := range d.a.Mentions {
		if !around.Contains(m.Span) {
			continue
		}
		id, ok := d.ent[m.Chain]
		if !ok {
			continue
		}
		rank := 2
		switch m.Type {
		case dossier.PER:
			rank = 0
		case dossier.ORG, dossier.MISC:
			rank = 1
		}
		rank *= 2
		if !a.Contains(m.Span) && !b.Contains(m.Span) {
			rank++
		}
		if m.Type == dossier.LOC {
			rank = 10
		}
		if x, ok := best[id]; !ok || rank < x.rank {
			best[id] = cand{id, rank, i}
		}
	}
	list := make([]cand, 0, len(best))
	for _, x := range best {
		list = append(list, x)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].rank != list[j].rank {
			return list[i].rank < list[j].rank
		}
		return list[i].order < list[j].order
	})
	var out []string
	for _, x := range list {
		out = append(out, x.id)
	}
	return out
}

// travelTarget names the place an account says someone went to, "" when none.
func (k *Checker) travelTarget(c *corpus, d *doc, span dossier.Span) string {
	es := k.travelPlaces(c, d, span)
	if len(es) == 0 {
		return ""
	}
	return c.name(c.entIDs[es[0]])
}
