package timex

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

//go:embed data/*.txt
var dataFS embed.FS

// lexicon holds the word lists, each a map from a lower-cased form to its value.
type lexicon struct {
	months   map[string]int
	weekdays map[string]int
	numbers  map[string]float64
	ordinals map[string]int
	units    map[string]string
	seasons  map[string]string
	dayparts map[string]string
	mods     map[string]string
	refs     map[string]string
	holidays map[string]string
	future   map[string]bool
	weak     map[string]bool
	past     map[string]bool
	tense    map[string]verbClass // verb-group words (tense.txt)
}

// entry is one line of a word list: a form and its value.
type entry struct{ form, value string }

// readList reads a word list: one entry a line, the value last, '#' starts a comment line.
func readList(fsys fs.FS, name string) ([]entry, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []entry
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		i := strings.LastIndexAny(s, " \t")
		if i < 0 {
			return nil, fmt.Errorf("%s:%d: want a form and a value", name, line)
		}
		out = append(out, entry{strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])})
	}
	return out, sc.Err()
}

// loadLexicon reads every word list from each file system in turn; later ones add to earlier ones.
func loadLexicon(systems ...fs.FS) (*lexicon, error) {
	lx := &lexicon{
		months: map[string]int{}, weekdays: map[string]int{}, numbers: map[string]float64{},
		ordinals: map[string]int{}, units: map[string]string{}, seasons: map[string]string{},
		dayparts: map[string]string{}, mods: map[string]string{}, refs: map[string]string{},
		holidays: map[string]string{}, future: map[string]bool{}, weak: map[string]bool{}, past: map[string]bool{},
		tense: map[string]verbClass{},
	}
	type sink func(e entry) error
	atoi := func(m map[string]int, lo, hi int) sink {
		return func(e entry) error {
			n, err := strconv.Atoi(e.value)
			if err != nil || n < lo || n > hi {
				return fmt.Errorf("%q: value %q out of range", e.form, e.value)
			}
			m[strings.ToLower(e.form)] = n
			return nil
		}
	}
	str := func(m map[string]string) sink {
		return func(e entry) error { m[strings.ToLower(e.form)] = e.value; return nil }
	}
	lists := []struct {
		name string
		put  sink
	}{
		{"months.txt", atoi(lx.months, 1, 12)},
		{"weekdays.txt", atoi(lx.weekdays, 1, 7)},
		{"ordinals.txt", atoi(lx.ordinals, 1, 31)},
		{"numbers.txt", func(e entry) error {
			n, err := strconv.ParseFloat(e.value, 64)
			if err != nil {
				return fmt.Errorf("%q: value %q is not a number", e.form, e.value)
			}
			lx.numbers[strings.ToLower(e.form)] = n
			return nil
		}},
		{"units.txt", str(lx.units)},
		{"seasons.txt", str(lx.seasons)},
		{"dayparts.txt", str(lx.dayparts)},
		{"mods.txt", str(lx.mods)},
		{"refs.txt", str(lx.refs)},
		{"holidays.txt", str(lx.holidays)},
		{"tense.txt", func(e entry) error {
			c, ok := verbClasses[e.value]
			if !ok {
				return fmt.Errorf("%q: unknown verb class %q", e.form, e.value)
			}
			lx.tense[strings.ToLower(strings.ReplaceAll(e.form, "’", "'"))] = c
			return nil
		}},
		{"cues.txt", func(e entry) error {
			// A cue line is "direction word…": the form holds the direction.
			dir, word, ok := strings.Cut(e.form, " ")
			word = strings.ToLower(strings.TrimSpace(word + " " + e.value))
			if !ok {
				word = strings.ToLower(e.value)
			}
			switch dir {
			case "future":
				lx.future[word] = true
			case "weak":
				lx.weak[word] = true
			case "past":
				lx.past[word] = true
			default:
				return fmt.Errorf("%q: direction must be future, weak or past", e.form)
			}
			return nil
		}},
	}
	for _, fsys := range systems {
		for _, l := range lists {
			es, err := readList(fsys, l.name)
			if err != nil {
				if len(systems) > 1 && fsys != systems[0] && isNotExist(err) {
					continue
				}
				return nil, fmt.Errorf("read word list %s: %w", l.name, err)
			}
			for _, e := range es {
				if err := l.put(e); err != nil {
					return nil, fmt.Errorf("read word list %s: %w", l.name, err)
				}
			}
		}
	}
	return lx, nil
}

func isNotExist(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "not exist") || err == fs.ErrNotExist)
}

// alt returns a regular expression alternation of the forms, longest first, with spaces matching
// any run of white space and hyphens matching a hyphen or white space.
func alt(forms []string) string {
	sort.Slice(forms, func(i, j int) bool {
		if len(forms[i]) != len(forms[j]) {
			return len(forms[i]) > len(forms[j])
		}
		return forms[i] < forms[j]
	})
	parts := make([]string, 0, len(forms))
	seen := map[string]bool{}
	for _, f := range forms {
		if seen[f] {
			continue
		}
		seen[f] = true
		q := regexp.QuoteMeta(f)
		q = strings.ReplaceAll(q, " ", `\s+`)
		q = strings.ReplaceAll(q, `\-`, `[\s-]`)
		q = strings.ReplaceAll(q, "-", `[\s-]`)
		q = strings.ReplaceAll(q, "'", `['’]`)
		parts = append(parts, q)
	}
	return strings.Join(parts, "|")
}

// keys returns the keys of a map.
func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// titleForms returns, for lower-case forms, their title-case and upper-case spellings.
func titleForms(forms []string) []string {
	var out []string
	for _, f := range forms {
		out = append(out, strings.ToUpper(f[:1])+f[1:], strings.ToUpper(f))
	}
	return out
}
