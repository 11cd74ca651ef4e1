package claim

import (
	"regexp"
	"strings"

	"github.com/dossier-project/dossier"
)

// bylineReach is how far from the start or the end of a text a byline line is looked for, in
// bytes: a byline stands by the headline or closes the text, never inside its paragraphs.
const bylineReach = 400

// signOffRe matches an agency's name closing a text after its last sentence or on a line of its
// own: after a dash ("… said. — AP") or in brackets ("… said. (Reuters)"). The name is group 1 or 2.
var signOffRe = regexp.MustCompile(`(?:^|[.!?"”’\n])[ \t]*(?:[-–—]+[ \t]*([^\s()\-–—][^()\n]{0,40}?)|\(([^()\n]{1,40})\))[ \t.]*$`)

// agencyCredits finds the agencies a text credits outside its dateline: the one that closes it
// (dossier.SignOffCredit) and those its byline names (dossier.BylineCredit). Only names of the
// news-agencies list count: a text closing on "— Jane Roe" or a byline "By Jane Roe, Staff
// Writer" names a writer, not the copy it runs.
func (r *Reader) agencyCredits(text string) []dossier.Credit {
	var out []dossier.Credit
	body := strings.TrimRight(text, " \t\r\n")
	from := max(0, len(body)-60)
	if m := signOffRe.FindStringSubmatchIndex(body[from:]); m != nil {
		for g := 2; g+1 < len(m); g += 2 {
			if m[g] >= 0 {
				if c, ok := r.agencyAt(text, from+m[g], from+m[g+1], dossier.SignOffCredit); ok {
					out = append(out, c)
				}
			}
		}
	}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if start < bylineReach || len(text)-end < bylineReach {
			out = append(out, r.bylineAgencies(text, start, end)...)
		}
		start = end + 1
	}
	return out
}

// bylineSeparators split a byline into the writer's name and what follows it ("By Jane Roe,
// Associated Press"; "By Jane Roe | AP").
const bylineSeparators = ",;|/()"

// bylineAgencies are the agencies the line text[start:end] credits when it is a byline: it opens
// with a byline cue ("By", "Reporting by") and holds few words.
func (r *Reader) bylineAgencies(text string, start, end int) []dossier.Credit {
	line := strings.ToLower(text[start:end])
	if n := len(strings.Fields(line)); n < 2 || n > 12 {
		return nil
	}
	lead := len(line) - len(strings.TrimLeft(line, " \t"))
	opens := false
	for _, cu := range r.byline.before {
		if strings.HasPrefix(line[lead:], cu+" ") {
			opens = true
			break
		}
	}
	if !opens {
		return nil
	}
	var out []dossier.Credit
	for i := lead; i < len(line); {
		j := strings.IndexAny(line[i:], bylineSeparators)
		if j < 0 {
			j = len(line)
		} else {
			j += i
		}
		if i > lead {
			if c, ok := r.agencyAt(text, start+i, start+j, dossier.BylineCredit); ok {
				out = append(out, c)
			}
		}
		i = j + 1
	}
	return out
}

// agencyAt is the credit of the agency named in text[start:end], trimmed of spaces and closing
// dots, with the phrase given; ok is false when the words are no agency of the list.
func (r *Reader) agencyAt(text string, start, end int, phrase string) (dossier.Credit, bool) {
	s := text[start:end]
	lead := len(s) - len(strings.TrimLeft(s, " \t"))
	name := strings.TrimRight(strings.TrimSpace(s), " .")
	if name == "" || !r.agencies[strings.ToLower(name)] {
		return dossier.Credit{}, false
	}
	at := start + lead
	return dossier.Credit{Span: dossier.Span{Start: at, End: at + len(name)}, Phrase: phrase, Words: strings.Fields(strings.ToLower(name))}, true
}
