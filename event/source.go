package event

import (
	"sort"

	"github.com/dossier-project/dossier"
)

// foundSource is one attribution found in a sentence, with where it stands.
type foundSource struct {
	at     int
	first  bool // "according to" wraps the whole sentence: outermost
	srcs   []dossier.Source
	t0, t1 int
}

// findSources reads who the sentence says is speaking: "according to X", "X quoted Y as
// saying", "X said", "…, said X", "a source told X", "the statement reads". "It said" that
// stands for no name is the one speaker of the sentence before, prev, that it may stand for.
func (x *Extractor) findSources(text string, s *sent, prev []speaker) {
	n := len(s.toks)
	var fs []foundSource
	for i := 0; i < n; i++ {
		w := s.toks[i].norm
		switch {
		case w == "according" && i+1 < n && s.toks[i+1].norm == "to":
			j, k, ok := parseAccording(s, i+1)
			if !ok {
				j, k = i+2, i+2
				for k < n && s.toks[k].word && k < j+15 {
					k++
				}
			}
			if k > j {
				fs = append(fs, foundSource{at: i, first: true, srcs: []dossier.Source{x.source(text, s, j, k)}, t0: j, t1: k})
			}
			i = k - 1
		case w == "quoted":
			b0, b1 := npBefore(s, i)
			k := i + 1
			for k < n && k < i+16 && s.toks[k].word && s.toks[k].norm != "as" {
				k++
			}
			if k < n && s.toks[k].norm == "as" && k > i+1 {
				f := foundSource{at: i, t0: i + 1, t1: k}
				if b1 > b0 {
					f.srcs = append(f.srcs, x.source(text, s, b0, b1))
					f.t0 = b0
				}
				f.srcs = append(f.srcs, x.source(text, s, i+1, k))
				fs = append(fs, f)
				i = k
			}
		case x.lx.speech[w]:
			if f, ok := x.speechSource(text, s, i, prev); ok {
				fs = append(fs, f)
			}
		}
	}
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].first != fs[j].first {
			return fs[i].first
		}
		return fs[i].at < fs[j].at
	})
	seen := map[dossier.Source]bool{}
	for _, f := range fs {
		for _, src := range f.srcs {
			if !seen[src] {
				seen[src] = true
				s.sources = append(s.sources, src)
			}
		}
		s.srcToks = append(s.srcToks, [2]int{f.t0, f.t1})
		if f.t0 > f.at && f.t1 > f.t0 {
			s.srcTails = append(s.srcTails, [2]int{f.at, f.t1})
		}
	}
}

// describesSource reports whether item it follows the name of a source said after its verb of
// saying, itself after trigger m ("X was shelled, said the monitor, a group with contacts in
// Y"): it describes the source, not the event.
func describesSource(s *sent, it item, m match) bool {
	for _, r := range s.srcTails {
		if m.t0 < r[0] && it.t0 >= r[1] {
			return true
		}
	}
	return false
}

// prevWord returns the word before token i, looking past adverbs; -1 when none.
func prevWord(s *sent, i int) int {
	for k := i - 1; k >= 0; k-- {
		n := s.toks[k].norm
		if s.w.adverbs[n] && n != "been" && n != "being" {
			continue
		}
		return k
	}
	return -1
}

// npBefore returns the noun phrase that ends just before token i (past adverbs and auxiliaries):
// the speaker of a verb of saying. Empty when there is none or it runs too long to be one.
func npBefore(s *sent, i int) (int, int) {
	k := i - 1
	for k >= 0 && (s.w.adverbs[s.toks[k].norm] || s.w.speechAux[s.toks[k].norm]) {
		k--
	}
	e := k + 1
	for k >= 0 && s.toks[k].word && !s.w.npStops[s.toks[k].norm] && e-k <= 12 {
		k--
	}
	b := k + 1
	if e-b > 12 || e <= b {
		return 0, 0
	}
	if it := s.itemAt[b]; it >= 0 && s.items[it].t0 < b {
		b = s.items[it].t0
	}
	return afterName(s, b, e), e
}

// afterName returns where the speaker's phrase in tokens [b, e) begins when a name inside it is
// followed by a determiner: "part of northern X a local source said", its comma lost, is said by
// "a local source", the name closing the phrase before. A name that opens the phrase ("The X
// Center an activist collective said") is the speaker, the rest its description.
func afterName(s *sent, b, e int) int {
	for k := e - 1; k > b; k-- {
		it := s.itemAt[k-1]
		if !s.w.determiners[s.toks[k].norm] || it < 0 || s.itemAt[k] >= 0 {
			continue
		}
		for j := b; j < s.items[it].t0; j++ {
			if !s.w.determiners[s.toks[j].norm] {
				return k
			}
		}
	}
	return b
}

// source names the speaker in tokens [t0, t1): the chain of the first actor in it, if any; else
// a place whose name is the whole phrase, which speaks as its government does ("Norland said",
// "the United States said"), not one that modifies or locates the speaker ("Brenton officials",
// "activists in Brenton said").
func (x *Extractor) source(text string, s *sent, t0, t1 int) dossier.Source {
	src := dossier.Source{Chain: -1, Text: text[s.toks[t0].start:s.toks[t1-1].end]}
	for k := t0; k < t1; k++ {
		it := s.itemAt[k]
		switch {
		case it < 0:
		case s.items[it].typ != dossier.LOC:
			src.Chain = s.items[it].chain
			return src
		case s.items[it].t1 == t1 && src.Chain < 0 && (k == t0 || k == t0+1 && s.w.determiners[s.toks[t0].norm]):
			src.Chain = s.items[it].chain
		}
	}
	return src
}

// quoteAttribution finds quotations that run over several sentences and returns, for each
// sentence inside one that names no source of its own, the sources named where the quotation
// ends (or, failing that, where it starts).
func quoteAttribution(text string, all []*sent) map[int][]dossier.Source {
	out := map[int][]dossier.Source{}
	// Sentences are in text order: the one holding off is found by halving.
	sentAt := func(off int) int {
		i := sort.Search(len(all), func(i int) bool { return all[i].span.End > off })
		if i < len(all) && off >= all[i].span.Start {
			return i
		}
		return -1
	}
	cover := func(open, close int) {
		i0, i1 := sentAt(open), sentAt(close)
		if i0 < 0 || i1 <= i0 {
			return
		}
		src := all[i1].sources
		if len(src) == 0 {
			src = all[i0].sources
		}
		if len(src) == 0 {
			return
		}
		for i := i0; i <= i1; i++ {
			if len(all[i].sources) == 0 {
				out[i] = src
			}
		}
	}
	open, straight := -1, -1
	for i, r := range text {
		switch r {
		case '“':
			open = i
		case '”':
			if open >= 0 {
				cover(open, i)
				open = -1
			}
		case '"':
			if straight < 0 {
				straight = i
			} else {
				cover(straight, i)
				straight = -1
			}
		}
	}
	return out
}

// pastSaying reports whether the verb of saying at token i is a past tense after a noun ("state
// media said"): no noun use, which "media reports" may be.
func pastSaying(s *sent, i int) bool {
	p, v := parseWord(s, i)
	return v >= 0 && p.Tokens[v].XPOS == "VBD" && !s.w.determiners[s.toks[i-1].norm]
}

// opensTrigger reports whether token i begins a trigger phrase of several words.
func (x *Extractor) opensTrigger(s *sent, i int) bool {
	for _, p := range x.lx.triggers[s.toks[i].norm] {
		if len(p.words) > 1 {
			if end, _ := matchAt(s, p, 0, i, len(s.toks), nil); end >= 0 {
				return true
			}
		}
	}
	return false
}

// owns reports whether the verb at token i owns an act through its object, a noun of owning
// ("claimed responsibility", "took credit"): it reports nothing, its subject did the act.
func (lw *wordLists) owns(s *sent, i int) bool {
	p, v := parseWord(s, i)
	return v >= 0 && lw.ownsBy(p, v)
}

// speechSource reads the speaker of the verb of saying at token i: the noun phrase before it, or
// the words after it when it follows punctuation ("…, said X"); with "told", also whom. "It said"
// that stands for no name is the one speaker of the sentence before, prev, it may stand for.
func (x *Extractor) speechSource(text string, s *sent, i int, prev []speaker) (foundSource, bool) {
	n, w := len(s.toks), s.toks[i].norm
	if s.toks[i].upper || s.itemAt[i] >= 0 || (i > 0 && s.w.nounUse[s.toks[i-1].norm] && !pastSaying(s, i)) {
		return foundSource{}, false
	}
	if k := prevWord(s, i); k >= 0 && s.w.beForms[s.toks[k].norm] {
		return foundSource{}, false // "it was reported": a cue, not a source
	}
	if x.opensTrigger(s, i) {
		return foundSource{}, false // "denied any involvement": the denial is the event, not a report
	}
	if s.w.owns(s, i) {
		return foundSource{}, false // "claimed responsibility for": the subject did the attack
	}
	f := foundSource{at: i}
	b0, b1, parsed := parseSpeaker(s, i, w == "told" || w == "tells")
	switch {
	case !parsed:
		b0, b1 = npBefore(s, i)
	case b1 <= b0:
		b0, b1 = nameBeforeVerb(s, i)
	}
	switch {
	case parsed && b1 <= b0:
	case b1 > b0:
		b0 = x.pastPlaceLead(text, s, b0, b1)
		src := x.source(text, s, b0, b1)
		if num, ok := s.w.groupPronouns[s.toks[b0].norm]; ok && b1 == b0+1 && src.Chain < 0 {
			if sp, ok := speakerFor(num, prev); ok {
				src = sp
			}
		}
		f.srcs = append(f.srcs, src)
		f.t0, f.t1 = b0, b1
	case i > 0 && !s.toks[i-1].word:
		k := i + 1
		for k < n && k < i+9 && s.toks[k].word {
			k++
		}
		if k > i+1 {
			f.srcs = append(f.srcs, x.source(text, s, i+1, k))
			f.t0, f.t1 = i+1, k
		}
	}
	if len(f.srcs) == 0 {
		return foundSource{}, false
	}
	if w == "told" || w == "tells" {
		for k := i + 1; k < n && k <= i+3; k++ {
			if it := s.itemAt[k]; it >= 0 && s.items[it].t0 == k {
				f.srcs = append(f.srcs, x.source(text, s, k, s.items[it].t1))
				f.t1 = s.items[it].t1
				break
			}
		}
	}
	return f, true
}
