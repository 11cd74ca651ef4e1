package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// events turns the triggers of one sentence into events. domains are the domains that hold
// throughout the document (lang/en/data/event-domains.txt); st carries the last attack told before.
func (x *Extractor) events(text string, s *sent, domains map[string]bool, st *docState) []dossier.Event {
	if navigation(s) {
		return nil
	}
	x.findTriggers(s)
	var cs []cand
	for mi, m := range s.matches {
		if absorbed(s, mi) || background(s, m) || inName(s, m) || modifiesAttack(s, mi) {
			continue
		}
		if m.p.typ == dossier.Assault && infinitive(s, m) {
			continue // "authorized to strike", "to escalate their attacks": not told as done
		}
		f := x.frameOf(s, m)
		if circumstantial(s, m, f) {
			continue
		}
		if m.p.typ == dossier.Assault {
			f = x.nearSubject(s, f)
		}
		if f.passive && m.p.static && presentState(s, f.auxAt) {
			continue
		}
		if r, _, ok := blamedOn(s, m); ok {
			f = withRole(f, r, roleTarget, prep(s, r))
		} else if r, ok := relativeObject(s, m, f); ok {
			f = withRole(f, r, roleTarget, prep(s, r)) // "the city of X which they captured"
		} else if m.p.strict && !strictOK(s, m, f) && !x.groupObject(s, m) && !jointSubject(s, m) {
			continue
		}
		if !x.satisfied(s, m, f, domains) {
			alt, ok := x.alternative(s, m, domains)
			if !ok {
				continue
			}
			if alt.p.typ == dossier.Assault && infinitive(s, alt) {
				continue
			}
			m, f = alt, x.frameOf(s, alt)
			if m.p.typ == dossier.Assault {
				f = x.nearSubject(s, f)
			}
			if m.p.typ == dossier.Coerce && !x.inDomain(s, []string{"policing"}, domains) && x.attackSubject(s, m, domains) {
				continue // "the raids hit the town": the verb tells the attack the noun names
			}
		}
		// The checks above read a title's possessor where the title stands ("met Jordan's
		// Foreign Minister X"); the event takes the person.
		titledRoles(s, &f)
		kinds := kindsOf(s, m, f)
		for _, k := range kinds {
			args := toArgs(k.args)
			// An attack may name nobody and still count: its toll, a place said elsewhere in the
			// sentence or the attack it refers back to can give it participants.
			if len(args) == 0 && k.t != dossier.Assault {
				continue // an event nobody takes part in says nothing a reader can check
			}
			cs = append(cs, cand{ev: x.event(text, s, m, k.t, args), m: m, f: f})
		}
	}
	cs = x.linkAttacks(text, s, cs, st)
	var out []dossier.Event
	for _, c := range cs {
		if c.drop || len(c.ev.Args) == 0 {
			continue // an event nobody takes part in says nothing a reader can check
		}
		out = append(out, c.ev)
	}
	return out
}

// typedArgs is one event a trigger tells: its type and participants.
type typedArgs struct {
	t    dossier.EventType
	args []roled
}

// kindsOf gives the events a trigger's frame tells: a replacement tells a dismissal and an
// appointment, a journey only its destinations.
func kindsOf(s *sent, m match, f frame) []typedArgs {
	if m.p.typ == replace {
		var kinds []typedArgs
		for _, k := range replacement(s, m, f) {
			kinds = append(kinds, typedArgs{k.t, k.args})
		}
		return kinds
	}
	if destTypes[m.p.typ] {
		return []typedArgs{{m.p.typ, visited(f.args)}}
	}
	return []typedArgs{{m.p.typ, f.args}}
}

// presentState reports whether the form of "be" at token k makes a present passive that
// describes a state ("is surrounded by desert"), not one in progress ("is being held").
func presentState(s *sent, k int) bool {
	n := s.toks[k].norm
	return (n == "is" || n == "are") && !(k+1 < len(s.toks) && s.toks[k+1].norm == "being")
}

type replaced struct {
	t    dossier.EventType
	args []roled
}

// replacement reads "replaced X with Y", "Y replaced X" and "X was replaced by Y": the one
// replaced is dismissed, the one who takes over appointed.
func replacement(s *sent, m match, f frame) []replaced {
	var out []replaced
	var old, nu, rest []roled
	var by, with *roled
	// "by his deputy, Y", "with Z's aide, Y": the possessor only says whose man Y is; Y is the one
	// who takes over, and without a name the newcomer stays unnamed.
	used := map[int]bool{}
	for i := range f.args {
		r := f.args[i]
		if (!s.w.agentPreps[r.pr] && r.pr != "with") || !r.it.poss || r.it.t0 < m.t0 {
			continue
		}
		if j := appositionOf(s, f, i); j >= 0 {
			used[j] = true
			a := f.args[j]
			a.pr = r.pr
			if s.w.agentPreps[r.pr] && by == nil {
				by = &a
			} else if r.pr == "with" && with == nil {
				with = &a
			}
		}
		used[i] = true
		rest = append(rest, roled{it: r.it, role: roleOther, pr: r.pr})
	}
	for i := range f.args {
		r := f.args[i]
		switch {
		case used[i]:
		case f.subj != nil && r.it == f.subj.it:
		case s.w.agentPreps[r.pr] && by == nil && r.it.t0 > m.t0:
			by = &f.args[i]
		case r.pr == "with" && with == nil && r.it.t0 > m.t0:
			with = &f.args[i]
		case r.it.typ == dossier.LOC:
			rest = append(rest, r)
		case r.it.t0 > m.t0 && len(old) == 0 && !f.passive && r.it.typ == dossier.PER:
			old = append(old, roled{it: r.it, role: roleTarget})
		default:
			rest = append(rest, r)
		}
	}
	var actor []roled
	switch {
	case f.passive:
		if f.subj != nil {
			old = append(old, roled{it: f.subj.it, role: roleTarget})
		}
		if by != nil && by.it.typ == dossier.PER {
			nu = append(nu, roled{it: by.it, role: roleTarget})
		} else if by != nil {
			actor = append(actor, roled{it: by.it, role: roleActor})
		}
	default:
		if with != nil && with.it.typ == dossier.PER {
			nu = append(nu, roled{it: with.it, role: roleTarget})
			if f.subj != nil {
				actor = append(actor, roled{it: f.subj.it, role: roleActor})
			}
		} else if f.subj != nil && (f.subj.it.typ == dossier.PER || f.subj.it.typ == dossier.LOC && len(old) > 0) {
			// A place does not replace a person: a subject typed LOC here is a name mistyped.
			nu = append(nu, roled{it: f.subj.it, role: roleTarget})
		} else if f.subj != nil {
			actor = append(actor, roled{it: f.subj.it, role: roleActor})
		}
		if with != nil && len(nu) == 0 {
			rest = append(rest, *with)
		}
		if by != nil {
			rest = append(rest, *by)
		}
	}
	if len(old) > 0 {
		out = append(out, replaced{dossier.Dismiss, concat(actor, old, rest)})
	}
	if len(nu) > 0 {
		out = append(out, replaced{dossier.Appoint, concat(actor, nu, rest)})
	}
	return out
}

// appositionOf returns the index in f.args of the name set off by a comma right after the noun
// that argument i possesses ("his deputy, Y"), or -1.
func appositionOf(s *sent, f frame, i int) int {
	it := f.args[i].it
	for j := range f.args {
		o := f.args[j].it
		if o.t0 <= it.t1 || o.t0 > it.t1+4 || o.typ == dossier.LOC || s.toks[o.t0-1].norm != "," {
			continue
		}
		if noStop(s, it.t1, o.t0-1) {
			return j
		}
	}
	return -1
}

func concat(parts ...[]roled) []roled {
	var out []roled
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// absorbed reports whether trigger mi is the to-infinitive content of an earlier trigger of its
// clause that takes one ("threatened them to be removed": a threat, not a removal).
func absorbed(s *sent, mi int) bool {
	m := s.matches[mi]
	k := m.t0 - 1
	if k >= 0 && s.toks[k].norm == "be" {
		k--
	}
	if k < 0 || s.toks[k].norm != "to" {
		return false
	}
	for j := mi - 1; j >= 0; j-- {
		if p := s.matches[j]; p.cl == m.cl && p.p.comp {
			return true
		}
	}
	return false
}

// modifiesAttack reports whether attack trigger mi only says of what kind the attack noun right
// after it is ("bombing raids", "shelling attacks"): the words tell one attack, whose doer is the
// one named before them ("prevent Russian bombing raids"), not a second one by the clause's
// subject.
func modifiesAttack(s *sent, mi int) bool {
	m := s.matches[mi]
	if m.p.typ != dossier.Assault || mi+1 >= len(s.matches) || s.parse == nil {
		return false
	}
	h := s.matches[mi+1]
	if h.p.typ != dossier.Assault || h.p.toll || h.t0 != m.t1 {
		// A word of killing after an attack noun is the verb of a headline ("Air raid kills 12"),
		// however the parse reads it.
		return false
	}
	head, noun := parseTrigger(s, h)
	k := tree.WordAt(s.parse, s.toks[m.words[len(m.words)-1]].start)
	if !noun || k < 0 {
		return false
	}
	// Only a word of the act ("bombing") is so read: a noun of the weapon before the head ("bomb
	// attack") stands for the attack where a headline's head is dropped.
	t := s.parse.Tokens[k]
	act := t.UPOS == "VERB" || strings.HasSuffix(strings.ToLower(t.Text), "ing")
	return t.Head == head && (t.Rel == "compound" || t.Rel == "amod") && act
}

// background reports whether trigger m only describes someone rather than telling an event:
// a gerund after "after/before" inside a relative clause ("X, who served as a captain before
// defecting, …") is the backstory of the person the clause describes, and a noun naming the
// participants of an event after "the" ("the protesters") refers back to one told already.
func background(s *sent, m match) bool {
	prev := ""
	if m.t0 > 0 {
		prev = s.toks[m.t0-1].norm
	}
	if m.p.agent && (prev == "the" || prev == "these" || prev == "those") {
		return true
	}
	return s.clauses[m.cl].kind == "rel" && s.w.temporalPreps[prev] && strings.HasSuffix(s.toks[m.t0].norm, "ing")
}

// circumstantial reports whether a nominal SUPPORT trigger only tells the circumstances of
// another act ("formed the group with support from X"): SUPPORT is said support, and material
// backing mentioned in passing is no event of its own.
func circumstantial(s *sent, m match, f frame) bool {
	if m.p.typ != dossier.Support || !f.noun {
		return false
	}
	for k := m.t0 - 1; k >= 0 && k >= m.t0-3; k-- {
		switch n := s.toks[k].norm; {
		case n == "with" || n == "without" || n == "under":
			return true
		case !s.toks[k].word || s.itemAt[k] >= 0:
			return false
		}
	}
	return false
}

// inName reports whether a capitalised trigger word is part of a name the mentions left out
// ("Desert Wire could not reach him"): inside a sentence that is not set in title case, or
// first in the sentence in its bare form right before a capitalised name.
func inName(s *sent, m match) bool {
	tk := s.toks[m.t0]
	if !tk.upper {
		return false
	}
	if m.t0 > 0 {
		return !titleCase(s)
	}
	if m.t1 != m.t0+1 || m.t1 >= len(s.toks) || strings.HasSuffix(tk.norm, "ed") || strings.HasSuffix(tk.norm, "ing") {
		return false
	}
	n := s.toks[m.t1]
	return n.upper && s.itemAt[m.t1] >= 0 && n.start == tk.end+1
}

// titleCase reports whether most longer words of the sentence are capitalised, as in a headline.
func titleCase(s *sent) bool {
	up, all := 0, 0
	for _, tk := range s.toks {
		if tk.word && len(tk.norm) > 3 {
			all++
			if tk.upper {
				up++
			}
		}
	}
	return all > 0 && up*5 >= all*3
}

// event assembles one event of type t from trigger m.
func (x *Extractor) event(text string, s *sent, m match, t dossier.EventType, args []dossier.Arg) dossier.Event {
	c := s.clauses[m.cl]
	span := dossier.Span{Start: s.toks[c.t0].start, End: s.toks[c.t1-1].end}
	trig := dossier.Span{Start: s.toks[m.t0].start, End: s.toks[m.t1-1].end}
	mod := x.modality(s, m)
	ev := dossier.Event{
		Span:     span,
		Type:     t,
		Trigger:  trig,
		Word:     strings.ToLower(text[trig.Start:trig.End]),
		Text:     text[span.Start:span.End],
		Args:     args,
		Time:     x.timeOf(s, m, mod == dossier.Denied),
		Modality: mod,
		Cause:    x.cause(text, s, m),
		Number:   x.number(text, s, m),
		Ongoing:  x.ongoing(s, m),
	}
	if m.p.toll && m.p.noun {
		if n := x.tollNumber(text, s, m); n != "" {
			ev.Number = n
		}
	}
	for _, r := range s.srcToks {
		if m.t0 >= r[0] && m.t0 < r[1] {
			return ev // the trigger is part of the name of a source
		}
	}
	if len(s.sources) > 0 {
		ev.Attribution = slices.Clone(s.sources)
		if ev.Modality == dossier.Asserted {
			ev.Modality = dossier.Reported
		}
	}
	return ev
}

// timeOf picks the time expression of the trigger's clause nearest to it, else the nearest one
// said earlier in the sentence. Relative clauses keep their times to themselves; durations and
// sets are no event time; a denied act does not take the day of the denial.
func (x *Extractor) timeOf(s *sent, m match, denied bool) string {
	trig := s.toks[m.t0].start
	c := s.clauses[m.cl]
	cs, ce := s.toks[c.t0].start, s.toks[c.t1-1].end
	best, bestD := "", -1
	governed := m.t0 >= 2 && s.w.determiners[s.toks[m.t0-1].norm] && s.w.objectPreps[s.toks[m.t0-2].norm]
	pick := func(own bool) {
		for _, t := range s.timexes {
			if t.Value == "" || t.Type == "DURATION" || t.Type == "SET" {
				continue
			}
			inClause := t.Start < ce && cs < t.End
			if own != inClause {
				continue
			}
			if own && datesOther(s, m.t1, t.Start) || datesPhrase(s, m, t) || aside(s, m, t) || datesNoun(s, m, t) || opensSpan(s, m, t) {
				continue
			}
			// A noun that is the object of another word's preposition ("protested on Thursday
			// against the removal of X") only takes a time said after it, in its own phrase.
			if governed && (!own || t.Start < s.toks[m.t1-1].end) {
				continue
			}
			// Outside its clause an event only takes a time said before it ("late in September,
			// when …"): a time that follows belongs to a clause of its own.
			if !own && (t.End > trig || c.kind == "rel" || x.clauseKindAt(s, t.Start) == "rel") {
				continue
			}
			if denied && t.End <= trig && x.datesSaying(s, t.Start) {
				continue
			}
			d := t.Start - trig
			if d < 0 {
				d = trig - t.End
			}
			if bestD < 0 || d < bestD {
				best, bestD = t.Value, d
			}
		}
	}
	pick(true)
	if bestD < 0 {
		pick(false)
	}
	return best
}

// datesSaying reports whether a time said at byte off, before the trigger, follows a verb of
// saying within two words: "denied on Tuesday that its jets struck …" dates the denial, not
// the strike. (A report's "said on Monday that rebels fired …" mostly tells that day's attack,
// so only denials are read so.)
func (x *Extractor) datesSaying(s *sent, off int) bool {
	k := 0
	for k < len(s.toks) && s.toks[k].start < off {
		k++
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if x.lx.speech[s.toks[j].norm] {
			return true
		}
	}
	return false
}

// datesPhrase reports whether time t, a day, is said inside a definite noun phrase other than
// the trigger's, between its article and its noun: "the October 7 rampage", "in the wake of the
// September 11 attacks" name a happening known by its day and date it, not the trigger's. An
// indefinite one ("bomb attacks, including an October 6 attack") tells an instance of the
// trigger's.
func datesPhrase(s *sent, m match, t dossier.Timex) bool {
	if !namesDay(t.Value) {
		return false
	}
	k := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= t.Start })
	j := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= t.End })
	if k == 0 || k == len(s.toks) || s.toks[k-1].norm != "the" || !s.toks[k].upper && !startsWithDigit(s.toks[k].norm) {
		return false
	}
	// The phrase's words after the day, up to its noun ("bomb attack"): the trigger among them
	// is the phrase's own happening.
	n := 0
	for ; n < dayPhraseWords && j+n < len(s.toks); n++ {
		w := s.toks[j+n]
		if !w.word || w.upper || startsWithDigit(w.norm) || s.w.objectPreps[w.norm] {
			break
		}
		if j+n == m.t0 {
			return false
		}
	}
	return n > 0
}

// aside reports whether time t is said inside brackets or a pair of dashes that do not hold the
// trigger: "the group (formerly known as X)" tells of the name, "the war - now in its sixth year
// -" of the war, not of the trigger's happening.
func aside(s *sent, m match, t dossier.Timex) bool {
	open, dash := -1, -1
	for k, w := range s.toks {
		from := -1
		switch {
		case w.norm == "(" || w.norm == "[":
			open = k
		case (w.norm == ")" || w.norm == "]") && open >= 0:
			from, open = open, -1
		case s.w.dashes[w.norm] && k > 0 && s.toks[k-1].end < w.start:
			// Only a dash set apart from the word before it: "2011-2015" joins a range.
			if dash < 0 {
				dash = k
			} else {
				from, dash = dash, -1
			}
		}
		if from >= 0 && s.toks[from].start <= t.Start && t.End <= w.end {
			return m.t0 < from || m.t0 > k
		}
	}
	return false
}

// opensSpan reports whether time t is said after a word that opens a span ("since"), within a
// few words and with the trigger neither between them nor inside the span's own phrase: "more
// than 300000 have been killed since the war began in March 2011" dates the war's start, not the
// killing, while "since the war began in March 2011 with protests" dates the protests.
func opensSpan(s *sent, m match, t dossier.Timex) bool {
	k := sort.Search(len(s.toks), func(i int) bool { return s.toks[i].start >= t.Start })
	for j := k - 1; j >= 0 && j >= k-spanReach; j-- {
		w := s.toks[j]
		if j == m.t0 || !w.word {
			return false
		}
		if s.w.spanStarts[w.norm] {
			// Right after the word the time is its whole phrase ("since April 21"), whatever
			// the parse hangs on it; further on it is said in a clause of the span's start.
			return j == k-1 || !inPhraseOf(s, j, m.t0)
		}
	}
	return false
}

// inPhraseOf reports whether the parse puts token k, a trigger, under the word that token j
// marks (the verb of a "since" clause, the noun of a "since" phrase).
func inPhraseOf(s *sent, j, k int) bool {
	p := s.parse
	if p == nil {
		return false
	}
	h := tree.WordAt(p, s.toks[j].start)
	if h < 0 {
		return false
	}
	return tree.Within(p, tree.WordAt(p, s.toks[k].start), p.Tokens[h].Head, maxHeadClimb)
}

// maxHeadClimb bounds a walk up the parse's heads.
const maxHeadClimb = 8

// spanReach is how many words before a time opensSpan looks for the word that opens a span.
const spanReach = 8

// datesNoun reports whether time t is a vague adjective the parse hangs on a noun ("a recent
// ceasefire", "the current leader") and the trigger is neither that noun nor in its phrase: the
// adjective dates what its noun names alone. A day or month the parse reads as an adjective
// ("mid-January") is too often misread to be held to one noun.
func datesNoun(s *sent, m match, t dossier.Timex) bool {
	p := s.parse
	if p == nil || !strings.HasSuffix(t.Value, "_REF") {
		return false
	}
	a := tree.WordAt(p, t.Start)
	if a < 0 || p.Tokens[a].End < t.End || p.Tokens[a].UPOS != "ADJ" || p.Tokens[a].Rel != "amod" {
		return false
	}
	return !tree.Within(p, tree.WordAt(p, s.toks[m.t0].start), p.Tokens[a].Head, nounReach)
}

// nounReach is how many steps up the parse datesNoun walks from a trigger to the noun an
// adjective of time modifies: the noun itself, or one of a phrase hung on it ("the recent
// escalation of attacks").
const nounReach = 3

// dayPhraseWords is how many words after a day datesPhrase reads as the rest of its noun phrase.
const dayPhraseWords = 3

// namesDay reports whether a TIMEX3 value names a month and day ("2023-10-07", "XXXX-10-07").
func namesDay(v string) bool {
	return len(v) >= len("2006-01-02") && v[4] == '-' && v[7] == '-' && !strings.ContainsRune(v[5:10], 'X')
}

// datesOther reports whether a time said at byte off, after the trigger ending at token t1,
// dates a happening the trigger is only ordered against: "removed him after a clash last week"
// tells when the clash was, not the removal.
func datesOther(s *sent, t1, off int) bool {
	for k := t1; k+1 < len(s.toks) && s.toks[k+1].start < off; k++ {
		n := s.toks[k].norm
		if (n == "after" || n == "before" || n == "following") && s.w.determiners[s.toks[k+1].norm] {
			return true
		}
	}
	return false
}

func (x *Extractor) clauseKindAt(s *sent, off int) string {
	for _, c := range s.clauses {
		if off >= s.toks[c.t0].start && off < s.toks[c.t1-1].end {
			return c.kind
		}
	}
	return ""
}

func wordsAt(s *sent, i int, ph []string) bool {
	for k, w := range ph {
		if s.toks[i+k].norm != w {
			return false
		}
	}
	return true
}

func clauseOf(s *sent, i int) int {
	for ci, c := range s.clauses {
		if i >= c.t0 && i < c.t1 {
			return ci
		}
	}
	return len(s.clauses)
}

// number finds a count the clause states, the one nearest the trigger: a number followed closely
// by a counted noun ("300 militants", "a few hundred fighters") or following a verb of killing.
func (x *Extractor) number(text string, s *sent, m match) string {
	c := s.clauses[m.cl]
	best, bestD := "", -1
	for i := c.t0; i < c.t1; i++ {
		tk := s.toks[i]
		if !tk.word || s.inTimex[i] || s.itemAt[i] >= 0 || !x.isNumber(tk.norm) {
			continue
		}
		if isYear(tk.norm) {
			continue
		}
		counted := false
		for k := i + 1; k < c.t1 && k <= i+4; k++ {
			n := s.toks[k].norm
			if !s.toks[k].word && n != "-" && n != "." {
				break
			}
			if x.lx.counts[n] {
				counted = true
				break
			}
			if x.isNumber(n) {
				continue
			}
			if s.w.ofPreps[n] && k > i+1 {
				break
			}
		}
		if i > 0 && (s.toks[i-1].norm == "killed" || s.toks[i-1].norm == "killing") {
			counted = true
		}
		if !counted {
			continue
		}
		st, j := x.figure(s, c, i)
		d := i - m.t0
		if d < 0 {
			d = -d
		}
		if bestD < 0 || d < bestD {
			best, bestD = text[s.toks[st].start:s.toks[j].end], d
		}
		i = j
	}
	return best
}

// figure returns the first and last token of the figure whose first number is token i in clause
// c: the numbers that follow it ("two hundred") and a quantifier before it ("at least").
func (x *Extractor) figure(s *sent, c clause, i int) (st, j int) {
	j = i
	for j+1 < c.t1 && x.isNumber(s.toks[j+1].norm) {
		j++
	}
	st = i
	for _, q := range s.w.quantifiers {
		if st-len(q) >= c.t0 && wordsAt(s, st-len(q), q) {
			st -= len(q)
			break
		}
	}
	return st, j
}

func (x *Extractor) isNumber(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return strings.Trim(w, "0123456789,.-") == ""
	}
	return x.lx.numbers[w]
}

// isYear tells a year ("2016") from a count.
func isYear(w string) bool {
	if len(w) != 4 || strings.Trim(w, "0123456789") != "" {
		return false
	}
	return w[:2] == "19" || w[:2] == "20"
}

// inOtherTrigger reports whether token i is a word of a trigger other than m's.
func inOtherTrigger(s *sent, m match, i int) bool {
	for _, o := range s.matches {
		if o.t0 != m.t0 && containsIdx(o.words, i) {
			return true
		}
	}
	return false
}

// tollNumber reads the figure a death toll is given ("the death toll was nine", "rose to 21"):
// the first count after the noun in its clause, with the verb that says it grew.
func (x *Extractor) tollNumber(text string, s *sent, m match) string {
	c := s.clauses[m.cl]
	for i := m.t1; i < c.t1; i++ {
		tk := s.toks[i]
		if !tk.word || s.inTimex[i] || s.itemAt[i] >= 0 || !x.isNumber(tk.norm) || isYear(tk.norm) {
			continue
		}
		st, j := x.figure(s, c, i)
		for k := st - 1; k >= m.t1 && k >= st-3; k-- {
			if s.w.tollVerbs[s.toks[k].norm] {
				st = k
				break
			}
		}
		return text[s.toks[st].start:s.toks[j].end]
	}
	return ""
}

// infinitive reports whether trigger m stands in a to-infinitive: the verb itself ("to strike")
// or the noun a verb after "to" governs ("to carry out attacks", "to escalate their attacks").
// The complement of a verb of continuing is told as done ("continued to shell the town").
func infinitive(s *sent, m match) bool {
	k := m.t0 - 1
	if k >= 0 && s.toks[k].norm == "be" {
		k--
		if k >= 0 && s.toks[k].norm == "to" && rankedBefore(s, k) {
			return false // "the first hospital to be targeted": one that was
		}
	}
	if k >= 0 && s.toks[k].norm == "to" {
		return !continuing(s, k)
	}
	for k, n := m.t0-1, 0; k >= 1 && n < 4; k, n = k-1, n+1 {
		tk := s.toks[k]
		if !tk.word || s.itemAt[k] >= 0 {
			return false
		}
		if _, group := s.w.groupPronouns[tk.norm]; s.toks[k-1].norm == "to" && (group || s.w.pronouns[tk.norm]) {
			return false // "groups affiliated to it targeted": the "to" brings in whom, no verb
		}
		if s.toks[k-1].norm == "to" && !s.w.determiners[tk.norm] && !startsWithDigit(tk.norm) {
			return !continuing(s, k-1)
		}
	}
	return false
}

// rankedBefore reports whether the "to" at token k follows a noun ranked among others ("the
// first hospital to", "the only town to"): its passive infinitive tells what befell that one.
func rankedBefore(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if !s.toks[j].word {
			return false
		}
		if s.w.rankWords[s.toks[j].norm] {
			return true
		}
	}
	return false
}

// continuing reports whether the "to" at sentence token k follows a verb of continuing
// ("continued to", "kept on to"), read from the parse's lemma.
func continuing(s *sent, k int) bool {
	if k < 1 || s.parse == nil {
		return false
	}
	v := tree.WordAt(s.parse, s.toks[k-1].start)
	return v >= 0 && s.parse.Tokens[v].UPOS == "VERB" && s.w.ongoingVerbs[strings.ToLower(s.parse.Tokens[v].Lemma)]
}

// nearSubject drops the subject of a passive attack that stands far from its verb: in "X
// replaced Y after a clash in which 12 fighters were killed" the fighters were killed, not X. A
// group named right before the people the verb's own subject counts ("12 X members were
// killed") is the one that underwent it instead, and a person's pronoun right before the
// passive's "be" is its own subject ("held there after he was shot down").
func (x *Extractor) nearSubject(s *sent, f frame) frame {
	if !f.passive || f.subj == nil || f.subj.it.t1 >= f.auxAt-3 {
		return f
	}
	var args []roled
	var near *roled
	for _, r := range f.args {
		if r.it.t1 == beStart(s, f.auxAt) && r.it.t1 == r.it.t0+1 && r.it.pseudo && s.w.pronouns[s.toks[r.it.t0].norm] && near == nil {
			r.role = roleTarget // "… after he was shot down": the pronoun is the near subject
			args = append(args, r)
			near = &args[len(args)-1]
			continue
		}
		if r.it.t0 < f.auxAt && r.role != rolePlace {
			continue
		}
		args = append(args, r)
	}
	f.args = args
	f.subj = near
	if near != nil {
		return f
	}
	if g, ok := x.groupOfSubject(s, f.auxAt); ok {
		ro := roled{it: g, role: roleTarget}
		f.args = append([]roled{ro}, f.args...)
		f.subj = &ro
	}
	return f
}

// beStart returns the first token of the forms of "be" and auxiliaries that end with the
// passive's "be" at auxAt ("had been", "will be").
func beStart(s *sent, auxAt int) int {
	k := auxAt
	for k > 0 && (s.w.beForms[s.toks[k-1].norm] || s.w.speechAux[s.toks[k-1].norm]) {
		k--
	}
	return k
}

// groupOfSubject returns the armed group or organisation named right before the one or two
// words for people or forces that end before the passive's "be" at auxAt ("12 X members were",
// "the X fighters had been"): whose people the subject counts.
func (x *Extractor) groupOfSubject(s *sent, auxAt int) (item, bool) {
	k := beStart(s, auxAt)
	n := 0
	for k > 0 && s.itemAt[k-1] < 0 && x.peopleWord(s.toks[k-1]) && n < 2 {
		k--
		n++
	}
	if n == 0 || k == 0 || s.itemAt[k-1] < 0 {
		return item{}, false
	}
	it := s.items[s.itemAt[k-1]]
	if it.typ != dossier.ORG || it.poss || it.t1 != k {
		return item{}, false
	}
	return it, true
}

// peopleWord reports whether tk is a lower-case word for people, forces or attackers
// ("members", "fighters", "militants").
func (x *Extractor) peopleWord(tk token) bool {
	c := x.lx.classes
	return tk.word && !tk.upper && (c["people"][tk.norm] || c["forces"][tk.norm] || c["attackers"][tk.norm])
}

// blamedOn finds, for trigger m, a verb that brings in the one accused with a preposition when
// its object is an attack ("blamed the bombing in X on the Front"): the one after that
// preposition in its clause, and the token the attack's trigger starts at. The parse often
// hangs the accused on the attack noun, so the clause's words are read.
func blamedOn(s *sent, m match) (it item, attack int, ok bool) {
	if m.p.typ != dossier.Accuse || s.parse == nil {
		return item{}, -1, false
	}
	v := tree.WordAt(s.parse, s.toks[m.t0].start)
	if v < 0 || s.parse.Tokens[v].UPOS != "VERB" {
		return item{}, -1, false
	}
	pr := s.w.blameOn[strings.ToLower(s.parse.Tokens[v].Lemma)]
	if pr == "" {
		return item{}, -1, false
	}
	k := m.t1
	for k < len(s.toks) && s.w.determiners[s.toks[k].norm] {
		k++
	}
	end := -1
	for _, a := range s.matches {
		if a.cl == m.cl && a.t0 == k && a.p.typ == dossier.Assault {
			end = a.t1
		}
	}
	if end < 0 {
		return item{}, -1, false
	}
	c := s.clauses[m.cl]
	for _, it := range s.items {
		if it.t0 >= end && it.t1 <= c.t1 && prep(s, it) == pr {
			return it, k, true
		}
	}
	return item{}, -1, false
}

// withRole gives item it, after preposition pr, role in frame f, adding it when f lacks it.
func withRole(f frame, it item, role, pr string) frame {
	args := make([]roled, 0, len(f.args)+1)
	for _, r := range f.args {
		if r.it.t0 != it.t0 {
			args = append(args, r)
		}
	}
	f.args = append(args, roled{it: it, role: role, pr: pr})
	return f
}

// alternative finds another trigger of the lexicon over the same words as m, with another type,
// whose constraints hold where m's do not: "raids" is an arrest operation unless the document is
// about an air war, where it is an attack. Lexicon order decides which one is tried first.
func (x *Extractor) alternative(s *sent, m match, domains map[string]bool) (match, bool) {
	c := s.clauses[m.cl]
	for _, p := range x.lx.triggers[s.toks[m.t0].norm] {
		if p == m.p || p.typ == m.p.typ {
			continue
		}
		end, words := matchAt(s, p, 0, m.t0, c.t1, nil)
		if end != m.t1 || !slices.Equal(words, m.words) {
			continue
		}
		alt := match{p: p, t0: m.t0, t1: end, words: words, cl: m.cl}
		f := x.frameOf(s, alt)
		if p.strict && !strictOK(s, alt, f) && !x.groupObject(s, alt) {
			continue
		}
		if x.satisfied(s, alt, f, domains) {
			return alt, true
		}
	}
	return match{}, false
}

// attackSubject reports whether noun trigger m is the subject of a verb that itself tells an
// attack ("the raids hit the town", "ten raids struck X"): the noun names that attack, not an
// arrest operation, and the verb's event holds its arguments.
func (x *Extractor) attackSubject(s *sent, m match, domains map[string]bool) bool {
	k, noun := parseTrigger(s, m)
	if k < 0 || !noun || !strings.HasPrefix(s.parse.Tokens[k].Rel, "nsubj") || s.parse.Tokens[k].Head < 0 {
		return false
	}
	h := s.parse.Tokens[s.parse.Tokens[k].Head]
	for _, o := range s.matches {
		if o.p.typ != dossier.Assault || o.t0 <= m.t0 {
			continue
		}
		for _, w := range o.words {
			if s.toks[w].start == h.Start && x.satisfied(s, o, x.frameOf(s, o), domains) {
				return true
			}
		}
	}
	return false
}

// navigation reports whether the sentence is a run of link texts rather than prose: two or more
// vertical bars split it into menu items ("Festival | Episode | Showcase News …"), whose
// headlines of other stories tell no event of this one.
func navigation(s *sent) bool {
	n := 0
	for _, tk := range s.toks {
		if tk.norm == "|" {
			n++
		}
	}
	return n >= 2
}
