package crosscheck

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// casualty is one casualty figure as a document states it: "twelve fighters were killed in the
// clash", "killing 58 people", "the death toll rose to 86".
type casualty struct {
	doc       int
	sent      dossier.Span
	kind      string // killed or wounded
	count     string // the figure as written, with its qualifier ("At least 21")
	lo, hi    float64
	update    bool     // the sentence revises an earlier figure ("rose to", "updated")
	incidents []string // incident nouns the sentence names ("clash", "airstrike")
	families  []string // the families of those nouns ("attack", "fighting")
	places    []int    // places the figure's clause names
	around    []int    // places the rest of the sentence names
	time      string   // the most specific date the sentence gives, "" when none
	near      []int    // other entities the sentence names, nearest the figure first
}

// tok is one word or punctuation mark of a sentence, with byte offsets into the document.
type tok struct {
	start, end int
	low        string
	punct      bool
}

// tokenize cuts s into words and punctuation marks; digits keep their inner commas and points
// ("1,200") and words their inner hyphens and apostrophes ("twenty-one", "group's").
func tokenize(s string, base int) []tok {
	var out []tok
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				if (r2 == ',' || r2 == '.' || r2 == '-' || r2 == '\'' || r2 == '’') && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					digitJoin := (r2 == ',' || r2 == '.') && unicode.IsDigit(r3) && isDigitByte(s[j-1])
					wordJoin := (r2 == '-' || r2 == '\'' || r2 == '’') && (unicode.IsLetter(r3) || unicode.IsDigit(r3))
					if digitJoin || wordJoin {
						j += n2
						continue
					}
				}
				break
			}
			out = append(out, tok{start: base + i, end: base + j, low: strings.ToLower(s[i:j])})
			i = j
		default:
			out = append(out, tok{start: base + i, end: base + i + n, low: s[i : i+n], punct: true})
			i += n
		}
	}
	return out
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// numberSpan is a count read from tokens [from, to).
type numberSpan struct{ from, to int }

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// notCounted are words after a number that make it a measure, not a count of people.
var notCounted = map[string]bool{
	"year": true, "years": true, "day": true, "days": true, "hour": true, "hours": true,
	"minute": true, "minutes": true, "week": true, "weeks": true, "month": true, "months": true,
	"km": true, "kilometres": true, "kilometers": true, "kilometre": true, "kilometer": true,
	"mile": true, "miles": true, "metres": true, "meters": true, "percent": true, "per": true,
	"%": true, "am": true, "pm": true, "a.m": true, "p.m": true, "times": true, "o'clock": true,
	"dollars": true, "tons": true, "tonnes": true,
}

// vagueStarts are words that open a loose count ("dozens", "a few hundred").
var vagueStarts = map[string]bool{
	"dozens": true, "hundreds": true, "thousands": true, "scores": true, "several": true,
	"a": true,
}

// isNumberWord reports whether w is a count word or a hyphenation of count words.
func isNumberWord(w string) bool {
	if _, ok := numberWords[w]; ok {
		return true
	}
	if !strings.Contains(w, "-") {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if _, ok := numberWords[p]; !ok {
			return false
		}
	}
	return true
}

func isDigits(w string) bool {
	if w == "" || !isDigitByte(w[0]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) && w[i] != ',' && w[i] != '.' {
			return false
		}
	}
	return true
}

// numbers finds the counts among a sentence's tokens: digits, count words ("twenty-one", "two
// hundred", "a dozen") and loose counts ("dozens", "a few hundred"). Years, dates and measures
// are left out.
func numbers(ts []tok) []numberSpan {
	var out []numberSpan
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.punct {
			continue
		}
		j := i
		switch {
		case isDigits(t.low):
			j = i + 1
			if len(t.low) == 4 && !strings.ContainsAny(t.low, ",.") && t.low >= "1800" && t.low <= "2100" {
				continue // a year
			}
		case isNumberWord(t.low) && t.low != "hundred" && t.low != "thousand" && t.low != "million":
			j = i + 1
			for j < len(ts) && !ts[j].punct && isNumberWord(ts[j].low) {
				j++
			}
		case vagueStarts[t.low]:
			// "a dozen", "a hundred", "a few hundred", "a handful", "several dozen", "dozens".
			j = i + 1
			for j < len(ts) && j < i+3 && !ts[j].punct && (ts[j].low == "few" || ts[j].low == "handful" || isNumberWord(ts[j].low)) {
				j++
			}
			if t.low == "a" && j == i+1 {
				continue
			}
		default:
			continue
		}
		if j < len(ts) && j > i && t.low == "one" && j == i+1 && ts[j].low == "of" {
			continue // "one of the …" counts a part, not the whole
		}
		if i > 0 && (months[ts[i-1].low] || ts[i-1].low == "no") || j < len(ts) && (months[ts[j].low] || notCounted[ts[j].low]) {
			continue
		}
		out = append(out, numberSpan{i, j})
		i = j - 1
	}
	return out
}

// afterCueWords may stand between a casualty cue and the count after it: "the death toll rose
// to 86", "killing at least 58".
var afterCueWords = map[string]bool{
	"rose": true, "risen": true, "climbed": true, "reached": true, "has": true, "had": true,
	"have": true, "to": true, "of": true, "at": true, "now": true, "stands": true, "stood": true,
	"is": true, "was": true, "least": true, "more": true, "than": true, "some": true, "about": true,
	"around": true, "nearly": true, "almost": true, "over": true, "up": true, "reportedly": true,
	"an": true, "estimated": true, "as": true, "many": true,
}

// stopBetween end the reach of a count before a casualty cue: the words belong to another clause.
var stopBetween = map[string]bool{
	"and": true, "but": true, "said": true, "says": true, "after": true, "before": true, "when": true,
	"while": true, "who": true, "which": true, "that": true, "since": true, "than": true, "as": true,
	"because": true, "if": true,
}

// casualties reads the casualty figures of one document.
func (k *Checker) casualties(c *corpus, di int) []casualty {
	d := c.docs[di]
	text := d.a.Doc.Text
	low := strings.ToLower(text)
	any := false
	for _, cu := range k.cues.Casualty {
		if cu.Group != "incident" && strings.Contains(low, cu.Phrase) {
			any = true
			break
		}
	}
	if !any {
		return nil
	}
	type cue struct {
		kind  string
		words []string
	}
	var cues []cue
	for _, cu := range k.cues.Casualty {
		if cu.Group == "killed" || cu.Group == "wounded" {
			cues = append(cues, cue{cu.Group, strings.Fields(cu.Phrase)})
		}
	}
	var incidents []Cue
	for _, cu := range k.cues.Casualty {
		if cu.Group == "incident" {
			incidents = append(incidents, cu)
		}
	}
	sents := d.a.Doc.Sentences
	if len(sents) == 0 {
		sents = []dossier.Span{{Start: 0, End: len(text)}}
	}
	var out []casualty
	for _, s := range sents {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		sl := low[s.Start:s.End]
		hit := false
		for _, cu := range cues {
			if strings.Contains(sl, cu.words[0]) {
				hit = true
				break
			}
		}
		if !hit {
			continue
		}
		ts := tokenize(text[s.Start:s.End], s.Start)
		nums := numbers(ts)
		if len(nums) == 0 {
			continue
		}
		used := map[int]bool{}
		for j := 0; j < len(ts); j++ {
			var kind string
			var cueEnd int
			for _, cu := range cues {
				if j+len(cu.words) > len(ts) {
					continue
				}
				ok := true
				for x, w := range cu.words {
					if ts[j+x].low != w {
						ok = false
						break
					}
				}
				if ok {
					kind, cueEnd = cu.kind, j+len(cu.words)
					break
				}
			}
			if kind == "" {
				continue
			}
			// The count before the cue ("twelve fighters were killed") or right after it
			// ("killing 58", "the death toll rose to 86"), whichever is nearer.
			best, gap := -1, 99
			for ni, n := range nums {
				if used[ni] {
					continue
				}
				if n.to <= j && j-n.to <= 4 {
					ok := true
					for x := n.to; x < j; x++ {
						if ts[x].punct || stopBetween[ts[x].low] || isDigits(ts[x].low) {
							ok = false
						}
					}
					if ok && j-n.to < gap {
						best, gap = ni, j-n.to
					}
				}
				if n.from >= cueEnd && n.from-cueEnd <= 12 {
					// Up to three linking words ("rose to", "at least"), or a longer
					// stretch when a verb hands the figure over: "the death toll from
					// the bombing rose to 27".
					ok := n.from-cueEnd <= 3 || n.from > 0 && (ts[n.from-1].low == "to" || ts[n.from-1].low == "at" || ts[n.from-1].low == "reached")
					for x := cueEnd; x < n.from && ok; x++ {
						if ts[x].punct || n.from-cueEnd <= 3 && !afterCueWords[ts[x].low] {
							ok = false
						}
					}
					if ok && n.from-cueEnd < gap {
						best, gap = ni, n.from-cueEnd
					}
				}
			}
			if best < 0 {
				continue
			}
			used[best] = true
			n := nums[best]
			from := n.from
			// A qualifier right before the count: "at least", "some", "more than".
			for back := 3; back >= 1; back-- {
				if n.from-back < 0 {
					continue
				}
				var ws []string
				ok := true
				for x := n.from - back; x < n.from; x++ {
					if ts[x].punct {
						ok = false
					}
					ws = append(ws, ts[x].low)
				}
				if ok && k.isQualifier(strings.Join(ws, " ")) {
					from = n.from - back
					break
				}
			}
			count := text[ts[from].start:ts[n.to-1].end]
			lo, hi, ok := k.parseCount(count)
			if !ok {
				continue
			}
			cs := casualty{doc: di, sent: s, kind: kind, count: count, lo: lo, hi: hi}
			cs.update = k.hasAny(sl, "update")
			for _, inc := range incidents {
				if indexWord(sl, inc.Phrase) >= 0 {
					cs.incidents = appendString(cs.incidents, incidentStem(inc.Phrase))
					if inc.Family != "" {
						cs.families = appendString(cs.families, inc.Family)
					}
				}
			}
			sort.Strings(cs.incidents)
			sort.Strings(cs.families)
			at := ts[n.from].start
			// The figure's own clause: from the last break before the count to the first
			// punctuation after the cue. A place or date outside it belongs to something
			// else ("X was replaced on Tuesday after a clash in which 12 were killed").
			cl := dossier.Span{Start: s.Start, End: s.End}
			for x := min(from, j) - 1; x >= 0; x-- {
				if ts[x].punct || stopBetween[ts[x].low] {
					cl.Start = ts[x].end
					// A participle after a comma ("…, killing nine people") tells the
					// outcome of the clause before it, whose place and day are the figure's.
					if ts[x].low == "," && x+1 < len(ts) && strings.HasSuffix(ts[x+1].low, "ing") {
						cl.Start = s.Start
						for y := x - 1; y >= 0; y-- {
							if ts[y].punct || stopBetween[ts[y].low] {
								cl.Start = ts[y].end
								break
							}
						}
					}
					break
				}
			}
			for x := max(n.to, cueEnd); x < len(ts); x++ {
				if ts[x].punct && ts[x].low != "-" {
					cl.End = ts[x].start
					break
				}
			}
			type near struct{ e, dist int }
			var ns []near
			for _, mi := range d.mentionsFrom(s.Start) {
				m := &d.a.Mentions[mi]
				if m.Start >= s.End {
					break
				}
				if !s.Contains(m.Span) {
					continue
				}
				id, ok := d.ent[m.Chain]
				if !ok {
					continue
				}
				e := c.entNum[id]
				if p := c.place(e, m.Type); p >= 0 {
					// Places are compared by name key: one report may type the town
					// as an organisation ("the Darun market").
					if cl.Contains(m.Span) {
						cs.places = appendUnique(cs.places, p)
					} else {
						cs.around = appendUnique(cs.around, p)
					}
					continue
				}
				dist := at - m.End
				if m.Start > at {
					dist = m.Start - at
				}
				ns = append(ns, near{e, dist})
			}
			sort.SliceStable(ns, func(a, b int) bool { return ns[a].dist < ns[b].dist })
			for _, x := range ns {
				cs.near = appendUnique(cs.near, x.e)
			}
			for _, ti := range d.timexesFrom(cl.Start) {
				tx := &d.a.Timexes[ti]
				if tx.Start >= cl.End {
					break
				}
				if cl.Contains(tx.Span) && tx.Type != "DURATION" && tx.Type != "SET" && moreSpecific(tx.Value, cs.time) {
					cs.time = tx.Value
				}
			}
			out = append(out, cs)
		}
	}
	return out
}

// incidentStem folds plural and compound incident nouns: "clashes" → "clash", "air strikes" →
// "strike".
func incidentStem(w string) string {
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	switch {
	case strings.HasSuffix(w, "strikes"), strings.HasSuffix(w, "strike"):
		return "strike"
	case strings.HasSuffix(w, "es") && strings.HasSuffix(w[:len(w)-2], "sh"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// isQualifier reports whether words are a cue that loosens or bounds a count.
func (k *Checker) isQualifier(words string) bool {
	for _, g := range []string{"atleast", "atmost", "approx"} {
		for _, cu := range k.cues.group(k.cues.Slots, g) {
			if words == cu {
				return true
			}
		}
	}
	return false
}

// sameIncident reports whether two casualty figures of different documents can be about one
// incident, and whether the text ties them (a shared incident noun, place or day) rather than
// only nothing telling them apart.
func sameIncident(a, b *casualty) (can, tied bool) {
	if len(a.places) > 0 && len(b.places) > 0 && disjoint(a.places, b.places) {
		return false, false
	}
	if !timeCompatible(a.time, b.time) {
		return false, false
	}
	sharedInc := false
	for _, x := range a.incidents {
		for _, y := range b.incidents {
			if x == y {
				sharedInc = true
			}
		}
	}
	if len(a.incidents) > 0 && len(b.incidents) > 0 && !sharedInc && !sharesString(a.families, b.families) {
		return false, false // "the flood" and "the clash"; "the bombing" and "the blast" may be one
	}
	tied = sharedInc || len(a.places) > 0 && len(b.places) > 0 || knownDay(a.time) && knownDay(b.time)
	return true, tied
}

// casualtyConflicts aligns the casualty figures of each story by the incident they name and
// reports figures whose ranges do not meet: "twelve" against "at least 21". A later figure, or
// one the text gives as revised, is reported as an update.
// Updates go to addUpdate, which ranks them below disputes.
// Figures in sentences that tell one aligned happening are about one incident whatever nouns
// they use ("the bombing" and "the attack"); sentHap gives the happenings each sentence tells.
func (k *Checker) casualtyConflicts(c *corpus, figs [][]casualty, sentHap map[[2]int][]int, add, addUpdate addFunc) {
	type key struct {
		story int
		kind  string
	}
	blocks := map[key][]casualty{}
	var keys []key
	perDoc := map[[2]int]int{} // (doc, kind) -> figures, kind 0 killed 1 wounded
	for di := range c.docs {
		for _, cs := range figs[di] {
			kk := key{c.docs[di].story, cs.kind}
			if _, ok := blocks[kk]; !ok {
				keys = append(keys, kk)
			}
			blocks[kk] = append(blocks[kk], cs)
			perDoc[[2]int{di, kindNum(cs.kind)}]++
		}
	}
	const maxHeads = 8
	for _, kk := range keys {
		list := blocks[kk]
		// One figure per document and incident: the revised one when the text revises it.
		u := newUnionFind(len(list))
		var heads []int
		for i := range list {
			joined := false
			for pass := 0; pass < 2 && !joined; pass++ {
				for _, h := range heads {
					if list[h].doc == list[i].doc {
						continue
					}
					can, tied := sameIncident(&list[h], &list[i])
					if shareHappening(sentHap, &list[h], &list[i]) {
						can, tied = true, true
					}
					only := perDoc[[2]int{list[h].doc, kindNum(kk.kind)}] == 1 && perDoc[[2]int{list[i].doc, kindNum(kk.kind)}] == 1
					if can && (tied || pass == 1 && only) {
						u.union(h, i)
						joined = true
						break
					}
				}
			}
			if !joined && len(heads) < maxHeads {
				heads = append(heads, i)
			}
		}
		for _, g := range u.groups(nil) {
			k.casualtyGroup(c, kk.story, pickCasualties(list, g), add, addUpdate)
		}
	}
}

func kindNum(kind string) int {
	if kind == "wounded" {
		return 1
	}
	return 0
}

// pickCasualties keeps one figure per document: the one the text gives as revised, else the first.
func pickCasualties(list []casualty, idx []int) []casualty {
	var out []casualty
	at := map[int]int{}
	for _, i := range idx {
		cs := list[i]
		if j, ok := at[cs.doc]; ok {
			if cs.update && !out[j].update {
				out[j] = cs
			}
			continue
		}
		at[cs.doc] = len(out)
		out = append(out, cs)
	}
	return out
}

// casualtyGroup compares the figures of one incident. Figures the text gives as revised ("rose
// to 21") are set apart: they update the others rather than dispute them, so two differing
// figures of the first reports stay a dispute, said with the update after them, and a revised
// figure alone against one agreed figure is only an update.
func (k *Checker) casualtyGroup(c *corpus, story int, figs []casualty, add, addUpdate addFunc) {
	if len(figs) < 2 {
		return
	}
	var base, upds []casualty
	for _, f := range figs {
		if f.update {
			upds = append(upds, f)
		} else {
			base = append(base, f)
		}
	}
	if len(base) == 0 {
		base, upds = upds, nil
	}
	camps := figureCamps(base)
	if len(camps) > 3 {
		camps = camps[:3]
	}
	// Updates that say something the first reports do not: a figure outside every camp.
	var news []casualty
	for _, f := range upds {
		fits := false
		for _, cp := range camps {
			if len(camps) == 1 && f.lo <= cp.hi && cp.lo <= f.hi {
				fits = true
			}
		}
		if !fits && len(news) < 2 {
			news = append(news, f)
		}
	}
	if len(camps)+len(news) < 2 {
		return
	}
	// Without words of revision, a higher figure published after the other may be an update
	// too; it is said so, but still counted as a dispute.
	maybe := -1
	if len(upds) == 0 && len(camps) == 2 {
		switch {
		case camps[1].lo > camps[0].hi && later(c, camps[1].figs, camps[0].figs):
			maybe = 1
		case camps[0].lo > camps[1].hi && later(c, camps[0].figs, camps[1].figs):
			maybe = 0
		}
	}
	var sides []side
	var says []saying
	count := map[int]int{}
	var places []int
	var shown []casualty
	show := func(f casualty, what string) {
		sides = append(sides, side{f.doc, f.sent})
		says = append(says, saying{c.docs[f.doc].sourceName(), what})
		shown = append(shown, f)
		for _, e := range f.near {
			count[e]++
		}
		for _, e := range f.places {
			places = appendUnique(places, e)
			count[e]++
		}
		for _, e := range f.around {
			count[e]++
		}
	}
	for ci, cp := range camps {
		for i, f := range cp.figs {
			if i == 2 {
				break
			}
			what := lowerFirst(cp.figs[0].count)
			if ci == maybe {
				what += ", published later (possibly an update)"
			}
			show(f, what)
		}
	}
	for _, f := range news {
		what := lowerFirst(f.count) + ", an updated figure"
		if later(c, []casualty{f}, base) {
			what = lowerFirst(f.count) + ", a later, updated figure that supersedes the earlier ones"
		}
		show(f, what)
	}
	figs = shown
	// About: the incident's place, then what two sides name, then a place two sides name
	// around their figures, then what is named nearest a figure.
	var about []int
	for _, e := range places {
		if len(about) < 2 {
			about = appendUnique(about, e)
		}
	}
	for _, f := range figs {
		for _, e := range f.near {
			if count[e] >= 2 {
				about = appendUnique(about, e)
			}
		}
	}
	for _, f := range figs {
		for _, e := range f.around {
			if len(about) < 2 && count[e] >= 2 {
				about = appendUnique(about, e)
			}
		}
	}
	for _, f := range figs {
		if len(about) == 0 && len(f.near) > 0 {
			about = append(about, f.near[0])
		}
	}
	if len(about) == 0 {
		about = k.nearestEntities(c, sides)
	}
	if len(about) > 3 {
		about = about[:3]
	}
	what := "how many were killed"
	if figs[0].kind == "wounded" {
		what = "how many were wounded"
	}
	if inc := commonIncident(figs); inc != "" {
		what += " in the " + inc
	}
	if len(places) > 0 {
		what += " (" + c.name(c.entIDs[places[0]]) + ")"
	}
	if len(camps) < 2 {
		add = addUpdate
	}
	add(story, KindNumber, c.ids(about), sides, what+": "+sayLine(says))
}

// figureCamp is a set of figures whose ranges all meet, and the range they share.
type figureCamp struct {
	lo, hi float64
	figs   []casualty
}

// figureCamps puts figures whose ranges meet into one camp, in order of first figure.
func figureCamps(figs []casualty) []*figureCamp {
	var camps []*figureCamp
	for _, f := range figs {
		placed := false
		for _, cp := range camps {
			if f.lo <= cp.hi && cp.lo <= f.hi {
				cp.lo, cp.hi = max(cp.lo, f.lo), min(cp.hi, f.hi)
				cp.figs = append(cp.figs, f)
				placed = true
				break
			}
		}
		if !placed {
			camps = append(camps, &figureCamp{f.lo, f.hi, []casualty{f}})
		}
	}
	return camps
}

// later reports whether every figure of b is from a document published after every one of a.
func later(c *corpus, b, a []casualty) bool {
	for _, x := range b {
		for _, y := range a {
			dx, dy := c.docs[x.doc].date, c.docs[y.doc].date
			if len(dx) < 10 || len(dy) < 10 || dx[:10] <= dy[:10] {
				return false
			}
		}
	}
	return true
}

// commonIncident is the incident noun most figures name, the longer on a tie ("bombing", not
// "bomb").
func commonIncident(figs []casualty) string {
	n := map[string]int{}
	best := ""
	for _, f := range figs {
		for _, w := range f.incidents {
			n[w]++
			if n[w] > n[best] || n[w] == n[best] && (len(w) > len(best) || len(w) == len(best) && w < best) {
				best = w
			}
		}
	}
	return best
}

// nearestEntities names what the sides' documents name nearest them, when the sides' own
// sentences name nothing: the entities of the sentence before the first side.
func (k *Checker) nearestEntities(c *corpus, sides []side) []int {
	for _, s := range sides {
		d := c.docs[s.doc]
		best, bestDist := -1, 1<<30
		for _, m := range d.a.Mentions {
			id, ok := d.ent[m.Chain]
			if !ok {
				continue
			}
			dist := s.span.Start - m.End
			if m.Start >= s.span.End {
				dist = m.Start - s.span.End + 1
			}
			if dist < 0 {
				dist = 0
			}
			if dist < bestDist {
				best, bestDist = c.entNum[id], dist
			}
		}
		if best >= 0 {
			return []int{best}
		}
	}
	return nil
}

// saying is what one source says on one side of a conflict.
type saying struct{ source, what string }

// sayLine writes sayings as one line, sources that say the same joined:
// "Desert Wire says at least 21; Frontline Dispatch and The Levant Ledger say twelve".
func sayLine(says []saying) string {
	var order []string
	by := map[string][]string{}
	for _, s := range says {
		key := strings.ToLower(s.what)
		if _, ok := by[key]; !ok {
			order = append(order, key)
		}
		if !containsString(by[key], s.source) {
			by[key] = append(by[key], s.source)
		}
	}
	first := map[string]string{}
	for _, s := range says {
		if _, ok := first[strings.ToLower(s.what)]; !ok {
			first[strings.ToLower(s.what)] = s.what
		}
	}
	var parts []string
	for _, key := range order {
		srcs := by[key]
		verb := " says "
		if len(srcs) > 1 {
			verb = " say "
		}
		who := srcs[0]
		if len(srcs) > 1 {
			who = strings.Join(srcs[:len(srcs)-1], ", ") + " and " + srcs[len(srcs)-1]
		}
		parts = append(parts, who+verb+first[key])
	}
	return strings.Join(parts, "; ")
}

func sharesString(a, b []string) bool {
	for _, x := range a {
		if containsString(b, x) {
			return true
		}
	}
	return false
}

func containsString(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// lowerFirst lower-cases a figure's first letter, which only the sentence start capitalised.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// shareHappening reports whether the sentences of two figures tell one aligned happening.
func shareHappening(sentHap map[[2]int][]int, a, b *casualty) bool {
	ha := sentHap[[2]int{a.doc, a.sent.Start}]
	if len(ha) == 0 {
		return false
	}
	return !disjoint(ha, sentHap[[2]int{b.doc, b.sent.Start}])
}
