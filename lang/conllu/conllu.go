// Package conllu reads Universal Dependencies treebanks in the CoNLL-U format: the sentences with
// their raw text, words, tags, features and trees, and the documents they belong to. The language
// layer trains on them and measures itself against them.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word of a sentence (one numbered line).
type Word struct {
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int // index into Sentence.Words of the head; -1 for the root
	Rel                            string
	SpaceAfter                     bool
}

// Token is one multiword token: the surface form of words First..Last (indices into Words).
type Token struct {
	First, Last int
	Form        string
}

// Sentence is one sentence of a treebank.
type Sentence struct {
	ID    string // sent_id
	Doc   string // the newdoc id in force
	Text  string // the raw sentence (# text)
	Words []Word
	MWT   []Token // multiword tokens, in order
}

// Read reads every sentence of a CoNLL-U stream. Empty nodes (decimal ids) are skipped. name is
// used in error messages only.
func Read(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []Sentence
	var cur Sentence
	doc := ""
	line := 0
	flush := func() {
		if len(cur.Words) > 0 {
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		s := sc.Text()
		switch {
		case s == "":
			flush()
		case strings.HasPrefix(s, "#"):
			key, val, ok := strings.Cut(strings.TrimPrefix(s, "#"), "=")
			if !ok {
				continue
			}
			switch strings.TrimSpace(key) {
			case "newdoc id":
				doc = strings.TrimSpace(val)
			case "sent_id":
				cur.ID = strings.TrimSpace(val)
			case "text":
				cur.Text = strings.TrimSpace(val)
			}
		default:
			if err := addLine(&cur, s); err != nil {
				return nil, fmt.Errorf("conllu %s:%d: %w", name, line, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu %s: %w", name, err)
	}
	flush()
	return out, nil
}

func addLine(cur *Sentence, s string) error {
	f := strings.Split(s, "\t")
	if len(f) != 10 {
		return fmt.Errorf("%d columns, want 10", len(f))
	}
	id := f[0]
	if strings.Contains(id, ".") {
		return nil
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad range %q", id)
		}
		cur.MWT = append(cur.MWT, Token{First: first - 1, Last: last - 1, Form: f[1]})
		return nil
	}
	head, err := strconv.Atoi(f[6])
	if err != nil {
		return fmt.Errorf("bad head %q", f[6])
	}
	feats := f[5]
	if feats == "_" {
		feats = ""
	}
	cur.Words = append(cur.Words, Word{
		Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: feats,
		Head: head - 1, Rel: f[7], SpaceAfter: !strings.Contains(f[9], "SpaceAfter=No"),
	})
	return nil
}
