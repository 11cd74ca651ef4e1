package event

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

// replace is the pseudo-type of triggers that put one person in another's place.
const replace dossier.EventType = "REPLACE"

// pattern is one trigger of the lexicon.
type pattern struct {
	words  [][]string // alternatives at each position; nil marks a gap
	typ    dossier.EventType
	verb   bool
	noun   bool
	strict bool
	comp   bool
	static bool
	agent  bool // names the participants; after "the" it refers back to an event told already
	toll   bool // tells how many were killed: the count of an attack
	mutual bool // the parties act on each other: one event for each direction
	back   bool // refers to an attack told before and takes its place and time
	self   bool // the subject of the active verb undergoes it ("X resigned"): it is the target
}

// cue is one modality cue.
type cue struct {
	words    []string
	modality string
	sentence bool
}

// lexicon is the read-only knowledge an Extractor works with.
type lexicon struct {
	triggers map[string][]*pattern // by first word
	cues     map[string][]*cue     // by first word
	speech   map[string]bool
	counts   map[string]bool
	anaphora map[string]dossier.EntityType
	clauses  map[string][][]string // boundary phrases by first word; value: phrase words
	clauseK  map[string]string     // boundary phrase → kind
	causes   map[string][][]string // cause phrases by first word
	numbers  map[string]bool
	w        *wordLists   // closed word lists
	figures  *figureWords // casualty figures (lang/en/data/figures.txt)
	attacks  *attackWords // kinds of attack and sides (lang/en/data/attack-words.txt)
	// Selectional constraints: what triggers need around them (lang/en/data/trigger-needs.txt), by first
	// word; phrases in which a trigger tells nothing (lang/en/data/trigger-exclusions.txt), by first word; word
	// classes the constraints name; the cue words of each domain.
	needs      map[string][]*need
	exclusions map[string][]*exclusion
	classes    map[string]map[string]bool
	domains    map[string]map[string]bool
	cueOf      map[string][]string // the domains of each cue word
}

var knownTypes = map[dossier.EventType]bool{
	dossier.Agree: true, dossier.Consult: true, dossier.Support: true, dossier.Concede: true,
	dossier.Cooperate: true, dossier.Aid: true, dossier.Retreat: true, dossier.Request: true,
	dossier.Accuse: true, dossier.Reject: true, dossier.Threaten: true, dossier.Protest: true,
	dossier.Sanction: true, dossier.Mobilize: true, dossier.Coerce: true, dossier.Assault: true,
	dossier.Appoint: true, dossier.Dismiss: true, dossier.Defect: true, dossier.Travel: true,
	replace: true,
}

// eachRow calls fn with the fields of every line of one lexicon file, and its line number.
type eachRow func(fn func(n int, f []string) error) error

// fileRows reads the lines of a user's file.
func fileRows(name string, r io.Reader) eachRow {
	return func(fn func(n int, f []string) error) error { return lines(name, r, fn) }
}

// dataRows reads the rows of one file of the language data.
func dataRows(d *en.Data, name string) eachRow {
	return func(fn func(n int, f []string) error) error {
		rows := d.Rows(name)
		if len(rows) == 0 {
			return fmt.Errorf("%s: missing or empty", name)
		}
		for i, f := range rows {
			if err := fn(i+1, f); err != nil {
				return fmt.Errorf("%s row %d: %w", name, i+1, err)
			}
		}
		return nil
	}
}

// lines calls fn with the fields of every line of r that is neither blank nor a comment.
func lines(name string, r io.Reader, fn func(n int, f []string) error) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		l := strings.TrimRight(sc.Text(), "\r ")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if err := fn(n, strings.Split(l, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

func (lx *lexicon) addTriggers(each eachRow) error {
	return each(func(_ int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want FORM<TAB>TYPE[<TAB>FLAGS[<TAB>NOTES]], got %d fields", len(f))
		}
		p := &pattern{typ: dossier.EventType(strings.ToUpper(strings.TrimSpace(f[1])))}
		if !knownTypes[p.typ] {
			return fmt.Errorf("unknown event type %q", f[1])
		}
		for _, w := range strings.Fields(strings.ToLower(f[0])) {
			if w == "..." {
				p.words = append(p.words, nil)
				continue
			}
			p.words = append(p.words, strings.Split(w, "|"))
		}
		if len(p.words) == 0 || p.words[0] == nil || p.words[len(p.words)-1] == nil {
			return fmt.Errorf("trigger %q must start and end with a word", f[0])
		}
		if len(f) > 2 {
			for _, fl := range strings.Split(f[2], ",") {
				switch strings.TrimSpace(fl) {
				case "v":
					p.verb = true
				case "n":
					p.noun = true
				case "strict":
					p.strict = true
				case "comp":
					p.comp = true
				case "static":
					p.static = true
				case "agent":
					p.agent = true
				case "toll":
					p.toll = true
				case "mutual":
					p.mutual = true
				case "back":
					p.back = true
				case "self":
					p.self = true
				case "", "-":
				default:
					return fmt.Errorf("unknown flag %q", fl)
				}
			}
		}
		for _, w := range p.words[0] {
			lx.triggers[w] = append(lx.triggers[w], p)
		}
		return nil
	})
}

func (lx *lexicon) addCues(each eachRow) error {
	return each(func(_ int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want PHRASE<TAB>MODALITY[<TAB>SCOPE]")
		}
		c := &cue{words: strings.Fields(strings.ToLower(f[0])), modality: strings.TrimSpace(f[1])}
		if _, ok := rank[c.modality]; !ok || len(c.words) == 0 {
			return fmt.Errorf("bad cue %q", strings.Join(f, " "))
		}
		c.sentence = len(f) > 2 && strings.TrimSpace(f[2]) == "sentence"
		lx.cues[c.words[0]] = append(lx.cues[c.words[0]], c)
		return nil
	})
}

func addWords(each eachRow, set map[string]bool) error {
	return each(func(_ int, f []string) error {
		set[strings.ToLower(strings.TrimSpace(f[0]))] = true
		return nil
	})
}

func (lx *lexicon) addAnaphora(each eachRow) error {
	return each(func(_ int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want PHRASE<TAB>TYPE")
		}
		lx.anaphora[strings.ToLower(strings.TrimSpace(f[0]))] = dossier.EntityType(strings.TrimSpace(f[1]))
		return nil
	})
}

func (lx *lexicon) addClauses(each eachRow) error {
	return each(func(_ int, f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want PHRASE<TAB>KIND")
		}
		ws := lx.w.phraseTokens(f[0])
		if len(ws) == 0 {
			return fmt.Errorf("empty clause boundary")
		}
		var phrase []string
		for _, t := range ws {
			phrase = append(phrase, t.norm)
		}
		lx.clauses[phrase[0]] = append(lx.clauses[phrase[0]], phrase)
		lx.clauseK[strings.Join(phrase, " ")] = strings.TrimSpace(f[1])
		return nil
	})
}

func (lx *lexicon) addCauses(each eachRow) error {
	return each(func(_ int, f []string) error {
		ws := strings.Fields(strings.ToLower(f[0]))
		if len(ws) == 0 {
			return fmt.Errorf("empty cause phrase")
		}
		lx.causes[ws[0]] = append(lx.causes[ws[0]], ws)
		return nil
	})
}

// load reads the lexicons of the language data d (lang/en/data), then the user's trigger files.
func load(d *en.Data, extra []string) (*lexicon, error) {
	lx := &lexicon{
		triggers: map[string][]*pattern{},
		cues:     map[string][]*cue{},
		speech:   map[string]bool{},
		counts:   map[string]bool{},
		anaphora: map[string]dossier.EntityType{},
		clauses:  map[string][][]string{},
		clauseK:  map[string]string{},
		causes:   map[string][][]string{},
		numbers:  map[string]bool{},
		figures:  newFigureWords(),
		attacks:  newAttackWords(),

		needs:      map[string][]*need{},
		exclusions: map[string][]*exclusion{},
		classes:    map[string]map[string]bool{},
		domains:    map[string]map[string]bool{},
	}
	embedded := []struct {
		name string
		add  func(eachRow) error
	}{
		{"event-triggers", lx.addTriggers},
		{"modality-cues", lx.addCues},
		{"speech-verbs", func(e eachRow) error { return addWords(e, lx.speech) }},
		{"count-nouns", func(e eachRow) error { return addWords(e, lx.counts) }},
		{"anaphora", lx.addAnaphora},
		{"clause-bounds", lx.addClauses},
		{"cause-phrases", lx.addCauses},
		{"count-numbers", func(e eachRow) error { return addWords(e, lx.numbers) }},
		{"word-classes", func(e eachRow) error { return addClasses(e, lx.classes) }},
		{"event-domains", func(e eachRow) error { return addClasses(e, lx.domains) }},
		{"trigger-needs", lx.addNeeds},
		{"trigger-exclusions", lx.addExclusions},
		{"figures", lx.figures.add},
		{"attack-words", lx.attacks.add},
	}
	lx.w = newWordLists(d)
	lx.figures.w = lx.w
	lx.attacks.w = lx.w
	for _, e := range embedded {
		if err := e.add(dataRows(d, e.name)); err != nil {
			return nil, fmt.Errorf("event lexicon: %w", err)
		}
	}
	for _, name := range extra {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("event triggers: %w", err)
		}
		err = lx.addTriggers(fileRows(name, f))
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("event triggers: %w", err)
		}
	}
	lx.cueOf = map[string][]string{}
	for d, words := range lx.domains {
		for w := range words {
			lx.cueOf[w] = append(lx.cueOf[w], d)
		}
	}
	return lx, nil
}
