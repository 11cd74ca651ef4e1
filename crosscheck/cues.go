package crosscheck

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// Cue is one cue phrase of a list, lower-case, with the group it belongs to.
type Cue struct {
	Group  string // camp, slot, direction or part, depending on the list
	Phrase string
	Of     bool // camps only: right after a name, the cue makes that name the patron
	// Family is an optional third field naming a family of cues that may stand for one another:
	// casualty.txt gives "attack" to "bombing", "shelling" and "blast", which may name one
	// incident, and none to "flood".
	Family string
}

// Cues are the word lists of the pass: revision and approximation words, and casualty words.
// Each field is one file of data/. Blame, denial, reason, camp and competing-account cues belong to the claim
// stage (lang/en's claim-*.txt).
type Cues struct {
	Slots    []Cue // slots.txt: update, approx, atleast, atmost
	Casualty []Cue // casualty.txt: killed / wounded cue words and incident nouns
}

// DefaultCues returns the embedded cue lists.
func DefaultCues() Cues {
	c, err := ParseCues(dataFS, "data")
	if err != nil {
		// The embedded files are part of the build; a parse error is a programming error
		// caught by the package tests.
		panic(err)
	}
	return c
}

// ParseCues reads cue files named like those of data/ (slots.txt, casualty.txt) from dir in fsys. Missing files leave their list empty.
func ParseCues(fsys fs.FS, dir string) (Cues, error) {
	var c Cues
	lists := []struct {
		name   string
		dst    *[]Cue
		fields int
	}{
		{"slots.txt", &c.Slots, 2},
		{"casualty.txt", &c.Casualty, 2},
	}
	for _, l := range lists {
		name := path.Join(dir, l.name)
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			if errorsIsNotExist(err) {
				continue
			}
			return Cues{}, fmt.Errorf("read cues %s: %w", name, err)
		}
		cs, err := parseCueList(string(b), l.fields)
		if err != nil {
			return Cues{}, fmt.Errorf("parse cues %s: %w", name, err)
		}
		*l.dst = cs
	}
	return c, nil
}

func parseCueList(s string, fields int) ([]Cue, error) {
	var out []Cue
	for n, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) < fields {
			return nil, fmt.Errorf("line %d: want %d tab-separated fields: %q", n+1, fields, line)
		}
		var c Cue
		if fields == 1 {
			c.Phrase = strings.ToLower(strings.TrimSpace(parts[0]))
		} else {
			c.Group = strings.TrimSpace(parts[0])
			c.Phrase = strings.ToLower(strings.TrimSpace(parts[1]))
			if len(parts) > 2 {
				third := strings.TrimSpace(parts[2])
				c.Of = third == "of"
				if !c.Of {
					c.Family = strings.ToLower(third)
				}
			}
		}
		if c.Phrase == "" {
			return nil, fmt.Errorf("line %d: empty phrase", n+1)
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
