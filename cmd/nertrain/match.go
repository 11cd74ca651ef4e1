package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/entity"
	"github.com/dossier-project/dossier/lang/ner"
)

// sayings are what a model says of a text that the entity stage's thresholds read, each sorted:
// for every capitalised word, the probability that it is in no name, and for every name found,
// the recogniser's confidence in it.
type sayings struct {
	outside, conf []float64
}

// matchThresholds writes, for each threshold of ths, the value at which the model at newPath
// lets through the same share of capitalised words (thresholds on the probability of no name)
// and of names found (thresholds on a name's confidence) as the model at refPath does at that
// threshold. The text is EWT's training part, read as the pipeline reads it: Universal NER
// gives no names for it, so neither model trained on it. A retrained model whose probabilities
// are sharper or softer than the shipped one's needs the entity stage's thresholds moved so.
func matchThresholds(w io.Writer, dir, refPath, newPath string, ths []float64) error {
	gaz, err := entity.LoadGazetteer()
	if err != nil {
		return err
	}
	tagged, err := ner.LoadTagged(dir, "train")
	if err != nil {
		return err
	}
	text, err := unlabelledEWT(tagged)
	if err != nil {
		return fmt.Errorf("read EWT's training sentences: %w", err)
	}
	var says [2]sayings
	for i, p := range []string{refPath, newPath} {
		m, err := readPath(p, ner.ReadModel)
		if err != nil {
			return err
		}
		says[i] = sayingsOf(ner.NewWith(m, gaz.Lexicon()), text)
	}
	ref, got := says[0], says[1]
	fmt.Fprintf(w, "%d capitalised words, %d and %d names found\n", len(ref.outside), len(ref.conf), len(got.conf))
	for _, th := range ths {
		fmt.Fprintf(w, "%.2f: no name %.3f (share %.4f), name %.3f (share %.4f)\n", th,
			sameShare(ref.outside, got.outside, th), shareAtLeast(ref.outside, th),
			sameShare(ref.conf, got.conf, th), shareAtLeast(ref.conf, th))
	}
	return nil
}

// runMatch reads the comma-separated thresholds list and prints their matches (see
// matchThresholds).
func runMatch(dir, refPath, newPath, list string) error {
	var ths []float64
	for _, f := range strings.Split(list, ",") {
		th, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
		if err != nil {
			return fmt.Errorf("-match-at: %w", err)
		}
		ths = append(ths, th)
	}
	return matchThresholds(os.Stdout, dir, refPath, newPath, ths)
}

// sayingsOf tags the examples' sentences, one document at a time, and gathers what the entity
// stage reads of them.
func sayingsOf(t *ner.Tagger, exs []ner.Example) sayings {
	var s sayings
	for a := 0; a < len(exs); {
		b := a + 1
		for b < len(exs) && exs[b].Doc == exs[a].Doc {
			b++
		}
		sents := make([][]dossier.Token, b-a)
		for i, ex := range exs[a:b] {
			sents[i] = make([]dossier.Token, len(ex.Words))
			for k, w := range ex.Words {
				sents[i][k] = dossier.Token{Text: w, UPOS: ex.UPOS[k], Head: ex.Heads[k], Rel: ex.Rels[k]}
			}
		}
		for i, r := range t.TagDoc(sents) {
			for k, o := range r.Outside {
				if first, _ := utf8.DecodeRuneInString(sents[i][k].Text); unicode.IsUpper(first) {
					s.outside = append(s.outside, o)
				}
			}
			for _, n := range r.Names {
				s.conf = append(s.conf, n.Conf)
			}
		}
		a = b
	}
	sort.Float64s(s.outside)
	sort.Float64s(s.conf)
	return s
}

// shareAtLeast is the share of the sorted values xs that are th or more.
func shareAtLeast(xs []float64, th float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(len(xs)-sort.SearchFloat64s(xs, th)) / float64(len(xs))
}

// sameShare returns the threshold at which the sorted values got pass in the same share as the
// sorted values ref pass th: the smallest of got's values with that share at or above it.
func sameShare(ref, got []float64, th float64) float64 {
	if len(got) == 0 {
		return th
	}
	n := int(shareAtLeast(ref, th)*float64(len(got)) + 0.5)
	switch {
	case n <= 0:
		return got[len(got)-1] + 1e-9
	case n >= len(got):
		return got[0]
	}
	return got[len(got)-n]
}
