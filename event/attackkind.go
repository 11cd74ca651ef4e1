package event

import (
	"fmt"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// attackWords are the word lists of lang/en/data/attack-words.txt: what kind of attack a clause names and
// whose side did it.
type attackWords struct {
	w       *wordLists                // closed word lists
	kinds   map[string][]attackPhrase // by first word
	nouns   map[string][]attackPhrase // words for an attack of any kind ("attack", "raid")
	sides   map[string][]attackPhrase
	around  map[string][]attackPhrase
	ground  map[string]bool
	agent   map[string]bool
	passive map[string]bool
	// instrument are the prepositions that bring in what an attack was made with ("with", "by")
	instrument map[string]bool
	// craft are the kind words that name a craft or weapon rather than an act ("jets"), and
	// owner the prepositions after one that bring in whose it is ("jets of the air force")
	craft, owner map[string]bool
	between      map[string]bool // words between an around word and the place's name ("the", "city", "of")
	// opposite pairs each side with the other: who strikes ground one holds is of the other
	opposite [][2]string
	// notPlace are capitalised words that never name a place (days, months)
	notPlace map[string]bool
	// told gives, by a word for an attack of any kind and the side said to do it, the kind it
	// names in the domain ("raids" of state forces are air raids)
	told map[[2]string]string
	// forces are the names of forces of several states, by first word ("us-led coalition"), with
	// the name a description of their attack is stored under
	forces map[string][]attackPhrase
}

// attackPhrase is one phrase of the lists, with what it names.
type attackPhrase struct {
	words []string
	value string
}

func newAttackWords() *attackWords {
	return &attackWords{kinds: map[string][]attackPhrase{}, nouns: map[string][]attackPhrase{}, sides: map[string][]attackPhrase{},
		around: map[string][]attackPhrase{}, ground: map[string]bool{}, agent: map[string]bool{}, passive: map[string]bool{}, instrument: map[string]bool{},
		between: map[string]bool{}, notPlace: map[string]bool{}, told: map[[2]string]string{}, craft: map[string]bool{}, owner: map[string]bool{},
		forces: map[string][]attackPhrase{}}
}

// add reads lang/en/data/attack-words.txt lines: group<TAB>phrase[<TAB>value].
func (aw *attackWords) add(each eachRow) error {
	return each(func(_ int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want GROUP<TAB>PHRASE[<TAB>VALUE], got %d fields", len(f))
		}
		g := strings.TrimSpace(f[0])
		p := attackPhrase{words: strings.Fields(strings.ToLower(f[1]))}
		if len(p.words) == 0 {
			return fmt.Errorf("empty phrase")
		}
		if len(f) > 2 {
			p.value = strings.TrimSpace(f[2])
		}
		var set map[string][]attackPhrase
		switch g {
		case "kind":
			set = aw.kinds
		case "side":
			set = aw.sides
		case "noun":
			set = aw.nouns
		case "around":
			set = aw.around
		case "force":
			set = aw.forces
		case "ground":
			aw.ground[p.words[0]] = true
		case "agent":
			aw.agent[p.words[0]] = true
		case "passive":
			aw.passive[p.words[0]] = true
		case "instrument":
			aw.instrument[p.words[0]] = true
		case "craft":
			aw.craft[strings.Join(p.words, " ")] = true
		case "owner":
			aw.owner[p.words[0]] = true
		case "between":
			aw.between[p.words[0]] = true
		case "opposite":
			if len(f) < 3 {
				return fmt.Errorf("opposite %q: no other side", f[1])
			}
			aw.opposite = append(aw.opposite, [2]string{strings.TrimSpace(f[1]), p.value}, [2]string{p.value, strings.TrimSpace(f[1])})
		case "notplace":
			aw.notPlace[p.words[0]] = true
		case "told":
			if len(f) < 4 {
				return fmt.Errorf("told %q: want a side and a kind", f[1])
			}
			aw.told[[2]string{strings.Join(p.words, " "), p.value}] = strings.TrimSpace(f[3])
		default:
			return fmt.Errorf("unknown group %q", g)
		}
		if set != nil {
			if (g == "kind" || g == "side" || g == "force") && p.value == "" {
				return fmt.Errorf("%s %q: no value", g, f[1])
			}
			l := append(set[p.words[0]], p)
			// Longest first, so "air strikes" wins over "air".
			for i := len(l) - 1; i > 0 && len(l[i].words) > len(l[i-1].words); i-- {
				l[i], l[i-1] = l[i-1], l[i]
			}
			set[p.words[0]] = l
		}
		return nil
	})
}

// attackHit is a phrase found over tokens [i, end) of a sentence.
type attackHit struct {
	i, end int
	value  string
}

// phraseAt finds the longest phrase of set at token i.
func phraseAt(set map[string][]attackPhrase, ts []token, i int) (attackHit, bool) {
	for _, p := range set[ts[i].norm] {
		if phraseEnds(ts, i, p.words) {
			return attackHit{i, i + len(p.words), p.value}, true
		}
	}
	return attackHit{}, false
}

// tokenAt is the index of the first token of ts that ends after byte offset pos.
func tokenAt(ts []token, pos int) int {
	for i, t := range ts {
		if t.end > pos {
			return i
		}
	}
	return len(ts)
}

// nearest is the phrase of set nearest token range [from, to) inside span.
func nearest(set map[string][]attackPhrase, ts []token, span dossier.Span, from, to int) (attackHit, bool) {
	best, bestDist := attackHit{}, -1
	for i := 0; i < len(ts); i++ {
		if ts[i].start < span.Start || ts[i].end > span.End {
			continue
		}
		h, ok := phraseAt(set, ts, i)
		if !ok {
			continue
		}
		dist := 0
		switch {
		case h.end <= from:
			dist = from - h.end
		case h.i >= to:
			dist = h.i - to
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = h, dist
		}
		i = h.end - 1
	}
	return best, bestDist >= 0
}

// kindOf reads the kind of attack named nearest tokens [from, to): in clause first, else in the
// sentence.
func (aw *attackWords) kindOf(s *sent, clause dossier.Span, from, to int) (attackHit, bool) {
	if h, ok := nearest(aw.kinds, s.toks, clause, from, to); ok {
		return h, true
	}
	return nearest(aw.kinds, s.toks, s.span, from, to)
}

// attackOf reads the kind phrase nearest tokens [from, to) (see kindOf), else the nearest word
// for an attack of any kind, whose side words are read the same way ("terrorist attacks").
func (aw *attackWords) attackOf(s *sent, clause dossier.Span, from, to int) (h attackHit, kind, ok bool) {
	if h, ok := aw.kindOf(s, clause, from, to); ok {
		return h, true, true
	}
	if h, ok := nearest(aw.nouns, s.toks, clause, from, to); ok {
		return h, false, true
	}
	h, ok = nearest(aw.nouns, s.toks, s.span, from, to)
	return h, false, ok
}

// sideAt reads a side word at token i that names who acts: not the ground or the target after
// it ("rebel positions"), nor the dead a count before it numbers ("13 rebels").
func (aw *attackWords) sideAt(ts []token, i int) (attackHit, bool) {
	h, ok := phraseAt(aw.sides, ts, i)
	if !ok {
		return h, false
	}
	if h.end < len(ts) && aw.ground[ts[h.end].norm] {
		return h, false
	}
	if i > 0 && aw.isCount(ts[i-1].norm) {
		return h, false
	}
	if ts[i].group {
		return h, false
	}
	return h, true
}

// markGroupNames marks the side words of sentence s that end, inside a name the sentence
// holds, the name of an armed group carrying a country's adjective rather than naming that
// country's force (see groupName): they say no side.
func (aw *attackWords) markGroupNames(s *sent) {
	for _, it := range s.items {
		if it.pseudo {
			continue
		}
		for x := it.t0; x < it.t1 && x < len(s.toks); x++ {
			if _, ok := phraseAt(aw.sides, s.toks, x); ok && aw.groupName(s.toks, it.t0, x) {
				s.toks[x].group = true
			}
		}
	}
}

// groupName reports whether the side word at token i, written capitalised in a name that
// starts at token from, ends the name of a group: going back over the name, a word that is
// neither a word of a country's name or nationality, a side word nor a determiner stands before
// one that is ("Free Syrian Army", against "the Syrian Arab Army" or "the Northern Army").
func (aw *attackWords) groupName(ts []token, from, i int) bool {
	if !ts[i].upper {
		return false
	}
	nation := false
	for y := i - 1; y >= from && ts[y].word; y-- {
		n := ts[y].norm
		if aw.w.determiners[n] || aw.w.articles[n] {
			return false
		}
		switch _, side := phraseAt(aw.sides, ts, y); {
		case aw.w.nationWords[n]:
			nation = true
		case !side:
			return nation
		}
	}
	return false
}

func (aw *attackWords) isCount(w string) bool {
	if _, ok := digitValue(w); ok {
		return true
	}
	_, ok := aw.w.wordValue(w)
	return ok
}

// sideOf reads whose side did an attack: a side word just before the phrase that names it
// ("government air strikes", "rebel rocket fire", "terrorist attacks"), or after it ("rockets
// fired by rebels"); "killed by the army"; else the subject of an active killing word ("the army
// killed 12"), or of the clause that opens at token start. "" when unsaid.
func (aw *attackWords) sideOf(ts []token, kind attackHit, hasKind bool, cue, cueEnd, start int, active bool) string {
	if hasKind {
		side := ""
		for x := max(0, kind.i-3); x < kind.i; x++ {
			if h, ok := aw.sideAt(ts, x); ok && h.end <= kind.i {
				side = h.value
			}
		}
		if side != "" {
			return side
		}
		if s := aw.agentAfter(ts, kind.end); s != "" {
			return s
		}
		if s := aw.ownerAfter(ts, kind); s != "" {
			return s
		}
	}
	if cueEnd > 0 {
		if s := aw.agentAfter(ts, cueEnd); s != "" {
			return s
		}
	}
	if !active {
		return ""
	}
	side := ""
	// The subject: a side word just before the killing word, or opening its clause ("Rebel
	// groups … fired rockets … killing 15").
	for x := max(0, cue-5); x < cue; x++ {
		h, ok := aw.sideAt(ts, x)
		if !ok {
			continue
		}
		passive := false
		for y := h.end; y < cue; y++ {
			passive = passive || aw.passive[ts[y].norm]
		}
		if !passive {
			side = h.value
		}
	}
	if side == "" {
		side = aw.subjectSide(ts, start, cue)
	}
	return side
}

// heldSide reads the side an attack's ground is held by ("in rebel-held areas",
// "government-controlled districts") among tokens [from, to), and returns the other side: who
// strikes ground held by one side is of the other. "" when none or both are named.
func (aw *attackWords) heldSide(ts []token, from, to int) string {
	held := ""
	for x := from; x < min(to, len(ts)); x++ {
		if x+1 < len(ts) && aw.ground[ts[x].norm] && aw.agent[ts[x+1].norm] {
			// "territories held by the rebels", the holder named within a few words
			if side := aw.agentAfter(ts, x+1); side != "" {
				if held != "" && held != side {
					return ""
				}
				held = side
			}
			continue
		}
		pre, _, ok := strings.Cut(ts[x].norm, "-")
		if !ok || !aw.ground[strings.TrimPrefix(ts[x].norm, pre+"-")] {
			continue
		}
		h, ok := phraseAt(aw.sides, []token{{norm: pre}}, 0)
		if !ok || held != "" && held != h.value {
			return ""
		}
		held = h.value
	}
	for _, other := range aw.opposite {
		if held != "" && other[0] == held {
			return other[1]
		}
	}
	return ""
}

// holderAt is the token of the word for held ground ("held", "controlled") that a phrase
// starting at token i is the agent of ("territories held by the Daesh (ISIS) terrorists"): an
// agent word after the ground word stands within a few words before i. -1 when none does.
func (aw *attackWords) holderAt(ts []token, i int) int {
	for x := i - 1; x >= 1 && x >= i-5; x-- {
		if aw.agent[ts[x].norm] {
			if aw.ground[ts[x-1].norm] {
				return x - 1
			}
			return -1
		}
	}
	return -1
}

// subjectSide reads a side word among the first words of a clause starting at token start,
// when no passive word stands between it and the killing word at cue.
func (aw *attackWords) subjectSide(ts []token, start, cue int) string {
	for x := start; x < min(start+3, cue); x++ {
		h, ok := aw.sideAt(ts, x)
		if !ok {
			continue
		}
		for y := h.end; y < cue; y++ {
			if aw.passive[ts[y].norm] {
				return ""
			}
		}
		return h.value
	}
	return ""
}

// ownerAfter reads whose a craft or weapon is, said right after the kind phrase that names it:
// "jets of the air force", "warplanes of the Syrian army". Only crafts are read so: after an act
// ("the shelling of X") the phrase names what was hit.
func (aw *attackWords) ownerAfter(ts []token, kind attackHit) string {
	var w []string
	for _, t := range ts[kind.i:kind.end] {
		w = append(w, t.norm)
	}
	if kind.end >= len(ts) || !aw.craft[strings.Join(w, " ")] || !aw.owner[ts[kind.end].norm] {
		return ""
	}
	for y := kind.end + 1; y < min(len(ts), kind.end+5); y++ {
		if h, ok := aw.sideAt(ts, y); ok {
			return h.value
		}
	}
	return ""
}

// agentAfter reads "by X" or "from X" starting within two tokens of i.
func (aw *attackWords) agentAfter(ts []token, i int) string {
	for x := i; x < min(len(ts), i+2); x++ {
		if !aw.agent[ts[x].norm] {
			continue
		}
		for y := x + 1; y < min(len(ts), x+5); y++ {
			if h, ok := aw.sideAt(ts, y); ok {
				return h.value
			}
		}
		return ""
	}
	return ""
}

// aroundIn reports whether span places what it tells around a named place rather than in it
// ("near Damascus", "the outskirts of the city of X"): an around word, then the name, with only
// words of the list's "between" group between them.
func (aw *attackWords) aroundIn(ts []token, span dossier.Span) bool {
	for i := range ts {
		if ts[i].start < span.Start || ts[i].end > span.End {
			continue
		}
		h, ok := phraseAt(aw.around, ts, i)
		if !ok || h.value == "bare" && i > 0 && (aw.w.articles[ts[i-1].norm] || strings.Contains(ts[i-1].norm, "-")) {
			continue
		}
		y := h.end
		for y < len(ts) && y < h.end+4 && aw.between[ts[y].norm] {
			y++
		}
		if y < len(ts) && ts[y].end <= span.End && ts[y].upper && !aw.notPlace[ts[y].norm] {
			return true
		}
	}
	return false
}

// markFigures sets the kind of attack, the side that did it and whether it is placed around a
// place, for each figure of a sentence; words are the casualty words of the figures.
func (aw *attackWords) markFigures(text string, s *sent, figs []dossier.Figure, words []dossier.Span) {
	aw.markGroupNames(s)
	ts := s.toks
	for fi := range figs {
		f := &figs[fi]
		from, to := tokenAt(ts, f.At.Start), tokenAt(ts, f.At.End-1)+1
		cue, cueEnd := tokenAt(ts, words[fi].Start), tokenAt(ts, words[fi].End-1)+1
		at, isKind, ok := aw.attackOf(s, f.Clause, min(from, cue), max(to, cueEnd))
		if isKind {
			f.Kind = at.value
		}
		f.By = aw.sideOf(ts, at, ok, cue, cueEnd, tokenAt(ts, f.Clause.Start), aw.w.killingWord(text[words[fi].Start:words[fi].End]))
		if f.By == "" {
			f.By = aw.heldSide(ts, tokenAt(ts, f.Clause.Start), tokenAt(ts, f.Clause.End-1)+1)
		}
		end := max(to, cueEnd)
		if ok {
			end = max(end, at.end) // "killed in Russian air strikes"
		}
		f.By, f.Force = aw.forceOf(text, ts, forceFrom(ts, f.By, at, ok, tokenAt(ts, f.Clause.Start)), end, f.By)
		if ok && !isKind {
			f.Kind = aw.toldKind(ts, at, f.By)
		}
		f.Around = aw.aroundIn(ts, f.Clause)
	}
}

// toldKind is the kind a word for an attack of any kind names when the given side does it, ""
// when the data gives none.
func (aw *attackWords) toldKind(ts []token, noun attackHit, side string) string {
	if side == "" {
		return ""
	}
	var w []string
	for _, t := range ts[noun.i:noun.end] {
		w = append(w, t.norm)
	}
	return aw.told[[2]string{strings.Join(w, " "), side}]
}

// markEvents sets the kind of attack and the side that did it for the attacks among events, all
// of sentence s.
func (aw *attackWords) markEvents(text string, s *sent, events []dossier.Event) {
	aw.markGroupNames(s)
	ts := s.toks
	for i := range events {
		ev := &events[i]
		if ev.Type != dossier.Assault || ev.Trigger.End <= ev.Trigger.Start {
			continue
		}
		from, to := tokenAt(ts, ev.Trigger.Start), tokenAt(ts, ev.Trigger.End-1)+1
		// An attack's kind is what its trigger, or the words next to it, name ("fired rockets");
		// the rest of its sentence may tell of other fighting.
		near := dossier.Span{Start: ts[max(0, from-3)].start, End: ts[min(len(ts), to+3)-1].end}
		at, isKind, ok := aw.attackOf(s, near, from, to)
		ok = ok && near.Contains(dossier.Span{Start: ts[at.i].start, End: ts[at.end-1].end})
		if isKind && ok {
			ev.Kind = at.value
		}
		if ev.By = aw.actorSide(s, ev); ev.By == "" {
			ev.By = aw.sideOf(ts, at, ok, from, to, tokenAt(ts, ev.Span.Start), aw.w.killingWord(text[ev.Trigger.Start:ev.Trigger.End]))
		}
		if ev.By == "" {
			ev.By = aw.heldSide(ts, tokenAt(ts, ev.Span.Start), tokenAt(ts, ev.Span.End-1)+1)
		}
		ev.By, ev.Force = aw.forceOf(text, ts, forceFrom(ts, ev.By, at, ok, tokenAt(ts, ev.Span.Start)), min(len(ts), to+3), ev.By)
		if parsed, found := aw.parsedKind(s, ev.Trigger); found && (!ok || !isKind) {
			ev.Kind = parsed.value
			aw.parsedSide(text, ts, ev, parsed, tokenAt(ts, ev.Span.Start), to)
		} else if ok && !isKind {
			ev.Kind = aw.toldKind(ts, at, ev.By)
		}
		aw.lendSide(s, ev)
	}
}

// parsedSide reads, for an attack whose side no word near its trigger says, the side and force
// said around the kind phrase the parse ties to it ("Sukhoi jets of the Sudanese air force
// dropped bombs": state forces, Sudan); clause is the token its clause opens at, to the token
// after its trigger.
func (aw *attackWords) parsedSide(text string, ts []token, ev *dossier.Event, kind attackHit, clause, to int) {
	if ev.By != "" {
		return
	}
	by := aw.sideOf(ts, kind, true, 0, 0, clause, false)
	if by == "" {
		return
	}
	ev.By, ev.Force = aw.forceOf(text, ts, forceFrom(ts, by, kind, true, clause), min(len(ts), max(to, kind.end)+3), by)
}

// parsedKind reads the kind of attack the parse ties to an attack's trigger when the words next
// to it name none: the trigger's subject, a compound of it or what a preposition of the
// instrument list brings in ("air strikes on the province killed 26", "an attack with barrel
// bombs"), else what the verb it hangs on has so (see headKindWords). The phrase must end at
// the word the parse ties: "an attack on the artillery base" names no kind.
func (aw *attackWords) parsedKind(s *sent, trigger dossier.Span) (attackHit, bool) {
	p := s.parse
	if p == nil {
		return attackHit{}, false
	}
	k := tree.WordAt(p, trigger.Start)
	if k < 0 {
		return attackHit{}, false
	}
	var cands []int
	for _, c := range tree.Children(p, k) {
		if r := p.Tokens[c].Rel; r == "compound" || r == "nsubj" || aw.instrumentOf(p, c) {
			cands = append(cands, c)
		}
	}
	for _, c := range append(cands, aw.headKindWords(p, k)...) {
		if h, ok := aw.kindEndingAt(s, p.Tokens[c].Span); ok {
			return h, true
		}
	}
	return attackHit{}, false
}

// headKindWords are the words of the verb that trigger k hangs on that may name the kind of its
// attack: for a trigger that is the verb's object or oblique, the verb's object or instrument
// ("dropped barrel bombs in a deadly attack"), and for its object, its subject too ("jets
// dropped bombs"); for one that is a clause of the verb, its subject or instrument ("air strikes
// hit the school, killing 26").
func (aw *attackWords) headKindWords(p *dossier.Sentence, k int) []int {
	h := p.Tokens[k].Head
	if h < 0 || p.Tokens[h].UPOS != "VERB" {
		return nil
	}
	want := ""
	subject := false // the verb's subject names the weapon that made its object ("jets dropped bombs")
	switch r := p.Tokens[k].Rel; {
	case r == "obj":
		want, subject = "obj", true
	case strings.HasPrefix(r, "obl"):
		want = "obj"
	case r == "advcl" || r == "xcomp":
		want = "nsubj"
	default:
		return nil
	}
	var out []int
	for _, c := range tree.Children(p, h) {
		if c != k && (p.Tokens[c].Rel == want || subject && p.Tokens[c].Rel == "nsubj" || aw.instrumentOf(p, c)) {
			out = append(out, c)
		}
	}
	return out
}

// instrumentOf reports whether word c is an oblique or a nominal modifier that a preposition of
// the instrument list brings in ("with mortars", "by shelling").
func (aw *attackWords) instrumentOf(p *dossier.Sentence, c int) bool {
	r := p.Tokens[c].Rel
	return (strings.HasPrefix(r, "obl") || strings.HasPrefix(r, "nmod")) && aw.instrument[tree.Preposition(p, c)]
}

// kindEndingAt finds a kind phrase whose last word is the word at span w ("barrel bombs" ending
// at "bombs"), starting at most three words before it.
func (aw *attackWords) kindEndingAt(s *sent, w dossier.Span) (attackHit, bool) {
	ts := s.toks
	end := tokenAt(ts, w.Start)
	if end >= len(ts) || ts[end].start != w.Start {
		return attackHit{}, false
	}
	for i := max(0, end-3); i <= end; i++ {
		if h, ok := phraseAt(aw.kinds, ts, i); ok && h.end == end+1 {
			return h, true
		}
	}
	return attackHit{}, false
}

// actorSide reads the side an attack's actor argument names ("the Syrian Army", "Islamic
// State"), "" when its words name none or only a group's own name ("the Free Syrian Army").
func (aw *attackWords) actorSide(s *sent, ev *dossier.Event) string {
	for _, a := range ev.Args {
		if !strings.EqualFold(a.Role, "actor") {
			continue
		}
		for _, it := range s.items {
			if it.chain != a.Chain || it.pseudo || aw.holderAt(s.toks, it.t0) >= 0 {
				continue // "areas held by X": X holds the ground struck, it does not strike
			}
			for x := it.t0; x < it.t1; x++ {
				if h, ok := phraseAt(aw.sides, s.toks, x); ok && h.end <= it.t1 && !s.toks[x].group {
					return h.value
				}
			}
		}
	}
	return ""
}

// lendSide gives an attack's side, and the force it names, to the figures of its sentence that
// say none.
func (aw *attackWords) lendSide(s *sent, ev *dossier.Event) {
	for i := range ev.Figures {
		if f := &ev.Figures[i]; f.By == "" && s.span.Contains(f.Span) {
			f.By, f.Force = ev.By, ev.Force
		}
	}
}

// forceOf reads the one state or force that the words describing an attack among tokens
// [from, to) name right before a side or a kind of attack ("Russian jets", "Syrian government
// warplanes", "Turkish artillery", "US-led coalition air strikes"), given the side read so far.
// Such a description is of state forces: the side becomes "state" when none was read. It keeps
// the side and names no force when the side is an armed group's ("Syrian rebels") or when the
// words name two ("Russian and Syrian jets").
func (aw *attackWords) forceOf(text string, ts []token, from, to int, side string) (string, string) {
	if side != "" && side != stateSide {
		return side, ""
	}
	force := ""
	for x := max(0, from); x < min(to, len(ts)); x++ {
		_, isSide := aw.sideAt(ts, x)
		_, isKind := phraseAt(aw.kinds, ts, x)
		if !isSide && !isKind {
			continue
		}
		f, two := aw.forceBefore(text, ts, x)
		switch {
		case two:
			return side, ""
		case f == "":
		case force == "" || dossier.SameForce(force, f) && len(f) > len(force):
			force = f
		case !dossier.SameForce(force, f):
			return side, ""
		}
	}
	if force == "" {
		return side, ""
	}
	return stateSide, force
}

// forceFrom is where the words that may name an attack's force start: its clause's opening when
// its words say state forces did it ("Russian jets pounded the town, killing 26"), else the kind
// of attack it names, when it names one, so that an attack told beside another takes no force
// from it; len(ts) when neither.
func forceFrom(ts []token, side string, kind attackHit, hasKind bool, clause int) int {
	switch {
	case side == stateSide:
		return clause
	case hasKind:
		return kind.i
	}
	return len(ts)
}

// stateSide is the side of attack-words that state forces are on.
const stateSide = "state"

// forceBefore is the state or force named right before token x, side words and words of a kind
// of attack between them allowed ("Syrian government warplanes", "Turkish artillery shelled"): a force of the list ("US-led coalition"), a nationality
// ("Russian") or a country's abbreviation written in capitals ("US"). A country's name is not
// read: "Syria fighting" tells where, not who. "" when none is named there; two is set when
// two are joined there ("Russian and Syrian jets").
func (aw *attackWords) forceBefore(text string, ts []token, x int) (force string, two bool) {
	y := x - 1
	for y >= 0 && y >= x-3 {
		_, side := aw.sideAt(ts, y)
		_, kind := phraseAt(aw.kinds, ts, y)
		if !side && !kind {
			break
		}
		y--
	}
	force, at := aw.forceEnding(text, ts, y)
	if force == "" || at < 2 || !aw.w.joinWords[ts[at-1].norm] && ts[at-1].norm != "," {
		return force, false
	}
	other, _ := aw.forceEnding(text, ts, at-2)
	return force, other != "" && !dossier.SameForce(other, force)
}

// forceEnding is the state or force whose name ends at token y (see forceBefore), with the
// token its name starts at.
func (aw *attackWords) forceEnding(text string, ts []token, y int) (string, int) {
	if y < 0 || !ts[y].word {
		return "", y
	}
	best, at := "", y+1 // the longest force's name ending at y: "US-led coalition", not "coalition"
	for _, l := range aw.forces {
		for _, f := range l {
			if s := y - len(f.words) + 1; s >= 0 && s < at && phraseEnds(ts, s, f.words) {
				best, at = f.value, s
			}
		}
	}
	if best != "" {
		return best, at
	}
	if c, ok := aw.w.nationalities[ts[y].norm]; ok {
		return c, y
	}
	raw := text[ts[y].start:ts[y].end]
	if c, ok := aw.w.nations[countryKey(raw)]; ok && raw == strings.ToUpper(raw) && ts[y].upper {
		return c, y
	}
	return "", y
}

// phraseEnds reports whether tokens from s on spell words.
func phraseEnds(ts []token, s int, words []string) bool {
	if s+len(words) > len(ts) {
		return false
	}
	for i, w := range words {
		if ts[s+i].norm != w {
			return false
		}
	}
	return true
}
