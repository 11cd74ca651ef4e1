package entity

import "strings"

// Where a caption, a byline or a headline lost the stop after a person's name, the words that
// follow run on into it ("Sputnik X Y Explosion in Damascus", "editing by X Y Our Standards"). A
// person's full name does not go on with a word English writes in lower case.

// creditSure is how sure the recogniser must be that the word after the name is in no name. It
// is set low: the recogniser, reading a capitalised word right after a person's name, mostly
// takes it into the name ("Explosion" after a photographer's name reads about 0.4).
const creditSure = 0.3

// nameThenWords splits the run [a, b) where a person's name of a given and a family name meets
// a capitalised function word, a common word ("Our") or a word the document writes in lower
// case and the word-casing data does not hold ("Muhammad X Explosion", "Anna X Our Standards"), as after a lost stop; the
// word names nothing. A word English writes mostly in lower case is left alone, as so many family
// names are such words ("Robert M. Price", "Tom Young"). A run that ends in a head word ("X Y
// Foundation") is one body's name. It reports whether it split.
func (d *doc) nameThenWords(a, b int, title string) bool {
	k := a + 2
	if k >= b || !d.isTok("GIVEN", a) || d.headed(b) || !d.familyWord(a+1) || !d.runOnWord(k) {
		return false
	}
	d.segment(a, k, title)
	d.restAfter(k, b)
	return true
}

// familyWord reports whether token k may be a family name after a given name: a capitalised
// word of three letters or more, no initial, no acronym, demonym, ordinary word or known name.
func (d *doc) familyWord(k int) bool {
	w := d.low[k]
	if !d.nameWord(k) || len(w) < 3 || strings.Contains(w, ".") || d.g.is("DEMONYM", d.toks[k].text) || d.g.w.ordinary[w] {
		return false
	}
	l, _ := d.gazAt(k, k+1)
	return l == 0
}

// nameWord reports whether token k is a capitalised word, not an acronym.
func (d *doc) nameWord(k int) bool {
	t := d.toks[k]
	return t.word && isCap(t.text) && !isAcronym(t.text)
}

// runOnWord reports whether the capitalised word at token k is one that ends a person's name
// before it (see nameThenWords): no title, particle or given name, and one the recogniser, when
// it reads the text, does not hold to be in a name.
func (d *doc) runOnWord(k int) bool {
	w := d.low[k]
	if !d.nameWord(k) || !d.g.w.functionWord[w] && !d.g.is("COMMON", w) && !(d.lowSeen[w] && !d.g.w.english[w]) || d.particle(k) || d.isTok("GIVEN", k) {
		return false
	}
	if l, _ := d.titleAt(k); l > 0 {
		return false
	}
	return d.outside == nil || d.outside[k] >= creditSure
}

// ofNoun reports whether token k, one capitalised word before "of", heads a name that goes on
// with "of" as a work's title does ("Wheel of Time", "Web of Angels", "Statue of Liberty"): a
// word English writes in lower case more often than not, capitalised here in running text (no
// sentence start, no headline, no capitalised word but an article right before it), so its
// capital says it is part of a name. A plural ("Dozens of", "Scores of"), a compass word ("Northeast of"), a title,
// a role or a word for people is said of a name, not part of it; a known name or a given name
// stands alone; and a body's or a place's head word goes on with "of" only as the name cues say
// ("Faculty of Law" is a body's, "General Command of the Coalition" two names).
func (d *doc) ofNoun(k int) bool {
	t := d.toks[k]
	w := d.low[k]
	lower := d.g.w.lowerMostly[w] || d.pluralTitleHead(k) && d.g.w.lowerMostly[strings.TrimSuffix(w, "s")]
	if !d.nameWord(k) || t.initial || d.headline[t.sent] || d.opened[k] || !lower {
		return false
	}
	if k > 0 && !d.brk(k-1, k) && d.nameWord(k-1) && !d.g.w.functionWord[d.low[k-1]] {
		return false // "Army Strikes Scores of …" in a headline run on; "A Song of Ice and Fire" is a title
	}
	if d.g.w.pluralShape(w) && !d.pluralTitleHead(k) || d.g.w.compass[w] || d.isTok("GIVEN", k) || d.roleWord(k) || d.g.is("DEMONYM", t.text) ||
		d.g.is("ORGHEAD", t.text) || d.g.is("LOCHEAD", t.text) || d.g.is("OFHEAD", t.text) {
		return false
	}
	if l, _ := d.titleAt(k); l > 0 {
		return false
	}
	l, _ := d.gazAt(k, k+1)
	return l == 0
}

// pluralTitleHead reports whether the plural at token k stands between two articles, "the Xs of
// the …" ("the Wars of the Roses"), or after an article capitalised in mid-sentence ("like The
// Scholars of …"): the head of a title, not a count ("Dozens of", "Scores of").
func (d *doc) pluralTitleHead(k int) bool {
	if k > 0 && d.capitalArticle(k-1) {
		return true
	}
	return k > 0 && k+2 < len(d.toks) && d.low[k-1] == "the" && d.low[k+2] == "the" && !d.brk(k-1, k+3)
}

// capitalArticle reports whether token k is "The" capitalised in mid-sentence, outside a
// headline: it opens a work's title.
func (d *doc) capitalArticle(k int) bool {
	t := d.toks[k]
	return t.text == "The" && !t.initial && !d.headline[t.sent] && !d.opened[k]
}

// bandNoun reports whether the name word at token k may open a group's name before "of" as a
// noun the rest qualifies ("Sword", "Hawks"): no given name, people, role, title, head word or
// known name of its own.
func (d *doc) bandNoun(k int) bool {
	x := d.toks[k].text
	if !d.nameWord(k) || d.isTok("GIVEN", k) || d.roleWord(k) || d.g.is("DEMONYM", x) || d.g.is("ORGHEAD", x) || d.g.is("LOCHEAD", x) {
		return false
	}
	if l, _ := d.titleAt(k); l > 0 {
		return false
	}
	l, _ := d.gazAt(k, k+1)
	return l == 0
}

// bodyNameAt reports whether a name of two words or more that ends in the head of a body's name
// opens at token k, after a work's "of" (and maybe "the"): "Sword of Haran Brigade" is one
// group's name, its first word a noun the rest qualifies, not a word and a brigade.
func (d *doc) bodyNameAt(k, n int) bool {
	if k < n && d.low[k] == "the" {
		k++
	}
	j := k
	for j < n && (j == k || !d.brk(j-1, j)) && d.nameTok(j) {
		j++
	}
	return j-k >= 2 && d.g.is("BODYHEAD", d.toks[j-1].text)
}

// workPart reports whether the name that opens at token k, after a work's "of", may be the end
// of the work's title: no acronym, no word the document writes capitalised in mid-sentence
// outside the title ("the city of Babylon" beside "the Future of Babylon project"), and no first
// word that starts a place's, a body's or an operation's name, which are names of their own
// ("Part of Operation X").
func (d *doc) workPart(k int) bool {
	x := d.toks[k].text
	return !isAcronym(x) && !d.namedOutside(k) && !d.g.is("LOCSTART", x) && !d.g.is("ORGSTART", x) && !d.g.is("MISCSTART", x)
}

// namedOutside reports whether the word at token k, which follows a head word and "of" (and
// maybe "the"), is written capitalised in mid-sentence elsewhere, after another word than that
// head and not as the last word of another name ("The Last Hot Time"): a name of its own.
func (d *doc) namedOutside(k int) bool {
	head := d.headBefore(k)
	for j, t := range d.toks {
		if j != k && d.low[j] == d.low[k] && isCap(t.text) && !t.initial && !d.headline[t.sent] && d.headBefore(j) != head &&
			(j == 0 || !d.nameWord(j-1)) {
			return true
		}
	}
	return false
}

// headBefore returns the word before the "of" (and "the") in front of token k, lower case, or "".
func (d *doc) headBefore(k int) string {
	j := k - 1
	if j >= 0 && d.low[j] == "the" {
		j--
	}
	if j < 1 || d.low[j] != "of" {
		return ""
	}
	return d.low[j-1]
}

// contestPair reports whether the unknown plural name c stands on one side of a word that joins
// the two sides of a game ("Broncos vs. Raiders"), with a capitalised word on the other side: a
// team, not a people or a thing. A person's name is no plural ("Trump vs. Biden").
func (d *doc) contestPair(c *cand) bool {
	if c.hasGaz || c.title != "" || !d.g.w.pluralShape(d.low[c.b-1]) || isAcronym(d.toks[c.b-1].text) {
		return false
	}
	if j := c.b; j+1 < len(d.toks) && !d.brk(c.b-1, j+1) && d.contestJoin(j) {
		return d.nameWord(d.joinEnd(j))
	}
	if j := c.a - 1; j >= 1 && !d.brk(j-1, c.a) {
		if d.toks[j].text == "." && j >= 2 && d.contestJoin(j-1) {
			j--
		}
		return d.contestJoin(j) && j >= 1 && !d.brk(j-1, j) && d.nameWord(j-1)
	}
	return false
}

// contestJoin reports whether token j is a word that joins the sides of a game ("vs", "versus").
func (d *doc) contestJoin(j int) bool {
	return d.isTok("CONTESTJOIN", j) || d.low[j] == "vs" && j+1 < len(d.toks) && d.toks[j+1].text == "."
}

// joinEnd returns the token after the joining word at j and its stop, if written apart.
func (d *doc) joinEnd(j int) int {
	if j+2 < len(d.toks) && d.toks[j+1].text == "." && d.toks[j+1].start == d.toks[j].end {
		return j + 2
	}
	return j + 1
}

// verbInRun splits the run [a, b) before a word of it the parse reads as a verb in a finite or
// past form ("Kills", "Eliminates", "Killed"), which ends the name before it, as where a
// headline lost its own line ("Syrian Army Eliminates Over 75 …"): an English word in lower
// case more often than not, or one the document writes in lower case, that no known name holds
// and that the recogniser, when it reads the text, does not hold to be in a name. After a given
// name the verb may only come past the family name ("Dan Fried" is a name). The verb names
// nothing, and neither do the words before it when each is an ordinary word or one the page
// writes in lower case ("Blast Occurs"), not a body's or a place's head ("Army Kills"). It
// reports whether it split.
func (d *doc) verbInRun(a, b int, title string) bool {
	if b-a < 2 || d.bodyInText(a, b) {
		return false
	}
	known := d.knownNames(a, b)
	first := a + 1
	if d.isTok("GIVEN", a) {
		first = a + 2 // "Dan Fried", "Tom Banks": a family name may read as a verb
	}
	for k := first; k < b; k++ {
		if u := d.toks[k-1].upos; !d.runVerb(k, !d.headed(b)) || coveredBy(known, k) || u == "ADV" || u == "ADJ" || d.modifiesLower(k) {
			continue // "Most Wanted List", "the Ten Most Wanted fugitives": a participle that modifies what follows
		}
		if title != "" || !d.plainWords(a, k) {
			d.segment(a, k, title)
		}
		d.restAfter(k, b)
		return true
	}
	return false
}

// bodyInText reports whether the run [a, b) is a body's name in running text: its last word is
// an organisation's head word ("Unit", "Department"), its sentence is no headline, and a word in
// lower case of the same sentence stands right before it ("staff of the X Fire Department
// Community Led Outreach Unit"). A capitalised verb inside such a run is a word of the name
// ("Faith Based Housing Association"): where the text around it is in lower case, a verb that ended
// the name would be too.
func (d *doc) bodyInText(a, b int) bool {
	if a < 1 || d.toks[a].initial || d.headline[d.toks[a].sent] || d.brk(a-1, a) || !d.g.is("ORGHEAD", d.lastWord(b)) {
		return false
	}
	t := d.toks[a-1]
	return t.word && t.text == d.low[a-1]
}

// runVerb reports whether token k is a capitalised verb that ends a name before it (see
// verbInRun): the parse reads it as a verb, or, where title case made it read the word as a
// name, the document writes the word in lower case as a verb elsewhere ("The army retakes …").
// Inside quotation marks the words are a title's ("What a Fool Believes"), verbs and all. With
// story set (the run ends in no head word of a body's or a place's name, as "X Imports Inc."
// does), a verb the story writes again in lower case in another form ("Eliminates" beside
// "eliminated") is one whatever the recogniser reads: it may take a title-case line's verb
// into the name before it.
func (d *doc) runVerb(k int, story bool) bool {
	w := d.low[k]
	inflected := strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
	if !d.nameWord(k) || !inflected || d.isTok("GIVEN", k) || d.inQuotes(k) {
		return false
	}
	if d.toks[k].upos == "VERB" {
		if !d.g.w.lowerMostly[w] && !d.lowSeen[w] {
			return false
		}
	} else if !d.lowVerb(w) && !d.lowVerbForm(k) {
		return false
	}
	if story && d.lowVerbForm(k) {
		return true
	}
	return d.outside == nil || d.outside[k] >= creditSure
}

// lowVerbForm reports whether the capitalised word at token k, in the third person ("Eliminates",
// "Pushes"), is a verb the document writes in lower case in another form, its base or its past
// ("eliminated", "push"), as a headline's verb is written again in the story. A head word of a
// body's or a place's name ("Forces", "Heights") is a noun, whatever verbs share its letters.
func (d *doc) lowVerbForm(k int) bool {
	w := d.low[k]
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || d.isTok("ORGHEAD", k) || d.isTok("LOCHEAD", k) {
		return false
	}
	for _, base := range []string{w[:len(w)-1], strings.TrimSuffix(w, "es")} {
		if len(base) > 2 && (d.lowVerb(base) || d.lowVerb(base+"d") || d.lowVerb(base+"ed")) {
			return true
		}
	}
	return false
}

// coveredBy reports whether token k lies inside one of the known names ms.
func coveredBy(ms []knownSpan, k int) bool {
	for _, m := range ms {
		if m.a <= k && k < m.b {
			return true
		}
	}
	return false
}

// lowVerb reports whether the document writes w in lower case where the parse reads it as a verb.
func (d *doc) lowVerb(w string) bool {
	if d.lowVerbs == nil {
		d.lowVerbs = map[string]bool{}
		for i, t := range d.toks {
			if t.word && t.upos == "VERB" && t.text == d.low[i] {
				d.lowVerbs[d.low[i]] = true
			}
		}
	}
	return d.lowVerbs[w]
}

// restAfter makes the mentions of the words after token k, which ended a name as the first word
// after a lost stop: the word itself names nothing, and the word after it opens the sentence.
func (d *doc) restAfter(k, b int) {
	if k+1 < b {
		d.toks[k+1].initial = true
		d.opened[k+1] = true
		d.segment(k+1, b, "")
	}
}

// inQuotes reports whether token k stands inside quotation marks opened earlier on its line.
func (d *doc) inQuotes(k int) bool {
	for j := k - 1; j >= 0 && j >= k-24 && !d.toks[j+1].nl; j-- {
		switch x := d.toks[j].text; {
		case x == "\u201d" || x == "\u00bb":
			return false
		case isOpenQuote(x) || x == "\u2018":
			return true
		}
	}
	return false
}

// romanNumbered reports whether the unknown name c is an ordinary noun numbered by a Roman
// numeral ("Chapter VII", "Title IX", "Phase II"): a part, a stage or a document's article, not a
// person. A ruler's name after a given name or a title ("Henry VIII", "King Edward IV") is one.
func (d *doc) romanNumbered(c *cand) bool {
	if c.hasGaz || c.title != "" || c.b-c.a != 2 || !isRoman(d.toks[c.a+1].text) {
		return false
	}
	w := d.low[c.a]
	if !d.nameWord(c.a) || !d.g.w.lowerMostly[w] || d.isTok("GIVEN", c.a) || d.g.is("ORGHEAD", w) || d.g.is("LOCHEAD", w) {
		return false
	}
	l, _ := d.titleAt(c.a)
	return l == 0
}

// plainWords reports whether every token of [a, b) is a capitalised word the document writes in
// lower case or an ordinary English word, none known to the gazetteer, a given name or a body's
// or a place's head word.
func (d *doc) plainWords(a, b int) bool {
	for k := a; k < b; k++ {
		w := d.low[k]
		if !d.nameWord(k) || !d.lowSeen[w] && !d.g.w.ordinary[w] || d.isTok("GIVEN", k) || d.isTok("ORGHEAD", k) || d.isTok("LOCHEAD", k) {
			return false
		}
		if l, _ := d.gazAt(k, k+1); l > 0 {
			return false
		}
	}
	return true
}

// modifiesLower reports whether the common noun after token k is written in lower case on its
// line, as after an adjective or a participle that modifies it ("Wanted fugitives").
func (d *doc) modifiesLower(k int) bool {
	n := k + 1
	return n < len(d.toks) && !d.brk(k, n) && d.toks[n].upos == "NOUN" && d.toks[n].text == d.low[n]
}

// doubledName splits the run [a, b) where a name of two words or more is written twice in a row
// ("X Y X Y …"), as a page's pop-up card for a name sets the name again right after the link
// to it: each copy is a name of its own, and the words after the second copy are another run
// (the card's headlines). One word written twice ("Bora Bora", "Goo Goo Dolls") is one name. It
// reports whether it split.
func (d *doc) doubledName(a, b int, title string) bool {
	if d.quotedTitle(a, b) {
		return false
	}
	for i := a; i < b; i++ {
		for k := 2; i+2*k <= b; k++ {
			if !d.sameRun(i, i+k, k) {
				continue
			}
			if l, _ := d.titleAt(a); i > a && l == i-a {
				title = d.text[d.toks[a].start:d.toks[i-1].end] // "Rep. X Y X Y": the first copy's title
			} else if i > a {
				d.segment(a, i, title)
				title = ""
			}
			d.segment(i, i+k, title)
			d.segment(i+k, i+2*k, "")
			if i+2*k < b {
				d.segment(i+2*k, b, "")
			}
			return true
		}
	}
	return false
}

// sameRun reports whether the k tokens from p are capitalised words written exactly as the k
// tokens from q: a title's words in lower case ("Jewels after Jewels after …") repeat on purpose.
func (d *doc) sameRun(p, q, k int) bool {
	for j := 0; j < k; j++ {
		if !d.toks[p+j].word || !isCap(d.toks[p+j].text) || d.toks[p+j].text != d.toks[q+j].text {
			return false
		}
	}
	return true
}
