package claim

import (
	"strings"
	"unicode"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// bylineCues are the words of a byline (lang/en/data/claim-byline.txt): those before the name
// ("Reporting by"), lower-case, longest first, and the words that end a name made of the
// report's own outlet ("Staff").
type bylineCues struct {
	before, after []string
}

func newBylineCues(lang *en.Data) bylineCues {
	var b bylineCues
	for _, row := range lang.Rows("claim-byline") {
		if len(row) < 2 || strings.TrimSpace(row[1]) == "" {
			continue
		}
		p := strings.ToLower(strings.TrimSpace(row[1]))
		if row[0] == "before" {
			b.before = append(b.before, p)
		} else {
			b.after = append(b.after, p)
		}
	}
	b.before, b.after = phrases(b.before), phrases(b.after)
	return b
}

// bylineChains are the mention chains that are only ever named in a byline ("By Jane Roe",
// "Reporting by Jane Roe", "Alder News Staff" in a report of Alder News) or as the agency a
// dateline, byline or closing line credits ("BEIRUT (AP) —"; d.a.Credits must be read): credit
// lines, which take part in nothing the text tells.
func (r *Reader) bylineChains(d *doc) map[int]bool {
	credit, other := map[int]bool{}, map[int]bool{}
	for _, m := range d.a.Mentions {
		if m.Start < 0 || m.End > len(d.text) || m.Start >= m.End {
			continue
		}
		if r.isByline(d, m) || agencyNamed(d.a.Credits, m.Span) {
			credit[m.Chain] = true
		} else {
			other[m.Chain] = true
		}
	}
	for ch := range other {
		delete(credit, ch)
	}
	return credit
}

// agencyNamed reports whether span s lies within the name of an agency a credit gives.
func agencyNamed(credits []dossier.Credit, s dossier.Span) bool {
	for _, c := range credits {
		if c.Agency() && c.Start <= s.Start && s.End <= c.End {
			return true
		}
	}
	return false
}

// isByline reports whether mention m is a byline's name: right after a byline cue that opens
// its sentence or is a cue of its own ("reporting by"), or the report's outlet followed by a
// byline word ending its sentence ("Alder News Staff.").
func (r *Reader) isByline(d *doc, m dossier.Mention) bool {
	s := d.sentenceAt(m.Start)
	before := strings.TrimRight(d.low[s.Start:m.Start], " \t\n")
	for _, cu := range r.byline.before {
		if !strings.HasSuffix(before, cu) {
			continue
		}
		lead := strings.TrimSpace(before[:len(before)-len(cu)])
		if lead == "" || strings.Contains(cu, " ") || strings.HasSuffix(lead, "\n") {
			return true
		}
	}
	rest := strings.TrimFunc(d.text[m.End:min(s.End, len(d.text))], func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	if rest != "" {
		return false
	}
	low := d.low[m.Start:m.End]
	outlet := strings.ToLower(strings.TrimSpace(d.a.Doc.Publisher))
	for _, cu := range r.byline.after {
		if name, ok := strings.CutSuffix(low, " "+cu); ok && outlet != "" && strings.TrimSpace(name) == outlet {
			return true
		}
	}
	return false
}

// dropBylines takes the chains named only in bylines out of the events' arguments: a credit line
// beside a headline is not what the headline's attack hit.
func (r *Reader) dropBylines(d *doc) map[int]bool {
	credit := r.bylineChains(d)
	if len(credit) == 0 {
		return nil
	}
	for i := range d.a.Events {
		e := &d.a.Events[i]
		args := e.Args[:0]
		for _, a := range e.Args {
			if !credit[a.Chain] {
				args = append(args, a)
			}
		}
		e.Args = args
	}
	return credit
}

// withoutBylines takes the chains named only in bylines out of the claims: who makes a claim and
// whom it is about are actors of the text.
func withoutBylines(cs []dossier.Claim, credit map[int]bool) {
	if len(credit) == 0 {
		return
	}
	for i := range cs {
		c := &cs[i]
		if credit[c.By.Chain] {
			c.By = dossier.Party{Chain: -1}
		}
		about := c.About[:0]
		for _, p := range c.About {
			if !credit[p.Chain] {
				about = append(about, p)
			}
		}
		c.About = about
	}
}
