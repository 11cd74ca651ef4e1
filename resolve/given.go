package resolve

import (
	"strings"

	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/namekey"
)

// readFormal reads the language data's familiar forms of given names ("Tim" for "Timothy"): each
// folded form that stands for exactly one given name, mapped to that name folded. A form of two
// names ("Pat": "Patrick", "Patricia") stands for none.
func (r *Resolver) readFormal(d *en.Data) map[string]string {
	names := map[string][]string{}
	for _, row := range d.Rows("given-name-forms") {
		if len(row) < 2 {
			continue
		}
		r.lists.Write([]byte(strings.Join(row, "\t") + "\n"))
		name := namekey.Fold(row[0])
		for _, f := range strings.Fields(row[1]) {
			f = namekey.Fold(f)
			names[f] = appendUniq(names[f], name)
		}
	}
	out := map[string]string{}
	for f, ns := range names {
		if len(ns) == 1 {
			out[f] = ns[0]
		}
	}
	return out
}

// givenToken is the first token of a person's name of several words as matching reads it: a
// familiar form of a given name ("Greg Craig") read as the name it stands for ("Gregory Craig"),
// so that the two spellings of one person align and are filed together.
func (r *Resolver) givenToken(t namekey.Token) namekey.Token {
	f, ok := r.formal[t.Text]
	if !ok || t.Particle != "" {
		return t
	}
	n := r.keys.Parse(f)
	if len(n.Tokens) != 1 {
		return t
	}
	return n.Tokens[0]
}

// afterLineage is the index of the first word of a person's name after the last name written
// with "bin" or "ibn" before it, or 0: the name a man is known by follows his lineage
// ("Mohammed bin Abdullah Zahran Aloush" is known as "Zahran Aloush"), while a name that opens
// with the father's ("Abdullah Zahran") is the father's.
func afterLineage(c *chain) int {
	k := 0
	for i, t := range c.full.Tokens {
		if t.Particle == namekey.Patronymic && i < len(c.dist)-1 {
			k = i + 1
		}
	}
	return k
}
