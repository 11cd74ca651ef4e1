package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/dossier-project/dossier/namekey"
	"github.com/dossier-project/dossier/resolve"
)

// mergeAudit lists the entities seen in two or more documents, those among them whose
// spellings fall apart into groups sharing no name key (the merges to check first), and a sample
// of entities with several spellings.
type mergeAudit struct {
	multi   int
	keyless []string
	sample  []string
}

// spelling is what links one spelling to another: its name keys, its initials, or the acronym
// it is.
type spelling struct {
	keys     map[string]bool
	initials string
	acronym  string
}

func newSpelling(k *namekey.Keyer, text string) spelling {
	if x, ok := resolve.Acronym(text); ok {
		return spelling{acronym: x}
	}
	s := spelling{keys: map[string]bool{}}
	var in strings.Builder
	for _, tk := range k.Parse(text).Tokens {
		s.keys[tk.Key] = true
		if r := []rune(tk.Text); len(r) > 0 {
			in.WriteRune(unicode.ToUpper(r[0]))
		}
	}
	s.initials = in.String()
	return s
}

// linked reports whether two spellings can name one actor: a shared key, or an acronym that is
// the other's initials or the same acronym.
func linked(a, b spelling) bool {
	for k := range a.keys {
		if b.keys[k] {
			return true
		}
	}
	switch {
	case a.acronym != "" && b.acronym != "":
		return a.acronym == b.acronym
	case a.acronym != "":
		return a.acronym == b.initials
	case b.acronym != "":
		return b.acronym == a.initials
	}
	return false
}

// groups counts the groups of spellings linked directly or through others.
func groups(ss []spelling) int {
	seen := make([]bool, len(ss))
	n := 0
	for start := range ss {
		if seen[start] {
			continue
		}
		n++
		seen[start] = true
		stack := []int{start}
		for len(stack) > 0 {
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for j := range ss {
				if !seen[j] && linked(ss[i], ss[j]) {
					seen[j] = true
					stack = append(stack, j)
				}
			}
		}
	}
	return n
}

func auditMerges(ents []entity) mergeAudit {
	k := namekey.New()
	var res mergeAudit
	for _, e := range ents {
		docs := map[string]bool{}
		texts := map[string]bool{}
		var ss []spelling
		for _, m := range e.Mentions {
			docs[m.Doc] = true
			if !texts[m.Text] {
				texts[m.Text] = true
				ss = append(ss, newSpelling(k, m.Text))
			}
		}
		if len(docs) < 2 {
			continue
		}
		res.multi++
		desc := e.Type + " " + e.Name + " [" + strings.Join(e.Aliases, "; ") + "]"
		if groups(ss) > 1 {
			res.keyless = append(res.keyless, desc)
		}
		if len(e.Aliases) > 0 {
			res.sample = append(res.sample, desc)
		}
	}
	sort.Strings(res.keyless)
	sort.Strings(res.sample)
	return res
}

func printMerges(w io.Writer, a mergeAudit) {
	fmt.Fprintf(w, "entities in 2+ documents: %d; spellings sharing no key: %d\n", a.multi, len(a.keyless))
	for _, s := range a.keyless {
		fmt.Fprintln(w, "  no shared key:", s)
	}
	for _, s := range a.sample {
		fmt.Fprintln(w, "  merge:", s)
	}
}
