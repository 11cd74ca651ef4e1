package claim

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/tree"
)

// campLists are the words the camp readings need besides the cues.
type campLists struct {
	campStops   map[string]bool // closed-class words that end the words read before a name
	deemVerbs   map[string]bool // verbs of calling: "considers X a terrorist group"
	relatives   map[string]bool // relative pronouns: "X, who is …"
	foundVerbs  map[string]bool // verbs of founding: "formed X with support from …"
	memberNouns map[string]bool // nouns of a group or its people: "the Front fighters"
}

// newCampLists reads claim-camp-stops, claim-deem-verbs, relative-pronouns, claim-found-verbs
// and the party, forces and people classes of word-classes.
func newCampLists(lang *en.Data) campLists {
	l := campLists{campStops: lang.List("claim-camp-stops"), deemVerbs: lang.List("claim-deem-verbs"),
		relatives: lang.List("relative-pronouns"), foundVerbs: lang.List("claim-found-verbs"), memberNouns: map[string]bool{}}
	for _, row := range lang.Rows("word-classes") {
		if len(row) < 2 || !slices.Contains([]string{"party", "forces", "people"}, row[0]) {
			continue
		}
		for _, w := range strings.Fields(row[1]) {
			l.memberNouns[w] = true
		}
	}
	return l
}

// preWindowWords bounds the words read in front of a name ("the US-backed X").
const preWindowWords = 3

// characterisations reads how the document puts actors in camps: by a label the entity stage
// found ("a US-backed militia"), by the words right before a name ("the US-backed Front") and by
// what the parse attaches to the name ("the Front, an offshoot of …", "ISIS terrorists", "X, who
// is backed by …"). Labels come first, then mentions in order.
func (r *Reader) characterisations(d *doc) []dossier.Claim {
	var out []dossier.Claim
	for _, l := range d.a.Labels {
		if !r.acts(d, l.Chain) {
			continue // a town's description ("a stronghold of …") puts no one in a camp; a country's may
		}
		if cue, ok := r.labelCue(d, l); ok {
			cl := dossier.Claim{Span: l.Span, Kind: dossier.ClaimCharacterise, Cue: l.Span, CueText: cue.phrase,
				By: dossier.Party{Chain: -1}, About: []dossier.Party{{Chain: l.Chain}}, Event: -1, Camp: cue.camp}
			if h, ok := r.holderOf(d, l.Span, l.Chain); ok {
				cl.By, cl.ByText = h.party, h.text
			}
			out = append(out, cl)
		}
	}
	for mi := range d.a.Mentions {
		m := &d.a.Mentions[mi]
		if m.Type == dossier.LOC {
			continue
		}
		for _, ev := range r.mentionCues(d, mi) {
			ev.About = []dossier.Party{{Chain: m.Chain}}
			out = append(out, ev)
		}
	}
	return out
}

// labelCue returns the camp cue that label l says of its actor. A cue that makes the name right
// before it the patron ("an ISIS affiliate" as a label of ISIS) says nothing of that name, a
// label right after a place's name says who is there ("Syria rebels"), not what it is, nor
// does a label after the name with another actor named in between ("X and the Front affiliate
// Y"), nor words in front of a name that the parse hangs on the noun after it ("an ISIS-affiliated
// Facebook page") or that other words part from it, nor, away from the name's sentences, a
// plural without a determiner ("said that terrorist groups fired …"): it speaks of some groups,
// not of one named before. Nor does a label whose words up to the cue are no phrase describing
// one noun (see describes), as the entity stage may read across a verb ("hit jihadist rebels").
func (r *Reader) labelCue(d *doc, l dossier.Label) (campCue, bool) {
	toks := d.tokens(l.Span)
	cue, at, ok := r.cueIn(cueWords(toks))
	if !ok {
		return campCue{}, false
	}
	upToCue := toks[:tokenOf(toks, at)+1]
	if !describes(upToCue) {
		return campCue{}, false
	}
	m := d.nearestMention(l.Chain, l.Span)
	if m == nil {
		return cue, !d.barePlural(l.Span)
	}
	if m.End <= l.Start {
		if strings.TrimSpace(d.text[m.End:l.Start]) == "" {
			switch {
			case d.headsPhrase(*m, upToCue):
				return campCue{}, false // "Russian warplanes hit jihadist rebels": a phrase of its own
			case cue.of && at < 2:
				return campCue{}, false // "US main proxy", "ISIS offshoot": the name is the patron
			case m.Type == dossier.LOC:
				return campCue{}, false // "Syria rebels": people of the place, not the place
			}
		}
		if d.actorBetween(m.End, l.Start, m.Chain) {
			return campCue{}, false
		}
	}
	if l.End <= m.Start && (r.modifiesNext(d, *m, l.Span) || !d.onlyTitles(l.End, m.Start, !cue.of)) {
		return campCue{}, false
	}
	return cue, true
}

// tokenOf returns the index in toks of the first word of cue word i (see cueWords, which joins
// the pieces of a hyphenated word).
func tokenOf(toks []dossier.Token, i int) int {
	for k := range toks {
		if len(cueWords(toks[:k+1])) > i {
			return k
		}
	}
	return len(toks) - 1
}

// describes reports whether the words can all stand in front of the last one as its describing
// words: no verb but a modifying participle, no preposition, conjunction or pronoun but a
// possessive, and no common noun followed by a word that is none ("rebels blamed Russian"), which
// would make that noun the head of a phrase of its own. A hyphen written inside a word goes with it.
func describes(toks []dossier.Token) bool {
	for k, t := range toks[:max(len(toks)-1, 0)] {
		if t.Text == "-" || gluedAfter(toks, k) {
			continue
		}
		switch t.UPOS {
		case "VERB":
			if t.Rel != "amod" {
				return false
			}
		case "AUX", "ADP", "SCONJ", "CCONJ", "PART":
			return false
		case "PRON":
			if !strings.Contains(t.Feats, "Poss=Yes") {
				return false
			}
		case "NOUN":
			if n := toks[k+1]; n.UPOS != "NOUN" && n.UPOS != "PROPN" && n.Text != "-" {
				return false
			}
		}
	}
	return true
}

// headsPhrase reports whether mention m ends in a common noun (written in lower case) that the words of a label right
// after it cannot continue (see describes): the noun heads a phrase, and the label one of its own.
func (d *doc) headsPhrase(m dossier.Mention, label []dossier.Token) bool {
	toks := d.tokens(m.Span)
	if len(toks) == 0 || toks[len(toks)-1].UPOS != "NOUN" || !lower(toks[len(toks)-1].Text) {
		return false
	}
	return !describes(append(toks[len(toks)-1:], label...))
}

// barePlural reports whether the words at sp end in a plural noun with no determiner or
// possessive in front of them.
func (d *doc) barePlural(sp dossier.Span) bool {
	words := d.tokens(sp)
	if len(words) == 0 || !strings.Contains(words[len(words)-1].Feats, "Number=Plur") {
		return false
	}
	before := d.tokens(dossier.Span{Start: d.sentenceAt(sp.Start).Start, End: sp.Start})
	if len(before) == 0 {
		return true
	}
	t := before[len(before)-1]
	return t.UPOS != "DET" && !strings.Contains(t.Feats, "Poss=Yes")
}

// onlyTitles reports whether the words in [from, to) can stand between a description and the
// name it describes: determiners, punctuation, a copula ("the main group being X"), capitalised
// words such as titles ("its ally President X") and, when of is set, "of" ("terrorists of X"; not
// for a cue that makes what follows "of" the patron, "allies of X"). A common word there
// ("'terrorists' shot X") means the two are apart.
func (d *doc) onlyTitles(from, to int, of bool) bool {
	if to <= from {
		return true
	}
	for _, t := range d.tokens(dossier.Span{Start: from, End: to}) {
		switch {
		case t.UPOS == "DET", t.UPOS == "PUNCT", !lower(t.Text):
		case t.UPOS == "AUX" && strings.EqualFold(t.Lemma, "be"):
		case of && strings.EqualFold(t.Text, "of"):
		default:
			return false
		}
	}
	return true
}

// lower reports whether a word starts with a lower-case letter or is no word at all.
func lower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsUpper(r)
}

// nearestMention returns the mention of chain in the sentence of sp that lies nearest to it, nil
// when the sentence holds none.
func (d *doc) nearestMention(chain int, sp dossier.Span) *dossier.Mention {
	var best *dossier.Mention
	dist := -1
	for _, mi := range d.mentionsIn(d.sentenceAt(sp.Start)) {
		m := &d.a.Mentions[mi]
		if m.Chain != chain || m.Span.Contains(sp) && m.Span != sp {
			continue
		}
		gap := max(m.Start-sp.End, sp.Start-m.End, 0)
		if dist < 0 || gap < dist {
			best, dist = m, gap
		}
	}
	return best
}

// actorBetween reports whether a mention of an acting name other than chain lies in [from, to).
func (d *doc) actorBetween(from, to, chain int) bool {
	if to <= from {
		return false
	}
	for _, mi := range d.mentionsIn(dossier.Span{Start: from, End: to}) {
		if o := &d.a.Mentions[mi]; o.Type != dossier.LOC && o.Chain != chain {
			return true
		}
	}
	return false
}

// modifiesNext reports whether the words at sp, in front of mention m, belong to the noun right
// after the name that the parse makes the name a part of ("an ISIS-affiliated Facebook page"). A
// noun of a group or its people stands for the named group ("the extremist Islamic State group",
// "Turkish-backed FSA fighters"): what describes it describes the name.
func (r *Reader) modifiesNext(d *doc, m dossier.Mention, sp dossier.Span) bool {
	s := tree.SentenceAt(d.a.Parse, m.Start)
	if s == nil {
		return false
	}
	g := r.otherNoun(s, tree.SpanHead(s, m.Start, m.End), m.End)
	if g < 0 {
		return false
	}
	for _, t := range s.Tokens {
		if sp.Contains(t.Span) && t.Head == g {
			return true
		}
	}
	return false
}

// otherNoun returns the noun after the name that the name is a compound of (see nounAfter) when
// it names something other than the group itself or its people ("page" of "Facebook page"), -1
// otherwise.
func (r *Reader) otherNoun(s *dossier.Sentence, h, end int) int {
	g := nounAfter(s, h, end)
	if g < 0 || r.memberNouns[lemma(&s.Tokens[g])] || r.memberNouns[strings.ToLower(s.Tokens[g].Text)] {
		return -1
	}
	return g
}

// nounAfter returns the noun that name head h is a compound (or, as the tagger may read a name,
// an adjective) of when that noun follows the name
// (ending at byte end) straight away, -1 otherwise: "Facebook" of "Facebook page".
func nounAfter(s *dossier.Sentence, h, end int) int {
	if h < 0 || s.Tokens[h].Rel != "compound" && s.Tokens[h].Rel != "amod" {
		return -1
	}
	g := s.Tokens[h].Head
	if g < 0 || s.Tokens[g].Start < end || s.Tokens[g].UPOS != "NOUN" {
		return -1
	}
	for k := h + 1; k < g; k++ {
		if s.Tokens[k].Start >= end {
			return -1 // other words stand between the name and the noun
		}
	}
	return g
}
