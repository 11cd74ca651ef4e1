package main

import (
	"fmt"
	"hash/fnv"
	"io"
	"sort"
	"strings"
)

// textCount is one mention text with how often each entity type carries it.
type textCount struct {
	text  string
	n     int
	types map[string]int
}

// countTexts lists mention texts by frequency, most frequent first.
func countTexts(ents []entity) []*textCount {
	byText := map[string]*textCount{}
	for _, e := range ents {
		for _, m := range e.Mentions {
			c := byText[m.Text]
			if c == nil {
				c = &textCount{text: m.Text, types: map[string]int{}}
				byText[m.Text] = c
			}
			c.n++
			c.types[e.Type]++
		}
	}
	list := make([]*textCount, 0, len(byText))
	for _, c := range byText {
		list = append(list, c)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].text < list[j].text
	})
	return list
}

// sampleMentions picks n mentions in a fixed pseudo-random order (a hash of document and offset,
// so the sample does not change between runs) and shows each in its sentence context.
func sampleMentions(exp *export, n int) []string {
	texts := map[string]string{}
	for _, d := range exp.Documents {
		texts[d.ID] = d.Text
	}
	type keyed struct{ key, line string }
	var all []keyed
	for _, e := range exp.Entities {
		for _, m := range e.Mentions {
			text := texts[m.Doc]
			if m.Start < 0 || m.End > len(text) || m.Start > m.End {
				continue
			}
			h := fnv.New64a()
			fmt.Fprintf(h, "%s:%d", m.Doc, m.Start)
			all = append(all, keyed{fmt.Sprintf("%016x", h.Sum64()), e.Type + "\t" + inContext(text, m.Start, m.End, 40)})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].key < all[j].key })
	var out []string
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, all[i].line)
	}
	return out
}

// inContext marks text[start:end] with [[ ]] inside about width bytes either side, cut at spaces.
func inContext(text string, start, end, width int) string {
	lo, hi := max(0, start-width), min(len(text), end+width)
	for lo > 0 && text[lo] != ' ' {
		lo--
	}
	for hi < len(text) && text[hi] != ' ' {
		hi++
	}
	return strings.ReplaceAll(text[lo:start]+"[["+text[start:end]+"]]"+text[end:hi], "\n", " ⏎ ")
}

func printMentions(w io.Writer, exp *export, top, sample int) {
	list := countTexts(exp.Entities)
	for i, c := range list {
		if i >= top {
			break
		}
		var ts []string
		for _, typ := range []string{"PER", "ORG", "LOC", "MISC"} {
			if c.types[typ] > 0 {
				ts = append(ts, fmt.Sprintf("%s:%d", typ, c.types[typ]))
			}
		}
		fmt.Fprintf(w, "%3d %4d  %-40q %s\n", i+1, c.n, c.text, strings.Join(ts, " "))
	}
	lines := sampleMentions(exp, sample)
	fmt.Fprintf(w, "\n%d distinct texts; sample of %d mentions:\n", len(list), len(lines))
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}
