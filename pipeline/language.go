package pipeline

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// StagesLanguage is the language the stages read: their name recogniser, word lists, cue words
// and grammar are English. A document detected as written in another language is stored with its
// text, title, date, publisher and language, and is searchable, but only the stages that say with
// AnyLanguage that they can read it run over it (the entity stage, which there keeps the
// gazetteer's names alone): read as English it gives only junk (capitalised words as people, its
// words as event triggers).
const StagesLanguage = "en"

// AnyLanguage is a stage that does not depend on the language of the text; it runs over every
// document whatever its language.
type AnyLanguage interface {
	AnyLanguage() bool
}

// LanguageFree is a stage that, over a document in a language the stages do not read, still reads
// what no language shapes (the time stage: dates written in figures, "2019-03-04").
type LanguageFree interface {
	AnalyzeLanguageFree(a *dossier.Analysis) error
}

// languageFree runs a LanguageFree stage's reading as a Stage.
type languageFree struct{ s LanguageFree }

// Analyze runs the stage's language-free reading.
func (l languageFree) Analyze(a *dossier.Analysis) error { return l.s.AnalyzeLanguageFree(a) }

// readsLanguage reports whether the stages can read a document detected as lang: English, or a
// language that could not be told ("und", "", as for a short text) and is taken to be English.
func readsLanguage(lang string) bool {
	return lang == StagesLanguage || lang == "" || lang == "und"
}

// stagesFor returns the stages to run over doc: all of them when the stages read its language,
// else those that read any language and the language-free reading of those that have one.
func (p *Pipeline) stagesFor(doc *dossier.Document) []Stage {
	if readsLanguage(doc.Language) {
		return p.Stages
	}
	var kept []Stage
	for _, s := range p.Stages {
		if a, ok := s.(AnyLanguage); ok && a.AnyLanguage() {
			kept = append(kept, s)
		} else if f, ok := s.(LanguageFree); ok {
			kept = append(kept, languageFree{f})
		}
	}
	return kept
}

// Languages counts the documents stored by a run without the English stages, by their detected
// language (an ISO 639-1 code).
type Languages map[string]int

// Total is the number of documents counted.
func (l Languages) Total() int {
	n := 0
	for _, c := range l {
		n += c
	}
	return n
}

// String lists the languages, most documents first: "de 9, bn 2".
func (l Languages) String() string {
	codes := make([]string, 0, len(l))
	for c := range l {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		if l[codes[i]] != l[codes[j]] {
			return l[codes[i]] > l[codes[j]]
		}
		return codes[i] < codes[j]
	})
	parts := make([]string, len(codes))
	for i, c := range codes {
		parts[i] = fmt.Sprintf("%s %d", c, l[c])
	}
	return strings.Join(parts, ", ")
}
