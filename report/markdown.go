package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Markdown writes the report as Markdown. Text from documents is escaped, so it is read as text:
// markup, links and HTML in a page do not become markup in the report.
func Markdown(w io.Writer, in Input) error {
	m := build(in)
	b := &mdWriter{sink: sink{w: bufio.NewWriter(w)}}
	c := m.Counts
	b.p("# Dossier report")
	b.p(countsLine(c) + " Citations such as D2:4 name document D2, sentence 4 (see *Documents*).")
	b.sources(m.Groups)
	b.entities(m.Entities)
	b.timeline(m.Timeline)
	b.happenings(m.Happenings)
	b.conflicts(m.Conflicts)
	b.framing(m.Framing)
	b.documents(m.Docs)
	return b.flush()
}

// sources writes one table row per document, grouped by origin, with why each is in its group.
func (b *mdWriter) sources(groups []groupView) {
	b.p("## Sources and their independence")
	b.row("origin", "document", "source", "published", "title", "why in this group")
	b.row("---", "---", "---", "---", "---", "---")
	for _, g := range groups {
		for _, d := range g.Docs {
			b.row(g.Label, d.Label, md(d.Source), md(dateOrUnknown(d.Published)), md(d.Title), md(d.Reason))
		}
	}
	b.blank()
}

// entities writes each entity with its spellings, who uses each and where.
func (b *mdWriter) entities(entities []entityView) {
	b.p("## Entities and their spellings")
	for _, e := range entities {
		b.line(fmt.Sprintf("- **%s** (%s, %s, %s)", md(e.Name), e.Type, e.ID, plural(e.Docs, "document")))
		for _, s := range e.Spellings {
			b.line(fmt.Sprintf("  - “%s” — %s %s", md(s.Text), md(strings.Join(s.Sources, ", ")), mdCites(s.Cites)))
		}
	}
	b.blank()
}

// timeline writes one table of the dated happenings, then those without a year, then those that
// cannot be placed, each marked so in its precision column.
func (b *mdWriter) timeline(tl timeline) {
	b.p("## Timeline")
	if len(tl.Dated)+len(tl.Undated)+len(tl.Unplaced) == 0 {
		b.p("No happening is tied to a date.")
		return
	}
	b.row("when", "precision", "happening", "who", "origins", "cited")
	b.row("---", "---", "---", "---", "---:", "---")
	for _, group := range []struct {
		note  string
		items []timeItem
	}{{"", tl.Dated}, {"", tl.Undated}, {" (cannot be placed)", tl.Unplaced}} {
		for _, it := range group.items {
			cited := ""
			if it.Cite.Doc != nil {
				cited = it.Cite.Label()
			}
			b.row(md(it.when()), it.precision()+group.note, it.ID+" "+it.Type, md(it.Label), fmt.Sprint(it.Origins), cited)
		}
	}
	b.blank()
}

// happenings writes each happening under its own heading: how many origins tell it, who took
// part, and each report of it with its modality and attribution.
func (b *mdWriter) happenings(hs []happeningView) {
	b.p("## Happenings, best corroborated first")
	for _, h := range hs {
		when := ""
		if h.Time != "" {
			when = fmt.Sprintf(", %s (`%s`, %s)", md(h.When), h.Time, h.Precision)
		}
		b.p(fmt.Sprintf("### %s %s%s", h.ID, h.Type, when))
		dead := ""
		if h.Fatalities != "" {
			dead = "; **" + h.Fatalities + " dead** across sources"
		}
		b.p(fmt.Sprintf("**%s**, %s; %s%s.", plural(h.Origins, "independent origin"), plural(h.DocCount, "document"), h.Modalities, dead))
		if len(h.Participants) > 0 {
			b.p("Who: " + md(strings.Join(h.Participants, ", ")) + ".")
		}
		for _, r := range h.Reports {
			s := fmt.Sprintf("- %s %s, *%s*", r.Cite.Label(), md(r.Source), r.Modality)
			if r.Attribution != "" {
				s += ", according to " + md(r.Attribution)
			}
			b.line(s + r.eventsNote() + ": “" + md(r.Text) + "”")
		}
		b.blank()
	}
}

// conflicts writes each conflict with its sides as the columns of a one-row table, so that they
// are read side by side.
func (b *mdWriter) conflicts(cfs []conflictView) {
	b.p("## Conflicts")
	if len(cfs) == 0 {
		b.p("No conflicts found.")
	}
	for _, cf := range cfs {
		b.p(fmt.Sprintf("### %s %s", cf.ID, cf.Kind))
		b.p(md(cf.Summary))
		var head, rule, body []string
		for _, s := range cf.Sides {
			head = append(head, s.Cite.Label()+" "+md(s.sourceDate()))
			rule = append(rule, "---")
			body = append(body, "“"+md(s.Text)+"”")
		}
		b.row(head...)
		b.row(rule...)
		b.row(body...)
		b.blank()
	}
}

// framing writes a table of actors by sources, each cell the labels that source gives the actor.
func (b *mdWriter) framing(ft framingTable) {
	b.p("## Framing: how each source labels each actor")
	if len(ft.Rows) == 0 {
		b.p("No labels found.")
		return
	}
	head := []string{"actor"}
	rule := []string{"---"}
	for _, s := range ft.Sources {
		head = append(head, md(s))
		rule = append(rule, "---")
	}
	b.row(head...)
	b.row(rule...)
	for _, r := range ft.Rows {
		cells := []string{md(r.Entity)}
		for _, cell := range r.Cells {
			s := ""
			switch {
			case len(cell.Labels) > 0:
				s = md(strings.Join(quoteAll(cell.Labels), ", ")) + cell.campNote() + " " + mdCites(cell.Cites)
			case cell.Camp != "":
				s = cell.Camp + " " + mdCites(cell.Cites)
			}
			cells = append(cells, s)
		}
		b.row(cells...)
	}
	b.blank()
}

// documents writes each document's metadata and its text as quoted paragraphs, sentence numbers
// in brackets and cited sentences in bold, so that every citation can be checked.
func (b *mdWriter) documents(docs []*docView) {
	b.p("## Documents")
	for _, d := range docs {
		b.p(fmt.Sprintf("### %s %s", d.Label, md(d.Title)))
		meta := fmt.Sprintf("%s, %s; file %s; origin group of %s (%s).", md(d.Source), md(dateOrUnknown(d.Published)), md(d.File), d.Group, md(d.Reason))
		if d.URL != "" {
			meta += " URL: " + md(d.URL) + "."
		}
		b.p(meta)
		for _, p := range d.Paras {
			b.p("> " + mdParagraph(p))
		}
	}
}

// mdParagraph renders one paragraph of a document: each sentence's number before its first part,
// cited sentences in bold.
func mdParagraph(p []sentenceView) string {
	var s strings.Builder
	for _, sv := range p {
		switch {
		case sv.N > 0 && sv.Anchor && sv.Cited:
			fmt.Fprintf(&s, "**[%d]** **%s**", sv.N, md(sv.Text))
		case sv.N > 0 && sv.Anchor:
			fmt.Fprintf(&s, "[%d] %s", sv.N, md(sv.Text))
		case strings.TrimSpace(sv.Text) == "":
			s.WriteString(" ")
		case sv.Cited:
			fmt.Fprintf(&s, "**%s**", md(sv.Text))
		default:
			s.WriteString(md(sv.Text))
		}
	}
	return s.String()
}

// mdWriter writes Markdown lines, paragraphs and table rows.
type mdWriter struct {
	sink
}

func (b *mdWriter) line(s string) { b.write(s + "\n") }

func (b *mdWriter) blank() { b.line("") }

// p writes a paragraph.
func (b *mdWriter) p(s string) { b.line(s); b.blank() }

func (b *mdWriter) row(cells ...string) { b.line("| " + strings.Join(cells, " | ") + " |") }

// mdEscaper escapes what Markdown would read as markup, HTML or a table border.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "|", `\|`, "#", `\#`,
	"<", "&lt;", ">", "&gt;", "&", "&amp;", "~", `\~`, "!", `\!`,
)

// md escapes s for Markdown and keeps it on one line.
func md(s string) string {
	return mdEscaper.Replace(strings.Join(strings.Fields(clean(s)), " "))
}

func mdCites(cs []cite) string {
	if len(cs) == 0 {
		return ""
	}
	return "(" + strings.Trim(citeList(cs), "[]") + ")"
}
