package event

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/tree"
	"github.com/dossier-project/dossier/segment"
)

// Extractor finds events in analysed documents. It holds read-only lexicons and is safe for
// concurrent use.
type Extractor struct {
	lx    *lexicon
	split *segment.Splitter // splits a document that comes without sentences
}

// New returns an Extractor with the embedded lexicons of lang/en plus the trigger files named
// (same format as lang/en/data/event-triggers.txt), which let users add triggers of their own.
func New(triggerFiles ...string) (*Extractor, error) {
	return Load(en.Embedded(), triggerFiles...)
}

// Load returns an Extractor reading the lexicons of the language data d (lang/en/data, with any
// --data overlay) plus the trigger files named.
func Load(d *en.Data, triggerFiles ...string) (*Extractor, error) {
	lx, err := load(d, triggerFiles)
	if err != nil {
		return nil, err
	}
	return &Extractor{lx: lx, split: segment.New(d)}, nil
}

// item is an actor standing in a sentence: a mention, or a pronoun or description resolved to the
// chain of an earlier mention.
type item struct {
	t0, t1 int // token range in the sentence, end exclusive
	chain  int
	typ    dossier.EntityType
	pseudo bool
	poss   bool // followed by 's
	group  bool // a pronoun that stands for the organisation or country speaking its clause
	// junk marks a line of tags or a headline run into one name: its words start no trigger,
	// and it takes part in nothing.
	junk bool
}

// clause is a token range of a sentence.
type clause struct {
	t0, t1 int
	kind   string // "", rel, coord or sub: how it was opened
}

// match is one trigger found in a clause.
type match struct {
	p     *pattern
	t0    int   // first token
	t1    int   // after the last token
	words []int // tokens of the trigger's words (not of its gaps)
	cl    int   // clause index
}

// sent is one sentence being read.
type sent struct {
	idx     int
	span    dossier.Span
	toks    []token
	items   []item
	itemAt  []int // token → index in items, or -1
	inTimex []bool
	timexes []dossier.Timex
	clauses []clause
	matches []match
	sources []dossier.Source
	srcToks [][2]int // token ranges that name a source (events there are not attributed)
	// srcTails are, for a source named after its verb of saying ("…, said X, a group with
	// contacts in Y"), the verb's token and where the name ends: what follows describes the
	// source and tells nothing of an event said before the verb.
	srcTails [][2]int
	parse    *dossier.Sentence // the language layer's reading of the sentence, or nil
	w        *wordLists        // the closed word lists of the Extractor's language data
}

// docState carries what the reading of earlier sentences leaves for later ones.
type docState struct {
	last map[dossier.EntityType]int // most recent chain of each type
	head map[string]int             // most recent chain whose name holds each lower-case word
	// lastAttack is the most recent attack the document told in its own words: what a death
	// toll, a denial or "the attack" said later refers back to.
	lastAttack *told
	// The names of the previous sentence and of the current one so far, and the speakers of the
	// previous sentence that are no person: what a pronoun may stand for.
	prev, cur []reached
	speakers  []speaker
	earlier   []int // the persons of the last sentence before these two that names any
	// lower holds the words the document writes in lower case: a capitalised one-word name
	// that is also written so is a common word ("More", "Phase", "Related").
	lower map[string]bool
	// sex holds the sex the document tells of persons' chains (see sexWords.chains).
	sex map[int]string
}

// told is an attack as the document told it, with the chains that say where it happened: its
// places, and a place it hit ("shelled Brenton").
type told struct {
	ev     dossier.Event
	places []int
}

// timexReach is how far before a sentence a time expression that runs into it may start: far
// longer than any expression.
const timexReach = 1024

// Analyze fills a.Events from the document's text, sentences, mentions and time expressions.
func (x *Extractor) Analyze(a *dossier.Analysis) error {
	if a == nil {
		return errors.New("event: nil analysis")
	}
	text := a.Doc.Text
	sents, err := x.sentencesOf(a)
	if err != nil {
		return err
	}
	mentions := slices.Clone(a.Mentions)
	sort.SliceStable(mentions, func(i, j int) bool { return mentions[i].Start < mentions[j].Start })
	timexes := eventTimexes(a)
	all := make([]*sent, len(sents))
	for si, span := range sents {
		s := &sent{idx: si, span: span, w: x.lx.w}
		if len(a.Doc.Sentences) > 0 && si < len(a.Parse) && len(a.Parse[si].Tokens) > 0 {
			s.parse = &a.Parse[si]
		}
		s.toks = x.lx.w.sentTokens(text, span, s.parse)
		all[si] = s
	}
	st := &docState{last: map[dossier.EntityType]int{}, head: map[string]int{}, lower: lowerWords(text, all),
		sex: x.lx.w.sexes.chains(text, mentions)}
	var found docEvents
	mi := 0
	domains := x.lx.domainsOf(text)
	for _, s := range all {
		span := s.span
		for mi < len(mentions) && mentions[mi].Start < span.Start {
			mi++
		}
		var here []dossier.Mention
		for j := mi; j < len(mentions) && mentions[j].Start < span.End; j++ {
			here = append(here, mentions[j])
		}
		s.timexes = timexesOf(timexes, span)
		x.read(text, s, here, st)
		x.sentenceEvents(text, s, domains, st, &found)
	}
	restatedWho(found.events, found.figures, found.named)
	campaignTolls(found.events)
	sentenceDays(found.events, timexes)
	summedTolls(figuresOf(found.events, found.figures))
	markQuoted(text, figuresOf(found.events, found.figures))
	carryDays(text, found.events, timexes, mentions)
	found.inheritQuotes(quoteAttribution(text, all))
	a.Events = found.events
	a.Figures = found.figures
	return nil
}

// eventTimexes returns a copy of the time expressions of a in order of start, with no value on
// those that may date nothing the text tells (a dateline's date the publication date
// contradicts): they still cover their words, which are then no figures.
func eventTimexes(a *dossier.Analysis) []dossier.Timex {
	timexes := slices.Clone(a.Timexes)
	for i := range timexes {
		if !timexes[i].DatesEvents(a.Doc.Published) {
			timexes[i].Value = ""
		}
	}
	sort.SliceStable(timexes, func(i, j int) bool { return timexes[i].Start < timexes[j].Start })
	return timexes
}

// sentencesOf returns the document's sentences, or splits its text when it has none, and
// refuses sentences that fall outside the text.
func (x *Extractor) sentencesOf(a *dossier.Analysis) ([]dossier.Span, error) {
	text := a.Doc.Text
	sents := a.Doc.Sentences
	if len(sents) == 0 {
		sents = x.split.Sentences(text)
	}
	for _, s := range sents {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			return nil, fmt.Errorf("event %s: sentence %d-%d out of the text's %d bytes", a.Doc.ID, s.Start, s.End, len(text))
		}
	}
	return sents, nil
}

// timexesOf returns the time expressions that run into the sentence at span, found from those
// starting in it and a short way before it so that long texts cost linear time; timexes are in
// order of their start.
func timexesOf(timexes []dossier.Timex, span dossier.Span) []dossier.Timex {
	var out []dossier.Timex
	ti := sort.Search(len(timexes), func(i int) bool { return timexes[i].Start >= span.Start-timexReach })
	for ; ti < len(timexes) && timexes[ti].Start < span.End; ti++ {
		if t := timexes[ti]; span.Start < t.End {
			out = append(out, t)
		}
	}
	return out
}

// docEvents gathers the events of a document as its sentences are read, with the sentence of
// each, and the casualty figures no event carries.
type docEvents struct {
	events  []dossier.Event
	evSent  []int // index of each event's sentence
	figures []dossier.Figure
	named   []namedCount // counts no figure took, with what they count (see restatedWho)
}

// sentenceEvents adds the events of sentence s, and the event its casualty figures make or
// the figures left over, then marks the attacks and figures it tells.
func (x *Extractor) sentenceEvents(text string, s *sent, domains map[string]bool, st *docState, d *docEvents) {
	n := len(d.events)
	for _, ev := range x.events(text, s, domains, st) {
		d.events = append(d.events, ev)
		d.evSent = append(d.evSent, s.idx)
	}
	figs, words, named := x.lx.figures.figures(text, s)
	d.named = append(d.named, named...)
	if len(figs) > 0 {
		x.lx.attacks.markFigures(text, s, figs, words)
		x.campaignFigures(s, figs, words)
		add, ok, rest := attachFigures(x.lx.w, text, d.events, n, figs, words)
		if ok {
			add.Args = x.figurePlaces(s, add)
			d.events = append(d.events, add)
			d.evSent = append(d.evSent, s.idx)
		}
		d.figures = append(d.figures, rest...)
	}
	x.lx.attacks.markEvents(text, s, d.events[n:])
}

// inheritQuotes gives the events of each sentence of a quotation that runs over several
// sentences the attribution given at its end (or, failing that, at its start), as inherited
// holds it by sentence.
func (d *docEvents) inheritQuotes(inherited map[int][]dossier.Source) {
	for i := range d.events {
		ev := &d.events[i]
		if len(ev.Attribution) == 0 && inherited[d.evSent[i]] != nil {
			ev.Attribution = slices.Clone(inherited[d.evSent[i]])
			if ev.Modality == dossier.Asserted {
				ev.Modality = dossier.Reported
			}
		}
	}
}

// read maps the mentions onto tokens, resolves pronouns and descriptions, splits clauses and
// finds the sources the sentence names.
func (x *Extractor) read(text string, s *sent, mentions []dossier.Mention, st *docState) {
	st.nextSentence()
	n := len(s.toks)
	s.itemAt = make([]int, n)
	for i := range s.itemAt {
		s.itemAt[i] = -1
	}
	s.inTimex = make([]bool, n)
	for _, t := range s.timexes {
		for i, tk := range s.toks {
			if tk.start < t.End && t.Start < tk.end {
				s.inTimex[i] = true
			}
		}
	}
	startAt, endAt := x.mentionStarts(s, mentions)
	for i := 0; i < n; i++ {
		if m, ok := startAt[i]; ok {
			t1 := endAt[i]
			it := item{t0: i, t1: t1, chain: m.Chain, typ: m.Type, junk: x.runTogether(s.toks[i:t1]) || s.commonWord(i, t1, st.lower)}
			it.poss = t1 < n && s.toks[t1].norm == "'s"
			x.addItem(s, it)
			if it.junk {
				i = t1 - 1
				continue
			}
			st.reach(s, it)
			st.last[m.Type] = m.Chain
			for _, w := range strings.Fields(normWord(m.Text)) {
				st.head[w] = m.Chain
			}
			i = t1 - 1
			continue
		}
		if it, ok := x.groupPronoun(s, i); ok {
			x.addItem(s, it)
			continue
		}
		if it, ok := x.boundPossessor(s, i); ok {
			x.addItem(s, it)
			continue
		}
		if it, ok := x.groupSpeaker(s, i, st); ok {
			x.addItem(s, it)
			st.reach(s, it)
			continue
		}
		if it, ok := x.anaphor(s, i, startAt, st); ok {
			x.addItem(s, it)
			if it.typ == dossier.PER {
				st.reach(s, it)
			}
			i = it.t1 - 1
			continue
		}
		st.reachUnnamed(s, i, startAt)
	}
	x.listedPlaces(s)
	x.splitClauses(s)
	x.findSources(text, s, st.speakers)
	st.speakers = x.speakers(text, s)
}

// mentionStarts places the mentions on the sentence's tokens: each mention by its first token, with
// the token after its last in endAt. Plain words, a leading dateline and a second mention on the same
// first token are left out.
func (x *Extractor) mentionStarts(s *sent, mentions []dossier.Mention) (startAt map[int]dossier.Mention, endAt map[int]int) {
	startAt = map[int]dossier.Mention{}
	endAt = map[int]int{}
	for _, m := range mentions {
		if x.plainWord(m.Text) {
			continue
		}
		t0, t1 := -1, -1
		for i, tk := range s.toks {
			if t0 < 0 && tk.end > m.Start {
				t0 = i
			}
			if tk.start < m.End {
				t1 = i + 1
			}
		}
		if t0 < 0 || t1 <= t0 || t0 == 0 && (dateline(s, m.Text, t1) || placeDateline(s, m, t1)) || datelineAgency(s, t0, t1) {
			continue
		}
		if _, dup := startAt[t0]; dup {
			continue
		}
		startAt[t0] = m
		endAt[t0] = t1
	}
	return startAt, endAt
}

// runTogether reports whether a mention is a line of tags or a headline run into a name
// ("Syria Airstrikes Truce Ceasefire Assad Rebels Aleppo"): two or more of its words start
// event triggers or name attacks. It names no one. toks are the mention's tokens.
func (x *Extractor) runTogether(toks []token) bool {
	n := 0
	for _, t := range toks {
		if w := t.norm; len(x.lx.triggers[w]) > 0 || x.lx.classes["attacks"][w] {
			n++
		}
	}
	return n >= 2
}

// lowerWords returns the words the sentences all write in lower case in their running text:
// words that stand apart, not parts of addresses, handles or hyphenated words ("twitter.com",
// "@user", "well-known").
func lowerWords(text string, all []*sent) map[string]bool {
	out := map[string]bool{}
	for _, s := range all {
		for _, t := range s.toks {
			w := text[t.start:t.end]
			if !t.word || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
				continue
			}
			before, _ := utf8.DecodeLastRuneInString(text[:t.start])
			after, _ := utf8.DecodeRuneInString(text[t.end:])
			if glued(before) || glued(after) {
				continue
			}
			out[w] = true
		}
	}
	return out
}

// glued reports whether r, next to a word, makes it part of a longer string.
func glued(r rune) bool { return isWordRune(r) || r == '-' || r == '@' || r == '_' }

// commonWord reports whether the mention of tokens [t0, t1) is one capitalised word that names
// no one: opening its sentence, an ordinary word (common-words) the parse tags an adjective,
// adverb or verb ("More:", "Related coverage"; not a surname it misreads so); anywhere, a common noun the document also writes in lower case ("the
// Phase 1 deal", "the Service"). A nationality ("Russian"), a word in capitals ("NATO"), a word
// the parse takes for a proper noun ("Democrats") and a name of several words stay names.
func (s *sent) commonWord(t0, t1 int, lower map[string]bool) bool {
	tk := s.toks[t0]
	if t1 != t0+1 || !tk.upper || !tk.word || s.parse == nil {
		return false
	}
	if _, ok := s.w.nationalities[tk.norm]; ok || s.w.country(tk.norm) {
		return false
	}
	k := tree.WordAt(s.parse, tk.start)
	if k < 0 {
		return false
	}
	w := s.parse.Tokens[k]
	if strings.ToUpper(w.Text) == w.Text || w.UPOS == "PROPN" {
		return false
	}
	first := true
	for j := 0; j < t0; j++ {
		first = first && !s.toks[j].word
	}
	return lower[tk.norm] || first && s.w.commonWords[tk.norm] && (w.UPOS == "ADJ" || w.UPOS == "ADV" || w.UPOS == "VERB")
}

// dateline reports whether a name that opens the sentence and ends at token t1 is an agency's
// dateline ("WASHINGTON –", "DAMASCUS (Sputnik)", "NEW DELHI:"): written in capitals and followed by a
// dash, a colon or an agency in brackets. It says where the report was filed, and takes part in
// nothing the sentence tells.
func dateline(s *sent, name string, t1 int) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 4 || t1 >= len(s.toks) {
		return false
	}
	return s.w.datelineMarks[s.toks[t1].norm]
}

// placeDateline reports whether a place that opens the sentence and ends at token t1 is a
// dateline written in ordinary case ("Brenton – Several thousand teachers …"): a dash stands
// after it and a capitalised word opens the sentence proper. A colon or a hyphen does not do:
// they join the place to what follows.
func placeDateline(s *sent, m dossier.Mention, t1 int) bool {
	if m.Type != dossier.LOC || t1+1 >= len(s.toks) {
		return false
	}
	d := s.toks[t1].norm
	return (d == "–" || d == "—" || d == "--") && s.toks[t1+1].upper
}

// datelineAgency reports whether the name of tokens [t0, t1) is the agency in brackets of a
// dateline that opens the sentence ("KORATH, Oct 14 (SNA) -", "EL OBEID (Daily Star) -"): only
// capitalised words and numbers come before the bracket and a dash after it. The outlet that
// filed the report takes part in nothing the sentence tells, like the dateline's town.
func datelineAgency(s *sent, t0, t1 int) bool {
	if t0 > 0 && s.w.determiners[s.toks[t0-1].norm] {
		t0-- // "(The Harbour Times)": the article is inside the brackets, out of the name
	}
	if t0 < 2 || t0 > 10 || t1+1 >= len(s.toks) || s.toks[t0-1].norm != "(" || s.toks[t1].norm != ")" {
		return false
	}
	if m := s.toks[t1+1].norm; m == "(" || m == ":" || !s.w.datelineMarks[m] {
		return false
	}
	for _, tk := range s.toks[:t0-1] {
		if tk.word && !tk.upper && strings.Trim(tk.norm, "0123456789") != "" {
			return false
		}
	}
	return true
}

// bylineAgency reports whether item it is a news agency named in a headline's byline ("… air
// raid kills 21 at market Monitor AFP Thursday", "… shell the city: SANA"): a known agency right
// after a dateline mark or a capitalised word that does not open the sentence, and before no
// lower-case word ("… of Corla SANA said" is running text, the agency a speaker). It says who
// reported, and takes part in nothing the sentence tells; it still ends the headline's phrases.
// A known agency alone in brackets ("(AFP) A drone strike killed …") is such a credit too.
func bylineAgency(s *sent, it item) bool {
	if it.t0 < 1 || !s.w.newsAgencies[strings.ToLower(itemText(s, it))] {
		return false
	}
	if it.t1 < len(s.toks) && s.toks[it.t0-1].norm == "(" && s.toks[it.t1].norm == ")" {
		return true
	}
	if it.t0 < 2 {
		return false
	}
	if it.t1 < len(s.toks) && s.toks[it.t1].word && !s.toks[it.t1].upper {
		return false
	}
	prev := s.toks[it.t0-1]
	return s.w.datelineMarks[prev.norm] || prev.word && prev.upper
}

// bylineLabel reports whether item it, no place, stands right before a headline byline's agency
// ("… killed in X raid NGO AFP Friday", "… Pentagon AFP"): it labels the agency's source and
// takes part in nothing the sentence tells.
func bylineLabel(s *sent, it item) bool {
	if it.typ == dossier.LOC || it.t1 >= len(s.toks) || s.itemAt[it.t1] < 0 {
		return false
	}
	return bylineAgency(s, s.items[s.itemAt[it.t1]])
}

// plainWord reports whether a mention is one common word that names no one: a quantity
// ("Dozens of residents"), a counted noun ("Fighters"), a pronoun or a description word
// capitalised at the start of a sentence. Such a mention is never an event's participant.
func (x *Extractor) plainWord(text string) bool {
	if strings.ContainsAny(text, " -.") {
		return false
	}
	w := normWord(text)
	if _, ok := x.lx.anaphora[w]; ok {
		return true
	}
	return x.lx.numbers[w] || x.lx.counts[w] || x.lx.w.quantityWords[w] || x.lx.w.pronouns[w] || x.lx.w.determiners[w]
}

func (x *Extractor) addItem(s *sent, it item) {
	for k := it.t0; k < it.t1; k++ {
		if s.itemAt[k] >= 0 {
			return
		}
	}
	for k := it.t0; k < it.t1; k++ {
		s.itemAt[k] = len(s.items)
	}
	s.items = append(s.items, it)
}

// anaphor resolves a pronoun or a definite description at token i: a person's pronoun to the one
// person named in its sentence before it or in the sentence before (none when there are
// several, or none), a description to the most recent chain of its type. A description followed at once by a name of that type is an apposition: the name
// speaks for itself.
func (x *Extractor) anaphor(s *sent, i int, startAt map[int]dossier.Mention, st *docState) (item, bool) {
	tk := s.toks[i]
	if s.w.pronouns[tk.norm] {
		sex := s.w.sexes.pronouns[tk.norm]
		if it, ok := x.personSpeaker(s, i); ok && sexAgrees(st.sex, it.chain, sex) {
			st.learnSex(it.chain, sex)
			return it, true
		}
		if c, ok := st.onePerson(ownSubject(s, i), sex); ok && !otherGender(s, i, c) {
			st.learnSex(c, sex)
			return item{t0: i, t1: i + 1, chain: c, typ: dossier.PER, pseudo: true, poss: tk.norm == "his" || tk.norm == "her"}, true
		}
		return item{}, false
	}
	if tk.norm != "the" {
		return item{}, false
	}
	j := i + 1
	for j < len(s.toks) && j <= i+3 && s.w.descMods[s.toks[j].norm] && !s.toks[j].upper {
		j++
	}
	if j >= len(s.toks) {
		return item{}, false
	}
	h := s.toks[j]
	typ, ok := x.lx.anaphora[h.norm]
	if !ok || s.w.pronouns[h.norm] || h.upper {
		return item{}, false
	}
	next := j + 1
	if next < len(s.toks) && s.toks[next].norm == "," {
		next++
	}
	if next < len(s.toks) {
		if m, ok := startAt[next]; ok && m.Type == typ {
			return item{}, false
		}
		if s.toks[j+1].upper {
			return item{}, false // part of a name: "the General Command"
		}
	}
	// "the brigade" is the last group whose name says it is a brigade, else the last group.
	c, ok := st.head[h.norm]
	if !ok {
		c, ok = st.last[typ]
	}
	if !ok {
		return item{}, false
	}
	return item{t0: i, t1: j + 1, chain: c, typ: typ, pseudo: true}, true
}

// otherGender reports whether the first pronoun of a person in the sentence before the one at
// token i is of the other gender, with no name of chain c between them: that pronoun stands for
// c, and the one at i for someone else ("X has not heard from her husband since he was
// arrested").
func otherGender(s *sent, i, c int) bool {
	g := s.w.sexes.pronouns[s.toks[i].norm]
	for k := 0; k < i && g != ""; k++ {
		h := s.w.sexes.pronouns[s.toks[k].norm]
		if h == "" {
			continue
		}
		for _, it := range s.items {
			if it.chain == c && it.t0 > k && it.t0 < i {
				return false
			}
		}
		return h != g
	}
	return false
}

// resumesMain reports whether the comma at token i ends a relative clause and gives the sentence
// its main verb back.
func resumesMain(s *sent, i int) bool {
	if s.toks[i].norm != "," || i+1 >= len(s.toks) {
		return false
	}
	n := s.toks[i+1]
	if !n.word || n.upper || s.itemAt[i+1] >= 0 {
		return false
	}
	if s.w.finiteStarts[n.norm] {
		return true
	}
	// A past tense verb, unless it opens a participial phrase ("…, backed by X").
	return strings.HasSuffix(n.norm, "ed") && len(n.norm) > 4 && !(i+2 < len(s.toks) && s.w.agentPreps[s.toks[i+2].norm])
}

// opensReport reports whether the comma at token i opens a new reporting clause: a short subject
// and a verb of saying followed by what is said ("…, other reports claim he went to …").
func (x *Extractor) opensReport(s *sent, i int) bool {
	if s.toks[i].norm != "," {
		return false
	}
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		tk := s.toks[k]
		if !tk.word || s.inTimex[k] {
			return false
		}
		if k > i+1 && x.lx.speech[tk.norm] && !tk.upper && s.itemAt[k] < 0 {
			return k+1 < len(s.toks) && s.toks[k+1].word && !s.w.beForms[s.toks[k-1].norm]
		}
	}
	return false
}

// splitClauses cuts the sentence at the boundary phrases of lang/en/data/clause-bounds.txt, at the comma that
// closes a relative clause before the main verb, and at a comma that opens a new report.
func (x *Extractor) splitClauses(s *sent) {
	cur := clause{t0: 0}
	for i := 1; i < len(s.toks); i++ {
		if s.itemAt[i] >= 0 || s.inTimex[i] {
			continue
		}
		if cur.kind == "rel" && i > cur.t0+1 && resumesMain(s, i) {
			cur.t1 = i
			s.clauses = append(s.clauses, cur)
			cur = clause{t0: i, kind: "resume"}
			continue
		}
		if i > cur.t0+1 && x.opensReport(s, i) {
			cur.t1 = i
			s.clauses = append(s.clauses, cur)
			cur = clause{t0: i, kind: "sub"}
			continue
		}
		for _, ph := range x.lx.clauses[s.toks[i].norm] {
			if i+len(ph) > len(s.toks) {
				continue
			}
			ok := true
			for k, w := range ph {
				if s.toks[i+k].norm != w {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if i > cur.t0 {
				cur.t1 = i
				s.clauses = append(s.clauses, cur)
				cur = clause{t0: i, kind: x.lx.clauseK[strings.Join(ph, " ")]}
			}
			i += len(ph) - 1
			break
		}
	}
	cur.t1 = len(s.toks)
	if cur.t1 > cur.t0 || len(s.clauses) == 0 {
		s.clauses = append(s.clauses, cur)
	}
}

// matchAt tries pattern p at token i, never past limit; it returns the end and the word tokens.
func matchAt(s *sent, p *pattern, k, i, limit int, words []int) (int, []int) {
	if k == len(p.words) {
		return i, words
	}
	if p.words[k] == nil {
		for j := i; j <= i+5 && j < limit; j++ {
			if j > i && !s.toks[j-1].word {
				break
			}
			if end, w := matchAt(s, p, k+1, j, limit, words); end >= 0 {
				return end, w
			}
		}
		return -1, nil
	}
	if i >= limit || !slices.Contains(p.words[k], s.toks[i].norm) {
		return -1, nil
	}
	return matchAt(s, p, k+1, i+1, limit, append(words, i))
}

// timeAfterParties reports whether a mutual trigger of more than one word, whose last word
// brings in the parties ("shelling between"), is followed by a time instead: "bombardments between
// Oct. 25 and Oct. 29" dates the shelling and names no sides, so the shorter trigger is read.
func timeAfterParties(s *sent, p *pattern, end int) bool {
	return p.mutual && len(p.words) > 1 && end < len(s.toks) && s.inTimex[end]
}

// findTriggers finds the longest trigger at each word of each clause; the words of a trigger
// cannot start another.
func (x *Extractor) findTriggers(s *sent) {
	covered := make([]bool, len(s.toks))
	for ci, c := range s.clauses {
		for i := c.t0; i < c.t1; i++ {
			if covered[i] || s.itemAt[i] >= 0 || s.inTimex[i] {
				continue
			}
			var best match
			for _, p := range x.lx.triggers[s.toks[i].norm] {
				end, words := matchAt(s, p, 0, i, c.t1, nil)
				if end < 0 || timeAfterParties(s, p, end) {
					continue
				}
				if best.p == nil || len(words) > len(best.words) || (len(words) == len(best.words) && end < best.t1) {
					best = match{p: p, t0: i, t1: end, words: words, cl: ci}
				}
			}
			if best.p == nil {
				continue
			}
			for _, w := range best.words {
				covered[w] = true
			}
			s.matches = append(s.matches, best)
		}
	}
}
