package view

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/namekey"
)

// maxVariants bounds how many other spellings one query word brings in, so a common name key
// cannot turn a short query into a long one.
const maxVariants = 8

// minSimilarity is how close two words' transliteration keys must be for one to stand for the
// other: "kasam" and "kasim" are, "kasim" and "kamil" are not.
const minSimilarity = 0.85

// Speller knows how the stored entities' names are spelled, word by word, blocked by the
// skeleton of their transliteration key (package namekey): the words "Tareq", "Tarik" and
// "Tarek" of three entities' spellings fall in one block. It makes a search for one spelling
// find the others.
type Speller struct {
	byKey  map[string][]string // key skeleton -> the words in that block, lower-cased, sorted
	byName map[string][]string // folded name or alias -> every name of its entities
	keys   *namekey.Keyer
}

// NewSpeller indexes the words of the entities' names and aliases by their keys under keys (a
// Keyer of the run's language data with every fold).
func NewSpeller(entities []dossier.Entity, keys *namekey.Keyer) *Speller {
	sets := map[string]map[string]bool{}
	sp := &Speller{byKey: map[string][]string{}, byName: map[string][]string{}, keys: keys}
	for _, e := range entities {
		names := append([]string{e.Name}, e.Aliases...)
		for _, name := range names {
			f := foldName(name)
			for _, other := range names {
				if !slices.Contains(sp.byName[f], other) {
					sp.byName[f] = append(sp.byName[f], other)
				}
			}
		}
		for _, name := range names {
			for _, w := range nameWords(name) {
				k := namekey.Skeleton(sp.key(w))
				if sets[k] == nil {
					sets[k] = map[string]bool{}
				}
				sets[k][strings.ToLower(w)] = true
			}
		}
	}
	for k, set := range sets {
		words := make([]string, 0, len(set))
		for w := range set {
			words = append(words, w)
		}
		sort.Strings(words)
		sp.byKey[k] = words
	}
	return sp
}

// nameWords are the words of a name long enough to carry a key: particles such as "al" and
// initials are left out.
func nameWords(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) >= 3 {
			out = append(out, w)
		}
	}
	return out
}

// Variants are the other spellings of word found in entities' names: the words of its block
// whose key is close to its own, other than word itself, at most maxVariants of them; none when
// no name has such a word.
func (sp *Speller) Variants(word string) []string {
	if sp == nil || len([]rune(word)) < 3 {
		return nil
	}
	key := sp.key(word)
	var out []string
	for _, w := range sp.byKey[namekey.Skeleton(key)] {
		if !strings.EqualFold(w, word) && len(out) < maxVariants && namekey.Similarity(key, sp.key(w)) >= minSimilarity {
			out = append(out, w)
		}
	}
	return out
}

// key is the transliteration key of one word.
func (sp *Speller) key(w string) string { return sp.keys.Key(namekey.Fold(w)) }

// foldName makes names comparable: case, accents and spacing folded.
func foldName(s string) string { return strings.Join(strings.Fields(namekey.Fold(s)), " ") }

// Expand rewrites a search query so that it finds the other spellings of the names in it. A
// query that is the name or a spelling of an entity matches any of that entity's spellings:
// "Daesh" becomes "\"Daesh\" OR \"Islamic State\" OR …". Otherwise each plain word that is a
// spelling of a name word also matches that word's other spellings: "Tareq strike" becomes
// "Tareq OR tariq strike". Phrases in quotes, excluded words (-word) and the OR, AND and NOT
// operators are kept as they are; a query with no such word comes back unchanged.
func (sp *Speller) Expand(query string) string {
	if sp == nil {
		return query
	}
	// The other spellings widen a query within the bounds a search takes; past them the query
	// is searched as it was written.
	if wide := sp.expand(query); dossier.CheckQuery(wide) == nil {
		return wide
	}
	return query
}

func (sp *Speller) expand(query string) string {
	if names := sp.byName[foldName(query)]; len(names) > 1 && !strings.ContainsAny(query, `"-`) {
		alts := []string{`"` + strings.TrimSpace(query) + `"`}
		for _, n := range names[:min(len(names), maxVariants)] {
			if foldName(n) != foldName(query) && !strings.Contains(n, `"`) {
				alts = append(alts, `"`+n+`"`)
			}
		}
		return strings.Join(alts, " OR ")
	}
	chunks := queryChunks(query)
	changed := false
	for i, c := range chunks {
		if strings.ContainsAny(c, `"`) || strings.HasPrefix(c, "-") || c == "OR" || c == "AND" || c == "NOT" || strings.EqualFold(c, "or") {
			continue
		}
		if strings.Contains(c, "-") {
			if alts := sp.joinedVariants(c); len(alts) > 0 {
				chunks[i] = c + " OR " + strings.Join(alts, " OR ")
				changed = true
			}
			continue
		}
		if v := sp.Variants(c); len(v) > 0 {
			chunks[i] = c + " OR " + strings.Join(v, " OR ")
			changed = true
		}
	}
	if !changed {
		return query
	}
	return strings.Join(chunks, " ")
}

// joinedVariants are the other spellings of a word written with a particle joined by a hyphen,
// "as-Saruj" or "al-Farouq": the name word without the particle, which the text may join to another
// particle ("al-Saruj") or write alone, and that word's other spellings. None when the word has
// more than one name word in it ("Abdel-Karim") or its name word is in no entity's name.
func (sp *Speller) joinedVariants(word string) []string {
	parts := nameWords(word)
	if len(parts) != 1 {
		return nil
	}
	w := parts[0]
	v := sp.Variants(w)
	if len(v) == 0 && !slices.Contains(sp.byKey[namekey.Skeleton(sp.key(w))], strings.ToLower(w)) {
		return nil
	}
	return append([]string{w}, v...)
}

// queryChunks splits a query at spaces outside quotes; a quoted phrase stays one chunk.
func queryChunks(q string) []string {
	var (
		out   []string
		cur   strings.Builder
		quote bool
	)
	for _, r := range q {
		switch {
		case r == '"':
			quote = !quote
			cur.WriteRune(r)
		case unicode.IsSpace(r) && !quote:
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteRune(r)
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}
