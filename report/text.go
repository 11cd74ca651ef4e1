package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	dates "github.com/dossier-project/dossier/timeline"
)

// Options sets how the terminal report is laid out.
type Options struct {
	// Width is the line width in columns; 0 means 100.
	Width int
	// Documents adds each document's text, its cited sentences marked, at the end.
	Documents bool
}

// Terminal writes the report as plain text for a terminal. Text from documents is stripped of
// control characters, so a hostile page cannot move the cursor or change colours.
func Terminal(w io.Writer, in Input, opts Options) error {
	width := opts.Width
	if width <= 0 {
		width = 100
	}
	m := build(in)
	t := &textWriter{sink: sink{w: bufio.NewWriter(w)}, width: width}
	c := m.Counts
	t.line(0, "DOSSIER REPORT")
	t.line(0, countsLine(c))
	if opts.Documents {
		t.line(0, "Citations read D2:4 — document D2, sentence 4; cited sentences are marked * under DOCUMENTS.")
	} else {
		t.line(0, "Citations read D2:4 — document D2, sentence 4 (\"dossier report --documents\" adds each document's text).")
	}
	t.sources(m.Groups)
	t.entities(m.Entities)
	t.timeline(m.Timeline)
	t.happenings(m.Happenings)
	t.conflicts(m.Conflicts)
	t.framing(m.Framing)
	if opts.Documents {
		t.documents(m.Docs)
	}
	return t.flush()
}

// sources lists the origin groups, each with its documents and why they are in it.
func (t *textWriter) sources(groups []groupView) {
	t.heading("SOURCES AND THEIR INDEPENDENCE")
	for _, g := range groups {
		t.line(2, fmt.Sprintf("%s — %s", g.Label, plural(len(g.Docs), "document")))
		for _, d := range g.Docs {
			t.line(4, fmt.Sprintf("%s  %s, %s: %q", d.Label, d.Source, dateOrUnknown(d.Published), d.Title))
			t.line(8, "origin: "+d.Reason)
		}
	}
}

// entities lists each entity with its spellings, who uses each and where.
func (t *textWriter) entities(entities []entityView) {
	t.heading("ENTITIES AND THEIR SPELLINGS")
	for _, e := range entities {
		t.line(2, fmt.Sprintf("%s (%s, %s, %s)", e.Name, e.Type, e.ID, plural(e.Docs, "document")))
		for _, s := range e.Spellings {
			t.line(6, fmt.Sprintf("%q — %s %s", s.Text, strings.Join(s.Sources, ", "), citeList(s.Cites)))
		}
	}
}

// timeline lists the dated happenings, then under their own headings those without a year and
// those that cannot be placed.
func (t *textWriter) timeline(tl timeline) {
	t.heading("TIMELINE")
	for _, it := range tl.Dated {
		t.timeItem(it)
	}
	if len(tl.Undated) > 0 {
		t.line(2, "Year not given:")
		for _, it := range tl.Undated {
			t.timeItem(it)
		}
	}
	if len(tl.Unplaced) > 0 {
		t.line(2, "Cannot be placed:")
		for _, it := range tl.Unplaced {
			t.timeItem(it)
		}
	}
}

// happenings lists each happening with how many origins tell it, who took part, and each report
// of it with its modality and attribution.
func (t *textWriter) happenings(hs []happeningView) {
	t.heading("HAPPENINGS, BEST CORROBORATED FIRST")
	for _, h := range hs {
		when := ""
		if h.Time != "" {
			when = fmt.Sprintf(", %s (%s)", h.When, h.Precision)
		}
		dead := ""
		if h.Fatalities != "" {
			dead = "; " + h.Fatalities + " dead"
		}
		t.line(2, fmt.Sprintf("%s %s%s — %s, %s; %s%s", h.ID, h.Type, when,
			plural(h.Origins, "independent origin"), plural(h.DocCount, "document"), h.Modalities, dead))
		if len(h.Participants) > 0 {
			t.line(6, "who: "+strings.Join(h.Participants, ", "))
		}
		for _, r := range h.Reports {
			s := fmt.Sprintf("[%s] %s, %s", r.Cite.Label(), r.Source, r.Modality)
			if r.Attribution != "" {
				s += ", according to " + r.Attribution
			}
			t.line(6, s+r.eventsNote()+": "+quote(r.Text))
		}
	}
}

// eventsNote says how many of the happening's events the quoted sentence tells, when more than
// one: " (3 events in this sentence)".
func (r reportView) eventsNote() string {
	if r.Events < 2 {
		return ""
	}
	return fmt.Sprintf(" (%d events in this sentence)", r.Events)
}

// conflicts lists each conflict with its sides.
func (t *textWriter) conflicts(cfs []conflictView) {
	t.heading("CONFLICTS")
	if len(cfs) == 0 {
		t.line(2, "No conflicts found.")
	}
	for _, cf := range cfs {
		t.line(2, fmt.Sprintf("%s %s: %s", cf.ID, cf.Kind, cf.Summary))
		t.sides(cf.Sides)
	}
}

// framing lists, for each actor, the labels each source gives it; sources that give none are
// left out.
func (t *textWriter) framing(ft framingTable) {
	t.heading("FRAMING: HOW EACH SOURCE LABELS EACH ACTOR")
	for _, row := range ft.Rows {
		t.line(2, row.Entity)
		for i, cell := range row.Cells {
			if cell.empty() {
				continue
			}
			t.line(6, ft.Sources[i]+": "+cell.said())
		}
	}
}

// documents writes each document's text, a paragraph a line, each sentence led by its number and
// the cited ones marked with a star.
func (t *textWriter) documents(docs []*docView) {
	t.heading("DOCUMENTS")
	for _, d := range docs {
		t.line(2, fmt.Sprintf("%s %s, %s: %q (%s)", d.Label, d.Source, dateOrUnknown(d.Published), d.Title, d.File))
		for _, p := range d.Paras {
			var b strings.Builder
			for _, s := range p {
				switch {
				case s.N > 0 && s.Cited:
					fmt.Fprintf(&b, "[%d*] %s", s.N, s.Text)
				case s.N > 0:
					fmt.Fprintf(&b, "[%d] %s", s.N, s.Text)
				default:
					b.WriteString(s.Text)
				}
			}
			t.line(6, b.String())
		}
	}
}

// timeItem writes one line of the timeline: when, what, who, how precise, how many origins, and
// the sentence that dates it. A happening more than one report tells also gets its id, under which
// the happenings section lists the other reports; one told once is all in its cited sentence.
func (t *textWriter) timeItem(it timeItem) {
	s := fmt.Sprintf("%s: %s", it.when(), it.Type)
	if it.Label != "" {
		s += " — " + it.Label
	}
	s += fmt.Sprintf(" (%s, %s)", it.precision(), plural(it.Origins, "origin"))
	var refs []string
	if it.Cite.Doc != nil {
		refs = append(refs, it.Cite.Label())
	}
	if it.Reports > 1 {
		refs = append(refs, fmt.Sprintf("%d reports under %s", it.Reports, it.ID))
	}
	if len(refs) > 0 {
		s += " [" + strings.Join(refs, "; ") + "]"
	}
	t.line(4, s)
}

// when is a timeline item's date as the reports print it: in words, as "dossier timeline" says
// it ("early 2 Aug 2013", "20 Feb 2015, night", "the week of 16 Feb 2015"), never a raw TIMEX3
// value a reader would have to decode.
func (it timeItem) when() string {
	return dates.Describe(it.Value, it.Mod)
}

// said is a framing cell as the text and Markdown reports write it: its labels quoted, the camp
// they place the actor in, and where they are said; a cell with a camp and no label is the camp
// and where it is said ("backed [D2:4]").
func (c framingCell) said() string {
	if len(c.Labels) == 0 {
		return c.Camp + " " + citeList(c.Cites)
	}
	return strings.Join(quoteAll(c.Labels), ", ") + c.campNote() + " " + citeList(c.Cites)
}

// campNote is the " (camp)" a framing cell's labels are followed by when they place the actor in
// a camp, or "".
func (c framingCell) campNote() string {
	if c.Camp != "" {
		return " (" + c.Camp + ")"
	}
	return ""
}

// sides puts two sides next to each other when they fit, else one under the other.
func (t *textWriter) sides(sides []sideView) {
	col := (t.width - 4 - 3) / 2
	if len(sides) != 2 || col < 24 {
		for _, s := range sides {
			t.line(6, fmt.Sprintf("[%s] %s: %s", s.Cite.Label(), s.sourceDate(), quote(s.Text)))
		}
		return
	}
	var cols [2][]string
	for i, s := range sides {
		head := fmt.Sprintf("[%s] %s:", s.Cite.Label(), s.sourceDate())
		cols[i] = append(wrap(head, col), wrap(quote(s.Text), col)...)
	}
	for i := 0; i < max(len(cols[0]), len(cols[1])); i++ {
		var l, r string
		if i < len(cols[0]) {
			l = cols[0][i]
		}
		if i < len(cols[1]) {
			r = cols[1][i]
		}
		t.raw("    " + l + strings.Repeat(" ", col-utf8.RuneCountInString(l)) + " | " + r)
	}
}

// textWriter writes lines wrapped to a width.
type textWriter struct {
	sink
	width int
}

func (t *textWriter) heading(s string) {
	t.raw("")
	t.raw(s)
	t.raw(strings.Repeat("=", utf8.RuneCountInString(s)))
}

// line writes s wrapped to the width, every line indented; continuation lines by two more.
func (t *textWriter) line(indent int, s string) {
	lines := wrap(s, t.width-indent-2)
	for i, l := range lines {
		pad := indent
		if i > 0 {
			pad += 2
		}
		t.raw(strings.Repeat(" ", pad) + l)
	}
}

func (t *textWriter) raw(s string) { t.write(strings.TrimRight(s, " ") + "\n") }

// sink is a buffered writer that keeps its first error, so that a report is written without
// checking every line and the error is returned once, by flush.
type sink struct {
	w   *bufio.Writer
	err error
}

func (k *sink) write(s string) {
	if k.err == nil {
		_, k.err = k.w.WriteString(s)
	}
}

func (k *sink) flush() error {
	if k.err != nil {
		return fmt.Errorf("report: %w", k.err)
	}
	if err := k.w.Flush(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// wrap breaks s into lines of at most width runes at spaces; a word longer than the width is cut.
func wrap(s string, width int) []string {
	width = max(width, 10)
	var lines []string
	var cur []rune
	for _, word := range strings.Fields(clean(s)) {
		r := []rune(word)
		for len(r) > width {
			if len(cur) > 0 {
				lines = append(lines, string(cur))
				cur = nil
			}
			lines = append(lines, string(r[:width]))
			r = r[width:]
		}
		switch {
		case len(cur) == 0:
			cur = r
		case len(cur)+1+len(r) <= width:
			cur = append(append(cur, ' '), r...)
		default:
			lines = append(lines, string(cur))
			cur = r
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		lines = append(lines, string(cur))
	}
	return lines
}

// clean replaces control and format characters (escape sequences, bidirectional overrides) with
// spaces.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)
}

// countsLine is the report's opening count of documents, origins, entities, happenings and
// conflicts, each noun in the number its count takes ("1 document", "2 documents").
func countsLine(c counts) string {
	return fmt.Sprintf("%s from %s; %s; %s, %d told by more than one origin; %s.",
		plural(c.Docs, "document"), plural(c.Origins, "independent origin"), plural(c.Entities, "entity"),
		plural(c.Happenings, "happening"), c.Corroborated, plural(c.Conflicts, "conflict"))
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "ty") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(noun, "y"))
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func dateOrUnknown(d string) string {
	if d == "" {
		return "date unknown"
	}
	return d
}

func quote(s string) string { return "“" + strings.TrimSpace(s) + "”" }

func quoteAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = quote(s)
	}
	return out
}

func citeList(cs []cite) string {
	if len(cs) == 0 {
		return ""
	}
	labels := make([]string, len(cs))
	for i, c := range cs {
		labels[i] = c.Label()
	}
	return "[" + strings.Join(labels, " ") + "]"
}
