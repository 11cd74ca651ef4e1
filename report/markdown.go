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
	b := &mdWriter{w: bufio.NewWriter(w)}
	c := m.Counts
	b.p("# Dossier report")
	b.p(fmt.Sprintf("%d documents from %d independent origins; %d entities; %d happenings, %d told by more than one origin; %d conflicts. "+
		"Citations such as D2:4 name document D2, sentence 4 (see *Documents*).",
		c.Docs, c.Origins, c.Entities, c.Happenings, c.Corroborated, c.Conflicts))

	b.p("## Sources and their independence")
	b.row("origin", "document", "source", "published", "title", "why in this group")
	b.row("---", "---", "---", "---", "---", "---")
	for _, g := range m.Groups {
		for _, d := range g.Docs {
			b.row(g.Label, d.Label, md(d.Source), md(dateOrUnknown(d.Published)), md(d.Title), md(d.Reason))
		}
	}
	b.blank()

	b.p("## Entities and their spellings")
	for _, e := range m.Entities {
		b.line(fmt.Sprintf("- **%s** (%s, %s, %s)", md(e.Name), e.Type, e.ID, plural(e.Docs, "document")))
		for _, s := range e.Spellings {
			b.line(fmt.Sprintf("  - “%s” — %s %s", md(s.Text), md(strings.Join(s.Sources, ", ")), mdCites(s.Cites)))
		}
	}
	b.blank()

	b.p("## Timeline")
	if len(m.Timeline.Dated)+len(m.Timeline.Undated)+len(m.Timeline.Unplaced) == 0 {
		b.p("No happening is tied to a date.")
	} else {
		b.row("when", "precision", "happening", "who", "origins", "cited")
		b.row("---", "---", "---", "---", "---:", "---")
		for _, group := range []struct {
			note  string
			items []timeItem
		}{{"", m.Timeline.Dated}, {"", m.Timeline.Undated}, {" (cannot be placed)", m.Timeline.Unplaced}} {
			for _, it := range group.items {
				when := it.Value
				if it.Mod != "" {
					when += " " + it.Mod
				}
				cited := ""
				if it.Cite.Doc != nil {
					cited = it.Cite.Label()
				}
				b.row("`"+when+"`", it.Precision+group.note, it.ID+" "+it.Type, md(it.Label), fmt.Sprint(it.Origins), cited)
			}
		}
		b.blank()
	}

	b.p("## Happenings, best corroborated first")
	for _, h := range m.Happenings {
		when := ""
		if h.Time != "" {
			when = fmt.Sprintf(" at `%s` (%s)", h.Time, h.Precision)
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
			b.line(s + ": “" + md(r.Text) + "”")
		}
		b.blank()
	}

	b.p("## Conflicts")
	if len(m.Conflicts) == 0 {
		b.p("No conflicts found.")
	}
	for _, cf := range m.Conflicts {
		b.p(fmt.Sprintf("### %s %s", cf.ID, cf.Kind))
		b.p(md(cf.Summary))
		var head, rule, body []string
		for _, s := range cf.Sides {
			head = append(head, s.Cite.Label()+" "+md(s.Source))
			rule = append(rule, "---")
			body = append(body, "“"+md(s.Text)+"”")
		}
		b.row(head...)
		b.row(rule...)
		b.row(body...)
		b.blank()
	}

	b.p("## Framing: how each source labels each actor")
	if len(m.Framing.Rows) == 0 {
		b.p("No labels found.")
	} else {
		head := []string{"actor"}
		rule := []string{"---"}
		for _, s := range m.Framing.Sources {
			head = append(head, md(s))
			rule = append(rule, "---")
		}
		b.row(head...)
		b.row(rule...)
		for _, r := range m.Framing.Rows {
			cells := []string{md(r.Entity)}
			for _, cell := range r.Cells {
				s := ""
				if len(cell.Labels) > 0 {
					s = md(strings.Join(quoteAll(cell.Labels), ", "))
					if cell.Camp != "" {
						s += " (" + cell.Camp + ")"
					}
					s += " " + mdCites(cell.Cites)
				}
				cells = append(cells, s)
			}
			b.row(cells...)
		}
		b.blank()
	}

	b.p("## Documents")
	for _, d := range m.Docs {
		b.p(fmt.Sprintf("### %s %s", d.Label, md(d.Title)))
		meta := fmt.Sprintf("%s, %s; file %s; origin group of %s (%s).", md(d.Source), md(dateOrUnknown(d.Published)), md(d.File), d.Group, md(d.Reason))
		if d.URL != "" {
			meta += " URL: " + md(d.URL) + "."
		}
		b.p(meta)
		for _, p := range d.Paras {
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
			b.p("> " + s.String())
		}
	}
	return b.flush()
}

type mdWriter struct {
	w   *bufio.Writer
	err error
}

func (b *mdWriter) line(s string) {
	if b.err == nil {
		_, b.err = b.w.WriteString(s + "\n")
	}
}

func (b *mdWriter) blank() { b.line("") }

// p writes a paragraph.
func (b *mdWriter) p(s string) { b.line(s); b.blank() }

func (b *mdWriter) row(cells ...string) { b.line("| " + strings.Join(cells, " | ") + " |") }

func (b *mdWriter) flush() error {
	if b.err != nil {
		return fmt.Errorf("report: %w", b.err)
	}
	if err := b.w.Flush(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

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
