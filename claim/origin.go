package claim

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/zeebo/xxh3"
)

const (
	shingleK    = 4  // words per shingle
	minWords    = 12 // shorter texts get no sketch
	creditWords = 8  // words kept beside a credit cue: longer publisher names are not matched
)

// creditCue is one credit cue: the phrase, and whether the source's name stands before it.
type creditCue struct {
	phrase string
	before bool
}

// creditCues reads the claim-credit rows ("after" or "before", then the phrase), longest first.
func creditCues(lang *en.Data) []creditCue {
	var out []creditCue
	for _, row := range lang.Rows("claim-credit") {
		if len(row) < 2 || row[1] == "" {
			continue
		}
		out = append(out, creditCue{phrase: strings.ToLower(row[1]), before: row[0] == "before"})
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].phrase) > len(out[j].phrase) })
	return out
}

// mix64 is a strong 64-bit finaliser (splitmix64): one shingle hash gives SketchSize independent
// values by mixing it with SketchSize seeds.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

var seedBase = [2]uint64{0x9e3779b97f4a7c15, 0x632be59bd9b4e019}

// wordHashes hashes the lower-cased words of text.
func wordHashes(text string, buf []byte) []uint64 {
	var out []uint64
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		buf = buf[:0]
		for i < len(text) {
			r, n = utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			i += n
		}
		out = append(out, xxh3.Hash(buf))
	}
	return out
}

// Sketch returns the MinHash sketch of the word shingles of text, nil when the text is too
// short to compare.
func Sketch(text string) []uint64 {
	words := wordHashes(text, make([]byte, 0, 32))
	if len(words) < minWords {
		return nil
	}
	sig := make([]uint64, dossier.SketchSize)
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	var seeds [dossier.SketchSize]uint64
	for i := range seeds {
		seeds[i] = mix64(seedBase[0] + uint64(i)*seedBase[1])
	}
	for i := 0; i+shingleK <= len(words); i++ {
		h := words[i]
		for j := 1; j < shingleK; j++ {
			h = mix64(h*31 + words[i+j])
		}
		for s := range sig {
			if v := mix64(h ^ seeds[s]); v < sig[s] {
				sig[s] = v
			}
		}
	}
	return sig
}

// credits finds the credit lines of text: each cue in the order of the list, each place it
// stands, with the words where a source's name may be.
func (r *Reader) credits(text string) []dossier.Credit {
	low := strings.ToLower(text)
	var out []dossier.Credit
	for _, cue := range r.credit {
		for off := 0; ; {
			i := en.IndexWord(low[off:], cue.phrase)
			if i < 0 {
				break
			}
			i += off
			off = i + len(cue.phrase)
			c := dossier.Credit{Span: dossier.Span{Start: i, End: off}, Phrase: cue.phrase, Before: cue.before}
			if cue.before {
				c.Words = lastWords(low[:i], creditWords)
			} else {
				c.Words = firstWords(low[off:], creditWords)
			}
			if len(c.Words) > 0 {
				out = append(out, c)
			}
		}
	}
	return out
}

// firstWords returns up to n words at the start of s, stopping at sentence punctuation.
func firstWords(s string, n int) []string {
	if i := strings.IndexAny(s, ".;:!?\n,()\"“”"); i >= 0 && !(s[i] == '.' && i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\n') {
		s = s[:i]
	}
	w := strings.Fields(s)
	if len(w) > n {
		w = w[:n]
	}
	return w
}

// lastWords returns up to n words at the end of s, after the last sentence punctuation.
func lastWords(s string, n int) []string {
	if i := strings.LastIndexAny(s, ".;:!?\n,()\"“”"); i >= 0 {
		s = s[i+1:]
	}
	w := strings.Fields(s)
	if len(w) > n {
		w = w[len(w)-n:]
	}
	return w
}

// datelineRe matches an agency's dateline opening a text: a place in capitals, or a place of
// capitalised words followed by an agency in brackets, then a date perhaps, then a dash ("BEIRUT (AP) —",
// "DAMASCUS, Aug 3 (Reuters) -").
var datelineRe = regexp.MustCompile(`^\s*(?:\p{Lu}{2}[\p{Lu} .'’-]{0,40}(?:,[^()\n]{1,30}?)?\s*(?:\(([^()\n]{1,40})\))?|\p{Lu}[\p{L}.'’]*(?:[ -]\p{Lu}[\p{L}.'’]*){0,3}(?:,[^()\n]{1,30}?)?\s*\(([^()\n]{1,40})\))\s*[-–—:]`)

// DatelineEnd is where an agency's dateline opening text ends, 0 when there is none.
func DatelineEnd(text string) int {
	if loc := datelineRe.FindStringIndex(text[:min(len(text), 120)]); loc != nil {
		return loc[1]
	}
	return 0
}

// agencyNameRe is what a dateline's brackets hold when they name an agency: one to four words
// of letters, the first capitalised ("AP", "Reuters", "Agence France-Presse"), no digits.
var agencyNameRe = regexp.MustCompile(`^\p{Lu}[\p{L}.&'’-]*(?: [\p{L}.&'’-]+){0,3}$`)

// datelineLines is how far into a text a line may open with a dateline, in bytes: the text's
// first line, or one after its headline and byline.
const datelineLines = 300

// datelineCredit is the credit of the agency named in brackets in the dateline opening text or
// one of its first lines (after a headline): Span is the name, Phrase dossier.DatelineCredit,
// Words the name's lower-case words. ok is false when no line opens with a dateline that names
// an agency.
func datelineCredit(text string) (c dossier.Credit, ok bool) {
	for at := 0; at < min(len(text), datelineLines); {
		if c, dated := datelineCreditAt(text, at); dated {
			return c, c.Phrase != "" // the first dateline is the text's, with an agency or none
		}
		nl := strings.IndexByte(text[at:], '\n')
		if nl < 0 {
			break
		}
		at += nl + 1
	}
	return c, false
}

// datelineCreditAt is datelineCredit of the line opening at byte at; dated is set when the line
// opens with a dateline, c's Phrase empty when that names no agency.
func datelineCreditAt(text string, at int) (c dossier.Credit, dated bool) {
	m := datelineRe.FindStringSubmatchIndex(text[at:min(len(text), at+120)])
	if m == nil {
		return c, false
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += at
		}
	}
	for g := 2; g+1 < len(m); g += 2 {
		if m[g] < 0 {
			continue
		}
		name := strings.TrimSpace(text[m[g]:m[g+1]])
		if !agencyNameRe.MatchString(name) {
			return c, true
		}
		start := m[g] + strings.Index(text[m[g]:m[g+1]], name)
		words := strings.Fields(strings.ToLower(name))
		return dossier.Credit{Span: dossier.Span{Start: start, End: start + len(name)}, Phrase: dossier.DatelineCredit, Words: words}, true
	}
	return c, true
}
