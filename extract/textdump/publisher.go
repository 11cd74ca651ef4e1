package textdump

import (
	"regexp"
	"strings"
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
		for _, re := range e.publisherWk {
			for _, m := range re.FindAllStringSubmatch(l.text, -1) {
				vote(m[1], weakVote)
			}
		}
		if (l.kind == kShort || l.kind == kFurniture) && e.isNameLike(l.text) && !l.commentOpen {
			vote(l.text, weakVote)
		}
	}
	best := ""
	for k, v := range votes {
		if best == "" || v > votes[best] || (v == votes[best] && first[k] < first[best]) {
			best = k
		}
	}
	if votes[best] < minVotes {
		return ""
	}
	return names[best]
}
