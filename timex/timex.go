package timex

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// Tagger finds and normalises time expressions. It holds only read-only word lists and patterns
// and is safe for concurrent use.
type Tagger struct {
	lx     *lexicon
	rules  []rule
	heads  map[string]uint32 // lower-cased word → head classes
	future *regexp.Regexp
	weak   *regexp.Regexp
	past   *regexp.Regexp
	// dayAfter matches a second day joined to a month-and-day date ("April 24 and 25").
	dayAfter *regexp.Regexp
}

// New returns a Tagger with the embedded word lists of lang/en. The embedded lists are tested to
// load, so New panics only if the package itself is broken.
func New() *Tagger {
	t, err := Load(en.Embedded())
	if err != nil {
		panic("timex: embedded word lists: " + err.Error())
	}
	return t
}

// Load returns a Tagger reading the word lists of the language data d (months, weekdays,
// numbers, … of lang/en/data, with any --data overlay).
func Load(d *en.Data) (*Tagger, error) {
	lx, err := loadLexicon(d)
	if err != nil {
		return nil, fmt.Errorf("timex load: %w", err)
	}
	rules, err := buildRules(lx)
	if err != nil {
		return nil, fmt.Errorf("timex load: compile patterns: %w", err)
	}
	cue := func(m map[string]bool) (*regexp.Regexp, error) {
		return regexp.Compile(`(?i)(?:^|[^\pL'’])(?:` + alt(keys(m)) + `)(?:$|[^\pL])`)
	}
	fut, err := cue(lx.future)
	if err != nil {
		return nil, fmt.Errorf("timex load: future cues: %w", err)
	}
	weak, err := cue(lx.weak)
	if err != nil {
		return nil, fmt.Errorf("timex load: weak future cues: %w", err)
	}
	past, err := cue(lx.past)
	if err != nil {
		return nil, fmt.Errorf("timex load: past cues: %w", err)
	}
	dayAfter, err := regexp.Compile(expand(dayAfterPattern, placeholders(lx)))
	if err != nil {
		return nil, fmt.Errorf("timex load: second day: %w", err)
	}
	return &Tagger{lx: lx, rules: rules, heads: buildHeads(lx), future: fut, weak: weak, past: past,
		dayAfter: dayAfter}, nil
}

// Analyze fills a.Timexes from a.Doc.Text. The reference date is a.Doc.Published when it is
// known; otherwise it is inferred from the text where the text allows.
func (t *Tagger) Analyze(a *dossier.Analysis) error {
	ref, err := docRef(a)
	if err != nil {
		return err
	}
	a.Timexes = t.tag(a.Doc.Text, ref, a.Parse)
	return nil
}

// docRef returns the reference date of a's document: its publication date, or Ref{} when unknown.
func docRef(a *dossier.Analysis) (Ref, error) {
	if a == nil {
		return Ref{}, fmt.Errorf("timex analyze: nil analysis")
	}
	ref := ParseRef(a.Doc.Published)
	if ref.Year == 0 && strings.TrimSpace(a.Doc.Published) != "" {
		return Ref{}, fmt.Errorf("timex analyze %s: unreadable publication date %q", a.Doc.File, a.Doc.Published)
	}
	return ref, nil
}

// AnalyzeLanguageFree fills a.Timexes for a document in a language the word lists are not of: with
// the dates written in figures alone ("2019-03-04", "04/03/2019"), which no language shapes, read
// as Analyze reads them.
func (t *Tagger) AnalyzeLanguageFree(a *dossier.Analysis) error {
	ref, err := docRef(a)
	if err != nil {
		return err
	}
	var fs []found
	for _, f := range t.scan(a.Doc.Text) {
		if f.kind == kISO || f.kind == kSlash {
			fs = append(fs, f)
		}
	}
	a.Timexes = t.tagFound(a.Doc.Text, ref, nil, fs)
	return nil
}

// Tag returns the time expressions of text in text order, normalised against ref. With an
// unknown ref (Ref{}) the reference is inferred from the text where the text allows (see
// InferRef); otherwise unknown parts stay X.
func (t *Tagger) Tag(text string, ref Ref) []dossier.Timex { return t.tag(text, ref, nil) }

// tag is Tag reading the tense of the verbs that govern relative dates from parse when given.
func (t *Tagger) tag(text string, ref Ref, parse []dossier.Sentence) []dossier.Timex {
	return t.tagFound(text, ref, parse, t.secondDays(text, t.scan(text)))
}

// tagFound normalises the expressions fs found in text, in text order.
func (t *Tagger) tagFound(text string, ref Ref, parse []dossier.Sentence, fs []found) []dossier.Timex {
	line := t.dateline(text, fs)
	if ref.Year != 0 && line >= 0 {
		ref = t.printedRef(text, fs[line], ref)
	}
	if ref.Year == 0 {
		ref = t.inferFrom(fs)
		if line >= 0 {
			// With no publication date given, the dateline's is the text's own.
			if v, ok := (&state{t: t, text: text}).normalise(fs[line]); ok {
				if r := ParseRef(v.value); r.full() {
					ref = r
				}
			}
		}
	}
	st := &state{t: t, text: text, ref: ref, parse: parse}
	out := make([]dossier.Timex, 0, len(fs))
	parts := []int{} // indexes in out of bare parts of the day

	for i, f := range fs {
		var v tval
		ok := false
		switch {
		case i == line:
			// A dateline's date is the text's, not one its story tells: later expressions do
			// not resolve against it.
			v, ok = st.normaliseAside(f)
		case st.describesSet(f):
			// "each winter season, which starts in early September": a time of every year.
			v, ok = st.normaliseAside(f)
			v = everyYear(v)
		default:
			v, ok = st.normalise(f)
			if ok && i+1 < len(fs) {
				v = st.endedPeriod(f, fs[i+1], v)
				v = st.apposedQuarter(f, fs[i+1:], v)
			}
			st.noteStated(f, v, ok)
			if ok && st.yearlySet(v) {
				st.setEnd = f.end
			}
		}
		if !ok {
			continue
		}
		if f.kind == kPart {
			parts = append(parts, len(out))
		}
		out = append(out, dossier.Timex{
			Span:     dossier.Span{Start: f.start, End: f.end},
			Text:     text[f.start:f.end],
			Type:     v.typ,
			Value:    v.value,
			Mod:      v.mod,
			Dateline: i == line,
		})
	}
	for _, i := range parts {
		partOnNextDay(text, out, i)
	}
	return out
}

// endedPeriod gives a quarter or a year named with the day it closes on ("the quarter ended July
// 31", "the year ended Sept. 30") the value that day fixes, in place of v: the quarter that holds
// most of the three months before it and the year it falls in. Reports run to fiscal periods,
// so a quarter need not end with a calendar quarter; one with its number ("the fourth quarter
// ended Sept. 30") keeps it and takes the day's year.
func (s *state) endedPeriod(f, next found, v tval) tval {
	unit := strings.ToLower(f.g["unit"])
	named := f.kind == kQuarter && !quarterYearStated(f.g) && s.apposStart != f.start
	// After a quarter named by its number, "the quarter" is that one, maybe a fiscal quarter.
	bare := f.kind == kQuarterRef && unit == "quarter" && f.g["adj"] == "" && f.g["qy"] == "" && !s.hasQuarter
	year := f.kind == kRelUnit && strings.EqualFold(f.g["rel"], "the") && strings.HasSuffix(unit, "year")
	if !named && !bare && !year {
		return v
	}
	if !s.closes(f, next) {
		return v
	}
	end, ok := s.normaliseAside(next)
	day, err := time.Parse("2006-01-02", end.value)
	if !ok || err != nil {
		return v
	}
	switch {
	case year:
		v.value = fmtYear(day.Year())
	case named:
		v.value = fmtQuarter(day.Year(), s.lastQ)
		s.lastQY = day.Year()
	default:
		mid := day.AddDate(0, -1, 1-day.Day()) // the middle month of the three
		s.lastQY, s.lastQ = mid.Year(), quarterOf(int(mid.Month()))
		v.value = fmtQuarter(s.lastQY, s.lastQ)
		s.hasQuarter = true
	}
	return v
}

// quarterYearStated reports whether a quarter match states its year, in figures ("the 1988
// fourth quarter", "Q3 2019") or in words ("last year's fourth quarter", "the first quarter of
// next year"): the day closing it then does not set the year.
func quarterYearStated(g map[string]string) bool {
	return g["year"] != "" || g["qy"] != "" || g["ry"] != "" || strings.Contains(norm(g["qpos"]), "year")
}

// closes reports whether the day next is joined to the period f as the day it closes on ("the
// quarter ended July 31", "the year that ended Sept. 30").
func (s *state) closes(f, next found) bool {
	join := strings.Fields(strings.ToLower(s.text[f.end:next.start]))
	if len(join) == 2 && s.t.lx.relatives[join[0]] {
		join = join[1:]
	}
	return len(join) == 1 && s.t.lx.periodEnds[join[0]]
}

// apposedQuarter reads a year-ago quarter that a numbered quarter restates right after a comma
// ("In the comparable year-ago quarter, the second quarter ended Oct. 31, …"): both are that
// quarter of the year before, whatever quarter the report is on, and the day it closes on is of
// that year. v is the year-ago quarter's value as read alone; rest are the matches after f.
func (s *state) apposedQuarter(f found, rest []found, v tval) tval {
	next := rest[0]
	if f.kind != kYearAgo || f.g["qn"] != "" || !strings.EqualFold(f.g["unit"], "quarter") ||
		next.kind != kQuarter || quarterYearStated(next.g) ||
		strings.TrimSpace(s.text[f.end:next.start]) != "," {
		return v
	}
	y, err := strconv.Atoi(v.value[:min(4, len(v.value))])
	q := s.quarterNumber(next.g)
	if err != nil || q < 1 || q > 4 {
		return v
	}
	s.apposStart, s.apposYear = next.start, y
	if len(rest) > 1 && s.closes(next, rest[1]) {
		s.closeStart = rest[1].start
	}
	v.value = fmtQuarter(y, q)
	return v
}

// normaliseAside normalises f without letting it change what later expressions resolve against.
func (s *state) normaliseAside(f found) (tval, bool) {
	saved := *s
	v, ok := s.normalise(f)
	toks := s.toks
	*s = saved
	s.toks = toks
	return v, ok
}

// relativeReach is how many bytes a relative clause describing a set of a month or season of
// every year may run before a date in it.
const relativeReach = 60

// describesSet reports whether f stands in a relative clause right after a set of a month or a
// season of every year ("each winter season, which starts in early September"): it tells when
// each of them falls.
func (s *state) describesSet(f found) bool {
	if s.setEnd == 0 || f.start < s.setEnd || f.start-s.setEnd > relativeReach {
		return false
	}
	gap := s.text[s.setEnd:f.start]
	if strings.ContainsAny(gap, ".!?;:\n") {
		return false
	}
	return s.t.lx.relatives[nextWord(strings.TrimLeft(gap, " ,"), 0)]
}

// yearlySet reports whether v is a set of a month or a season of every year ("every March",
// "each winter season").
func (s *state) yearlySet(v tval) bool {
	if v.typ != "SET" || len(v.value) != len("XXXX-09") || !strings.HasPrefix(v.value, "XXXX-") {
		return false
	}
	code := v.value[len("XXXX-"):]
	if code[0] >= '0' && code[0] <= '9' {
		return true
	}
	for _, c := range s.t.lx.seasons {
		if c == code {
			return true
		}
	}
	return false
}

// everyYear takes the year off a date that a set of every year's times falls on ("2023-09"
// becomes "XXXX-09").
func everyYear(v tval) tval {
	if len(v.value) >= 4 && v.typ != "SET" && strings.IndexFunc(v.value[:4], func(r rune) bool { return r < '0' || r > '9' }) < 0 {
		v.value = "XXXX" + v.value[4:]
	}
	return v
}

// partNear is how many bytes may stand between a part of the day and the date it is of.
const partNear = 40

// partOnNextDay gives a bare part of the day the day of a date written out whole that follows it
// closely in its sentence ("early-morning warrants on Friday 14th June 2019"): the part is of
// that day, not the reference's.
func partOnNextDay(text string, out []dossier.Timex, i int) {
	if i+1 >= len(out) {
		return
	}
	p, d := &out[i], out[i+1]
	k := strings.Index(p.Value, "T")
	if d.Type != "DATE" || len(d.Value) != len("2006-01-02") || d.Value[0] == 'X' || k < 0 {
		return
	}
	gap := text[p.End:d.Start]
	if len(gap) > partNear || sentenceBreaks(gap) > 0 || strings.ContainsAny(gap, ",;") {
		return
	}
	p.Value = d.Value + p.Value[k:]
}

// printedRef is the reference the text's own dateline gives, given the reference ref its page
// came with (see dossier.ReferenceDate): its relative dates are counted from the day it was
// written on, which it prints.
func (t *Tagger) printedRef(text string, line found, ref Ref) Ref {
	if !ref.full() {
		return ref
	}
	v, ok := (&state{t: t, text: text, ref: ref}).normalise(line)
	if !ok {
		return ref
	}
	iso := fmt.Sprintf("%04d-%02d-%02d", ref.Year, ref.Month, ref.Day)
	if r := ParseRef(dossier.ReferenceDate(iso, v.value)); r.full() {
		return r
	}
	return ref
}

// InferRef infers a reference date from text alone: a weekday stated with a day of month and no
// year ("Tuesday, April 14") fixes the year when exactly one year near the latest year the text
// mentions has that weekday on that date. It returns Ref{} when the text does not allow it.
func (t *Tagger) InferRef(text string) Ref { return t.inferFrom(t.scan(text)) }
