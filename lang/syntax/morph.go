package syntax

import (
	"strings"
	"unicode"

	"github.com/dossier-project/dossier"
)

// Morph gives a tagged word its lemma and morphological features: a table of the exceptions seen
// in training, keyed by the lower-cased word and its tag, over rules by tag (a tag's usual
// features; a plural or inflected form's regular base, checked against known lemmas).
type Morph struct {
	feats    map[string]string // word "\x00" UPOS|XPOS → features, where they differ from the tag's
	tagFeats map[string]string // UPOS|XPOS → its most frequent features
	lemmas   map[string]string // word "\x00" XPOS → lemma, where the rules get it wrong
	known    map[string]bool   // lemmas seen in training
}

func morphKey(word, tag string) string { return strings.ToLower(word) + "\x00" + tag }

// Analyze fills Lemma and Feats of tagged tokens. Features are looked up by the word's Form; the
// lemma by the word as written, then, for a word with letters, by its Form ("’ll" → "will"), then
// by rule: a typographic mark keeps a lemma of its own, as the treebanks give it ("—" stays "—").
func (m *Morph) Analyze(toks []dossier.Token) {
	var key []byte // lookups by a reused key: a map index by string(key) does not allocate
	for i := range toks {
		t := &toks[i]
		form := Form(t.Text)
		key = appendLower(key[:0], form)
		key = append(key, 0)
		word := len(key)
		key = append(append(append(key, t.UPOS...), '|'), t.XPOS...)
		if f, ok := m.feats[string(key)]; ok {
			t.Feats = f
		} else {
			t.Feats = m.tagFeats[string(key[word:])]
		}
		key = append(append(appendLower(key[:0], t.Text), 0), t.XPOS...)
		l, ok := m.lemmas[string(key)]
		if !ok && form != t.Text && hasLetter(form) {
			key = append(append(appendLower(key[:0], form), 0), t.XPOS...)
			l, ok = m.lemmas[string(key)]
		}
		if !ok {
			l = m.ruleLemma(t.Text, t.XPOS)
		}
		t.Lemma = l
	}
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// appendLower appends s lower-cased, as strings.ToLower writes it.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// ruleLemma is the regular lemma of word under its Penn tag.
func (m *Morph) ruleLemma(word, xpos string) string {
	if xpos == "NNP" || xpos == "NNPS" {
		if xpos == "NNPS" && strings.HasSuffix(word, "s") && len(word) > 3 {
			return word[:len(word)-1]
		}
		return word
	}
	w := strings.ToLower(word)
	switch xpos {
	case "NNS", "VBZ":
		switch {
		case strings.HasSuffix(w, "ies") && len(w) > 4:
			return m.pick(w[:len(w)-3]+"y", w[:len(w)-1])
		case strings.HasSuffix(w, "es"):
			return m.pick(w[:len(w)-1], w[:len(w)-2])
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			return w[:len(w)-1]
		}
	case "VBD", "VBN":
		switch {
		case strings.HasSuffix(w, "ied") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "ed"):
			b := w[:len(w)-2]
			return m.pick(b+"e", b, undouble(b))
		}
	case "VBG":
		if strings.HasSuffix(w, "ing") && len(w) > 4 {
			b := w[:len(w)-3]
			return m.pick(b, b+"e", undouble(b))
		}
	case "JJR", "RBR":
		if strings.HasSuffix(w, "er") && len(w) > 4 {
			b := w[:len(w)-2]
			return m.pick(b, b+"e", undouble(b), strings.TrimSuffix(b, "i")+"y")
		}
	case "JJS", "RBS":
		if strings.HasSuffix(w, "est") && len(w) > 5 {
			b := w[:len(w)-3]
			return m.pick(b, b+"e", undouble(b), strings.TrimSuffix(b, "i")+"y")
		}
	}
	return w
}

// pick returns the first candidate that is a known lemma, else the first.
func (m *Morph) pick(cands ...string) string {
	for _, c := range cands {
		if m.known[c] {
			return c
		}
	}
	return cands[0]
}

func undouble(b string) string {
	if n := len(b); n >= 2 && b[n-1] == b[n-2] && !strings.ContainsRune("aeiouls", rune(b[n-1])) {
		return b[:n-1]
	}
	return b
}
