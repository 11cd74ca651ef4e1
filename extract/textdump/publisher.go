package textdump

import (
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

// findPublisher returns the name the page gives itself, or "". Every cue sentence votes for
// the name it carries, as does the site name after a title's "|"; the most voted name wins,
// the earliest on a tie. A source the page quotes ("according to X") is not a cue.
func (e *Extractor) findPublisher(ls []line, site string) string {
	votes := map[string]int{}
	first := map[string]int{}
	names := map[string]string{}
	order := 0
	vote := func(name string) {
		name = strings.TrimRight(strings.TrimSpace(name), ".-&")
		key := foldName(name)
		if len(key) < 2 || e.notPublisher[key] {
			return
		}
		if _, ok := votes[key]; !ok {
			first[key] = order
			names[key] = name
			order++
		}
		votes[key]++
	}
	if site != "" {
		vote(site)
	}
	for i := range ls {
		for _, re := range e.publisher {
			for _, m := range re.FindAllStringSubmatch(ls[i].text, -1) {
				vote(m[1])
			}
		}
	}
	best := ""
	for k, v := range votes {
		if best == "" || v > votes[best] || (v == votes[best] && first[k] < first[best]) {
			best = k
		}
	}
	return names[best]
}
