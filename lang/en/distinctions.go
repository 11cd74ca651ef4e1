package en

import "strings"

// Distinctions are the words that tell apart names otherwise alike (name-distinctions): "Denver
// East" is not "Denver South", nor "Voss II" "Voss III", however near the other letters fold.
// Each lower-case word maps to the word it counts as ("jr" to "junior").
type Distinctions map[string]string

// Distinctions reads the name-distinctions list of d.
func (d *Data) Distinctions() Distinctions {
	m := Distinctions{}
	for _, r := range d.Rows("name-distinctions") {
		w := strings.ToLower(r[0])
		m[w] = w
		if len(r) > 1 && r[1] != "" {
			m[w] = strings.ToLower(r[1])
		}
	}
	return m
}

// Mark is what the lower-case word w of a name tells apart: the word it counts as when it is one
// of the list, the word itself when it holds a figure ("10", "F-16"), or "" for any other word.
func (m Distinctions) Mark(w string) string {
	if s, ok := m[w]; ok {
		return s
	}
	if strings.ContainsAny(w, "0123456789") {
		return w
	}
	return ""
}

// Apart reports whether two names, as their lower-case words, are told apart by such words: the
// words of the one that tell names apart are not those of the other, in the same order. It is
// asked of many pairs of names, so it walks both without building the lists of marks.
func (m Distinctions) Apart(a, b []string) bool {
	i, j := 0, 0
	for {
		ma, mb := "", ""
		for ; i < len(a) && ma == ""; i++ {
			ma = m.Mark(a[i])
		}
		for ; j < len(b) && mb == ""; j++ {
			mb = m.Mark(b[j])
		}
		if ma != mb {
			return true
		}
		if ma == "" {
			return false
		}
	}
}
