package crosscheck

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/dossier-project/dossier/lang/en"
)

// Cue is one cue phrase of a list, lower-case, with the group it belongs to.
type Cue struct {
	Group  string // camp, slot, direction or part, depending on the list
	Phrase string
	Of     bool // camps only: right after a name, the cue makes that name the patron
	// Family is an optional third field naming a family of cues that may stand for one another:
	// crosscheck-casualty.txt gives "attack" to "bombing", "shelling" and "blast", which may name one
	// incident, and none to "flood".
	Family string
}

// Cues are the word lists of the pass: revision and approximation words, and casualty words.
// Each field is one file of the language data (lang/en/data). Blame, denial, reason, camp and
// competing-account cues belong to the claim stage (lang/en's claim-*.txt).
type Cues struct {
	Slots    []Cue // crosscheck-slots.txt: update, approx, atleast, atmost
	Casualty []Cue // crosscheck-casualty.txt: killed / wounded cue words and incident nouns
}

// cueFile is one file of cues and the list it fills.
type cueFile struct {
	name string // without .txt
	dst  *[]Cue
}

// files are the files of c's lists.
func (c *Cues) files() []cueFile {
	return []cueFile{{"crosscheck-slots", &c.Slots}, {"crosscheck-casualty", &c.Casualty}}
}

// DefaultCues returns the embedded cue lists.
func DefaultCues() Cues {
	c, err := CuesFrom(en.Embedded())
	if err != nil {
		// The embedded files are part of the build; a parse error is a programming error
		// caught by the package tests.
		panic(err)
	}
	return c
}

// CuesFrom reads the cue lists of the language data d (the embedded files with a --data
// folder's files of the same names).
func CuesFrom(d *en.Data) (Cues, error) {
	var c Cues
	for _, f := range c.files() {
		cs, err := parseCueList(d.Rows(f.name))
		if err != nil {
			return Cues{}, fmt.Errorf("parse cues %s: %w", f.name, err)
		}
		*f.dst = cs
	}
	return c, nil
}

// ParseCues reads cue files named like those of the language data (crosscheck-slots.txt,
// crosscheck-casualty.txt) from dir in fsys. Missing files leave their list empty.
func ParseCues(fsys fs.FS, dir string) (Cues, error) {
	var c Cues
	for _, f := range c.files() {
		name := path.Join(dir, f.name+".txt")
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			if errorsIsNotExist(err) {
				continue
			}
			return Cues{}, fmt.Errorf("read cues %s: %w", name, err)
		}
		cs, err := parseCueList(textRows(string(b)))
		if err != nil {
			return Cues{}, fmt.Errorf("parse cues %s: %w", name, err)
		}
		*f.dst = cs
	}
	return c, nil
}

// textRows splits a cue file's text into rows of trimmed tab-separated fields, without blank
// lines and comments, as the language data's loader does.
func textRows(s string) [][]string {
	var rows [][]string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		rows = append(rows, fields)
	}
	return rows
}

// parseCueList reads rows of group<TAB>phrase[<TAB>of or family], longest phrase first.
func parseCueList(rows [][]string) ([]Cue, error) {
	var out []Cue
	for n, parts := range rows {
		if len(parts) < 2 {
			return nil, fmt.Errorf("entry %d: want group<TAB>phrase: %q", n+1, strings.Join(parts, "\t"))
		}
		c := Cue{Group: parts[0], Phrase: strings.ToLower(parts[1])}
		if len(parts) > 2 {
			c.Of = parts[2] == "of"
			if !c.Of {
				c.Family = strings.ToLower(parts[2])
			}
		}
		if c.Phrase == "" {
			return nil, fmt.Errorf("entry %d: empty phrase", n+1)
		}
		out = append(out, c)
	}
	// Longer phrases first, so "translated and edited by" wins over "translated by".
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Phrase) > len(out[j].Phrase) })
	return out, nil
}

// Merge returns c with the cues of o added.
func (c Cues) Merge(o Cues) Cues {
	m := func(a, b []Cue) []Cue {
		out := append(append([]Cue(nil), a...), b...)
		sort.SliceStable(out, func(i, j int) bool { return len(out[i].Phrase) > len(out[j].Phrase) })
		return out
	}
	return Cues{
		Slots:    m(c.Slots, o.Slots),
		Casualty: m(c.Casualty, o.Casualty),
	}
}

func (c Cues) group(list []Cue, g string) []string {
	var out []string
	for _, x := range list {
		if x.Group == g {
			out = append(out, x.Phrase)
		}
	}
	return out
}

func errorsIsNotExist(err error) bool { return errors.Is(err, fs.ErrNotExist) }
