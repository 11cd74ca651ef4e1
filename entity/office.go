package entity

// officeMention reports whether c names nobody and nothing but is words of a job's title: ordinary
// words for the field of an office after a title's "of" ("Head of Research at X"), before a
// title, maybe joined to another field by "and" ("Research and Advocacy Director for X"), a
// title with its field alone ("Commissioner of Police") or a word for a person's role after a
// style ("Mr. Ranking Member", said to a member of a committee).
func (d *doc) officeMention(c *cand) bool {
	if c.hasGaz {
		return false
	}
	a := c.a
	for a < c.b && d.toks[a].start < c.start {
		a++
	}
	if a >= c.b {
		return false
	}
	if l, _ := d.titleAt(a); l > 0 && c.title == "" && a+l+1 < c.b && (d.low[a+l] == "of" || d.low[a+l] == "for") {
		return d.officeField(a+l+1, c.b, false)
	}
	listed := a >= 2 && !d.brk(a-2, a) && d.low[a-1] == "and" && d.officeField(a-2, a-1, false)
	if !d.officeField(a, c.b, listed) || d.headed(c.b) {
		return false
	}
	if c.title != "" {
		return d.roleWord(c.b - 1)
	}
	if a >= 2 && !d.brk(a-2, a) && (d.low[a-1] == "of" || d.low[a-1] == "for") && d.officeWord(a-2) {
		// Several holders' offices ("the Ministers of Foreign Affairs of X and Y") are their bodies'.
		return !d.g.w.pluralShape(d.low[a-2]) && d.officeField(a, c.b, false)
	}
	k := c.b
	for k+1 < len(d.toks) && d.low[k] == "and" && !d.brk(k-1, k+2) && d.nameWord(k+1) && d.officeField(k+1, k+2, true) {
		k += 2
	}
	return k < len(d.toks) && !d.brk(k-1, k) && d.officeWord(k)
}

// officeWord reports whether token k is a capitalised word for an office or a person's job
// ("Director", "Head", "Minister").
func (d *doc) officeWord(k int) bool {
	if l, _ := d.titleAt(k); l > 0 {
		return true
	}
	return d.roleWord(k) || d.nameWord(k) && d.isTok("FIELDTITLE", k)
}

// officeField reports whether the words [r, b) are the field of an office and name nothing
// ("Head of Research", "Director of Communications"): one or two common words, no given name,
// none a known name. A word English writes in lower case at least as often as capitalised, or
// one the page writes in lower case, is common; where loose, after a common field and "and"
// ("Research and Advocacy Director"), so is a noun the word-casing data lacks.
func (d *doc) officeField(r, b int, loose bool) bool {
	if b-r > 2 || r >= b {
		return false
	}
	if l, _ := d.gazAt(r, b); l > 0 {
		return false
	}
	for k := r; k < b; k++ {
		w := d.low[k]
		if !d.toks[k].word || isAcronym(d.toks[k].text) || d.isTok("GIVEN", k) {
			return false
		}
		if !d.g.w.lowerMostly[w] && !d.lowSeen[w] && !(loose && !d.g.w.english[w] && (d.toks[k].upos == "NOUN" || d.toks[k].upos == "PROPN")) {
			return false
		}
	}
	return true
}
