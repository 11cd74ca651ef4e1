package ner

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
)

func TestSpelledOut(t *testing.T) {
	sents := [][]string{
		strings.Fields("The Housing Authority of New Orleans said HANO will act ."),
		strings.Fields("Talks with the American - Arab Committee and Bob Smith ended ."),
	}
	tags := [][]string{
		{"O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"},
		{"O", "O", "O", "O", "O", "O", "O", "O", "B-PER", "I-PER", "O", "O"},
	}
	long := spelledOut(sents, tags, NewLexicon(en.Embedded()))
	cases := []struct {
		acr  string
		typ  int
		seen bool
	}{
		{"HANO", 2, true}, // ORG, from the run's first tagged word
		{"HA", 2, true},
		{"AAC", 0, true}, // spelled out, tagged as no name
		{"BS", 1, true},
		{"NOS", 0, false},
	}
	for _, c := range cases {
		typ, ok := long[c.acr]
		if ok != c.seen || ok && typ != c.typ {
			t.Errorf("%s: got %d %v, want %d %v", c.acr, typ, ok, c.typ, c.seen)
		}
	}
}

func TestAcronym(t *testing.T) {
	for w, want := range map[string]bool{"HANO": true, "UN": true, "A": false, "Hano": false, "ABCDEFG": false, "U.S.": false} {
		if got := acronym(w); got != want {
			t.Errorf("acronym(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestStripTitles(t *testing.T) {
	lex := NewLexicon(nil)
	lex.Add("TITLE", "President")
	lex.Add("TITLE", "Administrator")
	lex.Add("TITLE", "Earl")
	lex.Add("LOC", "U.S.")
	lex.Add("ORG", "NASA")
	lex.Add("DEMONYM", "Americans")
	lex.Add("DEMONYM", "Afghan")
	cases := []struct {
		words, tags, want string
	}{
		{"U.S. President Jane Doe spoke", "B-PER I-PER I-PER I-PER O", "B-LOC O B-PER I-PER O"},
		{"NASA Administrator Jane Doe", "B-PER I-PER I-PER I-PER", "B-ORG O B-PER I-PER"},
		{"Afghan Administrator Jane Doe", "B-PER I-PER I-PER I-PER", "O O B-PER I-PER"},
		{"President Jane Doe", "B-PER I-PER I-PER", "O B-PER I-PER"},
		{"Earl of Clare", "B-PER I-PER I-PER", "B-PER I-PER I-PER"},
		{"43 million Americans voted", "B-PER I-PER I-PER O", "O O O O"},
		{"Americans for Peace met", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
	}
	for _, c := range cases {
		ex := Example{Words: strings.Fields(c.words), Tags: strings.Fields(c.tags)}
		stripTitles(ex, lex)
		if got := strings.Join(ex.Tags, " "); got != c.want {
			t.Errorf("%s: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestAcronymsAsSpelled(t *testing.T) {
	words := [][]string{
		strings.Fields("the Coalition Provisional Authority met"),
		strings.Fields("the CPA and the UN and the XYZ said"),
	}
	first := [][]string{
		{"O", "B-ORG", "I-ORG", "I-ORG", "O"},
		{"O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"},
	}
	out := []reading{{best: make([]int, 5)}, {best: []int{0, 0, 0, 0, 3, 0, 0, 0, 0}}}
	acronymsAsSpelled(words, first, out, NewLexicon(en.Embedded()))
	want := []string{"O", "B-ORG", "O", "O", "B-ORG", "O", "O", "O", "O"}
	if got := tagNames(out[1].best); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestAcronymsInBrackets(t *testing.T) {
	cases := []ruleCase{
		{"the World Conservation Union ( IUCN ) met", "O B-ORG I-ORG I-ORG O O O O", "O B-ORG I-ORG I-ORG O B-ORG O O"},
		{"said Jane Doe ( AP ) today", "O B-PER I-PER O O O O", "O B-PER I-PER O O O O"},
		{"the Union ( Iucn ) met", "O B-ORG O O O O", "O B-ORG O O O O"},
		{"the IUCN ( 2003 ) met", "O O O O O O", "O O O O O O"},
	}
	checkRule(t, func(words []string, best []int) {
		acronymsAsSpelled([][]string{words}, [][]string{tagNames(best)}, []reading{{best: best}}, NewLexicon(en.Embedded()))
	}, cases)
}

// ruleCase is a sentence's words, the tags the readings gave them and the tags a rule over the
// readings should leave.
type ruleCase struct {
	words, tags, want string
}

// checkRule applies rule to each case's words and tags and compares the tags it leaves.
func checkRule(t *testing.T, rule func(words []string, best []int), cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		if len(tags) != len(words) || len(strings.Fields(c.want)) != len(words) {
			t.Fatalf("%s: %d words, %d tags, %d wanted tags", c.words, len(words), len(tags), len(strings.Fields(c.want)))
		}
		best := make([]int, len(words))
		for i, tag := range tags {
			best[i] = tagIndex(tag)
		}
		rule(words, best)
		if got := strings.Join(tagNames(best), " "); got != c.want {
			t.Errorf("%s: got %s, want %s", c.words, got, c.want)
		}
	}
}

// lexiconOf returns a lexicon that holds forms as words of kind.
func lexiconOf(kind string, forms ...string) *Lexicon {
	lex := NewLexicon(nil)
	for _, f := range forms {
		lex.Add(kind, f)
	}
	return lex
}

func TestLegalFormJoined(t *testing.T) {
	lex := lexiconOf("LEGALFORM", "Inc.", "Ltd")
	lex.Add("COMMON", "Contact")
	cases := []ruleCase{
		{"from Google , Inc. of Mountain View", "O B-ORG O O O B-LOC I-LOC", "O B-ORG I-ORG I-ORG O B-LOC I-LOC"},
		{"the counterparty , CCNG , Inc. .", "O O O B-ORG O O O", "O O O B-ORG I-ORG I-ORG O"},
		{"called CCNG , Inc. today", "O O O O O", "O B-ORG I-ORG I-ORG O"},
		{"Contact Acme Tools , Ltd now", "O O O O O O", "O B-ORG I-ORG I-ORG I-ORG O"},
		{"Power Source , Inc. said", "B-PER I-PER O O O", "B-ORG I-ORG I-ORG I-ORG O"},
		{"apples , Inc. said", "O O O O", "O O O O"},
		{"Smith , Jones said", "B-PER O B-PER O", "B-PER O B-PER O"},
	}
	checkRule(t, func(words []string, best []int) { legalFormJoined(words, best, lex) }, cases)
}

func TestOfJoined(t *testing.T) {
	lex := lexiconOf("OFHEAD", "Department", "Court")
	cases := []ruleCase{
		{"the U.S. Department of Housing and Urban Development said", "O B-ORG I-ORG O O O O O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"the Supreme Court of the State of Utah ,", "O B-ORG I-ORG O O B-LOC I-LOC I-LOC O", "O B-ORG I-ORG O O B-LOC I-LOC I-LOC O"},
		{"the Court of Appeals of Utah ,", "O B-ORG O B-LOC O B-LOC O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"the Court of Appeals", "O B-ORG I-ORG I-ORG", "O B-ORG I-ORG I-ORG"},
		{"the Department of state", "O B-ORG O O", "O B-ORG O O"},
		{"the Smith Group of Texas", "O B-ORG I-ORG O B-LOC", "O B-ORG I-ORG O B-LOC"},
		{"a Department of Smith 's", "O B-PER O B-PER O", "O B-PER O B-PER O"},
	}
	checkRule(t, func(words []string, best []int) { ofJoined(words, best, lex) }, cases)
}

func TestParseFeatures(t *testing.T) {
	// "Troops fought in Homs": Homs is an oblique of "fought", marked by "in".
	words := strings.Fields("Troops fought in Homs")
	upos := strings.Fields("NOUN VERB ADP PROPN")
	parsed := input{words: words, upos: upos, heads: []int{1, -1, 3, 1}, rels: strings.Fields("nsubj root case obl")}
	cases := []struct {
		name string
		in   input
		word int
		key  uint64
		want bool
	}{
		{"relation", parsed, 3, key("r", "obl"), true},
		{"relation and head", parsed, 3, key("r hw", "obl", "fought"), true},
		{"case marker", parsed, 3, key("case", "in"), true},
		{"case marker and shape", parsed, 3, key("case s", "in", "Xx"), true},
		{"root", parsed, 1, key("hw", "<root>"), true},
		{"no case marker of its own", parsed, 2, key("case", "in"), false},
		{"unparsed", input{words: words, upos: upos}, 3, key("r", "obl"), false},
		{"parse without parts of speech", input{words: words, heads: parsed.heads, rels: parsed.rels}, 3, key("r", "obl"), false},
	}
	for _, c := range cases {
		fs := features(c.in, nil, nil, nil)
		got := false
		for _, f := range fs[c.word] {
			got = got || f == c.key
		}
		if got != c.want {
			t.Errorf("%s: feature present %v, want %v", c.name, got, c.want)
		}
	}
}

func TestRetagKeepsParse(t *testing.T) {
	exs := []Example{{Words: strings.Fields("Rebels left Homs")}}
	Retag(exs, func(toks []dossier.Token) {
		for i := range toks {
			toks[i].UPOS, toks[i].Head, toks[i].Rel = "X", i-1, "dep"
		}
	})
	in := exs[0].input()
	if got := fmt.Sprint(in.upos, in.heads, in.rels); got != "[X X X] [-1 0 1] [dep dep dep]" {
		t.Errorf("input after Retag: %s", got)
	}
}

// TestParseWeights tells a model with weights for the parse's features, or for the given-name
// list's, from one without: a table holding one of the root features (or a given name's) has
// them, and a model written and read again is marked to work out only the features it has
// weights for, whatever the shipped model was trained with.
func TestParseWeights(t *testing.T) {
	row := &[nTags]float32{1}
	cases := []struct {
		name  string
		lists bool // the list's features, not the parse's
		keys  []uint64
		want  bool
	}{
		{"no parse features", false, []uint64{key("w", "homs"), key("u", "PROPN")}, false},
		{"root relation", false, []uint64{key("w", "homs"), key("r", "root")}, true},
		{"root head word", false, []uint64{key("hw", "<root>")}, true},
		{"no list features", true, []uint64{key("w", "homs"), key("r", "root")}, false},
		{"capitalised given name", true, []uint64{key("gn", "true")}, true},
		{"given name in lower case", true, []uint64{key("w", "homs"), key("gn", "false")}, true},
	}
	for _, c := range cases {
		weights := map[uint64]*[nTags]float32{}
		for _, k := range c.keys {
			weights[k] = row
		}
		m := &Model{tab: newTable(weights, nil)}
		has := m.hasParseWeights
		if c.lists {
			has = m.hasListWeights
		}
		if got := has(); got != c.want {
			t.Errorf("%s: has the weights %v, want %v", c.name, got, c.want)
		}
		var buf bytes.Buffer
		if _, err := (&Model{weights: weights}).WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		read, err := ReadModel(&buf)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		marked := !read.unparsed
		if c.lists {
			marked = !read.unlisted
		}
		if marked != c.want {
			t.Errorf("%s: the model read again is marked as having the weights %v, want %v", c.name, marked, c.want)
		}
	}
}

// TestPlaceLexicon checks which words the place lexicon marks: towns and cities in any case and
// over several words, state abbreviations only as written in capitals.
func TestPlaceLexicon(t *testing.T) {
	cases := []struct {
		words, want string
	}{
		{"Pizza in Baltimore , MD tonight", "O O B-CITY O B-STATE O"},
		{"flew to san francisco today", "O O B-CITY I-CITY O"},
		{"Md was in the den", "O O O O O"},
		{"she stayed in Varkala", "O O O B-CITY"},
	}
	places := NewLexicon(en.Embedded()).places()
	for _, c := range cases {
		words := strings.Fields(c.words)
		lower := strings.Fields(strings.ToLower(c.words))
		var got []string
		for _, cs := range places.match(words, lower) {
			got = append(got, strings.Join(append([]string{"O"}, cs...)[min(len(cs), 1):], "+"))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%s: got %s, want %s", c.words, g, c.want)
		}
	}
}

// TestGivenFeatures checks that a given name and the words beside it carry the given-name
// features, in any case, and that other words do not.
func TestGivenFeatures(t *testing.T) {
	cases := []struct {
		words string
		at    int
		want  []uint64
	}{
		{"ask Hector Ruiz now", 1, []uint64{key("gn", "true"), key("gn s", "Xx")}},
		{"ask Hector Ruiz now", 2, []uint64{key("gn-1", "Xx")}},
		{"ask hector ruiz now", 0, []uint64{key("gn+1", "x")}},
		{"the oil refinery shut", 2, nil},
	}
	lex := NewLexicon(en.Embedded())
	for _, c := range cases {
		words := strings.Fields(c.words)
		lower := strings.Fields(strings.ToLower(c.words))
		w := words[c.at]
		got := givenFeatures(nil, lex, lower, c.at, shape(w), fmt.Sprint(capitalised(w)))
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s @%d: got %v, want %v", c.words, c.at, got, c.want)
		}
	}
}

// TestMostlyLower checks which words the vocabulary marks as written mostly in lower case: only
// where they stand inside a sentence that capitalises normally, seen there twice or more.
func TestMostlyLower(t *testing.T) {
	var exs []Example
	for _, s := range []string{
		"Studies show that the studies of Born were born in studies .",
		"We saw Born and studies there .",
		"Studies Of Born Were Born In Studies Here .", // a headline: not counted
		"Apple sold apple pie to Apple fans .",
	} {
		words := strings.Fields(s)
		upos := make([]string, len(words))
		for i := range upos {
			upos[i] = "NOUN"
		}
		exs = append(exs, Example{Words: words, UPOS: upos})
	}
	vocab := BuildVocab(exs)
	for w, want := range map[string]bool{"studies": true, "born": false, "apple": false, "that": false, "sold": false} {
		if got := vocab[w]&vocabLower != 0; got != want {
			t.Errorf("%s: mostly lower %v, want %v", w, got, want)
		}
	}
	if vpos(vocab["studies"]) != "NOUN" {
		t.Errorf("studies: part of speech %q, want NOUN", vpos(vocab["studies"]))
	}
}

// TestLowerFeatures checks the features of a capitalised word the vocabulary marks as written
// mostly in lower case, by where it stands and what stands beside it; other words have none.
func TestLowerFeatures(t *testing.T) {
	vocab := map[string]byte{"studies": vocabLower | 1, "complete": vocabLower | 1, "total": vocabLower | 1, "paris": 3}
	cases := []struct {
		words string
		at    int
		want  []uint64
	}{
		{"Studies show that", 0, []uint64{key("lw", "start"), key("lw s", "start", "Xx"), key("lw-1 lw+1", "-", "-")}},
		{"has my Complete and Total Endorsement", 2, []uint64{key("lw", "mid"), key("lw s", "mid", "Xx"), key("lw-1 lw+1", "-", "-")}},
		{"has my Complete Total Paris", 3, []uint64{key("lw", "mid"), key("lw s", "mid", "Xx"), key("lw-1 lw+1", "lower", "cap")}},
		{"New Studies Show Big Gains", 1, []uint64{key("lw", "headline"), key("lw s", "headline", "Xx"), key("lw-1 lw+1", "cap", "cap")}},
		{"the studies show", 1, nil},
		{"in Paris today", 1, nil},
	}
	for _, c := range cases {
		words := strings.Fields(c.words)
		vv := make([]byte, len(words))
		for i, w := range words {
			vv[i] = vocab[strings.ToLower(w)]
		}
		got := lowerFeatures(nil, words, vv, c.at, shape(words[c.at]), sentenceCase(words))
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s @%d: got %v, want %v", c.words, c.at, got, c.want)
		}
	}
}
