package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReadIOB2 reads Universal NER's IOB2 files: comment lines (# sent_id, # newdoc id), then one
// token a line (index, word, tag, …), a blank line between sentences.
func ReadIOB2(r io.Reader) ([]Example, error) {
	var out []Example
	var cur Example
	doc := ""
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Example{Doc: doc}
	}
	for sc.Scan() {
		line++
		s := sc.Text()
		switch {
		case strings.HasPrefix(s, "# newdoc id = "):
			doc = strings.TrimPrefix(s, "# newdoc id = ")
			cur.Doc = doc
		case strings.HasPrefix(s, "# sent_id = "):
			cur.ID = strings.TrimPrefix(s, "# sent_id = ")
		case strings.HasPrefix(s, "#"):
		case strings.TrimSpace(s) == "":
			flush()
		default:
			cols := strings.Split(s, "\t")
			if len(cols) < 3 {
				return nil, fmt.Errorf("iob2 line %d: %d columns, want at least 3", line, len(cols))
			}
			cur.Words = append(cur.Words, cols[1])
			cur.Tags = append(cur.Tags, cols[2])
		}
	}
	flush()
	return out, sc.Err()
}

// conllWord is one word line of a CoNLL-U sentence.
type conllWord struct {
	form, upos, misc string
	head             int // 1-based; 0 for the root
}

// ReadCoNLLU reads a CoNLL-U file into sentences of words with their parts of speech. Named
// mentions of GUM's MISC Entity= brackets (person, place, organization, headed by a proper noun)
// become PER, LOC and ORG tags; a file without them yields all-O tags.
func ReadCoNLLU(r io.Reader, doc string) ([]Example, error) {
	var out []Example
	var words []conllWord
	id := ""
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	flush := func() error {
		if len(words) == 0 {
			return nil
		}
		ex := Example{Doc: doc, ID: id}
		for _, w := range words {
			ex.Words = append(ex.Words, w.form)
			ex.UPOS = append(ex.UPOS, w.upos)
		}
		tags, err := gumTags(words)
		if err != nil {
			return fmt.Errorf("%s line %d: %w", doc, line, err)
		}
		ex.Tags = tags
		ex.Others = otherNames(words)
		out = append(out, ex)
		words = nil
		return nil
	}
	for sc.Scan() {
		line++
		s := sc.Text()
		switch {
		case strings.HasPrefix(s, "# sent_id = "):
			id = strings.TrimPrefix(s, "# sent_id = ")
		case strings.HasPrefix(s, "#"):
		case strings.TrimSpace(s) == "":
			if err := flush(); err != nil {
				return nil, err
			}
		default:
			cols := strings.Split(s, "\t")
			if len(cols) != 10 {
				return nil, fmt.Errorf("%s line %d: %d columns, want 10", doc, line, len(cols))
			}
			if strings.ContainsAny(cols[0], "-.") {
				continue // multiword token ranges and empty nodes
			}
			head := 0
			fmt.Sscanf(cols[6], "%d", &head)
			words = append(words, conllWord{form: cols[1], upos: cols[3], misc: cols[9], head: head})
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, sc.Err()
}

// mention is one bracketed GUM mention: words [start, end] (inclusive) and its entity type.
type mention struct {
	start, end int
	typ        string
}

// gumMentions reads the Entity= brackets of a sentence's MISC fields.
func gumMentions(words []conllWord) []mention {
	open := map[string]mention{}
	var out []mention
	for i, w := range words {
		v := miscValue(w.misc, "Entity")
		for p := 0; p < len(v); {
			if v[p] == '(' {
				q := p + 1
				for q < len(v) && v[q] != '(' && v[q] != ')' {
					q++
				}
				parts := strings.SplitN(v[p+1:q], "-", 3)
				m := mention{start: i, end: i}
				if len(parts) >= 2 {
					m.typ = parts[1]
				}
				if q < len(v) && v[q] == ')' {
					out = append(out, m)
					q++
				} else {
					open[parts[0]] = m
				}
				p = q
				continue
			}
			q := p
			for q < len(v) && v[q] != ')' && v[q] != '(' {
				q++
			}
			id := v[p:q]
			if m, ok := open[id]; ok {
				m.end = i
				out = append(out, m)
				delete(open, id)
			}
			if q < len(v) && v[q] == ')' {
				q++
			}
			p = q
		}
	}
	return out
}

func miscValue(misc, name string) string {
	for _, kv := range strings.Split(misc, "|") {
		if strings.HasPrefix(kv, name+"=") {
			return kv[len(name)+1:]
		}
	}
	return ""
}

var gumTypes = map[string]string{"person": "PER", "place": "LOC", "organization": "ORG"}

// gumTags turns a sentence's named mentions into BIO tags. A mention is named when its head (the
// word whose head lies outside it) is a proper noun; its name is the run of proper nouns,
// capitalised words and numbers around the head, joined by "of", "and", "&" or "de" where proper nouns stand on both sides. Outer
// names win over the names nested in them.
func gumTags(words []conllWord) ([]string, error) {
	tags := make([]string, len(words))
	for i := range tags {
		tags[i] = "O"
	}
	ms := gumMentions(words)
	// Longest first, so that outer names are placed before nested ones.
	for k := 1; k < len(ms); k++ {
		for j := k; j > 0 && ms[j].end-ms[j].start > ms[j-1].end-ms[j-1].start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	for _, m := range ms {
		typ, ok := gumTypes[m.typ]
		if !ok {
			continue
		}
		h := -1
		for i := m.start; i <= m.end; i++ {
			if hd := words[i].head - 1; hd < m.start || hd > m.end {
				h = i
				break
			}
		}
		if h < 0 || words[h].upos != "PROPN" {
			continue
		}
		s, e := nameRun(words, m, h)
		if coordinated(words, ms, m, s, e) {
			continue // "Poland and Sweden": the names inside are placed on their own
		}
		free := true
		for i := s; i <= e; i++ {
			free = free && tags[i] == "O"
		}
		if !free {
			continue
		}
		for i := s; i <= e; i++ {
			tags[i] = "I-" + typ
		}
		tags[s] = "B-" + typ
	}
	return tags, nil
}

// otherNames returns the mentions of a sentence headed by a proper noun whose GUM type is none
// of person, place and organization (a work, a product, a program, an event, a language), as the
// run of name words around their heads: Universal NER tags some of them (software and brands as
// organisations) and not others, so they teach nothing sure about names.
func otherNames(words []conllWord) []OtherName {
	var out []OtherName
	for _, m := range gumMentions(words) {
		if gumTypes[m.typ] != "" {
			continue
		}
		for i := m.start; i <= m.end; i++ {
			if hd := words[i].head - 1; hd < m.start || hd > m.end {
				if words[i].upos == "PROPN" {
					s, e := nameRun(words, m, i)
					out = append(out, OtherName{Start: s, End: e + 1, Head: words[i].form})
				}
				break
			}
		}
	}
	return out
}

// coordinated reports a name run [s, e] of mention m that joins, with "and", "&" or a comma,
// names annotated on their own inside it.
func coordinated(words []conllWord, ms []mention, m mention, s, e int) bool {
	inner := 0
	for _, n := range ms {
		if n != m && n.start >= m.start && n.end <= m.end && gumTypes[n.typ] != "" {
			inner++
		}
	}
	if inner < 2 {
		return false
	}
	for i := s + 1; i < e; i++ {
		switch strings.ToLower(words[i].form) {
		case "and", "&", ",":
			return true
		}
	}
	return false
}

var joiners = map[string]bool{"of": true, "and": true, "&": true, "de": true, "the": true, "-": true}

func nameRun(words []conllWord, m mention, h int) (int, int) {
	isName := func(i int) bool {
		w := words[i]
		r, _ := utf8.DecodeRuneInString(w.form)
		return w.upos == "PROPN" || w.upos == "NUM" || unicode.IsUpper(r) && w.upos != "DET" && w.upos != "PRON"
	}
	s, e := h, h
	for {
		switch {
		case s > m.start && isName(s-1):
			s--
			continue
		case s-1 > m.start && joiners[strings.ToLower(words[s-1].form)] && isName(s-2):
			s -= 2
			continue
		}
		break
	}
	for {
		switch {
		case e < m.end && isName(e+1):
			e++
			continue
		case e+1 < m.end && joiners[strings.ToLower(words[e+1].form)] && isName(e+2):
			e += 2
			continue
		}
		break
	}
	return s, e
}
