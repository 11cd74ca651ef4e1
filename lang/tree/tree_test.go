package tree

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/conllu"
)

// readClauses reads the hand-annotated sentences of testdata/clauses.conllu, by sent_id.
func readClauses(t *testing.T) map[string]*dossier.Sentence {
	t.Helper()
	path := filepath.Join("testdata", "clauses.conllu")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.Read(f, path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*dossier.Sentence{}
	for _, s := range sents {
		d := &dossier.Sentence{}
		for _, w := range s.Words {
			d.Tokens = append(d.Tokens, dossier.Token{Text: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS,
				Feats: w.Feats, Head: w.Head, Rel: w.Rel})
		}
		out[s.ID] = d
	}
	return out
}

func word(s *dossier.Sentence, i int) string {
	if i < 0 {
		return ""
	}
	return s.Tokens[i].Text
}

func TestArguments(t *testing.T) {
	cl := readClauses(t)
	tests := []struct {
		sent                                  string
		verb                                  int
		subj, pass, obj, iobj, agent, oblPrep string
	}{
		{"active", 1, "Rebels", "", "base", "", "", "in"},
		{"passive", 3, "", "base", "", "", "rebels", "by"},
		{"passive", 2, "", "base", "", "", "rebels", "by"}, // asked of the auxiliary
		{"negated", 4, "army", "", "report", "", "", ""},
		{"future", 2, "Troops", "", "list", "mayor", "", "from"},
		{"conjoined", 4, "They", "", "town", "", "", ""},
		{"conditional", 2, "Talks", "", "", "", "", "according to"},
		{"control", 3, "Rebels", "", "town", "", "", ""},
		{"two subjects", 10, "army", "", "town", "", "", ""},
	}
	for _, tt := range tests {
		s := cl[tt.sent]
		if s == nil {
			t.Fatalf("no sentence %q in clauses.conllu", tt.sent)
		}
		got := []string{word(s, Subject(s, tt.verb)), word(s, PassiveSubject(s, tt.verb)), word(s, Object(s, tt.verb)),
			word(s, IndirectObject(s, tt.verb)), word(s, Agent(s, tt.verb)), ""}
		if obl := Obliques(s, tt.verb); len(obl) > 0 {
			got[5] = Preposition(s, obl[0])
		}
		want := []string{tt.subj, tt.pass, tt.obj, tt.iobj, tt.agent, tt.oblPrep}
		if !slices.Equal(got, want) {
			t.Errorf("%s, verb %q: subject, passive subject, object, indirect object, agent, first oblique's case = %q, want %q",
				tt.sent, s.Tokens[tt.verb].Text, got, want)
		}
	}
}

func TestVerbGroup(t *testing.T) {
	cl := readClauses(t)
	tests := []struct {
		sent    string
		verb    int
		negated bool
		tense   Tense
		mood    string
	}{
		{"active", 1, false, Past, "Ind"},
		{"passive", 3, false, Past, "Ind"},
		{"negated", 4, true, Past, "Ind"},
		{"future", 2, false, Future, ""},
		{"conjoined", 2, false, Past, "Ind"}, // have + participle tells of the past
		{"conjoined", 4, false, Past, "Ind"},
		{"conditional", 2, false, None, "Cnd"},
	}
	for _, tt := range tests {
		s := cl[tt.sent]
		v := s.Tokens[tt.verb].Text
		if got := Negated(s, tt.verb); got != tt.negated {
			t.Errorf("%s: Negated(%q) = %v, want %v", tt.sent, v, got, tt.negated)
		}
		if got := TenseOf(s, tt.verb); got != tt.tense {
			t.Errorf("%s: TenseOf(%q) = %q, want %q", tt.sent, v, got, tt.tense)
		}
		if got := Mood(s, tt.verb); got != tt.mood {
			t.Errorf("%s: Mood(%q) = %q, want %q", tt.sent, v, got, tt.mood)
		}
	}
}

func TestChildren(t *testing.T) {
	s := readClauses(t)["active"]
	if got, want := Children(s, 1), []int{0, 3, 5, 6}; !slices.Equal(got, want) {
		t.Errorf("Children(attacked) = %v, want %v", got, want)
	}
	if got := Child(s, 5, "case"); got != 4 {
		t.Errorf("Child(Homs, case) = %d, want 4", got)
	}
	if got := Feature(s, 1, "Tense"); got != "Past" {
		t.Errorf("Feature(attacked, Tense) = %q, want Past", got)
	}
	if got := CaseMarker(s, 3); got != 3 {
		t.Errorf("CaseMarker(base) = %d, want the word itself (3)", got)
	}
}

// TestSentenceAtSpanHead finds the sentence holding an offset and the head of a span in it.
func TestSentenceAtSpanHead(t *testing.T) {
	// "Rebels shelled the old town." then "Quiet."; byte offsets as in one text.
	words := []struct {
		text       string
		start, end int
		head       int
	}{
		{"Rebels", 0, 6, 1}, {"shelled", 7, 14, -1}, {"the", 15, 18, 4}, {"old", 19, 22, 4}, {"town", 23, 27, 1}, {".", 27, 28, 1},
	}
	first := dossier.Sentence{Span: dossier.Span{Start: 0, End: 28}}
	for _, w := range words {
		first.Tokens = append(first.Tokens, dossier.Token{Span: dossier.Span{Start: w.start, End: w.end}, Text: w.text, Head: w.head})
	}
	second := dossier.Sentence{Span: dossier.Span{Start: 29, End: 35}, Tokens: []dossier.Token{{Span: dossier.Span{Start: 29, End: 34}, Text: "Quiet", Head: -1}}}
	parse := []dossier.Sentence{first, second}
	for _, tc := range []struct {
		off, want int // want: index of the sentence, -1 for none
	}{{0, 0}, {27, 0}, {28, -1}, {29, 1}, {31, 1}, {35, -1}} {
		got := SentenceAt(parse, tc.off)
		switch {
		case tc.want < 0 && got != nil:
			t.Errorf("SentenceAt(%d) = %v, want none", tc.off, got.Span)
		case tc.want >= 0 && got != &parse[tc.want]:
			t.Errorf("SentenceAt(%d) is not sentence %d", tc.off, tc.want)
		}
	}
	for _, tc := range []struct {
		start, end, want int
	}{{15, 27, 4}, {19, 22, 3}, {0, 14, 1}, {40, 50, -1}} {
		if got := SpanHead(&parse[0], tc.start, tc.end); got != tc.want {
			t.Errorf("SpanHead(%d, %d) = %d, want %d", tc.start, tc.end, got, tc.want)
		}
	}
	for _, tc := range []struct {
		start, end int
		want       bool
	}{{15, 27, true}, {15, 22, true}, {0, 14, true}, {7, 22, false}, {0, 6, true}, {40, 50, true}} {
		if got := OnePhrase(&parse[0], tc.start, tc.end); got != tc.want {
			t.Errorf("OnePhrase(%d, %d) = %v, want %v", tc.start, tc.end, got, tc.want)
		}
	}
	for _, tc := range []struct{ off, want int }{{0, 0}, {9, 1}, {14, -1}, {27, 5}, {40, -1}} {
		if got := WordAt(&parse[0], tc.off); got != tc.want {
			t.Errorf("WordAt(%d) = %d, want %d", tc.off, got, tc.want)
		}
	}
}

// handTree builds a sentence from "word/UPOS/XPOS/head/rel" items, heads counted from 1.
func handTree(t *testing.T, items ...string) *dossier.Sentence {
	t.Helper()
	s := &dossier.Sentence{}
	for _, it := range items {
		f := strings.Split(it, "/")
		if len(f) != 5 {
			t.Fatalf("bad item %q", it)
		}
		h, err := strconv.Atoi(f[3])
		if err != nil {
			t.Fatal(err)
		}
		s.Tokens = append(s.Tokens, dossier.Token{Text: f[0], UPOS: f[1], XPOS: f[2], Head: h - 1, Rel: f[4]})
	}
	return s
}

// TestAttachment finds the word a reason phrase hangs on from the first word of its cue.
func TestAttachment(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		cue   int
		want  int
	}{
		{"because of: the verb the oblique hangs on", []string{"Iraq/PROPN/NNP/2/nsubj", "invaded/VERB/VBD/0/root",
			"Kuwait/PROPN/NNP/2/obj", "because/ADP/IN/6/case", "of/ADP/IN/4/fixed", "disputes/NOUN/NNS/2/obl"}, 3, 1},
		{"because: the verb of the clause the reason clause modifies", []string{"it/PRON/PRP/2/nsubj",
			"responds/VERB/VBZ/0/root", "because/SCONJ/IN/5/mark", "it/PRON/PRP/5/nsubj", "fears/VERB/VBZ/2/advcl",
			"war/NOUN/NN/5/obj"}, 2, 1},
		{"a noun of the cue hangs on the word itself", []string{"Troops/NOUN/NNS/2/nsubj", "raided/VERB/VBD/0/root",
			"in/ADP/IN/4/case", "retaliation/NOUN/NN/2/obl", "for/ADP/IN/6/case", "shelling/NOUN/NN/4/nmod"}, 2, 1},
		{"a reason hung on a verb's oblique is the verb's", []string{"He/PRON/PRP/3/nsubj:pass", "was/AUX/VBD/3/aux:pass",
			"sacked/VERB/VBN/0/root", "from/ADP/IN/5/case", "post/NOUN/NN/3/obl", "because/ADP/IN/8/case",
			"of/ADP/IN/6/fixed", "trip/NOUN/NN/5/nmod"}, 5, 2},
		{"a verb of the cue is the word", []string{"decision/NOUN/NN/3/nsubj:pass", "was/AUX/VBD/3/aux:pass",
			"justified/VERB/VBN/0/root", "by/ADP/IN/5/case", "fraud/NOUN/NN/3/obl:agent"}, 2, 2},
		{"a gerund opens a phrase", []string{"It/PRON/PRP/2/nsubj:pass", "closed/VERB/VBD/0/root",
			"owing/VERB/VBG/2/xcomp", "to/ADP/IN/5/case", "rain/NOUN/NN/3/obl"}, 2, 1},
		{"a reason that is a copula's predicate is said of its subject", []string{"It/PRON/PRP/5/nsubj",
			"was/AUX/VBD/5/cop", "because/ADP/IN/5/case", "of/ADP/IN/3/fixed", "trip/NOUN/NN/0/root"}, 2, 0},
		{"a reason that is the root without a copula hangs on nothing", []string{"Because/ADP/IN/4/case",
			"of/ADP/IN/1/fixed", "the/DET/DT/4/det", "war/NOUN/NN/0/root"}, 0, -1},
	}
	for _, tt := range tests {
		s := handTree(t, tt.words...)
		if got := Attachment(s, tt.cue); got != tt.want {
			t.Errorf("%s: Attachment = %d (%s), want %d (%s)", tt.name, got, word(s, got), tt.want, word(s, tt.want))
		}
	}
}

// TestCarrier tells a verb that carries a noun's event by its form or its lemma, and never a
// word that is no verb.
func TestCarrier(t *testing.T) {
	s := readClauses(t)["active"]
	set := func(ws ...string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			m[w] = true
		}
		return m
	}
	for _, c := range []struct {
		name           string
		word           int
		light, support map[string]bool
		want           bool
	}{
		{"light by form", 1, set("attacked"), set(), true},
		{"support by lemma", 1, set(), set("attack"), true},
		{"form is not lemma", 1, set("attack"), set(), false},
		{"in no list", 1, set("made"), set("launch"), false},
		{"no verb", 0, set("rebels"), set("rebel"), false},
	} {
		if got := Carrier(s, c.word, c.light, c.support); got != c.want {
			t.Errorf("%s: Carrier = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestWithin checks the bounded walk up the heads and Under, its unbounded form, on "Rebels
// attacked the base in Homs.": "in" hangs on "Homs", which hangs on "attacked".
func TestWithin(t *testing.T) {
	s := readClauses(t)["active"]
	for _, c := range []struct {
		j, k, steps int
		want        bool
	}{
		{4, 4, 1, true},
		{4, 5, 1, false},
		{4, 5, 2, true},
		{4, 1, 2, false},
		{4, 1, 3, true},
		{1, 4, 9, false},
		{4, -1, 9, false},
	} {
		if got := Within(s, c.j, c.k, c.steps); got != c.want {
			t.Errorf("Within(%s, %s, %d) = %v, want %v", word(s, c.j), word(s, max(c.k, 0)), c.steps, got, c.want)
		}
	}
	if !Under(s, 4, 1) || Under(s, 1, 4) {
		t.Errorf("Under: \"in\" should lie under \"attacked\", not the other way round")
	}
}
