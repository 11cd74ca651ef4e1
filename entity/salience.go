package entity

import (
	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// roles marks the mentions the parse reads as the subject of their clause and those written
// inside quotation marks, and keeps the words of the document's heading (its title and
// standfirst): they tell how prominent each person of a page is (see familyPicker.pick).
func (d *doc) roles(parse []dossier.Sentence, heading string) {
	d.heading = d.g.w.normWords(d.g.w.formToks(heading))
	quoted := d.quotedToks()
	for _, c := range d.cands {
		c.quoted = quoted[c.a]
		p := tree.SentenceAt(parse, c.start)
		if p == nil {
			continue
		}
		if h := tree.SpanHead(p, c.start, c.end); h >= 0 {
			c.subject = subjectOf(p, h)
		}
	}
}

// subjectOf reports whether word h of sentence p is the subject of its clause, or set beside
// one ("His sister, Ann Vale, runs the farm").
func subjectOf(p *dossier.Sentence, h int) bool {
	t := p.Tokens[h]
	if t.Rel == "appos" && t.Head >= 0 {
		t = p.Tokens[t.Head]
	}
	return t.Rel == "nsubj" || t.Rel == "nsubj:pass"
}

// quotedToks reports, for each token, whether it lies inside quotation marks. A quotation left
// open ends with its paragraph, as a quotation running over paragraphs opens each anew.
func (d *doc) quotedToks() []bool {
	out := make([]bool, len(d.toks))
	open := false
	for i, t := range d.toks {
		if t.nl {
			open = false
		}
		switch {
		case t.text == "\"":
			open = !open
		case isOpenQuote(t.text):
			open = true
		case isCloseQuote(t.text):
			open = false
		}
		out[i] = open && t.word
	}
	return out
}

// familyPicker chooses the full name each lone family name of a page stands for (see pick).
type familyPicker struct {
	d     *doc
	given map[int][]int  // for each full name, the lone family names given to it so far
	alone map[string]int // how often the page writes each word alone as a person's name ("Elian")
}

// newFamilyPicker returns a picker for the page d, having counted the words it writes alone as a
// person's name.
func (d *doc) newFamilyPicker() *familyPicker {
	fp := &familyPicker{d: d, given: map[int][]int{}, alone: map[string]int{}}
	for i, c := range d.cands {
		if len(c.words) == 1 && c.b-c.a == 1 && !(c.hasGaz && c.gaz.typ != dossier.PER) && d.sharedFamily(i) == "" {
			fp.alone[c.words[0]]++
		}
	}
	return fp
}

// pick returns the full name (an index of list, the person-shaped full names sharing the family
// name, in text order) that the lone family name i stands for, or -1. The candidates are the
// people named in full before i, or, when none is, those named after it; a person the page calls
// by the given name alone more often than in full ("Elian" for "Elian Gonzalez", as news calls a
// child) is no candidate while another one is. With one person among them, it is that person's full name
// nearest i. With several:
//   - a full name (or a lone name given to it) just before, in i's own sentence or as the
//     subject of the sentence before, outside quotations, makes its person the topic, and the
//     lone name outside a quotation continues it ("Tom Vale … Ann Vale took over. Vale said");
//   - else the most salient person wins (see salience), and the person named nearest only when
//     that person's salience is at least two thirds of the best: a relative named once in
//     passing or in a quotation does not take the family name from the page's main person.
func (fp *familyPicker) pick(i int, list []int) int {
	d := fp.d
	pool := beforeOf(list, i)
	if len(pool) == 0 {
		pool = list
	}
	pool = fp.byFamilyName(pool, list)
	person := d.people(pool)
	near := nearestIn(pool, i, func(int) bool { return true })
	if near < 0 || allSame(person) {
		return near
	}
	if j := d.topic(i, pool, fp.given); j >= 0 {
		return nearestOf(pool, person, person[j], i)
	}
	score, headed := map[int]int{}, map[int]bool{}
	for _, j := range pool {
		score[person[j]] += d.salience(j, i, fp.given[j])
		if p := person[j]; !headed[p] && contains(d.heading, d.cands[j].words) {
			headed[p] = true
			score[p] += 6
		}
	}
	best := person[near]
	for _, j := range pool {
		if p := person[j]; score[p] > score[best] {
			best = p
		}
	}
	if 3*score[person[near]] >= 2*score[best] {
		return near
	}
	return nearestOf(pool, person, best, i)
}

// byFamilyName drops from pool the full names of the people the page calls by the given name
// alone more often than by their full name (list holds them all), unless it would drop them all.
func (fp *familyPicker) byFamilyName(pool, list []int) []int {
	full := map[string]int{}
	for _, j := range list {
		full[fp.d.cands[j].words[0]]++
	}
	var out []int
	for _, j := range pool {
		if g := fp.d.cands[j].words[0]; fp.alone[g] <= full[g] {
			out = append(out, j)
		}
	}
	if len(out) == 0 {
		return pool
	}
	return out
}

// sharedFamily returns the family name that the lone given name j shares with the full name
// after "and" or "or" ("Joe" in "Joe and Hunter Biden"), or "".
func (d *doc) sharedFamily(j int) string {
	c := d.cands[j]
	if len(c.words) != 1 || c.b-c.a != 1 || j+1 == len(d.cands) || c.b+1 >= len(d.toks) || !d.g.is("GIVEN", c.words[0]) {
		return ""
	}
	o := d.cands[j+1]
	if l := d.low[c.b]; l != "and" && l != "or" || o.a != c.b+1 || !d.personal(o) {
		return ""
	}
	return o.words[len(o.words)-1]
}

// beforeOf returns the entries of list (in text order) that come before i.
func beforeOf(list []int, i int) []int {
	n := 0
	for n < len(list) && list[n] < i {
		n++
	}
	return list[:n]
}

// people numbers the persons the full names of list name: two full names name one person when
// their given names may be one (sameGiven). It maps each entry to the entry that first names its
// person.
func (d *doc) people(list []int) map[int]int {
	out := map[int]int{}
	for k, j := range list {
		out[j] = j
		for _, r := range list[:k] {
			if out[r] == r && d.g.w.sameGiven(d.cands[j].words[0], d.cands[r].words[0]) {
				out[j] = r
				break
			}
		}
	}
	return out
}

func allSame(person map[int]int) bool {
	first := -1
	for _, p := range person {
		if first >= 0 && p != first {
			return false
		}
		first = p
	}
	return true
}

// nearestOf returns the full name of person p in list nearest to i, before i when there is one.
func nearestOf(list []int, person map[int]int, p, i int) int {
	return nearestIn(list, i, func(j int) bool { return person[j] == p })
}

// topic returns the entry of pool whose person the lone name i continues as the topic (see
// familyPicker.pick), or -1: the family's last mention before i, full or lone, when it lies outside
// quotations, as does i, and in i's sentence or as the subject of the sentence before (anywhere
// in it when the text was read without a parse).
func (d *doc) topic(i int, pool []int, given map[int][]int) int {
	c := d.cands[i]
	if c.quoted {
		return -1
	}
	last, lastAt := -1, -1
	for _, j := range pool {
		at := j
		for _, k := range given[j] {
			if k < i && k > at {
				at = k
			}
		}
		if at < i && at > lastAt {
			last, lastAt = j, at
		}
	}
	if last < 0 {
		return -1
	}
	m := d.cands[lastAt]
	s, ms := d.toks[c.a].sent, d.toks[m.a].sent
	// Read without a parse, no mention is known to be a subject: the sentence before is the
	// topic's whatever the name's place in it.
	unparsed := d.toks[m.a].upos == ""
	if m.quoted || !(s == ms || s == ms+1 && (m.subject || unparsed)) {
		return -1
	}
	return last
}

// salience weighs how prominent full name j and the lone names given to it before i make its
// person (see weight). A person whose full name the document's title or standfirst writes counts
// 6 more, as much as the subject of the lead (see familyPicker.pick).
func (d *doc) salience(j, i int, lone []int) int {
	n := d.weight(d.cands[j])
	for _, k := range lone {
		if k < i {
			n += d.weight(d.cands[k])
		}
	}
	return n
}

// weight is what one mention adds to its person's salience: 2, or 1 inside a quotation; outside
// one, 2 more as the subject of its clause and 2 more in the lead (the first sentence, or a
// headline in the text).
func (d *doc) weight(c *cand) int {
	if c.quoted {
		return 1
	}
	n := 2
	if c.subject {
		n += 2
	}
	if s := d.toks[c.a].sent; s == 0 || d.headline[s] {
		n += 2
	}
	return n
}
