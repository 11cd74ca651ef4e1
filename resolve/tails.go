package resolve

import (
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/namekey"
)

// readList reads the folded words of a list of the language data.
func (r *Resolver) readList(d *en.Data, name string) map[string]bool {
	out := map[string]bool{}
	for _, w := range d.Entries(name) {
		r.lists.Write([]byte(w + "\n"))
		out[namekey.Fold(w)] = true
	}
	return out
}

// actorTails reads a group's name followed by a word for those who act for it (lang/en's
// actor-tails: "Nusra Front militants", "Tamsir Brigade planes") as the group's name, where a
// group's chain has that name as its fullest: the page's recogniser took the noun in, and may
// have typed the whole as no group. The name left must have a word of its own ("Hezbollah
// fighters", "Nusra Front militants"), not only ordinary words, countries and their adjectives:
// "Syrian army troops" is a description of a state's forces, as "Syrian army" is, and which
// of them a page means is no matter of spelling. Nor is it an acronym alone, which names too
// many things.
func (r *Resolver) actorTails(f *forms) {
	full := map[string]bool{}
	for _, c := range f.list {
		if c.typ == dossier.ORG && !c.acrOnly {
			full[c.full.String()] = true
		}
	}
	for _, c := range f.list {
		if c.typ != dossier.ORG && c.typ != dossier.MISC || c.acrOnly || c.ntok < 2 || !r.tails[c.full.Tokens[c.ntok-1].Text] {
			continue
		}
		words := strings.Fields(c.fullText)
		rest := strings.Join(words[:len(words)-1], " ")
		n := r.parse(f, rest)
		if len(n.Tokens) != c.ntok-1 || !full[n.String()] {
			continue
		}
		if _, acr := acronym(rest); acr || !slices.ContainsFunc(n.Tokens, func(t namekey.Token) bool { return !r.plainWord(t) }) {
			continue
		}
		r.rename(c, n, f)
	}
}

// plainWord reports whether a word of a name says what a thing is or where it is from, not which:
// an ordinary English word, a country or a country's adjective.
func (r *Resolver) plainWord(t namekey.Token) bool {
	b := bare(t)
	return r.ordinary[b] || r.adjectives[b] || r.country[t.Key]
}

// singulars reads a group's name whose last word is an ordinary English noun as its plural where
// another chain of its type writes the plural ("Syrian fighter jet", "Syrian fighter jets"):
// such a name is a description of the group's arms or men, one or many alike. possessives leaves
// the plural its own name, for the plural of another description ("Russian war planes").
func (r *Resolver) singulars(f *forms) {
	plural := map[string]namekey.Name{}
	for _, c := range f.list {
		if c.typ != dossier.ORG || c.ntok < 2 {
			continue
		}
		if n, ok := r.withoutS(f, c); ok && r.noun(n.Tokens[len(n.Tokens)-1].Text) {
			plural[n.String()] = c.full
		}
	}
	for _, c := range f.list {
		if c.typ != dossier.ORG || c.acrOnly || c.ntok < 2 {
			continue
		}
		if p, ok := plural[c.full.String()]; ok {
			r.rename(c, p, f)
		}
	}
}

// noun reports whether a folded word is an ordinary English word or one for those who act for
// a group ("warplane"): a name that ends in one with an "s" is its plural, not a possessive.
func (r *Resolver) noun(w string) bool { return r.ordinary[w] || r.tails[w] }

// describesOnly reports whether the short name s keeps none of the long name l's own words, only
// words that say what it is or where it is from, and leaves out one of l's own words after its
// first: "Lebanese TV" is no short form of "Lebanese Al-Manar TV", which it describes, though
// "National Coalition" is one of "Syrian National Coalition" (a country before the name).
func (r *Resolver) describesOnly(s, l *chain) bool {
	has := map[string]bool{}
	for _, t := range s.dist {
		if !r.plainTok(t) {
			return false
		}
		has[t.key] = true
	}
	after := false
	for _, t := range l.dist {
		if has[t.key] {
			after = true
		} else if after && !t.post && !r.plainTok(t) {
			return true
		}
	}
	return false
}

// plainTok is plainWord for a token as matching reads it.
func (r *Resolver) plainTok(t tok) bool {
	return r.ordinary[t.bare] || r.adjectives[t.bare] || r.country[t.key]
}

// withoutTail is a preferred name without a word for those who act for the group after it
// ("Russian military helicopter"), when the entity writes the name without it too (count).
func (r *Resolver) withoutTail(best string, count map[string]int) string {
	i := strings.LastIndexByte(best, ' ')
	if i < 0 || !r.tails[namekey.Fold(best[i+1:])] || count[best[:i]] == 0 {
		return best
	}
	return best[:i]
}

// minCompoundPart is the letters each word of a compound written apart needs: shorter ones are
// particles ("Al Bab", "Albab"), which other rules read.
const minCompoundPart = 3

// compounds reads a name that writes two words solid ("Russian warplanes") as the name that
// writes them apart ("Russian war planes") where a chain of a type compatible with its own has
// that name as its fullest: the English compound is one word written two ways, and apart its last word meets the
// short forms ("Russian planes").
func (r *Resolver) compounds(f *forms) {
	type named struct {
		typ  dossier.EntityType
		full namekey.Name
	}
	apart := map[string]named{} // fullest names with the words of one pair joined
	for _, c := range f.list {
		if c.acrOnly || c.ntok < 2 || c.typ == dossier.PER {
			continue
		}
		for i := 0; i+1 < c.ntok; i++ {
			a, b := c.full.Tokens[i], c.full.Tokens[i+1]
			if len(a.Text) < minCompoundPart || len(b.Text) < minCompoundPart || a.Particle != "" || b.Particle != "" {
				continue
			}
			apart[joinedPair(c.full, i)] = named{c.typ, c.full}
		}
	}
	for _, c := range f.list {
		// A word alone written apart elsewhere is as often two names ("Bluewater", "Blue Water").
		if c.acrOnly || c.ntok < 2 || c.typ == dossier.PER {
			continue
		}
		if n, ok := apart[joinedPair(c.full, -1)]; ok && compatible(n.typ, c.typ) {
			r.rename(c, n.full, f)
		}
	}
}

// joinedPair is a name's folded words, space-separated but for the words i and i+1, written
// solid (none for i < 0).
func joinedPair(n namekey.Name, i int) string {
	var b strings.Builder
	for k, t := range n.Tokens {
		if k > 0 && k != i+1 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}
