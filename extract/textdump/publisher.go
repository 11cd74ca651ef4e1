package textdump

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldName is the form names are compared in: lower case, without a leading "the" or a
// trailing possessive.
func foldName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "’s")
	return s
}

// datelineAgency is the agency named in a news dateline ("PORT ALDEN, June 9 (Wire Name) -").
var datelineAgency = regexp.MustCompile(`^\p{Lu}{2}[^()]{0,80}\((\p{Lu}[^()]{1,40})\)\s*[-–—]`)

// Votes a cue gives the name it carries; a name needs minVotes to be taken.
const (
	strongVote = 2
	weakVote   = 1
	minVotes   = 2
)

// findPublisher returns the name the page gives itself, or "". Every cue votes for the name it
// carries: strong cues ("told The X", "translated by X", "Support X", a copyright line, the
// site after a title's "|") two votes, weak ones (a dateline's agency, "told X", a line that is
// only a name outside the body) one. The most voted name with at least two votes wins, the
// earliest on a tie. A source the page quotes ("according to X") is not a cue.
func (e *Extractor) findPublisher(ls []line, site, lead string) string {
	votes := map[string]int{}
	first := map[string]int{}
	names := map[string]string{}
	strong := map[string]bool{}
	order := 0
	vote := func(name string, n int) {
		name = strings.TrimRight(strings.TrimSpace(name), ".-&")
		key := foldName(name)
		if len(key) < 2 || e.notPublisher[key] {
			return
		}
		if _, ok := votes[key]; !ok {
			first[key] = order
			order++
		}
		// The spelling kept is the one of the first strong cue, else the first seen.
		if _, ok := names[key]; !ok || (n == strongVote && !strong[key]) {
			names[key] = name
			strong[key] = strong[key] || n == strongVote
		}
		votes[key] += n
	}
	if site != "" {
		vote(site, strongVote)
	}
	authors := bylineNames(ls)
	lineVoted := map[string]bool{}
	owner := ""
	if m := datelineAgency.FindStringSubmatch(lead); m != nil {
		vote(m[1], weakVote)
	}
	for i := range ls {
		l := &ls[i]
		for _, re := range e.publisher {
			for _, m := range re.FindAllStringSubmatch(l.text, -1) {
				vote(m[1], strongVote)
			}
		}
		for _, re := range e.owner {
			for _, m := range re.FindAllStringSubmatch(l.text, -1) {
				vote(m[1], weakVote)
				if owner == "" && !l.caption && e.siteOwner(ownerText(l.text, m[1])) {
					owner = m[1]
				}
			}
		}
		for _, re := range e.publisherWk {
			for _, m := range re.FindAllStringSubmatch(l.text, -1) {
				vote(m[1], weakVote)
			}
		}
		if (l.kind == kShort || l.kind == kFurniture) && !l.commentOpen && e.siteNameLine(ls, i, authors) {
			// A site-name line votes once however often it is printed: it is taken only when
			// another cue agrees.
			if key := foldName(l.text); !lineVoted[key] {
				lineVoted[key] = true
				vote(l.text, weakVote)
			}
		}
	}
	best := ""
	for k, v := range votes {
		if best == "" || v > votes[best] || (v == votes[best] && first[k] < first[best]) {
			best = k
		}
	}
	if votes[best] < minVotes {
		if owner != "" {
			// No cue agrees on a name: the copyright line's owner, when it is not a company's
			// legal name, is the best there is.
			return strings.TrimRight(strings.TrimSpace(owner), ".-&")
		}
		return ""
	}
	return names[best]
}

// bylineName is the name a byline gives ("By Jane Q. Doe and ...").
var bylineName = regexp.MustCompile(`(?i)^(?:by|written by|posted by|author:?)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})`)

// bylineNames returns the folded names of the page's bylines: the page's authors.
func bylineNames(ls []line) map[string]bool {
	names := map[string]bool{}
	for i := range ls {
		if m := bylineName.FindStringSubmatch(ls[i].text); m != nil {
			names[foldName(m[1])] = true
		}
	}
	return names
}

// personName reads as a person's name: two or three capitalised words of letters, an initial
// among them maybe ("Jane Q. Doe").
var personName = regexp.MustCompile(`^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$`)

// siteNameLine reports whether line i, a short line alone, may be the site's name: it reads as
// a name, is not a label of the page's interface (textdump-publisher-not.txt), not a copyright line or a
// date, and not a person: an author of the page, or a name next to a byline or a date.
func (e *Extractor) siteNameLine(ls []line, i int, authors map[string]bool) bool {
	s := ls[i].text
	if !e.isNameLike(s) || e.notPublisher[foldName(s)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) || strings.ContainsAny(s, "©[]()") || parseDate(s, false) != "" {
		return false
	}
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			return false
		}
	}
	if authors[foldName(s)] {
		return false
	}
	if personName.MatchString(s) {
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(ls) {
				continue
			}
			t := ls[j].text
			if isPubLine(t) || byline.MatchString(t) || strings.EqualFold(t, "by") || parseDate(t, false) != "" {
				return false
			}
		}
	}
	return true
}

// siteOwner reports whether a copyright line's owner may be the site itself: a name without a
// word of a company's legal or group name ("Inc", "Holdings", "Media").
func (e *Extractor) siteOwner(name string) bool {
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if e.company[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// ownerText is a copyright line from the owner's name to the end of the owner's part: the first
// full stop, bar or dash after the name, so that "Example, Inc." or "Example (Town) Ltd" shows
// the company form that follows the name.
func ownerText(line, name string) string {
	i := strings.Index(line, name)
	if i < 0 {
		return name
	}
	rest := line[i+len(name):]
	if j := strings.IndexAny(rest, "|–—"); j >= 0 {
		rest = rest[:j]
	}
	if j := strings.Index(rest, ". "); j >= 0 {
		rest = rest[:j]
	}
	return name + rest
}

// CreditName returns the publisher an article's own text credits, or "": the name the strong
// cues of textdump-publisher.txt give most often ("told The X", a translator's note, "[X=…]"), else the
// agency of a dateline opening its first paragraph ("CITY, June 9 (Agency) -"). It reads clean article text
// such as an HTML page's; the caller asks only when the page names no publisher of its own, since
// a wire agency's credit on another outlet's page names the agency.
func (e *Extractor) CreditName(text string) string {
	counts := map[string]int{}
	best := ""
	for _, para := range strings.Split(text, "\n") {
		for _, re := range e.publisher {
			for _, m := range re.FindAllStringSubmatch(strings.TrimSpace(para), -1) {
				name := strings.TrimRight(strings.TrimSpace(m[1]), ".-&")
				if key := foldName(name); len(key) >= 2 && !e.notPublisher[key] {
					counts[name]++
					if best == "" || counts[name] > counts[best] {
						best = name
					}
				}
			}
		}
	}
	if best != "" {
		return best
	}
	// The dateline opens the first paragraph, which the headline may precede.
	paras := strings.FieldsFunc(text, func(r rune) bool { return r == '\n' })
	for _, p := range paras[:min(2, len(paras))] {
		if m := datelineAgency.FindStringSubmatch(strings.TrimSpace(p)); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}
