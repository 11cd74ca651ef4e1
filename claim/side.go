package claim

import (
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/tree"
)

// sideWords tell the side of a force no name is given: the side group of attack-words ("army",
// "government", "rebels", "terrorists"), its ground words, which make a side word the ground
// rather than who acts ("rebel positions"), and the nationality adjectives of the capitals
// table, which name the state whose forces they are ("the Russian air force").
type sideWords struct {
	side   map[string]string // phrase, lower-case → side
	most   int               // words of the longest phrase
	ground map[string]bool
	nation map[string]string // adjective, lower-case → country
}

func newSideWords(lang *en.Data) sideWords {
	w := sideWords{side: map[string]string{}, ground: map[string]bool{}, nation: map[string]string{}}
	for _, row := range lang.Rows("attack-words") {
		if len(row) < 2 {
			continue
		}
		phrase := strings.ToLower(strings.TrimSpace(row[1]))
		switch {
		case row[0] == "side" && len(row) > 2:
			w.side[phrase] = strings.TrimSpace(row[2])
			w.most = max(w.most, len(strings.Fields(phrase)))
		case row[0] == "ground":
			w.ground[phrase] = true
		}
	}
	for _, row := range lang.Rows("capitals") {
		if len(row) < 3 {
			continue
		}
		country, _, _ := strings.Cut(row[0], "|")
		for _, adj := range strings.Split(row[2], "|") {
			if adj = strings.ToLower(strings.TrimSpace(adj)); adj != "" {
				w.nation[adj] = strings.TrimSpace(country)
			}
		}
	}
	return w
}

// of reads the side and the state that words name, in order: "government forces" → state;
// "the Syrian army" → state, Syria. ok is false when they name no side, two sides ("the army
// and the rebels"), two states, or a side as ground ("rebel positions").
func (w sideWords) of(words []string) (side, force string, ok bool) {
	for i := 0; i < len(words); i++ {
		if c, isNation := w.nation[words[i]]; isNation {
			if force != "" && force != c {
				return "", "", false
			}
			force = c
			continue
		}
		for n := min(w.most, len(words)-i); n > 0; n-- {
			s, found := w.side[strings.Join(words[i:i+n], " ")]
			if !found {
				continue
			}
			if i+n < len(words) && w.ground[words[i+n]] || side != "" && side != s {
				return "", "", false
			}
			side, i = s, i+n-1
			break
		}
	}
	if side == "" {
		return "", "", false
	}
	if side != "state" {
		force = "" // "Syrian rebels" are of no state's forces
	}
	return side, force, true
}

// sideAccusations reads accusations of a force no name is given ("activists blamed the army for
// the shelling", "state media blamed terrorists for the attack"): a verb of claim-blame-verbs
// whose accused is a phrase of side words, and names no actor. taken are the cues of the
// accusations already read from events; a verb there makes no second claim.
func (r *Reader) sideAccusations(d *doc, taken []dossier.Claim) []dossier.Claim {
	var out []dossier.Claim
	for si := range d.a.Parse {
		s := &d.a.Parse[si]
		for i := range s.Tokens {
			n := node{s, i}
			if !r.blameVerbs[lemma(n.tok())] || n.tok().UPOS != "VERB" || cueTaken(taken, n.tok().Span) {
				continue
			}
			if c, ok := r.sideAccusation(d, n); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// cueTaken reports whether a claim of taken has its cue at sp.
func cueTaken(taken []dossier.Claim, sp dossier.Span) bool {
	return slices.ContainsFunc(taken, func(c dossier.Claim) bool { return c.Cue == sp })
}

// sideAccusation reads one accuse verb n as an accusation of a side (see sideAccusations): the
// accused and the accuser as the parse gives them, else the words right after the verb and
// those right before it, as the parse may not hold the verb's clause ("State media blamed
// terrorists …" read as a noun phrase).
func (r *Reader) sideAccusation(d *doc, n node) (dossier.Claim, bool) {
	if n.negated() {
		return dossier.Claim{}, false
	}
	sent := d.sentenceAt(n.tok().Start)
	if sent.End > len(d.text) || sent.Start >= sent.End {
		return dossier.Claim{}, false
	}
	by, acc, found := r.accusedNode(n)
	var words []int
	switch {
	case found && acc.s != nil:
		words = r.sidePhrase(acc)
		slices.Sort(words)
	case !found:
		words = wordsAfter(n)
	}
	side, force, ok := r.sideIn(d, n.s, words)
	if !ok {
		return dossier.Claim{}, false
	}
	low := d.low[sent.Start:sent.End]
	c := dossier.Claim{Span: sent, Kind: dossier.ClaimAccuse, Cue: n.tok().Span, By: dossier.Party{Chain: -1}, Event: -1,
		Side: side, Force: force, Attack: hasAny(low, r.attack), Negated: r.deniesAt(low, n.tok().Start-sent.Start)}
	switch {
	case found && by.i >= 0:
		if acts := r.actorsIn(d, by); len(acts) > 0 {
			c.By = dossier.Party{Chain: acts[0]}
		} else if by.tok().UPOS != "PRON" {
			c.ByText = r.phraseText(d, by)
		}
	case !found:
		c.By, c.ByText = r.subjectBefore(d, sent, n.tok().Start)
	}
	c.Words = r.accusedWords(d, sent, c.Cue)
	return c, true
}

// sidePhrase lists the words of the accused phrase headed by n that may name its side: those of
// phraseOf, but a phrase brought in by "of" only when the head is a word of a side's ground or
// members ("fighters of the opposition"): in "the father of a rebel" the side word names someone
// else than the accused.
func (r *Reader) sidePhrase(n node) []int {
	return r.phraseWhere(n, func(h, c int) bool {
		rel := n.s.Tokens[c].Rel
		return !strings.HasPrefix(rel, "nmod") || rel == "nmod:poss" || r.sides.ground[strings.ToLower(n.s.Tokens[h].Text)]
	})
}

// wordsAfterMost bounds the words read after an accuse verb whose clause the parse does not hold.
const wordsAfterMost = 5

// wordsAfter are the words right after verb n, up to a preposition, a punctuation mark or a
// verb: "blamed terrorists for …" → "terrorists".
func wordsAfter(n node) []int {
	var out []int
	for k := n.i + 1; k < len(n.s.Tokens) && len(out) < wordsAfterMost; k++ {
		switch n.s.Tokens[k].UPOS {
		case "ADP", "PUNCT", "VERB", "AUX", "SCONJ", "PART":
			return out
		}
		out = append(out, k)
	}
	return out
}

// sideIn reads the side the words ks of sentence s name (see sideWords.of); ok is false when
// they name an actor that acts, which the accusations read from events name.
func (r *Reader) sideIn(d *doc, s *dossier.Sentence, ks []int) (side, force string, ok bool) {
	if len(ks) == 0 {
		return "", "", false
	}
	var words []string
	for _, k := range ks {
		t := &s.Tokens[k]
		for _, mi := range d.mentionsIn(t.Span) {
			if r.acts(d, d.a.Mentions[mi].Chain) {
				return "", "", false
			}
		}
		words = append(words, strings.ToLower(t.Text))
	}
	return r.sides.of(words)
}

// accusedNode reads from the parse who accuses and who is accused by accuse verb n: the
// passive's subject and agent ("the army was blamed by activists"), else the verb's subject and
// object, or, when the object is the attack, the phrase a preposition of the verb brings in
// ("blamed the attack on the army", "accused X of the attack"). by.i is -1 when the parse names
// no accuser; acc.s is nil when the parse gives the verb an object but no one accused; found is
// false when it gives it neither a passive subject nor an object.
func (r *Reader) accusedNode(n node) (by, acc node, found bool) {
	s := n.s
	by = node{s, -1}
	if ps := tree.PassiveSubject(s, n.i); ps >= 0 {
		if ag := tree.Agent(s, n.i); ag >= 0 {
			by = n.at(ag)
		}
		return by, n.at(ps), true
	}
	if sb := tree.Subject(s, n.i); sb >= 0 {
		by = n.at(sb)
	}
	obj := tree.Object(s, n.i)
	if obj < 0 {
		return by, node{}, false
	}
	if !r.isAttack(n.at(obj)) {
		return by, n.at(obj), true
	}
	preps := r.accuseVerbs[lemma(n.tok())]
	for _, head := range []int{n.i, obj} {
		for _, k := range tree.Children(s, head) {
			if rel := s.Tokens[k].Rel; (strings.HasPrefix(rel, "obl") || strings.HasPrefix(rel, "nmod")) && slices.Contains(preps, tree.Preposition(s, k)) {
				return by, n.at(k), true
			}
		}
	}
	return by, node{}, true
}
