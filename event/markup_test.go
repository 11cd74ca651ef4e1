package event

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// testCase is one marked-up input of testdata/cases.txt.
type testCase struct {
	name string
	src  string
}

func readCases(t testing.TB) []testCase {
	t.Helper()
	f, err := os.Open("testdata/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []testCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "== "):
			out = append(out, testCase{name: strings.TrimPrefix(l, "== ")})
		case strings.TrimSpace(l) != "" && len(out) > 0:
			c := &out[len(out)-1]
			if c.src != "" {
				c.src += "\n"
			}
			c.src += l
		}
	}
	return out
}

var markRe = regexp.MustCompile(`\[\[([^\]:]+):(PER|ORG|LOC|MISC)(?::([^\]]+))?\]\]|\{\{([^}:]+):([^}]+)\}\}`)

// parseMarkup builds an analysis from marked-up text: mentions with chains in order of first
// mention, time expressions with their values. It also returns the name of each chain.
func parseMarkup(src string) (*dossier.Analysis, map[int]string) {
	a := &dossier.Analysis{}
	var b strings.Builder
	chains := map[string]int{}
	names := map[int]string{}
	last := 0
	for _, m := range markRe.FindAllStringSubmatchIndex(src, -1) {
		b.WriteString(src[last:m[0]])
		start := b.Len()
		if m[2] >= 0 {
			name, typ := src[m[2]:m[3]], src[m[4]:m[5]]
			key := strings.TrimPrefix(strings.ToLower(name), "the ")
			if m[6] >= 0 {
				key = src[m[6]:m[7]]
			}
			c, ok := chains[key]
			if !ok {
				c = len(chains)
				chains[key] = c
				names[c] = name
			}
			b.WriteString(name)
			a.Mentions = append(a.Mentions, dossier.Mention{Span: dossier.Span{Start: start, End: b.Len()}, Text: name, Type: dossier.EntityType(typ), Chain: c})
		} else {
			txt, val := src[m[8]:m[9]], src[m[10]:m[11]]
			b.WriteString(txt)
			val, line := strings.CutSuffix(val, ":dateline")
			a.Timexes = append(a.Timexes, dossier.Timex{Span: dossier.Span{Start: start, End: b.Len()}, Text: txt, Type: "DATE", Value: val, Dateline: line})
		}
		last = m[1]
	}
	b.WriteString(src[last:])
	a.Doc = dossier.Document{ID: "t", Text: b.String()}
	a.Doc.Sentences = segment.New(en.Embedded()).Sentences(a.Doc.Text)
	return a, names
}

// summary renders an event compactly: TYPE role=Name … [t=…] [m=…] [src=A>B] [cause=…] [n=…].
func summary(ev dossier.Event, names map[int]string) string {
	var parts []string
	parts = append(parts, string(ev.Type))
	args := slicesClone(ev.Args)
	sort.SliceStable(args, func(i, j int) bool { return roleOrder(args[i].Role) < roleOrder(args[j].Role) })
	for _, a := range args {
		parts = append(parts, a.Role+"="+names[a.Chain])
	}
	if ev.Time != "" {
		parts = append(parts, "t="+ev.Time)
	}
	if ev.Modality != dossier.Asserted {
		parts = append(parts, "m="+string(ev.Modality))
	}
	if len(ev.Attribution) > 0 {
		var ss []string
		for _, s := range ev.Attribution {
			if s.Chain >= 0 {
				ss = append(ss, names[s.Chain])
			} else {
				ss = append(ss, fmt.Sprintf("%q", s.Text))
			}
		}
		parts = append(parts, "src="+strings.Join(ss, ">"))
	}
	if ev.Cause != "" {
		parts = append(parts, fmt.Sprintf("cause=%q", ev.Cause))
	}
	if ev.Number != "" {
		parts = append(parts, fmt.Sprintf("n=%q", ev.Number))
	}
	return strings.Join(parts, " ")
}

func slicesClone(a []dossier.Arg) []dossier.Arg { return append([]dossier.Arg(nil), a...) }

func roleOrder(r string) int {
	switch r {
	case roleActor:
		return 0
	case roleTarget:
		return 1
	case rolePlace:
		return 2
	case roleDest:
		return 3
	}
	return 4
}
