package claim

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// capitalWords is how many words before the word for a capital may name its country
// ("Saudi Arabia's capital", "the South Sudanese capital").
const capitalWords = 3

// capitals knows the capital city of each country and the words that name one without naming
// it ("the capital", "the Syrian capital", "the country's capital").
type capitals struct {
	city    map[string]string // folded country name to its capital city
	seat    map[string]string // folded capital city to the folded names of its country, |-joined
	ofAdj   map[string]string // folded adjective ("syrian") to the folded country name
	nouns   []string          // words for a capital city, lower case
	owners  map[string]bool   // words between "the" and the noun that mean the report's country
	country map[string]bool   // folded country names, for counting the countries a report names
}

// newCapitals reads the capitals table and the capital-cues list of lang.
func newCapitals(lang *en.Data) (*capitals, error) {
	c := &capitals{city: map[string]string{}, seat: map[string]string{}, ofAdj: map[string]string{}, owners: map[string]bool{}, country: map[string]bool{}}
	for _, row := range lang.Rows("capitals") {
		if len(row) < 2 {
			return nil, fmt.Errorf("capitals: row %q lacks a capital city", strings.Join(row, "\t"))
		}
		names := strings.Split(strings.ToLower(row[0]), "|")
		c.seat[strings.ToLower(row[1])] = strings.ToLower(row[0])
		for _, n := range names {
			c.city[n] = row[1]
			c.country[n] = true
		}
		if len(row) > 2 {
			for _, adj := range strings.Split(strings.ToLower(row[2]), "|") {
				c.ofAdj[adj] = names[0]
			}
		}
	}
	for _, row := range lang.Rows("capital-cues") {
		switch {
		case len(row) < 2:
		case row[0] == "noun":
			c.nouns = append(c.nouns, strings.ToLower(row[1]))
		case row[0] == "owner":
			c.owners[strings.ToLower(row[1])] = true
		}
	}
	if len(c.city) == 0 || len(c.nouns) == 0 {
		return nil, fmt.Errorf("capitals: the language data lacks capitals or the capital-cues nouns")
	}
	return c, nil
}

// isNationality reports whether name is a country's nationality adjective ("Norlandic"): one
// the mentions hold where it names the country acting ("Norlandic raids").
func (c *capitals) isNationality(name string) bool {
	return c.ofAdj[strings.ToLower(strings.TrimSpace(name))] != ""
}

// isCountry reports whether name, as a text writes it, is a country's ("Norland", "the Norland").
func (c *capitals) isCountry(name string) bool {
	low := strings.ToLower(strings.TrimSpace(name))
	return c.country[low] || c.country[strings.TrimPrefix(low, "the ")]
}

// countryChain is the chain of the country whose capital chain ch names, when the document
// names that country ("Moscow" → the document's "Russia"); ch itself otherwise. A capital that
// denies or speaks stands for its country's government.
func (c *capitals) countryChain(d *doc, ch int) int {
	var names []string
	for i := range d.a.Mentions {
		if m := &d.a.Mentions[i]; m.Chain == ch && m.Type == dossier.LOC {
			if seat, ok := c.seat[strings.ToLower(m.Text)]; ok {
				names = strings.Split(seat, "|")
			}
		}
	}
	for i := range d.a.Mentions {
		if m := &d.a.Mentions[i]; names != nil && m.Type == dossier.LOC && slices.Contains(names, strings.ToLower(m.Text)) {
			return m.Chain
		}
	}
	return ch
}

// in is the capital city sentence s of d names by its country alone ("in the capital", "the
// Syrian capital"), "" when it names none. "The capital" with no country is the capital of the
// country d names most, of two named as often the one named nearest before s. A capital said
// with its own name after it ("the capital of X") is left to that name.
func (c *capitals) in(d *doc, s dossier.Span) string {
	low := d.low[s.Start:s.End]
	for _, noun := range c.nouns {
		for from := 0; from < len(low); {
			i := en.IndexWord(low[from:], noun)
			if i < 0 {
				break
			}
			i += from
			from = i + len(noun)
			if namedAfter(low[from:]) {
				continue
			}
			if country, ok := c.countryBefore(low[:i]); ok {
				if country == "" {
					country = c.reportCountry(d, s.Start)
				}
				if city := c.city[country]; city != "" {
					return city
				}
			}
		}
	}
	return ""
}

// namedAfter reports whether the text after a word for a capital names the city itself:
// "of X", "city of X".
func namedAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, "of ") || strings.HasPrefix(rest, "city of ")
}

// countryBefore reads the words before a word for a capital: the folded country they name
// ("Syria's", "the Syrian"), "" with ok for the report's country ("the", "the country's"), and
// not ok for any other words ("the rebel capital", "the economic capital").
func (c *capitals) countryBefore(before string) (country string, ok bool) {
	ws := strings.Fields(before)
	for i := range ws {
		ws[i] = strings.Trim(ws[i], `"“”(),;:`)
	}
	if len(ws) == 0 {
		return "", false
	}
	last := ws[len(ws)-1]
	if last == "the" {
		return "", true
	}
	if c.owners[last] && len(ws) > 1 && ws[len(ws)-2] == "the" {
		return "", true
	}
	for n := 1; n <= capitalWords && n <= len(ws); n++ {
		phrase := strings.Join(ws[len(ws)-n:], " ")
		for _, mark := range []string{"'s", "’s"} {
			if name, cut := strings.CutSuffix(phrase, mark); cut && c.country[name] {
				return name, true
			}
		}
		if name := c.ofAdj[phrase]; name != "" && len(ws) > n && ws[len(ws)-n-1] == "the" {
			return name, true
		}
	}
	return "", false
}

// reportCountry is the folded name of the country d names most, by its name or its adjective
// ("Syrian"), of two named as often the one named nearest before byte at; "" when it names none.
// A name that only qualifies another word ("a Britain-based monitor") does not count.
func (c *capitals) reportCountry(d *doc, at int) string {
	count := map[string]int{}
	last := map[string]int{}
	seen := func(name string, start int) {
		count[name]++
		if start < at {
			last[name] = start + 1
		}
	}
	for _, i := range d.mentions {
		m := d.a.Mentions[i]
		name := strings.TrimPrefix(strings.ToLower(m.Text), "the ")
		if m.Type != dossier.PER && c.country[name] && !strings.HasPrefix(d.text[m.End:], "-") {
			seen(name, m.Start)
		}
	}
	for adj, name := range c.ofAdj {
		for from := 0; from < len(d.low); {
			i := en.IndexWord(d.low[from:], adj)
			if i < 0 {
				break
			}
			seen(name, from+i)
			from += i + len(adj)
		}
	}
	best := ""
	for name, n := range count {
		if best == "" || n > count[best] || n == count[best] && (last[name] > last[best] || last[name] == last[best] && name < best) {
			best = name
		}
	}
	return best
}
