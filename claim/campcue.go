package claim

import (
	"strings"

	"github.com/dossier-project/dossier"
)

// cueWord is one word a camp cue is matched on: its lower-case text, with the pieces of a
// hyphenated word joined ("us-backed"), and its lemma.
type cueWord struct {
	text, lemma string
}

// cueWords turns tokens in text order into the words a cue is matched on. A hyphen glued to the
// words on both sides joins them into one word, as the text writes it.
func cueWords(toks []dossier.Token) []cueWord {
	var out []cueWord
	for i, t := range toks {
		low := strings.ToLower(t.Text)
		if i > 0 && t.Start == toks[i-1].End && len(out) > 0 && (t.Text == "-" || strings.HasSuffix(out[len(out)-1].text, "-")) {
			w := &out[len(out)-1]
			w.text += low
			w.lemma = w.text
			continue
		}
		lem := low
		if t.Lemma != "" {
			lem = strings.ToLower(t.Lemma)
		}
		out = append(out, cueWord{low, lem})
	}
	return out
}

// cueIn returns the first of the Reader's camp cues (longest first) that the words say, and the
// index of the word it starts at.
func (r *Reader) cueIn(words []cueWord) (campCue, int, bool) {
	for _, cue := range r.camps {
		for i := 0; i+len(cue.words) <= len(words); i++ {
			if cueAt(words[i:], cue.words) {
				return cue, i, true
			}
		}
	}
	return campCue{}, -1, false
}

// cueAt reports whether the words start with the cue's parts. A part matches a word written the
// same, its lemma ("allies" for "ally"), a plural or participle ending, or the last piece of a
// hyphenated word ("Qaeda-affiliated"); a part that starts with a hyphen matches a
// word written with it ("US-backed" for "-backed").
func cueAt(words []cueWord, parts []string) bool {
	for j, p := range parts {
		w := words[j]
		if strings.HasPrefix(p, "-") {
			if !strings.Contains(w.text, p) || strings.HasPrefix(w.text, p) {
				return false
			}
			continue
		}
		if !inflected(w.text, p) && w.lemma != p && !inflected(lastPiece(w.text), p) {
			return false
		}
	}
	return true
}

// inflected reports whether word w is p or p with an ending of the plural or the participle:
// "terrorists", "affiliated".
func inflected(w, p string) bool {
	rest, ok := strings.CutPrefix(w, p)
	return ok && (rest == "" || rest == "s" || rest == "es" || rest == "d" || rest == "ed")
}

// lastPiece is what follows the last hyphen of a hyphenated word ("affiliated" of
// "qaeda-affiliated"), "" for a word without one.
func lastPiece(w string) string {
	i := strings.LastIndexByte(w, '-')
	if i < 0 {
		return ""
	}
	return w[i+1:]
}
