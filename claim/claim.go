package claim

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// campCue is one characterisation cue: the camp it puts an actor in, its phrase and the phrase's
// words, and whether, right after a name, it makes that name the patron ("a US proxy").
type campCue struct {
	camp, phrase string
	words        []string
	of           bool
}

// Reader is the claim stage. It is read-only once made and safe for concurrent use.
type Reader struct {
	attack, mutual, unclear []string
	deny, role, nopart      []string
	cause                   []string
	first, second, travel   []string // competing accounts, and where someone went
	camps                   []campCue
	credit                  []creditCue     // credit lines, longest first
	byline                  bylineCues      // who wrote the report: names that are no actors
	agencies                map[string]bool // news agencies, lower-case: whose copy a byline or sign-off credits
	generic                 map[string]bool
	aux, passive, stops     map[string]bool // words read around an accusation verb's subject
	capitals                *capitals       // countries' capital cities, for "the capital"
	// Read from the parse: who did an attack, who says so, who accuses whom.
	attackWord, speech                map[string]bool
	doerVerbs, doerPreps, memberPreps map[string]bool
	behindPreps                       map[string]bool     // "the Front was behind the attack"
	owning                            map[string][]string // noun → verbs that own an attack by it
	owningVerbs                       map[string]bool
	accuseVerbs                       map[string][]string // verb → prepositions of the accused
	lightVerbs, supportVerbs          map[string]bool     // verbs that carry a noun's event
	stateBodies                       map[string]bool     // nouns for a state's body ("government")
	spokespeople                      map[string]bool     // nouns for one who speaks for a body ("spokesman")
	campLists                                             // words the camp readings need
	sides                             sideWords           // words for the side of a force no name is given
	blameVerbs                        map[string]bool     // verbs whose object alone is the one blamed
}

// New makes a Reader from the cue lists of lang: claim-attack, claim-mutual, claim-unclear,
// claim-deny, claim-deny-role, claim-nopart, claim-cause, claim-backed, claim-hostile,
// claim-generic, claim-aux, claim-passive, claim-clause-stops, light-verbs, support-verbs,
// claim-account-first, claim-account-second, claim-travel, claim-credit, news-agencies, state-side and
// claim-spokespeople; claim-blame-verbs and the side and ground words of attack-words, for
// accusations of a force no name is given; for the camps, the lists of newCampLists; for the
// roles read from the parse, speech-verbs, claim-doers, claim-doer-preps, claim-behind-preps,
// claim-member-preps, claim-owning and claim-accuse-verbs; and the capitals table with its
// capital-cues.
func New(lang *en.Data) (*Reader, error) {
	r := &Reader{
		attack:  phrases(lang.Entries("claim-attack")),
		mutual:  phrases(lang.Entries("claim-mutual")),
		unclear: phrases(lang.Entries("claim-unclear")),
		deny:    phrases(lang.Entries("claim-deny")),
		role:    phrases(lang.Entries("claim-deny-role")),
		nopart:  phrases(lang.Entries("claim-nopart")),
		cause:   phrases(lang.Entries("claim-cause")),
		first:   phrases(lang.Entries("claim-account-first")),
		second:  phrases(lang.Entries("claim-account-second")),
		travel:  phrases(lang.Entries("claim-travel")),
		generic: lang.List("claim-generic"),
		aux:     lang.List("claim-aux"),
		passive: lang.List("claim-passive"),
		stops:   lang.List("claim-clause-stops"),
		// What a reason is given for: the noun a light or support verb takes.
		lightVerbs:   lang.List("light-verbs"),
		stateBodies:  lang.StateSide(en.StateBody),
		spokespeople: lang.List("claim-spokespeople"),
		supportVerbs: lang.List("support-verbs"),
		credit:       creditCues(lang),
		byline:       newBylineCues(lang),
		agencies:     lang.List("news-agencies"),
	}
	r.readRoles(lang)
	r.campLists = newCampLists(lang)
	r.sides = newSideWords(lang)
	r.blameVerbs = lang.List("claim-blame-verbs")
	for _, camp := range []string{"backed", "hostile"} {
		table := lang.Table("claim-" + camp)
		for _, p := range lang.Entries("claim-" + camp) {
			p = strings.ToLower(p)
			of := len(table[p]) > 0 && table[p][0] == "of"
			r.camps = append(r.camps, campCue{camp: camp, phrase: p, words: strings.Fields(p), of: of})
		}
	}
	// Longer cues first, so "backed by" is tried before a shorter cue it holds.
	sort.SliceStable(r.camps, func(i, j int) bool { return len(r.camps[i].phrase) > len(r.camps[j].phrase) })
	if len(r.deny) == 0 || len(r.cause) == 0 || len(r.camps) == 0 {
		return nil, fmt.Errorf("claim cues: the language data lacks claim-deny, claim-cause or the camps")
	}
	caps, err := newCapitals(lang)
	if err != nil {
		return nil, fmt.Errorf("claim cues: %w", err)
	}
	r.capitals = caps
	return r, nil
}

// phrases returns the lower-case phrases of a list, longest first, else in the order of the file:
// of two cues at one place the longer wins, and of two of one length the one listed first.
func phrases(list []string) []string {
	out := make([]string, 0, len(list))
	for _, p := range list {
		out = append(out, strings.ToLower(p))
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// Analyze reads the claims of one document into a.Claims, the text's origin signature — its
// sketch, credit lines and dateline — into a.Sketch, a.Credits and a.Dateline, marks the mentions said right
// after a travel cue (Mention.Travel) and where each casualty figure is set (Figure.Setting), and takes
// the names of bylines out of the events' arguments and the claims. It runs after the mentions, labels and
// events are found.
func (r *Reader) Analyze(a *dossier.Analysis) error {
	if a == nil {
		return fmt.Errorf("claims: no analysis")
	}
	d := newDoc(a)
	d.bodies = r.stateBodies
	r.markTravel(d)
	r.markSettings(d)
	a.Credits = r.credits(a.Doc.Text)
	if c, ok := datelineCredit(a.Doc.Text); ok {
		a.Credits = append(a.Credits, c)
	}
	a.Credits = append(a.Credits, r.agencyCredits(a.Doc.Text)...)
	credit := r.dropBylines(d)
	var out []dossier.Claim
	out = append(out, r.eventClaims(d)...)
	out = append(out, r.sideAccusations(d, out)...)
	out = append(out, r.backDeeds(d)...)
	out = append(out, r.blameSentences(d)...)
	out = append(out, r.denials(d)...)
	out = append(out, r.causes(d)...)
	out = append(out, r.characterisations(d)...)
	out = append(out, r.accounts(d)...)
	for i := range out {
		c := &out[i]
		if c.Span.End > c.Span.Start && c.Span.End <= len(d.text) {
			c.Echo = echo(d.text[c.Start:c.End])
		}
		c.By.The = c.By.Chain >= 0 && d.the[c.By.Chain]
		for j := range c.About {
			c.About[j].The = d.the[c.About[j].Chain]
		}
	}
	withoutBylines(out, credit)
	a.Claims = out
	a.Sketch = Sketch(a.Doc.Text)
	a.Dateline = DatelineEnd(a.Doc.Text)
	return nil
}

// doc is one analysis as the stage reads it.
type doc struct {
	a        *dossier.Analysis
	text     string
	low      string
	mentions []int           // indexes of a.Mentions in order of start
	the      map[int]bool    // chains the text writes with "the" before a name
	bodies   map[string]bool // nouns for a state's body after a nationality (the "body" rows of state-side)
}

func newDoc(a *dossier.Analysis) *doc {
	d := &doc{a: a, text: a.Doc.Text, low: strings.ToLower(a.Doc.Text), the: map[int]bool{}}
	d.mentions = make([]int, len(a.Mentions))
	for i := range d.mentions {
		d.mentions[i] = i
	}
	sort.SliceStable(d.mentions, func(i, j int) bool { return a.Mentions[d.mentions[i]].Start < a.Mentions[d.mentions[j]].Start })
	for _, m := range a.Mentions {
		if m.Start >= 4 && m.Start <= len(d.text) && strings.EqualFold(d.text[m.Start-4:m.Start], "the ") {
			d.the[m.Chain] = true
		}
	}
	return d
}

// mentionsIn returns the indexes of the mentions inside s, in order of start.
func (d *doc) mentionsIn(s dossier.Span) []int {
	ms := d.a.Mentions
	i := sort.Search(len(d.mentions), func(i int) bool { return ms[d.mentions[i]].Start >= s.Start })
	var out []int
	for ; i < len(d.mentions) && ms[d.mentions[i]].Start < s.End; i++ {
		if s.Contains(ms[d.mentions[i]].Span) {
			out = append(out, d.mentions[i])
		}
	}
	return out
}

// sentences returns the document's sentences that lie inside its text.
func (d *doc) sentences() []dossier.Span {
	var out []dossier.Span
	last := -1
	for _, s := range d.a.Doc.Sentences {
		if s.Start < 0 || s.End > len(d.text) || s.Start >= s.End || s.Start == last {
			continue
		}
		last = s.Start
		out = append(out, s)
	}
	return out
}

// sentenceAt returns the sentence holding byte pos, or a span cut at sentence punctuation when
// the document has no sentence boundaries there.
func (d *doc) sentenceAt(pos int) dossier.Span {
	return segment.SentenceAt(d.text, d.a.Doc.Sentences, pos)
}

// tokens returns the parse's tokens inside s, or, when the document has no parse, its words cut
// at spaces and punctuation.
func (d *doc) tokens(s dossier.Span) []dossier.Token {
	var out []dossier.Token
	for _, ps := range d.a.Parse {
		if ps.End <= s.Start || ps.Start >= s.End {
			continue
		}
		for _, t := range ps.Tokens {
			if s.Contains(t.Span) {
				out = append(out, t)
			}
		}
	}
	if len(out) > 0 || len(d.a.Parse) > 0 {
		return out
	}
	return plainTokens(d.text[s.Start:s.End], s.Start)
}

// plainTokens cuts s into words and punctuation marks; base is where s starts in the text.
func plainTokens(s string, base int) []dossier.Token {
	var out []dossier.Token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '\'' && r2 != '’' && r2 != '-' {
					break
				}
				j += n2
			}
			out = append(out, dossier.Token{Span: dossier.Span{Start: base + i, End: base + j}, Text: s[i:j], UPOS: "X"})
			i = j
		default:
			out = append(out, dossier.Token{Span: dossier.Span{Start: base + i, End: base + i + n}, Text: s[i : i+n], UPOS: "PUNCT"})
			i += n
		}
	}
	return out
}

// first returns where the first of cues occurs in low as words, and its length; -1 when none.
// Cues are longest first, so at one place the longest wins.
func first(low string, cues []string) (int, int) {
	at, n := -1, 0
	for _, c := range cues {
		if i := en.IndexWord(low, c); i >= 0 && (at < 0 || i < at) {
			at, n = i, len(c)
		}
	}
	return at, n
}

// echo is a key of the words of s, folded: two sentences told in the same words share it.
func echo(s string) string {
	h := fnv.New64a()
	h.Write([]byte(strings.ToLower(strings.Join(strings.Fields(s), " "))))
	return fmt.Sprintf("%016x", h.Sum64())
}

// lowerFirst lower-cases the first letter of s: "Residents" → "residents".
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// allMentions picks every mention: a matter's words are said without names.
func allMentions(*dossier.Mention) bool { return true }

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// words are the distinct lower-case words of s of three letters or more, without the words of
// the mentions skip picks and, when matter is set, without generic words such as "accusation"
// or "any": the words of what a claim is about, that let a denial be matched with the
// accusation of the same matter. Names are left out of a matter: two claims about one person or
// place may still be about different things.
func (r *Reader) words(d *doc, s dossier.Span, skip func(m *dossier.Mention) bool, matter bool) []string {
	if s.End <= s.Start || s.End > len(d.text) {
		return nil
	}
	masked := []byte(d.low[s.Start:s.End])
	for _, mi := range d.mentionsIn(s) {
		m := &d.a.Mentions[mi]
		if skip != nil && skip(m) {
			for i := m.Start; i < m.End; i++ {
				masked[i-s.Start] = ' '
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(string(masked), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r))
	}) {
		if len(w) < 3 || matter && r.generic[w] || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}
