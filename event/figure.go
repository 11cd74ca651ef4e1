package event

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// figureWords are the word lists of lang/en/data/figures.txt.
type figureWords struct {
	cues      []figureCue            // killed / wounded, longest first
	incidents map[string]string      // incident phrase → family ("" when none)
	quals     map[string]string      // qualifier phrase → atleast, atmost or approx
	updates   []string               // phrases that revise a figure
	totals    []string               // phrases that make a figure a running total
	totalTo   map[string]bool        // phrases right before a count that make it a running total ("the total to")
	night     []string               // phrases that tell of the night
	sites     map[string]string      // word → the kind of site it names ("markets": market)
	period    map[string]string      // words before a month or year that make a count that period's ("during"), "noun" when an incident noun must follow
	spanLead  map[string]bool        // words opening a span of days back from the report ("the past four days") that make a count that span's
	spanOf    map[string]bool        // words joining a span of days to the incident noun it counts ("two days of shelling")
	spanOver  map[string]bool        // words before a span of days that make a count that span's ("over two days")
	daysJoin  map[string]bool        // words joining two days a count is of into a span ("Tuesday and Wednesday")
	vague     map[string][2]int      // loose count phrase → range
	scale     map[string]int         // word → multiplier
	measure   map[string]bool        // words that make a number a measure
	who       map[string]string      // counted noun → class
	side      map[string]string      // word → the side the dead it counts are on: state or armed group
	partPre   map[string]string      // phrase right before a count → the part of the dead it makes it count
	partPost  map[string]string      // phrase right after a count, or its noun → the part of the dead
	listJoin  map[string]bool        // words that join the items of a list ("a woman and two children", "regime and rebel fighters")
	rest      map[string]bool        // nouns that count the dead besides a count before them ("nine children and 14 others")
	adds      map[string]bool        // words that join two counts of one toll into their sum ("and", not "or")
	maxWords  int                    // longest vague or qualifier phrase, in words
	incByLen  []string               // incident phrases, longest first
	cueFirsts map[string][]figureCue // cues by first word
	w         *wordLists             // the stage's closed word lists
}

// figureCue is a word that says what a figure counts.
type figureCue struct {
	counts string
	words  []string
}

func newFigureWords() *figureWords {
	return &figureWords{period: map[string]string{}, spanLead: map[string]bool{}, spanOf: map[string]bool{}, spanOver: map[string]bool{}, daysJoin: map[string]bool{}, totalTo: map[string]bool{}, incidents: map[string]string{}, quals: map[string]string{}, vague: map[string][2]int{},
		scale: map[string]int{}, measure: map[string]bool{}, who: map[string]string{}, side: map[string]string{},
		partPre: map[string]string{}, partPost: map[string]string{}, listJoin: map[string]bool{}, rest: map[string]bool{}, adds: map[string]bool{}, sites: map[string]string{}, cueFirsts: map[string][]figureCue{}}
}

// add reads lang/en/data/figures.txt lines: group<TAB>phrase[<TAB>value].
func (fw *figureWords) add(each eachRow) error {
	flags := fw.flagGroups()
	err := each(func(_ int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want GROUP<TAB>PHRASE[<TAB>VALUE], got %d fields", len(f))
		}
		g, p := strings.TrimSpace(f[0]), strings.ToLower(strings.TrimSpace(f[1]))
		v := ""
		if len(f) > 2 {
			v = strings.TrimSpace(f[2])
		}
		fw.maxWords = max(fw.maxWords, len(strings.Fields(p)))
		if set, ok := flags[g]; ok {
			set[p] = true
			return nil
		}
		return fw.addRow(g, p, v)
	})
	for _, l := range fw.cueFirsts {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].words) > len(l[j].words) })
	}
	sort.SliceStable(fw.incByLen, func(i, j int) bool { return len(fw.incByLen[i]) > len(fw.incByLen[j]) })
	return err
}

// flagGroups are the groups of figures.txt whose phrases are only marked, by the set each fills.
func (fw *figureWords) flagGroups() map[string]map[string]bool {
	return map[string]map[string]bool{"totalto": fw.totalTo, "spanlead": fw.spanLead, "spanof": fw.spanOf,
		"spanover": fw.spanOver, "daysjoin": fw.daysJoin, "measure": fw.measure, "list-join": fw.listJoin,
		"rest": fw.rest, "adds": fw.adds}
}

// addRow adds phrase p of group g, with its value v, where the group says more than a mark.
func (fw *figureWords) addRow(g, p, v string) error {
	switch g {
	case "killed", "wounded":
		c := figureCue{counts: g, words: strings.Fields(p)}
		fw.cues = append(fw.cues, c)
		fw.cueFirsts[c.words[0]] = append(fw.cueFirsts[c.words[0]], c)
	case "incident":
		fw.incidents[p] = strings.ToLower(v)
		fw.incByLen = append(fw.incByLen, p)
	case "atleast", "atmost", "approx":
		fw.quals[p] = g
	case "update":
		fw.updates = append(fw.updates, p)
	case "total":
		fw.totals = append(fw.totals, p)
	case "night":
		fw.night = append(fw.night, p)
	case "site":
		fw.sites[p] = strings.ToLower(v)
	case "period":
		fw.period[p] = v
	case "who":
		fw.who[p] = v
	case "side":
		fw.side[p] = v
	case "vague", "scale":
		return fw.addAmount(g, p, v)
	case "part-before", "part-after":
		if v != dossier.PartAmong && v != dossier.PartBodies {
			return fmt.Errorf("part %q: want %q or %q, got %q", p, dossier.PartAmong, dossier.PartBodies, v)
		}
		if g == "part-before" {
			fw.partPre[p] = v
		} else {
			fw.partPost[p] = v
		}
	default:
		return fmt.Errorf("unknown group %q", g)
	}
	return nil
}

// addAmount adds a loose count phrase's range ("vague", LOW-HIGH) or a word's multiplier ("scale").
func (fw *figureWords) addAmount(g, p, v string) error {
	if g == "scale" {
		n, err := strconv.Atoi(v)
		if err != nil {
			return fmt.Errorf("scale %q: %w", p, err)
		}
		fw.scale[p] = n
		return nil
	}
	lo, hi, ok := strings.Cut(v, "-")
	a, err1 := strconv.Atoi(lo)
	b, err2 := strconv.Atoi(hi)
	if !ok || err1 != nil || err2 != nil {
		return fmt.Errorf("vague count %q: want LOW-HIGH, got %q", p, v)
	}
	fw.vague[p] = [2]int{a, b}
	return nil
}

// count is a count read from tokens [from, to) of a sentence.
type count struct {
	from, to int
	lo, hi   int  // hi < 0: open upwards
	loose    bool // a loose count whose range is the words' meaning ("dozens")
}

// cardinals reads the one-word whole numbers of a table of number words, leaving out skip.
func cardinals(rows [][]string, skip map[string]bool) map[string]int {
	out := map[string]int{}
	for _, r := range rows {
		w := strings.ToLower(r[0])
		if len(r) < 2 || strings.Contains(w, " ") || skip[w] {
			continue
		}
		if n, err := strconv.Atoi(r[1]); err == nil && n > 0 {
			out[w] = n
		}
	}
	return out
}

// wordValue reads a spelled count ("seven", "twenty-one") or returns false.
func (lw *wordLists) wordValue(w string) (int, bool) {
	if n, ok := lw.figureNumbers[w]; ok {
		return n, true
	}
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	x, ok1 := lw.figureNumbers[a]
	y, ok2 := lw.figureNumbers[b]
	if !ok1 || !ok2 || x < 20 || y >= 10 {
		return 0, false
	}
	return x + y, true
}

// digitValue reads "1,200" or "58" or returns false; decimals ("2.5") are read only before a scale.
func digitValue(w string) (float64, bool) {
	if w == "" || w[0] < '0' || w[0] > '9' || strings.Trim(w, "0123456789,.") != "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	return v, err == nil && !math.IsInf(v, 0)
}

// counts finds the counts among a sentence's tokens: digits, spelled numbers, loose counts
// ("dozens", "a few hundred"), each with its scale ("25 million") and a range ("between 500 and
// 1,300"). Years, dates, measures and tokens inside a time expression are left out.
func (fw *figureWords) counts(s *sent) []count {
	var out []count
	ts := s.toks
	for i := 0; i < len(ts); i++ {
		if !ts[i].word || s.inTimex[i] {
			continue
		}
		c, ok := fw.countAt(ts, i)
		if !ok {
			continue
		}
		if c.to < len(ts) && (fw.measure[ts[c.to].norm] || s.w.months[ts[c.to].norm] || fw.measureOf(ts, c.to)) || i > 0 && (s.w.months[ts[i-1].norm] || ts[i-1].norm == "no" || ts[i-1].norm == "$") {
			i = c.to - 1
			continue
		}
		if c.to == i+1 && ts[i].norm == "one" && c.to < len(ts) && ts[c.to].norm == "of" {
			continue // "one of the …" counts a part
		}
		// "between 500 and 1,300": one count spanning both.
		if i > 0 && ts[i-1].norm == "between" && c.to+1 < len(ts) && ts[c.to].norm == "and" {
			if d, ok := fw.countAt(ts, c.to+1); ok {
				c = count{from: i - 1, to: d.to, lo: c.lo, hi: max(d.hi, d.lo), loose: c.loose || d.loose}
			}
		}
		out = append(out, c)
		i = c.to - 1
	}
	return out
}

// monthWords reads the forms of a table of month names, lower-cased, without a final dot.
func monthWords(rows [][]string) map[string]bool {
	out := map[string]bool{}
	for _, r := range rows {
		out[strings.TrimSuffix(strings.ToLower(r[0]), ".")] = true
	}
	return out
}

// countAt reads the count that starts at token i, if one does.
func (fw *figureWords) countAt(ts []token, i int) (count, bool) {
	for n := min(fw.maxWords, len(ts)-i); n >= 1; n-- {
		var ws []string
		for _, t := range ts[i : i+n] {
			ws = append(ws, t.norm)
		}
		if r, ok := fw.vague[strings.Join(ws, " ")]; ok {
			return count{from: i, to: i + n, lo: r[0], hi: r[1], loose: r[0] != r[1]}, true
		}
	}
	w := ts[i].norm
	var v float64
	if d, ok := digitValue(w); ok {
		if isYear(w) {
			return count{}, false
		}
		v = d
	} else if n, ok := fw.w.wordValue(w); ok {
		v = float64(n)
	} else {
		return count{}, false
	}
	j := i + 1
	for j < len(ts) && ts[j].word {
		if m, ok := fw.scale[ts[j].norm]; ok {
			v *= float64(m)
			j++
			continue
		}
		if n, ok := fw.w.wordValue(ts[j].norm); ok && n < 10 && v >= 20 && v < 100 && j == i+1 {
			v += float64(n) // "twenty one"
			j++
			continue
		}
		break
	}
	if v != math.Trunc(v) || v > 1e10 {
		return count{}, false
	}
	return count{from: i, to: j, lo: int(v), hi: int(v)}, true
}

// relativeAfter is the offset, within sentence s, of the first relative word after token to (a
// count's end): phrases from there on are not the count's. It is the sentence's length when
// none follows.
func relativeAfter(s *sent, to int) int {
	for x := to; x < len(s.toks); x++ {
		if s.w.relatives[s.toks[x].norm] {
			return s.toks[x].start - s.span.Start
		}
	}
	return s.span.End - s.span.Start
}

// figures reads the casualty figures of one sentence, with the casualty word of each.
func (fw *figureWords) figures(text string, s *sent) ([]dossier.Figure, []dossier.Span, []namedCount) {
	low := strings.ToLower(text[s.span.Start:s.span.End])
	ts := s.toks
	var cs []count
	read := false
	var out []dossier.Figure
	var words []dossier.Span
	used := map[int]bool{}
	for j := 0; j < len(ts); j++ {
		cu, ok := fw.cueAt(ts, j)
		if !ok {
			continue
		}
		if !read {
			cs, read = fw.counts(s), true
		}
		cueEnd := j + len(cu.words)
		best := fw.nearestCount(ts, cs, used, j, cueEnd)
		if best < 0 {
			best = subjectCount(s, cs, used, j)
		}
		if best < 0 {
			continue
		}
		used[best] = true
		counts := cu.counts
		if end, both := fw.pairedCue(ts, cu, cueEnd); both {
			// A count of the dead and the wounded together is a toll of neither.
			counts, cueEnd = dossier.CountsBoth, end
		}
		cue := dossier.Span{Start: ts[j].start, End: ts[cueEnd-1].end}
		// "30 soldiers and 39 rebels were killed": the casualty word states both counts, each
		// the toll of the people its own noun names, read in the order they are written.
		order := []int{best}
		elided := -1 // a count that says whom it counts by the first's noun ("45 civilians in A and 22 in B")
		if k := fw.coordinatedCount(ts, cs, used, best); k >= 0 {
			used[k] = true
			order = append(order, k)
			sort.Ints(order)
		} else if k := fw.placedCount(ts, cs, used, best); k >= 0 {
			used[k], elided = true, k
			order = append(order, k)
		}
		for _, ci := range order {
			f := fw.figure(text, low, s, cs[ci], counts, j, cueEnd)
			if ci == elided {
				f.Who, f.Side = out[len(out)-1].Who, out[len(out)-1].Side
			}
			out = append(out, f)
			words = append(words, cue)
		}
		if len(order) == 2 && !fw.restTotal(text, ts, cs[order[1]], out[len(out)-2:]) && elided < 0 {
			if sum, ok := fw.groupsTotal(text, ts, cs[order[0]], cs[order[1]], out[len(out)-2:]); ok {
				out = append(out, sum)
				words = append(words, cue)
			}
		}
		j = cueEnd - 1
	}
	var named []namedCount
	for ci, c := range cs {
		if who, side := fw.counted(ts, c.to); !used[ci] && who != "" {
			named = append(named, namedCount{lo: c.lo, who: who, side: side})
		}
	}
	return out, words, named
}

// coordinatedCount is the count joined to the count at best by a joining word alone, each
// with a noun of its own that says whom it counts: "30 regime soldiers and 39 rebel fighters
// were killed", "killing five civilians and two policemen". The casualty word states both.
// It returns -1 when there is none, or when the other count has a casualty word of its own
// ("killing 5 soldiers and 12 civilians were injured").
func (fw *figureWords) coordinatedCount(ts []token, cs []count, used map[int]bool, best int) int {
	for _, k := range []int{best - 1, best + 1} {
		if k < 0 || k >= len(cs) || used[k] {
			continue
		}
		first, second := cs[min(k, best)], cs[max(k, best)]
		who1, _, end1 := fw.countedNoun(ts, first.to)
		who2, _, end2 := fw.countedNoun(ts, second.to)
		if who1 == "" || who2 == "" || who1 == "group" || who2 == "group" || end2 < 0 {
			continue
		}
		_, from1 := fw.qualifier(ts, first.from)
		_, from2 := fw.qualifier(ts, second.from)
		if end1 != from2-1 || !fw.w.joinWords[ts[end1].norm] || fw.partOf(ts, from1, first.to) != "" {
			continue // "4 were killed including 3 children and 43 others were injured"
		}
		if k > best && fw.cueNear(ts, end2) || k < best && fw.w.verbObject(ts, from1) && !fw.cueRightAt(ts, end2) {
			continue
		}
		return k
	}
	return -1
}

// placedReach is how many words the place of the first of two counts set in two places may
// take ("in and around the city").
const placedReach = 6

// placedCount is the count that follows the count at best, a noun of its own and a place, set
// in another place by the same words and with no noun: "killed 45 civilians in and around Aleppo
// and 22 in neighbouring Idlib province". The casualty word states both, of the people the first
// names. It returns -1 when there is none, when the second count names whom it counts (see
// coordinatedCount), or has a casualty word of its own ("and 22 wounded in the city").
func (fw *figureWords) placedCount(ts []token, cs []count, used map[int]bool, best int) int {
	k := best + 1
	if k >= len(cs) || used[k] {
		return -1
	}
	first, second := cs[best], cs[k]
	who1, _, end1 := fw.countedNoun(ts, first.to)
	_, from2 := fw.qualifier(ts, second.from)
	if who1 == "" || who1 == "group" || end1 < 0 || end1 >= from2-1 || from2-1-end1 > placedReach {
		return -1
	}
	if !fw.w.parsePlaceCases[ts[end1].norm] || !fw.w.joinWords[ts[from2-1].norm] {
		return -1 // the first count's place must follow its noun, and the second come after a joining word
	}
	for x := end1 + 1; x < from2-1; x++ {
		if !ts[x].word || fw.w.breakWords[ts[x].norm] && !fw.w.joinWords[ts[x].norm] || fw.cueRightAt(ts, x) {
			return -1
		}
	}
	if second.to >= len(ts) || !fw.w.parsePlaceCases[ts[second.to].norm] || fw.cueNear(ts, second.to) {
		return -1
	}
	if who2, _ := fw.counted(ts, second.to); who2 != "" {
		return -1
	}
	return k
}

// restTotal makes the second of two coordinated figures the toll of both when its noun counts
// the rest of the dead ("nine children and 14 others were killed": 23 dead, of them nine
// children): the first keeps its own count of whom it names, the second becomes the whole, its
// text running from the first count to its noun. pair holds the two figures in text order; c is
// the second's count.
func (fw *figureWords) restTotal(text string, ts []token, c count, pair []dossier.Figure) bool {
	_, _, end := fw.countedNoun(ts, c.to)
	if end < 0 || !fw.rest[ts[end-1].norm] {
		return false
	}
	a, b := &pair[0], &pair[1]
	if a.Part != "" || b.Part != "" || a.Counts != b.Counts {
		return false
	}
	b.Low += a.Low
	if a.High != nil && b.High != nil {
		hi := *a.High + *b.High
		b.High = &hi
	} else {
		b.High = nil // "at least nine children and 14 others": open as its open part
	}
	b.Loose = a.Loose || b.Loose
	b.At = dossier.Span{Start: a.At.Start, End: ts[end-1].end}
	b.Text = text[b.At.Start:b.At.End]
	b.Clause.Start = min(a.Clause.Start, b.Clause.Start)
	b.Who, b.Side = "people", ""
	b.Sum = true
	return true
}

// groupsTotal is the toll of both of two coordinated figures that count different groups of
// the dead of one act ("killed 120 fighters and 60 mercenaries": 180 dead, of them 120
// fighters and 60 mercenaries), its text running from the first count to the second's noun;
// the two figures stay as its parts. pair holds the two in text order, first and second their
// counts. There is none when the counts are alternatives ("12 or 15 soldiers"), when either is
// a part of the dead, a running total of its own, a count of people (which may hold the other),
// or when both count the same group.
func (fw *figureWords) groupsTotal(text string, ts []token, first, second count, pair []dossier.Figure) (dossier.Figure, bool) {
	a, b := pair[0], pair[1]
	_, _, end1 := fw.countedNoun(ts, first.to)
	_, _, end2 := fw.countedNoun(ts, second.to)
	if end1 < 0 || end2 < 0 || end1 >= len(ts) || !fw.adds[ts[end1].norm] {
		return dossier.Figure{}, false
	}
	if a.Part != "" || b.Part != "" || a.Counts != b.Counts || a.Counts != "killed" || a.Update != b.Update || a.Total != b.Total {
		return dossier.Figure{}, false
	}
	if a.Who == "people" || b.Who == "people" || a.Who == b.Who && a.Side == b.Side && ts[end1-1].norm == ts[end2-1].norm {
		return dossier.Figure{}, false
	}
	for end2 < len(ts) && fw.who[ts[end2].norm] != "" {
		end2++ // "39 rebel fighters": the noun runs on
	}
	sum := b
	sum.Low = a.Low + b.Low
	sum.High = nil // open as an open part
	if a.High != nil && b.High != nil {
		hi := *a.High + *b.High
		sum.High = &hi
	}
	sum.Loose = a.Loose || b.Loose
	sum.At = dossier.Span{Start: a.At.Start, End: ts[end2-1].end}
	sum.Text = text[sum.At.Start:sum.At.End]
	sum.Clause.Start = min(a.Clause.Start, b.Clause.Start)
	sum.Who, sum.Side = "people", ""
	if a.Who == b.Who {
		sum.Who = a.Who
	}
	if a.Side == b.Side {
		sum.Side = a.Side
	}
	sum.Sum = true
	return sum, true
}

// verbObject reports whether the count starting at token from follows a lower-case verb in the
// past that is not one of saying nor one of recording or surmising a toll ("captured 20 fighters and 3
// soldiers were killed", but not "recorded 12 soldiers and 4 civilians were killed"): the count
// is that verb's object, not the subject of a casualty word after it, unless that word follows
// the other count's noun right away ("documented 30 soldiers and 39 rebels killed"; see
// cueRightAt).
func (lw *wordLists) verbObject(ts []token, from int) bool {
	if from < 1 {
		return false
	}
	t := ts[from-1]
	return t.word && !t.upper && len(t.norm) > 4 && strings.HasSuffix(t.norm, "ed") && !lw.speechVerbs[t.norm] && !lw.tollReportVerbs[t.norm]
}

// cueRightAt reports whether a casualty word starts at token x.
func (fw *figureWords) cueRightAt(ts []token, x int) bool {
	if x < 0 || x >= len(ts) {
		return false
	}
	_, ok := fw.cueAt(ts, x)
	return ok
}

// cueNear reports whether a casualty word starts at token x or one or two words after it ("12
// civilians were wounded").
func (fw *figureWords) cueNear(ts []token, x int) bool {
	for y := x; y < len(ts) && y <= x+2; y++ {
		if _, ok := fw.cueAt(ts, y); ok {
			return true
		}
		if !ts[y].word {
			return false
		}
	}
	return false
}

// namedCount is a count of a sentence with a casualty word that no figure took, with the noun
// that says what it counts ("15 civilians including children have been killed").
type namedCount struct {
	lo        int
	who, side string
}

// restatedWho gives a figure that does not say what it counts (a headline's "15 killed") what
// the text counts when it states the same number again with its noun: civilians or fighters,
// and whose fighters. A number restated with different nouns stays unsaid. Then a figure that
// names no attack takes the kind and side of the attack the text gives the same count of the
// same people (see restatedAttack).
func restatedWho(events []dossier.Event, rest []dossier.Figure, named []namedCount) {
	all := figuresOf(events, rest)
	for _, f := range all {
		if f.Who != "" {
			named = append(named, namedCount{lo: f.Low, who: f.Who, side: f.Side})
		}
	}
	for _, f := range all {
		if f.Who != "" {
			continue
		}
		var got *namedCount
		for k := range named {
			n := &named[k]
			if n.lo != f.Low {
				continue
			}
			if got != nil && (got.who != n.who || got.side != n.side) {
				got = nil
				break
			}
			got = n
		}
		if got != nil && wholeClass(got.who) {
			f.Who, f.Side = got.who, got.side
		}
	}
	restatedAttack(all)
}

// restatedAttack gives a figure that names no attack nor side ("54 killed in the city as forces
// commit a massacre") the kind and side of attack of the other figures of its text that count
// the same number of the same people and name one ("54 civilians were killed in air strikes by
// government jets"), when they all name the same.
func restatedAttack(all []*dossier.Figure) {
	for _, f := range all {
		if f.Kind != "" || f.By != "" {
			continue
		}
		var got *dossier.Figure
		for _, o := range all {
			if o == f || o.Low != f.Low || o.Counts != f.Counts || o.Who != f.Who || o.Kind == "" && o.By == "" {
				continue
			}
			if got != nil && (got.Kind != o.Kind || got.By != o.By) {
				got = nil
				break
			}
			got = o
		}
		if got != nil {
			f.Kind, f.By = got.Kind, got.By
		}
	}
}

// wholeClass reports whether a class of the counted names all the dead of an incident on its
// terms (civilians, fighters), not a part of them (children, women, one calling) nor only
// "people", which says nothing an unsaid count does not.
func wholeClass(who string) bool {
	return who == "civilians" || who == "fighters"
}

// pairedCue reports whether the casualty word cu, ending at token cueEnd, is joined to one of the
// other kind right after it, directly or by a joining word ("dozens martyred, injured", "48
// killed and wounded"): the count then counts both. end is where the second word ends.
func (fw *figureWords) pairedCue(ts []token, cu figureCue, cueEnd int) (end int, both bool) {
	x := cueEnd
	for x < len(ts) && !ts[x].word && ts[x].norm == "," {
		x++
	}
	if x < len(ts) && fw.w.joinWords[ts[x].norm] {
		x++
	}
	if x >= len(ts) {
		return 0, false
	}
	next, ok := fw.cueAt(ts, x)
	if !ok || next.counts == cu.counts {
		return 0, false
	}
	return x + len(next.words), true
}

// cueAt reports the casualty word at token j.
func (fw *figureWords) cueAt(ts []token, j int) (figureCue, bool) {
	for _, cu := range fw.cueFirsts[ts[j].norm] {
		if j+len(cu.words) > len(ts) {
			continue
		}
		ok := true
		for x, w := range cu.words {
			if ts[j+x].norm != w {
				ok = false
				break
			}
		}
		if ok {
			return cu, true
		}
	}
	return figureCue{}, false
}

// nearestCount picks the count a casualty word at [j, cueEnd) states: one shortly before it in
// the same clause ("twelve fighters were killed"), else one right after it ("killing 58", "the
// death toll from the bombing rose to 27").
func (fw *figureWords) nearestCount(ts []token, cs []count, used map[int]bool, j, cueEnd int) int {
	before, after, gapA := -1, -1, 99
	for ci, c := range cs {
		if used[ci] {
			continue
		}
		if gap := fw.gapBefore(ts, c.to, j); gap >= 0 {
			ok := true
			for x := gap; x < j; x++ {
				// "15 The death toll reached 51": a count before an article counts
				// something else.
				if !ts[x].word || fw.w.breakWords[ts[x].norm] || fw.w.articles[ts[x].norm] {
					ok = false
				}
				if _, num := digitValue(ts[x].norm); num {
					ok = false
				}
			}
			if ok {
				before = ci
			}
		}
		if c.from >= cueEnd && c.from-cueEnd <= 12 && after < 0 {
			ok := c.from-cueEnd <= 3 || c.from > 0 && (ts[c.from-1].norm == "to" || ts[c.from-1].norm == "at" || ts[c.from-1].norm == "reached" || fw.amongCount(ts, j, c.from))
			// "Civilian killed, 3 injured": a count right before a casualty word of its own is
			// that word's.
			if c.to < len(ts) {
				if _, own := fw.cueAt(ts, c.to); own {
					ok = false
				}
			}
			for x := cueEnd; x < c.from && ok; x++ {
				if !ts[x].word || c.from-cueEnd <= 3 && !fw.w.linkWords[ts[x].norm] && fw.quals[ts[x].norm] == "" {
					ok = false
				}
			}
			if ok {
				after, gapA = ci, c.from-cueEnd
			}
		}
	}
	if before >= 0 {
		return fw.wholeOrObject(ts, cs, used, before, after, j)
	}
	_ = gapA
	return after
}

// amongCount reports whether the casualty word at token j is the group "among" and an article
// open and the count at token from follows a form of "be" ("Among the wounded in X were four
// children"): the count is of that group.
func (fw *figureWords) amongCount(ts []token, j, from int) bool {
	return j >= 2 && fw.w.amongWords[ts[j-2].norm] && fw.w.articles[ts[j-1].norm] && fw.w.beForms[ts[from-1].norm]
}

// nameOrSide reports whether token x, between a count and its noun, goes on with a name or a
// list of sides: a capitalised word, a side word, or a word joining it to the side before.
func (fw *figureWords) nameOrSide(ts []token, x int) bool {
	t := ts[x]
	return t.word && (t.upper || fw.side[t.norm] != "" || x > 0 && fw.listJoin[t.norm] && fw.side[ts[x-1].norm] != "")
}

// sidesFrom reports whether tokens [from, x] all go on with a name or a list of sides (see
// nameOrSide): "regime and rebel" right after a count, not "injured as Ostrian regime".
func (fw *figureWords) sidesFrom(ts []token, from, x int) bool {
	for k := from; k <= x; k++ {
		if !fw.nameOrSide(ts, k) {
			return false
		}
	}
	return true
}

// gapBefore is where the words between a count ending at token to and a casualty word at
// token j start that must not break a clause: to when the count stands near the word, the
// token after its counted noun when only that noun's words and a few more stand between them
// ("70 regime and rebel fighters have been killed"); -1 when the count is not before the word
// or too far off.
func (fw *figureWords) gapBefore(ts []token, to, j int) int {
	if to > j {
		return -1
	}
	if j-to <= 4 {
		return to
	}
	_, _, end := fw.countedNoun(ts, to)
	if end < 0 || end > j || j-end > 3 {
		return -1
	}
	if end-1 > to && !fw.sidesFrom(ts, to, end-2) {
		return -1 // "several boats for militants": the count is of other things
	}
	return end
}

// wholeOrObject checks the count before a casualty word at token j, before, against the
// counts around it. A part of the dead ("11 civilians including three children were killed")
// gives way to the whole it breaks down, the count of a person noun right before the part's
// words. A count of things no person noun follows ("the raid on three farms killed 12
// civilians") gives way to the count of people right after the word, after.
func (fw *figureWords) wholeOrObject(ts []token, cs []count, used map[int]bool, before, after, j int) int {
	c := cs[before]
	if fw.partOf(ts, c.from, c.to) != "" {
		_, from := fw.qualifier(ts, c.from)
		_, from = fw.listedPart(ts, from) // the whole comes before the list's first part
		for ci := before - 1; ci >= 0; ci-- {
			w := cs[ci]
			if w.to > from {
				continue // an item of the list of parts ("including three women and two children")
			}
			if used[ci] || from-w.to > 5 {
				break
			}
			if who, _ := fw.counted(ts, w.to); who != "" && wordsOnly(ts[w.to:from]) && !fw.breaksBetween(ts, w.to, from) {
				return ci
			}
		}
		return before
	}
	if after >= 0 && c.to < j {
		own, _ := fw.counted(ts, c.to)
		them, _ := fw.counted(ts, cs[after].to)
		if own == "" && them != "" {
			return after
		}
	}
	return before
}

// breaksBetween reports whether a clause break stands among tokens [from, to).
func (fw *figureWords) breaksBetween(ts []token, from, to int) bool {
	for x := from; x < to; x++ {
		if fw.w.breakWords[ts[x].norm] {
			return true
		}
	}
	return false
}

// subjectCount is the count the parse ties to the casualty word at token j when words the word
// window does not cross stand between them: the count of a casualty verb's subject ("Twenty
// people, including six children, were reportedly killed"), or the count a casualty noun's verb
// reaches ("the toll from Saturday's attack on the checkpoint rose to 12"); -1 when there is
// none or no parse.
func subjectCount(s *sent, cs []count, used map[int]bool, j int) int {
	p := s.parse
	if p == nil {
		return -1
	}
	v := tree.WordAt(p, s.toks[j].start)
	if v < 0 {
		return -1
	}
	var holds func(k int) bool
	switch p.Tokens[v].UPOS {
	case "VERB":
		subj := tree.PassiveSubject(p, v)
		if subj < 0 {
			subj = tree.Subject(p, v)
		}
		if subj < 0 {
			return -1
		}
		holds = func(k int) bool { return p.Tokens[k].Head == subj && numberRel(p.Tokens[k].Rel) }
	case "NOUN":
		h := p.Tokens[v].Head
		if h < 0 || p.Tokens[v].Rel != "nsubj" || p.Tokens[h].UPOS != "VERB" {
			return -1
		}
		// The count is what the verb reaches ("rose to 12"), or the number of it ("to 12 soldiers").
		holds = func(k int) bool {
			g := p.Tokens[k].Head
			return g == h && (p.Tokens[k].Rel == "obl" || p.Tokens[k].Rel == "obj") ||
				g >= 0 && p.Tokens[g].Head == h && numberRel(p.Tokens[k].Rel) && (p.Tokens[g].Rel == "obl" || p.Tokens[g].Rel == "obj")
		}
	default:
		return -1
	}
	for ci, c := range cs {
		if used[ci] || c.to <= c.from {
			continue
		}
		if k := tree.WordAt(p, s.toks[c.to-1].start); k >= 0 && holds(k) {
			return ci
		}
	}
	return -1
}

// numberRel reports whether a parse relation ties a count to the noun it counts. A capitalised
// count opening the sentence may be read as a part of a name ("Eleven/compound soldiers").
func numberRel(rel string) bool { return rel == "nummod" || rel == "compound" }

// qualifier reads the words before a count's first token from ("at least", "nearly") and
// returns their kind ("atleast", "atmost", "approx"; "" for none) and where the figure starts.
func (fw *figureWords) qualifier(ts []token, from int) (string, int) {
	for back := min(3, from); back >= 1; back-- {
		var ws []string
		ok := true
		for x := from - back; x < from; x++ {
			if !ts[x].word {
				ok = false
			}
			ws = append(ws, ts[x].norm)
		}
		if q := fw.quals[strings.Join(ws, " ")]; ok && q != "" {
			return q, from - back
		}
	}
	return "", from
}

// totalled reports whether the words right before token from of a count, its qualifier
// included, make it a running total: "bringing the total to 84" adds an incident's dead to
// those before, while the incident's own count in the sentence stays its own.
func (fw *figureWords) totalled(ts []token, from int) bool {
	ws := make([]string, 0, fw.maxWords)
	for back := 1; back <= min(fw.maxWords, from); back++ {
		if !ts[from-back].word {
			return false
		}
		ws = append([]string{ts[from-back].norm}, ws...)
		if fw.totalTo[strings.Join(ws, " ")] {
			return true
		}
	}
	return false
}

// total reports whether count c, whose low end is lo, is a total over many incidents: a toll in
// the thousands, a cue of totals before the sentence's relative clause, or a period of years.
func (fw *figureWords) total(text, low string, s *sent, c count, lo int) bool {
	// A toll in the thousands is a war's or a campaign's, not one incident's.
	if lo >= 2000 {
		return true
	}
	cut := relativeAfter(s, c.to)
	for _, p := range fw.totals {
		if i := indexWord(low, p); i >= 0 && i < cut {
			return true
		}
	}
	// "between 2010 and 2015, with 584 deaths": a period's dead, not one incident's.
	return periodOfYears(text, s) || fw.pastDays(text, s)
}

// pastDays reports whether a sentence dates what it tells by a span of days or longer counted
// back from the report ("in the past four days", "over the last two weeks") or told as the
// span the dead were counted over ("over two days"), or counts the
// incidents of such a span ("two days of shelling have killed 38"): a count so dated is the
// total of that span, not one incident's.
func (fw *figureWords) pastDays(text string, s *sent) bool {
	for _, tx := range s.timexes {
		if !daysOrLonger(tx.Value) || tx.Start < 0 || tx.End > len(text) {
			continue
		}
		if fw.daysOfIncidents(s, tx) {
			return true
		}
		words := strings.Fields(strings.ToLower(text[tx.Start:tx.End]))
		if len(words) > 1 && words[0] == "the" {
			words = words[1:]
		}
		if len(words) > 0 && (fw.spanLead[words[0]] || fw.spanOver[words[0]]) || fw.spanOver[wordBefore(s, tx.Start)] {
			return true
		}
	}
	return false
}

// wordBefore is the word of sentence s that ends right before byte offset at, "" when none does.
func wordBefore(s *sent, at int) string {
	w := ""
	for _, t := range s.toks {
		if t.end > at {
			break
		}
		w = t.norm
	}
	return w
}

// spanOfReach is how many words after the word joining a span of days to its incidents the
// incident noun may come ("two days of such heavy rebel bombardment"), within the clause.
const spanOfReach = 4

// daysOfIncidents reports whether time expression tx, a span of days, is joined to an incident
// noun after it ("two days of bombardment", "a week of air strikes"): the span's incidents, not
// one of them.
func (fw *figureWords) daysOfIncidents(s *sent, tx dossier.Timex) bool {
	at := -1
	for i, t := range s.toks {
		if t.start >= tx.End {
			at = i
			break
		}
	}
	if at < 0 || !fw.spanOf[s.toks[at].norm] {
		return false
	}
	for j := at + 1; j < len(s.toks) && j <= at+spanOfReach && s.toks[j].word; j++ {
		if _, ok := fw.incidents[s.toks[j].norm]; ok {
			return true
		}
		if j+1 < len(s.toks) {
			if _, ok := fw.incidents[s.toks[j].norm+" "+s.toks[j+1].norm]; ok {
				return true
			}
		}
	}
	return false
}

// daysOrLonger reports whether TIMEX3 value v is a duration of two days or more ("P4D", "P2W",
// "P1M"); hours and a single day are one report's span.
func daysOrLonger(v string) bool {
	if len(v) < 3 || v[0] != 'P' || v[1] == 'T' {
		return false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	if err != nil {
		return false
	}
	switch v[len(v)-1] {
	case 'D':
		return n >= 2
	case 'W', 'M', 'Y':
		return n >= 1
	}
	return false
}

// figure writes out count c, stated by the casualty word at [j, cueEnd) of sentence s.
func (fw *figureWords) figure(text, low string, s *sent, c count, counts string, j, cueEnd int) dossier.Figure {
	ts := s.toks
	kind, from := fw.qualifier(ts, c.from)
	lo, hi := c.lo, c.hi
	switch kind {
	case "atleast":
		hi = -1
	case "atmost":
		lo = 0
	case "approx":
		lo, hi = int(math.Floor(float64(lo)*0.85)), int(math.Ceil(float64(hi)*1.15))
	}
	at := dossier.Span{Start: ts[from].start, End: ts[c.to-1].end}
	f := dossier.Figure{Span: s.span, At: at, Counts: counts, Low: lo, Text: text[at.Start:at.End], Loose: c.loose}
	if hi >= 0 {
		f.High = &hi
	}
	f.Who, f.Side = fw.counted(ts, c.to)
	f.Part = fw.partOf(ts, from, c.to)
	for _, u := range fw.updates {
		if strings.Contains(low, u) {
			f.Update = true
			break
		}
	}
	f.Total = fw.total(text, low, s, c, lo) || fw.totalled(ts, from)
	for _, p := range fw.night {
		if indexWord(low, p) >= 0 {
			f.Night = true
			break
		}
	}
	for _, p := range fw.incByLen {
		if indexWord(low, p) >= 0 {
			f.Incidents = appendNew(f.Incidents, incidentStem(p))
			if fam := fw.incidents[p]; fam != "" {
				f.Families = appendNew(f.Families, fam)
			}
		}
	}
	sort.Strings(f.Incidents)
	sort.Strings(f.Families)
	for _, t := range ts {
		if site := fw.sites[t.norm]; site != "" && t.word {
			f.Sites = appendNew(f.Sites, site)
		}
	}
	sort.Strings(f.Sites)
	f.Clause = figureClause(s, min(from, j), max(c.to, cueEnd))
	if tx, ok := antecedentTime(s, f.Clause); ok {
		f.Time = tx.Value
	}
	filed := "" // a dateline's date in the clause: the figure's only when the clause gives no other
	for _, tx := range s.timexes {
		if tx.Start < f.Clause.Start || f.Clause.End < tx.End {
			continue
		}
		dated := tx.Type != "DURATION" && tx.Type != "SET"
		switch {
		case dated && tx.Dateline:
			filed = tx.Value
			continue
		case dated && moreKnown(tx.Value, f.Time):
			f.Time = tx.Value
		}
		if fw.wholeMonth(s, tx) {
			f.Total = true // "killed in August shelling": the dead of a month, not of one incident
		}
	}
	if f.Time == "" {
		f.Time = filed
	}
	if fw.joinedDays(text, s, f.Clause) {
		f.Total = true // "71 killed on Tuesday and Wednesday": two days' dead, not one incident's
	}
	return f
}

// joinedDays reports whether a clause of sentence s dates what it tells by two different days
// joined into a span ("on Tuesday and Wednesday", "from Monday to Thursday").
func (fw *figureWords) joinedDays(text string, s *sent, clause dossier.Span) bool {
	var prev *dossier.Timex
	for i := range s.timexes {
		tx := &s.timexes[i]
		if tx.Start < clause.Start || clause.End < tx.End || tx.Type != "DATE" || tx.Dateline || !dayValue(tx.Value) {
			continue
		}
		if prev != nil && prev.Value != tx.Value && prev.End <= tx.Start {
			if fw.daysJoin[strings.ToLower(strings.TrimSpace(text[prev.End:tx.Start]))] {
				return true
			}
		}
		prev = tx
	}
	return false
}

// counted reads what a count ending at token to counts, from the noun after it, and whose side
// those dead are on, from that noun or the words between ("nine regime forces"). The noun
// follows within two words, or after a name the count is of ("200 Jaysh Example Terrorists")
// or sides joined in a list ("70 regime and rebel fighters").
func (fw *figureWords) counted(ts []token, to int) (who, side string) {
	who, side, _ = fw.countedNoun(ts, to)
	return who, side
}

// countedNoun is counted with the token right after the noun it reads, -1 when it reads none.
func (fw *figureWords) countedNoun(ts []token, to int) (who, side string, end int) {
	end = to + 2
	for x := to; x < len(ts) && x <= end; x++ {
		if w, ok := fw.who[ts[x].norm]; ok && (w != "group" || wordsOnly(ts[to:x+1])) {
			if w == "fighters" {
				side = fw.sideOf(ts[to : x+1])
			}
			return w, side, x + 1
		}
		if x == end && end < to+5 && (ts[x].upper && ts[x].word || fw.sidesFrom(ts, to, x)) {
			end++ // a name, or a list of sides, between the count and its noun
		}
	}
	return "", "", -1
}

// partOf is the part of the dead a count at tokens [from, to) counts, its qualifier included,
// from the words right before it ("among them", "the bodies of") or right after it or after its
// counted noun ("of those killed", "children were among"); "" when it is a toll.
func (fw *figureWords) partOf(ts []token, from, to int) string {
	for from > 0 && !ts[from-1].word {
		from-- // "among them, 5 women"
	}
	if v := fw.partBefore(ts, from); v != "" {
		return v
	}
	if v, _ := fw.listedPart(ts, from); v != "" {
		return v
	}
	starts := []int{to}
	if to < len(ts) {
		if _, ok := fw.who[ts[to].norm]; ok {
			starts = append(starts, to+1)
		}
	}
	for _, at := range starts {
		for n := min(4, len(ts)-at); n >= 1; n-- {
			if v, ok := fw.partPost[joinNorms(ts[at:at+n])]; ok {
				return v
			}
		}
	}
	return ""
}

// partBefore is the part of the dead the words ending right before token at make what follows
// count ("among them"), "" when they make none.
func (fw *figureWords) partBefore(ts []token, at int) string {
	for n := min(4, at); n >= 1; n-- {
		if v, ok := fw.partPre[joinNorms(ts[at-n:at])]; ok {
			return v
		}
	}
	return ""
}

// partListReach is how many words an item of a list of parts of the dead may have ("a woman").
const partListReach = 4

// listedPart is the part of the dead a count at token from counts when it is the last item of a
// list of parts ("including a woman and two children"): the part the words before the list's
// first item make, and the token the list starts at; "" when the count follows no joining word
// or no such list.
func (fw *figureWords) listedPart(ts []token, from int) (string, int) {
	if from < 2 || !fw.listJoin[ts[from-1].norm] {
		return "", from
	}
	for k := from - 2; k >= 0 && k >= from-1-partListReach && ts[k].word; k-- {
		if v := fw.partBefore(ts, k); v != "" {
			return v, k
		}
	}
	return "", from
}

// joinNorms is the normalised words of tokens, joined by spaces.
func joinNorms(ts []token) string {
	ws := make([]string, len(ts))
	for i, t := range ts {
		ws[i] = t.norm
	}
	return strings.Join(ws, " ")
}

// sideOf is the side the words of a counted phrase put the dead on, "" when they say none or
// both.
func (fw *figureWords) sideOf(ts []token) string {
	side := ""
	for _, t := range ts {
		if s := fw.side[t.norm]; s != "" {
			if side != "" && side != s {
				return ""
			}
			side = s
		}
	}
	return side
}

// measureOf reports whether the words from token at are "of" and a measure, a word before it at
// most ("tens of rocket shells"): the count is of things, not people.
func (fw *figureWords) measureOf(ts []token, at int) bool {
	if ts[at].norm != "of" {
		return false
	}
	for x := at + 1; x < len(ts) && x <= at+2; x++ {
		if fw.measure[ts[x].norm] {
			return true
		}
	}
	return false
}

// antecedentTime is the date that pre-modifies the noun a figure's relative clause is about: in
// "a mid-August attack that killed 32", the figure's clause is "killed 32" and the attack's date
// is the figure's.
func antecedentTime(s *sent, clause dossier.Span) (dossier.Timex, bool) {
	ts := s.toks
	rel := -1
	for x := range ts {
		if ts[x].end == clause.Start && s.w.relatives[ts[x].norm] {
			rel = x
		}
	}
	if rel < 0 {
		return dossier.Timex{}, false
	}
	// The noun phrase before the relative word: words up to a break or punctuation, a few at most.
	from := rel
	for from > 0 && rel-from < 6 && (ts[from-1].word || ts[from-1].norm == "-") && !s.w.breakWords[ts[from-1].norm] {
		from--
	}
	if from == rel {
		return dossier.Timex{}, false
	}
	for _, tx := range s.timexes {
		if tx.Start >= ts[from].start && tx.End <= ts[rel].start && tx.Type == "DATE" {
			return tx, true
		}
	}
	return dossier.Timex{}, false
}

// wholeMonth reports whether a time expression names a month, or a longer period, as a span
// the count runs over ("in August", "during 2016").
func (fw *figureWords) wholeMonth(s *sent, tx dossier.Timex) bool {
	if tx.Type != "DATE" || len(tx.Value) != 7 && len(tx.Value) != 4 || tx.Value[4:] != "" && tx.Value[4] != '-' {
		return false
	}
	for i, t := range s.toks {
		if t.start < tx.Start {
			continue
		}
		if i == 0 {
			return false
		}
		need, ok := fw.period[s.toks[i-1].norm]
		if !ok || need == "" {
			return ok
		}
		// "in August shelling", not "late in March": the month names an incident noun's span.
		for j := i; j < len(s.toks); j++ {
			if s.toks[j].start >= tx.End {
				_, inc := fw.incidents[s.toks[j].norm]
				return inc
			}
		}
		return false
	}
	return false
}

// periodOfYears reports whether a sentence dates what it tells by a span of years: two
// different years named as years ("between 2010 and 2015", "from 2012 to 2014"), or one year
// written as the start of a range ("2010-2015"). A count so dated is the total of that period.
func periodOfYears(text string, s *sent) bool {
	first := ""
	for _, tx := range s.timexes {
		if tx.Type != "DATE" || !isYear(tx.Value) {
			continue
		}
		if first != "" && tx.Value != first {
			return true
		}
		first = tx.Value
		if rest := text[tx.End:min(len(text), tx.End+6)]; yearRangeEnd(rest) {
			return true
		}
	}
	return false
}

// yearRangeEnd reports whether s, the text right after a year, closes a range of years with a
// dash and another year ("-2015", "–2015").
func yearRangeEnd(s string) bool {
	for _, dash := range []string{"-", "–", "—"} {
		if rest, ok := strings.CutPrefix(s, dash); ok {
			return len(rest) >= 4 && isYear(rest[:4])
		}
	}
	return false
}

// figureClause is the clause of a figure whose words run over tokens [from, to): from the last
// break before it to the first punctuation after it. A participle after a comma ("…, killing
// nine people") tells the outcome of the clause before it, whose place and day are the figure's.
func figureClause(s *sent, from, to int) dossier.Span {
	ts := s.toks
	cl := s.span
	for x := from - 1; x >= 0; x-- {
		if !ts[x].word || s.w.breakWords[ts[x].norm] {
			cl.Start = ts[x].end
			if ts[x].norm == "," && x+1 < len(ts) && strings.HasSuffix(ts[x+1].norm, "ing") {
				cl.Start = s.span.Start
				for y := x - 1; y >= 0; y-- {
					if !ts[y].word || s.w.breakWords[ts[y].norm] {
						cl.Start = ts[y].end
						break
					}
				}
			}
			break
		}
	}
	for x := to; x < len(ts); x++ {
		if !ts[x].word && ts[x].norm != "-" {
			cl.End = ts[x].start
			break
		}
	}
	return cl
}

// moreKnown reports whether TIMEX3 date value a says more than b.
func moreKnown(a, b string) bool {
	if len(a) < 4 || !(a[0] >= '0' && a[0] <= '9' || a[0] == 'X') {
		return false
	}
	known := func(v string) int { return len(v) - strings.Count(v, "X") }
	return b == "" || known(a) > known(b)
}

// indexWord finds phrase in s as whole words, or returns -1.
func indexWord(s, phrase string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(phrase)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			return i
		}
		from = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
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

// wordsOnly reports whether ts holds no punctuation: a calling counts the dead only next to
// the count ("six teachers", not "15, rescuers said").
func wordsOnly(ts []token) bool {
	for _, t := range ts {
		if !t.word {
			return false
		}
	}
	return true
}

func appendNew(s []string, x string) []string {
	for _, y := range s {
		if y == x {
			return s
		}
	}
	return append(s, x)
}

// attachFigures puts each figure of a sentence on the event it belongs to: the attack of the
// sentence whose trigger is nearest; else, when the figure says someone was killed by a hand
// (not a death toll alone, nor an earthquake or a flood), an attack of its own, returned with
// ok, whose trigger is the first such figure's casualty word ("after a clash in which 12 fighters
// were killed" tells a killing besides the dismissal); else the last attack the document told
// before (a toll said later refers back to it); else the nearest event of the sentence. A war's
// running total of the dead no attack of its sentence takes goes to rest, with the figures no
// event takes.
func attachFigures(lw *wordLists, text string, events []dossier.Event, n int, figs []dossier.Figure, words []dossier.Span) (ev dossier.Event, ok bool, rest []dossier.Figure) {
	here := events[n:]
	prev := -1
	for i := n - 1; i >= 0 && prev < 0; i-- {
		if events[i].Type == dossier.Assault {
			prev = i
		}
	}
	var orphans []dossier.Figure
	trigger := dossier.Span{}
	for fi, f := range figs {
		attack, other := nearestEvents(here, f.At.Start)
		word := text[words[fi].Start:words[fi].End]
		switch {
		case attack >= 0:
			here[attack].Figures = append(here[attack].Figures, f)
		case f.Total && dyingWord(word) && f.Low >= warTotal:
			// "More than 200000 people have died in the war": the dead of a war's running
			// total were killed in no one attack; it tells none of its own, nor the last one's
			// count.
			rest = append(rest, f)
		case !natural(f) && (lw.killingWord(word) || len(f.Families) > 0 && dyingWord(word)):
			if len(orphans) == 0 {
				trigger = words[fi]
			}
			orphans = append(orphans, f)
		case prev >= 0:
			events[prev].Figures = append(events[prev].Figures, f)
		case other >= 0:
			here[other].Figures = append(here[other].Figures, f)
		default:
			rest = append(rest, f)
		}
	}
	if len(orphans) == 0 {
		return dossier.Event{}, false, rest
	}
	f := orphans[0]
	span := f.Clause
	if !span.Contains(trigger) {
		span = f.Span
	}
	ev = dossier.Event{Span: span, Type: dossier.Assault, Trigger: trigger, Word: strings.ToLower(text[trigger.Start:trigger.End]), Text: text[span.Start:span.End],
		Time: f.Time, Modality: dossier.Asserted, Figures: orphans}
	return ev, true, rest
}

// warTotal is the least count of the dead of a running total that is a war's, whose dead were
// killed in many attacks; a smaller one ("21 died since dawn") may be one day's fighting.
const warTotal = 1000

// figurePlaceReach is how many words at most stand between a casualty word and a place its
// attack takes (figurePlaces): further on, an unpunctuated report has moved on to other news.
const figurePlaceReach = 10

// figurePlaces returns the places of the attack a casualty figure makes (ev): the places its
// clause names shortly after its casualty word behind a preposition of place ("19 insurgents
// were killed since Monday in X", "blast kills 60 in X suburb"), outside the names of its
// sources.
func (x *Extractor) figurePlaces(s *sent, ev dossier.Event) []dossier.Arg {
	out := ev.Args
	// the first token after the casualty word
	after := slices.IndexFunc(s.toks, func(tk token) bool { return tk.start >= ev.Trigger.End })
	if after < 0 {
		return out
	}
	for _, it := range s.items {
		end := s.toks[it.t1-1].end
		if it.typ != dossier.LOC || it.junk || it.t0 < after || it.t0-after > figurePlaceReach || end > ev.Span.End || hasChain(dossier.Event{Args: out}, it.chain) {
			continue
		}
		pr := prep(s, it)
		if !s.w.placePreps[pr] || s.w.ofPreps[pr] || s.w.originCases[pr] || inSourceToks(s, it) || s.w.distantFrom(s, it) || x.holdsNamedPlace(s, it) {
			continue
		}
		out = append(out, dossier.Arg{Role: rolePlace, Chain: it.chain})
	}
	return out
}

// inSourceToks reports whether item it lies in the name of a source of its sentence.
func inSourceToks(s *sent, it item) bool {
	for _, r := range s.srcToks {
		if it.t0 >= r[0] && it.t0 < r[1] {
			return true
		}
	}
	return false
}

// nearestEvents are the attack and the other event of here whose triggers are nearest to pos,
// -1 when there is none.
func nearestEvents(here []dossier.Event, pos int) (attack, other int) {
	attack, other = -1, -1
	for i := range here {
		d := abs(here[i].Trigger.Start - pos)
		if here[i].Type == dossier.Assault {
			if attack < 0 || d < abs(here[attack].Trigger.Start-pos) {
				attack = i
			}
		} else if other < 0 || d < abs(here[other].Trigger.Start-pos) {
			other = i
		}
	}
	return attack, other
}

// dyingWord reports whether a casualty word says people died, which tells an attack when the
// sentence names one ("died in the clash").
func dyingWord(w string) bool {
	w = strings.ToLower(w)
	return w == "died" || w == "dead" || w == "perished"
}

// killingWord reports whether a casualty word says people were killed or hurt by someone's
// hand, as a verb does ("killed", "killing", "wounded"), rather than naming a toll.
func (lw *wordLists) killingWord(w string) bool {
	w = strings.ToLower(w)
	if lw.killingWords[w] {
		return true
	}
	for p := range lw.killingWords {
		if strings.HasSuffix(p, "*") && strings.HasPrefix(w, p[:len(p)-1]) {
			return true
		}
	}
	return false
}

// natural reports whether a figure's sentence names only incidents of no family of attacks or
// fighting: an earthquake, a flood, a fire.
func natural(f dossier.Figure) bool {
	return len(f.Incidents) > 0 && len(f.Families) == 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Figures reads the casualty figures of a's sentences onto a.Events, as Analyze does, for an
// analysis whose events were found otherwise. a.Events are taken in text order; figures that
// belong to no event make attacks of their own, put in their place, or go to a.Figures.
func (x *Extractor) Figures(a *dossier.Analysis) {
	text := a.Doc.Text
	sents := a.Doc.Sentences
	if len(sents) == 0 {
		sents = x.split.Sentences(text)
	}
	timexes := eventTimexes(a)
	var out []dossier.Event
	var named []namedCount
	ei := 0
	for si, span := range sents {
		if span.Start < 0 || span.End > len(text) || span.Start >= span.End {
			continue
		}
		var p *dossier.Sentence
		if len(a.Doc.Sentences) > 0 && si < len(a.Parse) {
			p = &a.Parse[si]
		}
		n := len(out)
		for ei < len(a.Events) && a.Events[ei].Start < span.End {
			out = append(out, a.Events[ei])
			ei++
		}
		s := &sent{span: span, toks: x.lx.w.sentTokens(text, span, p), w: x.lx.w}
		s.inTimex = make([]bool, len(s.toks))
		for _, t := range timexes {
			if t.Start < span.End && span.Start < t.End {
				s.timexes = append(s.timexes, t)
				for i, tk := range s.toks {
					if tk.start < t.End && t.Start < tk.end {
						s.inTimex[i] = true
					}
				}
			}
		}
		figs, words, nc := x.lx.figures.figures(text, s)
		named = append(named, nc...)
		if len(figs) > 0 {
			x.lx.attacks.markFigures(text, s, figs, words)
			x.campaignFigures(s, figs, words)
			add, ok, rest := attachFigures(x.lx.w, text, out, n, figs, words)
			if ok {
				out = append(out, add)
			}
			a.Figures = append(a.Figures, rest...)
		}
		x.lx.attacks.markEvents(text, s, out[n:])
	}
	a.Events = append(out, a.Events[ei:]...)
	restatedWho(a.Events, a.Figures, named)
	campaignTolls(a.Events)
	sentenceDays(a.Events, timexes)
	summedTolls(figuresOf(a.Events, a.Figures))
	markQuoted(text, figuresOf(a.Events, a.Figures))
	carryDays(text, a.Events, timexes, a.Mentions)
}

// sentenceDays dates the figures whose clause gives no date by the day of the event that
// carries them, when a date of their sentence gives that day: in "A car bomb exploded in X on
// Monday, killing 14 people" the 14 died on Monday, though "killing 14 people" names no day.
func sentenceDays(events []dossier.Event, timexes []dossier.Timex) {
	for i := range events {
		ev := &events[i]
		if !dayValue(ev.Time) {
			continue
		}
		for j := range ev.Figures {
			f := &ev.Figures[j]
			if f.Time != "" {
				continue
			}
			for _, tx := range timexes {
				if tx.Type == "DATE" && tx.Value == ev.Time && f.Span.Start <= tx.Start && tx.End <= f.Span.End {
					f.Time = ev.Time
					break
				}
			}
		}
	}
}

// carryDays dates a figure that its sentence gives no date by the day of the sentence right
// before it, a figure's or else an event's, when it names no place that sentence does not:
// "Strikes on X killed 40 civilians on Saturday. Shelling of X killed nine." tells the nine of
// Saturday too, not of the day the report was filed, and so does "Leaders accused the army of
// killing civilians in X on Friday. Nineteen people died in the strike"; "Rockets hit Y, killing
// two" tells of another incident.
func carryDays(text string, events []dossier.Event, timexes []dossier.Timex, mentions []dossier.Mention) {
	var figs []*dossier.Figure
	for i := range events {
		for j := range events[i].Figures {
			figs = append(figs, &events[i].Figures[j])
		}
	}
	sort.SliceStable(figs, func(i, j int) bool { return figs[i].Span.Start < figs[j].Span.Start })
	// The days of the sentences before any is carried, so none is carried twice.
	type dated struct {
		span dossier.Span
		day  string
	}
	var days []dated
	for _, f := range figs {
		if dayValue(f.Time) {
			days = append(days, dated{f.Span, f.Time})
		}
	}
	for _, e := range events {
		// Only an event its own sentence dates: a day carried to it would chain.
		if dayValue(e.Time) && hasTimex(timexes, e.Span) {
			days = append(days, dated{e.Span, e.Time})
		}
	}
	for _, f := range figs {
		if f.Time != "" || f.Span.Start > len(text) || hasTimex(timexes, f.Span) {
			continue
		}
		day := ""
		for _, g := range days {
			if g.span.End > f.Span.Start || strings.TrimSpace(text[g.span.End:f.Span.Start]) != "" || !placesWithin(text, mentions, f.Span, g.span) {
				continue
			}
			if day != "" && day != g.day {
				day = "" // the sentence before gives two days: neither is sure
				break
			}
			day = g.day
		}
		f.Time = day
	}
}

// placesWithin reports whether every place named in span is named in span before too.
func placesWithin(text string, mentions []dossier.Mention, span, before dossier.Span) bool {
	named := map[string]bool{}
	for _, m := range mentions {
		if m.Type == dossier.LOC && before.Contains(m.Span) {
			named[strings.ToLower(text[m.Start:m.End])] = true
		}
	}
	for _, m := range mentions {
		if m.Type == dossier.LOC && span.Contains(m.Span) && !named[strings.ToLower(text[m.Start:m.End])] {
			return false
		}
	}
	return true
}

// hasTimex reports whether a time expression stands inside span.
func hasTimex(timexes []dossier.Timex, span dossier.Span) bool {
	for _, tx := range timexes {
		if span.Start <= tx.Start && tx.End <= span.End {
			return true
		}
	}
	return false
}

// dayValue reports whether a TIMEX3 value names one day of a known year ("2024-06-03").
func dayValue(v string) bool {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for i, r := range v {
		if i != 4 && i != 7 && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}
