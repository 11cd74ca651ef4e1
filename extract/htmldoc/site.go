package htmldoc

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// SiteName returns the site of a page's address in a form a reader knows it by: the host
// without "www." or a mobile prefix ("reuters.com", "bbc.co.uk"), "" when the address has no host.
func SiteName(pageURL string) string {
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || u.Hostname() == "" || !strings.Contains(u.Hostname(), ".") {
		return ""
	}
	labels := strings.Split(strings.ToLower(u.Hostname()), ".")
	// The registrable domain: two labels, three under a country's second level (co.uk, com.br).
	keep := 2
	if n := len(labels); n >= 3 && len(labels[n-1]) == 2 && secondLevel[labels[n-2]] {
		keep = 3
	}
	if len(labels) > keep {
		labels = labels[len(labels)-keep:]
	}
	return strings.Join(labels, ".")
}

// secondLevel are the second-level labels under which country domains register names.
var secondLevel = map[string]bool{"co": true, "com": true, "org": true, "net": true, "ac": true,
	"gov": true, "edu": true, "or": true, "ne": true, "go": true, "gv": true}

// siteLabels are the host's labels that name the site, main label first: "ap" then "hosted" for
// hosted.ap.org.
func siteLabels(pageURL string) (main string, sub []string) {
	u, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil {
		return "", nil
	}
	host := strings.ToLower(u.Hostname())
	site := SiteName(pageURL)
	if site == "" {
		return "", nil
	}
	main, _, _ = strings.Cut(site, ".")
	for _, l := range strings.Split(strings.TrimSuffix(host, site), ".") {
		if l != "" && l != "www" {
			sub = append(sub, l)
		}
	}
	return main, sub
}

// squash keeps the letters and digits of s, lower-cased, to compare names with hosts.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// namesSite reports whether a name and a site's main label are the same name: one holds the
// other ("The Hill" and thehill, "Sportsnet.ca" and sportsnet), or the name's initials spell it,
// alone or before its last word.
func namesSite(name, label string) bool {
	n := squash(name)
	if n == "" || label == "" {
		return false
	}
	if strings.Contains(n, label) || len(n) >= 3 && strings.Contains(label, n) {
		return true
	}
	// Initials, alone or before the last word: "New York Times" and nytimes.
	words := strings.Fields(name)
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	var initials strings.Builder
	for _, w := range words {
		if r := []rune(w)[0]; unicode.IsLetter(r) {
			initials.WriteRune(unicode.ToLower(r))
		}
	}
	if len(label) >= 2 && initials.String() == label {
		return true
	}
	if n := len(words); n > 1 {
		in := []rune(initials.String())
		return len(in) == n && string(in[:n-1])+squash(words[n-1]) == label
	}
	return false
}

// nameSeparator splits a site name or a title into its parts: "Name | tagline", "Title - Site".
var nameSeparator = regexp.MustCompile(`\s+[|–—·»:]\s+|\s+-\s+|\s+::\s+|\s*\|\s*`)

// siteNamePart is the part of a site name that names the site, without a tagline or a list of
// topics after it: the first.
func siteNamePart(name string) string {
	return strings.TrimSpace(nameSeparator.Split(name, -1)[0])
}

// accountName is an account name that reads as a name: letters and digits, no underscores.
var accountName = regexp.MustCompile(`^\pL[\pL\d]+$`)

// handle is the account name in a social-media address or handle ("https://www.facebook.com/Reuters",
// "@Reuters"), "" when v is neither.
func handle(v string) string {
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "@") && accountName.MatchString(v[1:]) {
		return v[1:]
	}
	u, err := url.Parse(v)
	if err != nil || u.Host == "" {
		return ""
	}
	first, _, _ := strings.Cut(strings.Trim(u.Path, "/"), "/")
	if !accountName.MatchString(first) {
		return ""
	}
	return first
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// titleSeparator splits a page title into the headline and the site's name; a colon is not one,
// since headlines use it ("Fact check: …").
var (
	titleSeparator   = regexp.MustCompile(separators)
	separatorAtEnd   = regexp.MustCompile(`(?:` + separators + `|\s*:\s*)$`)
	separatorAtStart = regexp.MustCompile(`^(?:` + separators + `|\s*:\s+)`)
)

const separators = `\s+[|–—·»]\s+|\s+-\s+|\s+::\s+|\s*\|\s*`

// headline cuts the site's name from a title: a whole site name before or after a separator,
// then any end part that names the site or the host ("Title | MoreBikes", "Title - Site.com").
// The title is returned whole when nothing else would remain.
func headline(title string, names []string, mainLabel string) string {
	// The longest name first: "Site | tagline" before "Site".
	names = slices.Clone(names)
	slices.SortStableFunc(names, func(a, b string) int { return len(b) - len(a) })
	for _, n := range names {
		if n == "" || len(n) >= len(title) {
			continue
		}
		if rest, ok := strings.CutSuffix(title, n); ok {
			if loc := separatorAtEnd.FindStringIndex(rest); loc != nil {
				title = rest[:loc[0]]
			}
		} else if rest, ok := strings.CutPrefix(title, n); ok {
			if loc := separatorAtStart.FindStringIndex(rest); loc != nil {
				title = rest[loc[1]:]
			}
		}
	}
	parts := titleSeparator.Split(title, -1)
	isSite := func(p string) bool {
		if namesSite(p, mainLabel) && len(squash(p)) <= len(mainLabel)+12 {
			return true
		}
		for _, n := range names {
			if n != "" && squash(p) == squash(n) {
				return true
			}
		}
		return false
	}
	for len(parts) > 1 && isSite(parts[len(parts)-1]) {
		parts = parts[:len(parts)-1]
	}
	for len(parts) > 1 && isSite(parts[0]) {
		parts = parts[1:]
	}
	if len(parts) == len(titleSeparator.Split(title, -1)) {
		return title
	}
	return rejoin(title, parts)
}

// rejoin returns the span of title from the first of parts to the end of the last, keeping the
// separators between them as they were.
func rejoin(title string, parts []string) string {
	start := strings.Index(title, parts[0])
	last := parts[len(parts)-1]
	end := strings.LastIndex(title, last)
	if start < 0 || end < start {
		return strings.Join(parts, " | ")
	}
	return strings.TrimSpace(title[start : end+len(last)])
}

// Headline cuts the site's name from a title line as the HTML title vote does: the publisher,
// or an end part that names the host of pageURL, set off by a separator ("Headline | Site").
// The title is returned whole when nothing else would remain.
func Headline(title, publisher, pageURL string) string {
	main, _ := siteLabels(pageURL)
	return headline(title, []string{publisher, SiteName(pageURL)}, main)
}
