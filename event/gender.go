package event

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// Sexes a word may tell of a person, as the language data writes them; "" tells nothing.
const (
	female = "female"
	male   = "male"
)

// sexWords are the words that tell a person's sex: a pronoun's, and those said with a name.
type sexWords struct {
	pronouns map[string]string // person-pronouns: "she" → female
	said     map[string]string // gender-words: a title, style, relative or role ("mrs.", "wife")
	given    map[string]string // given-name-genders: a given name of one sex only ("nora")
	// reflexive are the person-pronouns that stand for their own verb's subject ("herself").
	reflexive map[string]bool
}

// newSexWords reads the words of d that tell a person's sex.
func newSexWords(d *en.Data) sexWords {
	sw := sexWords{pronouns: sexTable(d, "person-pronouns"), said: sexTable(d, "gender-words"),
		given: sexTable(d, "given-name-genders"), reflexive: map[string]bool{}}
	for _, r := range d.Rows("person-pronouns") {
		if len(r) >= 3 && r[2] == "reflexive" {
			sw.reflexive[strings.ToLower(r[0])] = true
		}
	}
	return sw
}

// sexTable reads the rows of the named file whose second field is a sex, the first lower-cased.
func sexTable(d *en.Data, name string) map[string]string {
	out := map[string]string{}
	for _, r := range d.Rows(name) {
		if len(r) >= 2 && (r[1] == female || r[1] == male) {
			out[strings.ToLower(r[0])] = r[1]
		}
	}
	return out
}

// chains returns the sex the document tells of each person's chain it tells one of: the words
// said with the chain's names (see mention). A chain whose names tell both tells none.
func (sw sexWords) chains(text string, mentions []dossier.Mention) map[int]string {
	out := map[int]string{}
	mixed := map[int]bool{}
	for _, m := range mentions {
		if m.Type != dossier.PER || mixed[m.Chain] {
			continue
		}
		sex := sw.mention(text, m)
		switch old, ok := out[m.Chain]; {
		case sex == "":
		case ok && old != sex:
			mixed[m.Chain] = true
			delete(out, m.Chain)
		default:
			out[m.Chain] = sex
		}
	}
	return out
}

// mention returns the sex one mention of a person tells: by the word right before it (a title
// the mention leaves out, a relative, a role: "Mrs. Vale", "his wife Nora Vale"), by its title,
// by a style or title it opens with ("King Tomas"), and by the given name of a name of two
// words or more ("Nora Vale"; a name alone may be a family name). "" when they tell nothing or
// disagree.
func (sw sexWords) mention(text string, m dossier.Mention) string {
	var sexes []string
	if m.Start > 0 && m.Start <= len(text) {
		line := text[max(0, m.Start-24):m.Start]
		line = line[strings.LastIndexByte(line, '\n')+1:]
		if before := strings.Fields(line); len(before) > 0 {
			sexes = append(sexes, sw.said[strings.ToLower(before[len(before)-1])])
		}
	}
	for _, w := range strings.Fields(m.Title) {
		sexes = append(sexes, sw.said[strings.ToLower(w)])
	}
	words := strings.Fields(m.Text)
	for len(words) > 0 && sw.said[strings.ToLower(words[0])] != "" {
		sexes = append(sexes, sw.said[strings.ToLower(words[0])])
		words = words[1:]
	}
	if len(words) >= 2 {
		sexes = append(sexes, sw.given[strings.ToLower(words[0])])
	}
	sex := ""
	for _, s := range sexes {
		if s == "" {
			continue
		}
		if sex != "" && s != sex {
			return ""
		}
		sex = s
	}
	return sex
}

// sexAgrees reports whether a pronoun of sex p may stand for chain c, whose sex sexes holds when
// the document tells it: one of them tells nothing, or both tell the same.
func sexAgrees(sexes map[int]string, c int, p string) bool {
	s := sexes[c]
	return s == "" || p == "" || s == p
}

// learnSex records that a pronoun of sex p was read as standing for chain c, whose sex the
// document's names do not tell: the pronouns after it keep to that sex ("… called Reyes a
// liar and said 'somebody should silence her'. The aide recalled that he said …" is not Reyes).
func (st *docState) learnSex(c int, p string) {
	if p != "" && c >= 0 && st.sex[c] == "" {
		st.sex[c] = p
	}
}

// unnamed is the chain of a person in reach whom no name names, only a word that tells the
// person's sex ("the mother of Elan Vale", "Vale's father").
const unnamed = -2

// reachUnnamed records, when token i is such a word in lower case, that a person no name names
// is in reach: a word right before a person's name, or before a comma and the name, says who
// the name is ("his wife Nora Vale", "her father, Tomas Vale") and names no one else.
func (st *docState) reachUnnamed(s *sent, i int, startAt map[int]dossier.Mention) {
	tk := s.toks[i]
	sex := s.w.sexes.said[tk.norm]
	if sex == "" || tk.upper || !tk.word {
		return
	}
	next := i + 1
	if next < len(s.toks) && s.toks[next].norm == "," {
		next++
	}
	if m, ok := startAt[next]; ok && m.Type == dossier.PER {
		return
	}
	st.cur = append(st.cur, reached{chain: unnamed, typ: dossier.PER, sex: sex})
}

// personOf returns which of the names in reach rs a person's pronoun of sex may stand for:
// persons but chain not, of the pronoun's sex as far as the document tells. A person no name
// names counts only when the sex leaves out a person named there: "Calling the mother of Elan
// Vale …, Tomas Reed said she …" may mean the mother, but "Nora Vale, a spokeswoman, said she
// …" means Vale.
func (st *docState) personOf(rs []reached, not int, sex string) func(reached) bool {
	named := func(r reached) bool { return r.typ == dossier.PER && r.chain != not && r.chain != unnamed }
	_, all := countChains(rs, named)
	_, same := countChains(rs, func(r reached) bool { return named(r) && sexAgrees(st.sex, r.chain, sex) })
	passed := same < all
	return func(r reached) bool {
		if r.chain == unnamed {
			return passed && r.typ == dossier.PER && r.sex == sex
		}
		return named(r) && sexAgrees(st.sex, r.chain, sex)
	}
}
