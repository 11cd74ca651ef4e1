package entity

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/ner"
	"github.com/dossier-project/dossier/namekey"
)

//go:embed data/*.tsv
var embedded embed.FS

// entry is one gazetteer entity: its canonical name and type. Every alias of a line points to the
// same entry.
type entry struct {
	id   int
	name string
	typ  dossier.EntityType
	caps bool // the form was written in capitals (an acronym): it only matches capitals
	// article is set when every form of the entry giving this key wrote an article that the key
	// drops ("Al-Waleed" for "waleed"): a text that writes the bare word may mean something else.
	article bool
}

// Gazetteer is the read-only knowledge of the entity stage: known names with their types and
// aliases, titles and ranks, given names, demonyms, common words and the cue words of typing and
// labelling. Build it with LoadGazetteer; it is safe for concurrent use.
type Gazetteer struct {
	w       *nameLists         // the stage's closed word lists, from the same language data
	names   map[string][]entry // normalised form → entries
	prefix  map[string]bool    // proper word prefixes of the forms in names and titles
	maxLen  int                // longest form in tokens
	nextID  int
	titles  map[string]bool // normalised title form → is a sovereign style
	titleN  int
	words   map[string]map[string]bool // kind → lower-case word set
	display []string                   // canonical names by entry id
	cueN    int                        // longest SOURCECUE phrase in words
	lex     *ner.Lexicon               // every form by kind, as the name recogniser reads them
	keys    *namekey.Keyer             // transliteration keys of the same language data, every fold
}

// Kinds of word lists a data file may hold besides entity lines.
var wordKinds = []string{"GIVEN", "LINKVERB", "DEMONYM", "COMMON", "ORGHEAD", "LOCHEAD", "OFHEAD", "GROUPNOUN",
	"PERSONNOUN", "SAID", "LOCPREP", "LOCNOUN", "PLACESNOUN", "PARTICLE", "NONAME", "UNITWORD", "ABBREV", "PERVERB",
	"REPORTED", "RULEDNOUN", "FACILITY", "LOCSTART", "MISCSTART", "MISCHEAD", "LABELADJ", "DESCVERB",
	"ORGSTART", "OWNED", "RULERNOUN", "MEDIAHEAD", "SOURCECUE", "MEDIAOWNED", "ROLENOUN", "BODYHEAD",
	"SUBBODY", "POSTAL", "WORKNOUN", "PUBCUE", "STATNOUN", "QUOTEDAS", "QUOTING", "OPENER", "OPENNUM",
	"ERAMARK", "PARTYMARK", "CASEJOIN", "STATEABBR", "CAPSPREP", "POSITION", "CONTESTVERB", "FIELDTITLE",
	"LEGALFORM", "INQUIRYNOUN", "INQUIRYJOIN", "SUBJPRON", "SITENOUN", "PARTYWORD", "STUDYNOUN", "INSTHEAD",
	"NAMING", "TRADEWORD", "BODYOWNED", "BODYRESULT", "FORMATION", "CONNECTIVE", "GRADE", "KINOWNED", "PERSONVERB",
	"STREETABBR", "SPORTNOUN", "SIDEMEMBER", "SIDEPOSITION", "PLAYSIDE", "PLAYROLE",
	"SELLVERB", "CONTESTJOIN", "FAMILYHEAD", "POSSPRON", "WORDABBR", "THINGABBR", "CODENOUN", "SHOPHEAD"}

// LoadGazetteer reads the embedded data files and then every extra file or folder given (folders
// are read for *.tsv files). A line is KIND, a tab, then one or more tab-separated forms; KIND is
// PER, ORG, LOC or MISC for a named thing (first form is its name, the rest aliases), TITLE or
// STYLE for a title or rank and its abbreviations, or a word list kind (GIVEN, DEMONYM, COMMON,
// ORGHEAD, LOCHEAD, OFHEAD, GROUPNOUN, PERSONNOUN, SAID, LOCPREP, LOCNOUN, PARTICLE, NONAME,
// ABBREV, PERVERB, REPORTED, RULEDNOUN, FACILITY, LOCSTART, MISCSTART, MISCHEAD, LABELADJ,
// DESCVERB, ORGSTART, OWNED, RULERNOUN, MEDIAHEAD, SOURCECUE, MEDIAOWNED, ROLENOUN, BODYHEAD,
// POSTAL, WORKNOUN, PUBCUE, STATNOUN, QUOTEDAS, QUOTING, OPENER, OPENNUM, ERAMARK, PARTYMARK,
// CASEJOIN, STATEABBR, CAPSPREP, POSITION, CONTESTVERB, FIELDTITLE, LEGALFORM, INQUIRYNOUN,
// INQUIRYJOIN, SUBJPRON, SITENOUN, PARTYWORD, STUDYNOUN, INSTHEAD, NAMING, TRADEWORD, BODYOWNED,
// BODYRESULT, FORMATION, CONNECTIVE, GRADE, KINOWNED, PERSONVERB, STREETABBR, SPORTNOUN,
// SIDEMEMBER, SIDEPOSITION, PLAYSIDE, PLAYROLE, SELLVERB, CONTESTJOIN, FAMILYHEAD, POSSPRON,
// WORDABBR, THINGABBR, CODENOUN, SHOPHEAD). A MEDIAHEAD and a
// LEGALFORM word are ORGHEAD words too, and a STREETABBR word a LOCHEAD word.
// Lines starting with '#' are comments.
func LoadGazetteer(extra ...string) (*Gazetteer, error) {
	return LoadGazetteerWith(en.Embedded(), extra...)
}

// gazetteerLists are the files of the language data read as gazetteer lines: titles and ranks,
// the entity stage's cue words, and common words.
var gazetteerLists = []string{"titles", "name-cues", "common-words"}

// LoadGazetteerWith is LoadGazetteer reading the titles and word lists from the language data d
// (lang/en/data, with any --data overlay) rather than the embedded data alone.
func LoadGazetteerWith(d *en.Data, extra ...string) (*Gazetteer, error) {
	keys, err := namekey.NewFrom(d, namekey.All)
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	g := &Gazetteer{
		keys:   keys,
		w:      newNameLists(d),
		names:  map[string][]entry{},
		prefix: map[string]bool{},
		titles: map[string]bool{},
		words:  map[string]map[string]bool{},
		lex:    ner.NewLexicon(d),
	}
	for _, k := range wordKinds {
		g.words[k] = map[string]bool{}
	}
	files, err := fs.Glob(embedded, "data/*.tsv")
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := embedded.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("load gazetteer %s: %w", f, err)
		}
		if err := g.read(f, strings.NewReader(string(b))); err != nil {
			return nil, err
		}
	}
	for _, name := range gazetteerLists {
		rows := d.Rows(name)
		if len(rows) == 0 {
			return nil, fmt.Errorf("load gazetteer: language data %s: missing or empty", name)
		}
		for i, r := range rows {
			if err := g.line(r); err != nil {
				return nil, fmt.Errorf("load gazetteer: language data %s row %d: %w", name, i+1, err)
			}
		}
	}
	for _, p := range extra {
		if err := g.readPath(p); err != nil {
			return nil, err
		}
	}
	return g, nil
}

func (g *Gazetteer) readPath(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		return fmt.Errorf("load gazetteer %s: %w", p, err)
	}
	if !st.IsDir() {
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("load gazetteer %s: %w", p, err)
		}
		defer f.Close()
		return g.read(p, f)
	}
	files, err := filepath.Glob(filepath.Join(p, "*.tsv"))
	if err != nil {
		return fmt.Errorf("load gazetteer %s: %w", p, err)
	}
	sort.Strings(files)
	for _, f := range files {
		if err := g.readPath(f); err != nil {
			return err
		}
	}
	return nil
}

func (g *Gazetteer) read(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := g.line(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("load gazetteer %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("load gazetteer %s: %w", name, err)
	}
	return nil
}

// line reads one line of a gazetteer file, split at tabs: its kind, then its forms.
func (g *Gazetteer) line(fields []string) error {
	kind := strings.ToUpper(strings.TrimSpace(fields[0]))
	var forms []string
	for _, f := range fields[1:] {
		if f = strings.TrimSpace(f); f != "" {
			forms = append(forms, f)
		}
	}
	if len(forms) == 0 {
		return fmt.Errorf("no forms after %q", kind)
	}
	for _, f := range forms {
		g.lex.Add(kind, f)
	}
	switch kind {
	case "PER", "ORG", "LOC", "MISC":
		g.addEntity(dossier.EntityType(kind), forms)
	case "TITLE", "STYLE":
		for _, f := range forms {
			k := g.w.key(g.w.formToks(f))
			if k == "" {
				continue
			}
			g.titles[k] = g.titles[k] || kind == "STYLE"
			g.addPrefixes(k)
			if n := len(strings.Fields(k)); n > g.titleN {
				g.titleN = n
			}
		}
	default:
		set, ok := g.words[kind]
		if !ok {
			return fmt.Errorf("unknown kind %q", kind)
		}
		for _, f := range forms {
			set[lowerWord(f)] = true
			switch kind {
			case "MEDIAHEAD", "LEGALFORM":
				g.words["ORGHEAD"][strings.ToLower(f)] = true
			case "STREETABBR":
				g.words["LOCHEAD"][lowerWord(f)] = true
			case "SOURCECUE":
				if n := len(strings.Fields(f)); n > g.cueN {
					g.cueN = n
				}
			}
		}
	}
	return nil
}

func (g *Gazetteer) addEntity(t dossier.EntityType, forms []string) {
	id := g.nextID
	g.nextID++
	g.display = append(g.display, forms[0])
	for _, f := range forms {
		toks := g.w.formToks(f)
		k := g.w.key(toks)
		if k == "" {
			continue
		}
		caps := isAcronym(f) || (len(toks) == 1 && strings.ToUpper(f) == f)
		art := g.w.hasArticle(toks)
		dup := false
		for i, e := range g.names[k] {
			if e.id == id {
				dup = true
				g.names[k][i].article = e.article && art
			}
		}
		if !dup {
			g.names[k] = append(g.names[k], entry{id: id, name: forms[0], typ: t, caps: caps, article: art})
		}
		g.addPrefixes(k)
		if len(toks) > g.maxLen {
			g.maxLen = len(toks)
		}
	}
}

// Lexicon returns the gazetteer's forms by kind (PER, LOC, TITLE, GIVEN, COMMON …) as the name
// recogniser reads them.
func (g *Gazetteer) Lexicon() *ner.Lexicon { return g.lex }

func (g *Gazetteer) is(kind, word string) bool { return g.words[kind][lowerWord(word)] }

// lowerWord is a word in lower case with straight apostrophes, as word lists hold it: pages write
// "I’m" as often as "I'm".
func lowerWord(w string) string {
	ascii, upper := true, false
	for i := 0; i < len(w) && ascii; i++ {
		ascii, upper = w[i] < 0x80, upper || 'A' <= w[i] && w[i] <= 'Z'
	}
	if ascii {
		// No curly quote is ASCII.
		if upper {
			return strings.ToLower(w)
		}
		return w
	}
	w = strings.ToLower(w)
	if strings.ContainsAny(w, "\u2019\u2018") {
		w = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(w)
	}
	return w
}

// lookup returns the entry for a normalised form as written in text (written tells whether the
// text was in capitals, so acronym forms do not match ordinary words).
func (g *Gazetteer) lookup(k string, allCaps bool) (entry, bool) {
	for _, e := range g.names[k] {
		if e.caps && !allCaps {
			continue
		}
		return e, true
	}
	return entry{}, false
}

func (g *Gazetteer) addPrefixes(k string) {
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			g.prefix[k[:i]] = true
		}
	}
}
