package entity

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/namekey"
)

func (d *doc) vote(c *cand, t dossier.EntityType, n int) {
	if c.votes == nil {
		c.votes = map[dossier.EntityType]int{}
	}
	c.votes[t] += n
}

// word returns the lower-case text of token i, or "" when out of range or not a word.
func (d *doc) word(i int) string {
	if i < 0 || i >= len(d.toks) || !d.toks[i].word {
		return ""
	}
	return strings.ToLower(d.toks[i].text)
}

// prelimTypes gives each mention its votes for a type from the name and its context.
func (d *doc) prelimTypes() {
	for _, c := range d.cands {
		d.nameVotes(c)
		d.headVotes(c)
		d.shapeVotes(c)
		d.datelineVotes(c)
		d.beforeVotes(c)
		d.afterVotes(c)
		d.cueVotes(c)
		if strongType(c) == "" {
			d.recognisedVotes(c)
		}
	}
}

// nameVotes votes for what the gazetteer knows of the name, what its first word starts (a place,
// an organisation, an event) and, when it has one, its title (a person).
func (d *doc) nameVotes(c *cand) {
	if c.hasGaz {
		d.vote(c, c.gaz.typ, 6)
	}
	if first := d.toks[c.a].text; c.b-c.a > 1 && !c.hasGaz {
		if d.g.is("LOCSTART", first) && !d.isTok("GIVEN", c.a+1) {
			d.vote(c, dossier.LOC, 3)
		}
		if d.g.is("MISCSTART", first) {
			d.vote(c, dossier.MISC, 4)
		}
		if d.g.is("ORGSTART", first) {
			d.vote(c, dossier.ORG, 3)
		}
		if d.compassPlace(c) {
			d.vote(c, dossier.LOC, 4) // "Southwest Asia", "Northeast Africa"
		}
	}
	if c.b-c.a == 1 && !c.hasGaz && d.numberedThing(c) || d.romanNumbered(c) {
		d.vote(c, dossier.MISC, 4) // "Resolution 2328", "Phase 1", "Chapter VII": a numbered document, exercise or stage
	}
	if c.b-c.a == 1 && !c.hasGaz && d.g.is("ORGSTART", d.toks[c.a].text) {
		d.vote(c, dossier.ORG, 1) // "Jaysh" cut from the rest of its name: an armed group's word
	}
	if c.title != "" && d.heldPost(c) {
		d.vote(c, dossier.ORG, 4) // "Rob Vale, President Acme North America": the body the person before heads
	} else if c.title != "" {
		d.vote(c, dossier.PER, 6)
	}
	if d.caseName(c) {
		d.vote(c, dossier.MISC, 8) // "X v. Y": a court case, not its parties
	}
	if !c.hasGaz && d.quotedTitleEnd(c.a) == c.b {
		d.vote(c, dossier.MISC, 8) // "a “Road to the Stars” plan": a work's title
	}
	if d.placePeople(c) {
		if d.contestSide(c) {
			d.vote(c, dossier.ORG, 8) // "the Texans beat the Colts": a team
		} else {
			d.vote(c, dossier.MISC, 8) // "South Dakotans": a place's people
		}
	}
	if d.maker(c) {
		d.vote(c, dossier.MISC, 3) // "Amazon Echo Buds", "Google Maps": a maker's product
	}
	if d.contestPair(c) {
		d.vote(c, dossier.ORG, 4) // "Broncos vs. Raiders": teams
	}
	if d.townClub(c) {
		d.vote(c, dossier.ORG, 8) // "a Barcelona soccer player", "a Lyon striker": the town's club
	}
	if c.shop {
		d.vote(c, dossier.ORG, 8) // "acquired by X's,": a shop or a firm named after its founder
	}
	if !c.hasGaz && d.firm(c) {
		d.vote(c, dossier.ORG, 4) // "Frost & Sullivan", "Ernst & Young": partners' firm
	}
}

// townClub reports whether c, a town's name (a place, not a country), stands before a sport and
// a member of a side ("a Barcelona soccer player") or before a player's position ("a Lyon
// striker"), all lower case in one sentence: the name is the town's club's.
func (d *doc) townClub(c *cand) bool {
	if c.hasGaz && c.gaz.typ != dossier.LOC || c.b+1 >= len(d.toks) || !c.hasGaz && !d.isTok("SPORTNOUN", c.b) {
		return false
	}
	if d.countryText(c) || c.title != "" || c.end != d.toks[c.b-1].end {
		return false
	}
	n := c.b
	sport := d.isTok("SPORTNOUN", n)
	if sport {
		n++
	}
	if d.brk(c.b-1, n) || d.toks[n].text != d.low[n] {
		return false
	}
	return d.isTok("SIDEPOSITION", n) || sport && d.isTok("SIDEMEMBER", n)
}

// heldPost reports whether the title before the name c follows a comma after a person's full
// name (two name words, a given name first or read as a person's by the recogniser), and c opens
// with no given name and reads as a body (see bodyUnit): the title is that person's post and c
// the body it is held at ("Rob Vale, President Acme North America, says"), not a second person.
func (d *doc) heldPost(c *cand) bool {
	if d.isTok("GIVEN", c.a) {
		return false
	}
	ts := -1
	for k := c.a - 1; k >= 0 && k >= c.a-6; k-- {
		if d.text[d.toks[k].start:d.toks[c.a-1].end] == c.title {
			ts = k
			break
		}
	}
	if ts < 3 || d.toks[ts-1].text != "," || d.brk(ts-3, ts) {
		return false
	}
	return d.nameTok(ts-2) && d.nameTok(ts-3) && (d.isTok("GIVEN", ts-3) || d.recognisedPerson(ts-3, ts-1)) && !d.headed(ts-1) && d.bodyUnit(c)
}

// bodyUnit reports whether the name c reads as a body's or as the unit of one in a region: two
// words or more ending in a head word of a body's or a place's name ("Acme Systems") or in a
// place the gazetteer knows ("Acme North America"). A title before any other name is a person's
// ("Dana Whitfield, Senator Okafor's chief of staff", "Dana Whitfield, Governor Vale and …").
func (d *doc) bodyUnit(c *cand) bool {
	if c.b-c.a < 2 {
		return false
	}
	if d.headed(c.b) {
		return true
	}
	for k := c.a + 1; k < c.b; k++ {
		if l, e := d.gazAt(k, c.b); l > 0 && k+l == c.b && e.typ == dossier.LOC {
			return true
		}
	}
	return false
}

// recognisedPerson reports whether the recogniser is sure that the tokens [a, b) are one
// person's name.
func (d *doc) recognisedPerson(a, b int) bool {
	for _, r := range d.recog {
		if r.start == d.toks[a].start && r.end == d.toks[b-1].end && r.typ == dossier.PER && r.conf >= typeSure {
			return true
		}
	}
	return false
}

// thingAfter reports whether the name c names a kind of the common noun in lower case after it
// ("the Chrome browser", "the Touch ID sensor"; see kindBefore): a "the" before c is that noun's
// article, which says nothing of c itself. A plural name is a team's or a group's ("the Cowboys
// defense").
func (d *doc) thingAfter(c *cand) bool {
	return !d.g.w.pluralShape(d.low[c.b-1]) && d.kindBefore(c)
}

// bareApostrophe reports whether the name c, ending in "s", is followed by an apostrophe alone
// glued to it and a word in lower case, its possessive ("Edmunds' executive director").
func (d *doc) bareApostrophe(c *cand) bool {
	n := c.b
	if n+1 >= len(d.toks) || !strings.HasSuffix(d.toks[n-1].text, "s") || d.toks[n].start != d.toks[n-1].end {
		return false
	}
	if t := d.toks[n].text; t != "'" && t != "\u2019" {
		return false
	}
	w := d.toks[n+1]
	return w.word && w.text == d.low[n+1] && !d.brk(n, n+1)
}

// firm reports whether the name c joins capitalised words with an ampersand, as the names of
// firms do ("Frost & Sullivan", "Procter & Gamble"), one of them at least no English word: two
// English words so joined name a work or a thing ("War & Peace", "Plug & Charge"). A side that
// the gazetteer knows or the document names alone makes two names, not one firm's ("Dokku &
// DigitalOcean" where "DigitalOcean" stands alone too). Nor does a year or a reference number
// right after the name ("Dye & Bavelier, 2010", "Carrano & Biewener [7]"): authors cited.
// Nor does a word after the partners that is no head word (see firmEnd).
func (d *doc) firm(c *cand) bool {
	plain := func(k int) bool { return d.g.w.english[d.low[k]] || d.lowSeen[d.low[k]] }
	for k := c.a + 1; k < c.b-1; k++ {
		if d.toks[k].text == "&" && isCap(d.toks[k-1].text) && isCap(d.toks[k+1].text) && !(plain(k-1) && plain(k+1)) {
			return !d.namedApart(c, c.a, k) && !d.namedApart(c, k+1, c.b) && !d.cited(c) && d.firmEnd(c, k+2)
		}
	}
	return false
}

// firmEnd reports whether the words of the name c from k, after the second partner's name,
// may end a firm's name: none, or words among which a head word of a body stands ("… Block
// Museum of Art"). Other words make the pair a maker of the thing named ("Bang & Olufsen
// Premium").
func (d *doc) firmEnd(c *cand, k int) bool {
	if k >= c.b {
		return true
	}
	for ; k < c.b; k++ {
		if d.isTok("ORGHEAD", k) || d.isTok("OFHEAD", k) || d.isTok("LEGALFORM", k) {
			return true
		}
	}
	return false
}

// cited reports whether some mention written as c is followed by a citation (see citedAt).
func (d *doc) cited(c *cand) bool {
	for _, o := range d.cands {
		if d.sameWords(o, c.a, c.b) && d.citedAt(o.b) {
			return true
		}
	}
	return false
}

// citedAt reports whether the tokens from k cite a work: a year, after a comma or an opening
// bracket or not ("…, 2010", "… (2013)", "… 2014"), or a reference number in square brackets ("[7]").
func (d *doc) citedAt(k int) bool {
	at := d.textAt
	if at(k) == "[" {
		return startsDigit(at(k+1)) && at(k+2) == "]"
	}
	if at(k) == "," || at(k) == "(" {
		k++
	}
	y, err := strconv.Atoi(at(k))
	return err == nil && len(at(k)) == 4 && y >= 1500 && y < 2100
}

// namedApart reports whether the words [a, b) of the name c are a name on their own: the whole
// of a name the gazetteer knows, or the words of another mention of the document.
func (d *doc) namedApart(c *cand, a, b int) bool {
	if l, _ := d.gazAt(a, b); l == b-a {
		return true
	}
	for _, o := range d.cands {
		if o != c && d.sameWords(o, a, b) {
			return true
		}
	}
	return false
}

// sameWords reports whether the mention o is written as the tokens [a, b), case aside.
func (d *doc) sameWords(o *cand, a, b int) bool {
	if o.b-o.a != b-a {
		return false
	}
	for k := 0; k < b-a; k++ {
		if d.low[o.a+k] != d.low[a+k] {
			return false
		}
	}
	return true
}

// numberedThing reports whether the one word of c, a figure right after it, opens a numbered
// document or exercise (MISCSTART), or is an ordinary word or a brand in the singular that no
// head word of a body or a place is ("Phase 1", "AirPlay 2"; not "Brigade 93", "Highway 1", nor
// a team in a game's score), or the head word of a thing's name (MISCHEAD: "the Series 3").
func (d *doc) numberedThing(c *cand) bool {
	if c.b >= len(d.toks) || !startsDigit(d.toks[c.b].text) || d.brk(c.a, c.b) {
		return false
	}
	w := d.toks[c.a].text
	if d.g.is("MISCSTART", w) {
		return true
	}
	if isAcronym(w) || d.g.w.pluralShape(d.low[c.a]) || d.scoreLine(c.a, c.b) {
		return false // "Predators 1" in a game's score
	}
	if d.g.is("MISCHEAD", w) {
		return true // "the Series 3": a numbered model or stage, named by the head word of a thing
	}
	return d.ordinaryWord(c) && !d.g.is("ORGHEAD", w) && !d.g.is("LOCHEAD", w) && !d.g.is("FACILITY", w)
}

// compassPlace reports whether an unknown name is a point of the compass, or its adjective,
// followed by exactly a place the gazetteer knows ("Southwest Asia", "Northeast Syria",
// "Northern Caucasus"): a part of that place.
func (d *doc) compassPlace(c *cand) bool {
	w := d.low[c.a]
	if c.hasGaz || c.b-c.a < 2 || !d.g.w.compass[w] && !d.g.w.compass[strings.TrimSuffix(w, "ern")] {
		return false
	}
	l, e := d.gazAt(c.a+1, c.b)
	return l == c.b-c.a-1 && e.typ == dossier.LOC && !d.sideSomewhere(c)
}

// sideSomewhere reports whether some mention of the page written as c is a side of a game: a
// verb of a contest or a word joining two sides stands between it and another name, or a score
// or a record follows it ("Eastern Kentucky routs Western Ohio", "rolled past X, 45-17"). Such a name is a
// college's team, not a part of the place.
func (d *doc) sideSomewhere(c *cand) bool {
	for _, x := range d.cands {
		if x.b-x.a == c.b-c.a && strings.Join(d.low[x.a:x.b], " ") == strings.Join(d.low[c.a:c.b], " ") && d.sideAt(x.a, x.b) {
			return true
		}
	}
	return false
}

// sideAt reports whether the name [a, b) stands as a side of a game (see sideSomewhere).
func (d *doc) sideAt(a, b int) bool {
	if b+1 < len(d.toks) && !d.brk(b-1, b+1) && d.isTok("CONTESTVERB", b) && d.nameWord(b+1) {
		return true
	}
	if b+1 < len(d.toks) && !d.brk(b-1, b+1) && d.contestJoin(b) {
		if e := d.joinEnd(b); e < len(d.toks) && d.nameWord(e) {
			return true
		}
	}
	if a >= 2 && !d.brk(a-2, a) && (d.isTok("CONTESTVERB", a-1) || d.contestJoin(a-1)) && d.nameWord(a-2) {
		return true
	}
	if a >= 2 && d.toks[a-1].text == "." && d.contestJoin(a-2) && !d.brk(a-2, a) {
		return true // "vs. X"
	}
	if d.scoreLine(a, b) || d.recordAfter(b) {
		return true
	}
	return b+1 < len(d.toks) && d.toks[b].text == "," && !d.brk(b-1, b+1) && scoreFigure(d.toks[b+1].text)
}

// scoreFigure reports whether w is a game's final score: two figures joined by a hyphen ("45-17").
func scoreFigure(w string) bool {
	x, y, ok := strings.Cut(w, "-")
	return ok && isDigits(x) && isDigits(y) && len(x) <= 3 && len(y) <= 3
}

// contestSide reports whether c, after "the", is a side of a game or contest: a verb of one
// follows it ("the Texans beat") or comes before the article ("beat the Texans").
func (d *doc) contestSide(c *cand) bool {
	if c.a < 1 || d.low[c.a-1] != "the" || d.brk(c.a-1, c.a) {
		return false
	}
	if c.b < len(d.toks) && !d.brk(c.b-1, c.b) && d.isTok("CONTESTVERB", c.b) {
		return true
	}
	return c.a >= 2 && !d.brk(c.a-2, c.a-1) && d.isTok("CONTESTVERB", c.a-2)
}

// maker reports whether an unknown name of several words starts with the whole name of an
// organisation the gazetteer knows, or of a product it knows, and goes on with words that name
// no body of its own (no head word of an organisation or a place, no given name): the rest names
// a thing it makes ("Motorola Razr"), or a version of the product ("Android Auto").
func (d *doc) maker(c *cand) bool {
	if c.hasGaz || c.title != "" || c.b-c.a < 2 || d.headed(c.b) {
		return false
	}
	l, e := d.gazAt(c.a, c.b)
	if l == 0 || l >= c.b-c.a || e.typ != dossier.ORG && e.typ != dossier.MISC {
		return false
	}
	for k := c.a + l; k < c.b; k++ {
		if d.isTok("GIVEN", k) || d.g.is("ORGHEAD", d.toks[k].text) || d.g.is("LOCHEAD", d.toks[k].text) || d.particle(k) {
			return false
		}
	}
	return true
}

// placeHeadVote is the vote for a place that a head word of places' names gives the name it
// ends ("X Valley", "Hill").
const placeHeadVote = 5

// headVotes votes for what the head word of an unknown name says (an organisation's, a place's or
// an event's), and for an organisation when a name of several words ends in a known place
// ("Carnegie Europe").
func (d *doc) headVotes(c *cand) {
	last := d.toks[c.b-1].text
	members := false // "Nurses for Rural Health": a plural for the body's members opens it
	work := false    // "Wheel of Time": an ordinary noun goes on with "of", as a work's title does
	for k := c.a + 1; k < c.b-1; k++ {
		if w := d.toks[k].text; w == "of" || w == "for" {
			last = d.toks[k-1].text // "National Front for Liberation": the head is before "for"
			members = w == "for" && k == c.a+1 && d.pluralHead(c.a)
			work = w == "of" && d.ofNoun(k-1)
			break
		}
	}
	if work && !c.hasGaz && c.a > 0 && d.capitalArticle(c.a-1) {
		d.vote(c, dossier.MISC, 8) // "like The Name of …": a capitalised article opens a work's title
	} else if work && !c.hasGaz {
		d.vote(c, dossier.MISC, 3)
	}
	if !c.hasGaz && c.b-c.a > 1 || !c.hasGaz && c.end == d.toks[c.b-1].end {
		if d.g.is("ORGHEAD", last) || d.g.is("INSTHEAD", last) || members || d.shopName(c) {
			d.vote(c, dossier.ORG, 5)
		} else if d.familyHead(c) {
			d.vote(c, dossier.PER, 5) // "Dana Hill": the head word is her family name
		} else if d.g.is("LOCHEAD", last) {
			d.vote(c, dossier.LOC, placeHeadVote)
		} else if d.g.is("MISCHEAD", last) && c.b-c.a > 1 {
			d.vote(c, dossier.MISC, 5) // "Falklands War", "ATP Finals"
		}
	}
	if !c.hasGaz && c.b-c.a > 1 && !d.g.is("GIVEN", first0(d, c)) {
		if l, e := d.gazAt(c.b-1, c.b); l == 1 && e.typ == dossier.LOC && !d.g.is("LOCSTART", first0(d, c)) && !d.compassPlace(c) {
			d.vote(c, dossier.ORG, 1) // "Carnegie Europe", "Radio Free Europe"
		}
	}
	if d.homeTeam(c) {
		d.vote(c, dossier.ORG, 4)
	}
}

// familyHead reports whether an unknown name is a given name and one place's head word that is a
// family name too (FAMILYHEAD: "Dana Hill", "Rob Wall"): a person's name. A given name that is an
// English word, that the body writes in lower case or that the gazetteer knows opens a place's
// name ("Forest Hill", "Virginia Beach").
func (d *doc) familyHead(c *cand) bool {
	return !c.hasGaz && c.b-c.a == 2 && d.isTok("FAMILYHEAD", c.b-1) && (d.isTok("GIVEN", c.a) || d.maybeGiven(c.a))
}

// maybeGiven reports whether token k is a given name of the longer list (given-names.txt) that
// is no English word, that the body never writes in lower case and that the gazetteer does not
// know alone ("Fiona", not "Forest", "Chad" or "Austin").
func (d *doc) maybeGiven(k int) bool {
	w := d.low[k]
	if !d.g.w.givenNames[w] || d.g.w.english[w] || d.lowSeen[w] || !isCap(d.toks[k].text) || isAcronym(d.toks[k].text) {
		return false
	}
	l, _ := d.gazAt(k, k+1)
	return l == 0
}

// homeTeam reports whether an unknown name is a known place followed by one capitalised plural
// that is no head word of a place ("Dallas Cowboys", "Boston Bruins"): a team or a body named by
// its home, not the place ("Golan Heights", "Cayman Islands"). A place that is also a given name
// opens a person's name ("Chad Evans"), and a verb, an ordinary word the text also writes in
// lower case or a word the recogniser puts in no name is no team's ("Damascus Kills 3", "Syria
// Talks").
func (d *doc) homeTeam(c *cand) bool {
	if c.hasGaz || c.b-c.a < 2 || d.isTok("GIVEN", c.a) {
		return false
	}
	l, e := d.gazAt(c.a, c.b)
	if l != c.b-c.a-1 || e.typ != dossier.LOC {
		return false
	}
	t := d.toks[c.b-1]
	if t.upos == "VERB" || t.upos == "AUX" || d.lowSeen[d.low[c.b-1]] || d.g.is("COMMON", d.low[c.b-1]) || d.outside != nil && d.outside[c.b-1] >= 0.5 {
		return false // "Damascus Kills 3" in a headline, "Syria Talks"
	}
	return isCap(t.text) && !isAcronym(t.text) && !d.g.is("LOCHEAD", t.text) && !d.isTok("DEMONYM", c.b-1) && d.g.w.pluralShape(t.text)
}

// shapeVotes votes for what the way an unknown name is written says: an acronym, a family name
// ("O'Neill"), a brand ("PayPal"), a given name first, a kinship word inside.
func (d *doc) shapeVotes(c *cand) {
	text := d.text[c.start:c.end]
	if d.modelCode(c) {
		n := 3
		if c.b-c.a > 1 {
			n = 5 // "Cinebench R20", "Brent LCOc1": a name that a code closes is a thing's, whatever its first word
		}
		d.vote(c, dossier.MISC, n) // "TNG50", "RTX 2060": a product's model or a code, not a body
		return
	}
	if d.stateAfterTown(c) {
		d.vote(c, dossier.LOC, 7) // "Allentown, PA", "Albany, N.Y.": the state the town lies in, even where the code names a body too
		return
	}
	if !c.hasGaz && c.b-c.a == 1 && ofAcronym(text) {
		d.vote(c, dossier.ORG, 8) // "MoD", "DoJ": a body's "X of Y", whatever title or verb is near
	} else if !c.hasGaz && c.b-c.a == 1 && isAcronym(text) {
		c.shapeOrg = 1 // a long acronym is a body's command or agency
		if utf8.RuneCountInString(text) <= 6 {
			c.shapeOrg = 2
		}
		d.vote(c, dossier.ORG, c.shapeOrg)
	}
	if !c.hasGaz && c.b-c.a == 1 {
		switch {
		case clanPrefix(text):
			d.vote(c, dossier.PER, 2) // "O'Neill", "McCarthy"
		case innerCap(text):
			d.vote(c, dossier.ORG, 1) // "PayPal", "WeWork": a brand, not a person or a place
		case !isAcronym(text) && d.g.w.placeEnding(text) && !d.ordinaryWord(c):
			d.vote(c, dossier.LOC, 1) // "Jalalabad", "Evansville"
		case d.placeStartWord(c.a):
			d.vote(c, dossier.LOC, 3) // "Tal-X", "Kafr-X": a place's first word opens it
		}
	}
	if d.g.is("GIVEN", first0(d, c)) && !c.hasGaz {
		if c.b-c.a > 1 {
			d.vote(c, dossier.PER, 3)
		} else {
			d.vote(c, dossier.PER, 1)
		}
	}
	for k := c.a; k < c.b; k++ {
		if d.g.w.kinship[strings.ToLower(d.toks[k].text)] {
			d.vote(c, dossier.PER, 2)
			break
		}
	}
}

// ofAcronym reports whether w is a short acronym that keeps the "o" of an "of" in lower case
// ("MoD", "DoJ", "HoC"): the shortened name of a body ("Ministry of Defence"), never a person's.
func ofAcronym(w string) bool {
	if len(w) < 3 || len(w) > 4 || w[1] != 'o' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i != 1 && (w[i] < 'A' || w[i] > 'Z') {
			return false
		}
	}
	return true
}

// modelCode reports whether an unknown name reads as a model or a code: its last word mixes
// letters and digits and opens with a letter ("TNG50", "Archer C7", "ID.3"), or it is one
// acronym with a number of three digits or more right after it ("RTX 2060"; a unit's number is
// shorter: "CTF 50"). A group noun after it makes it a body's name ("M23 rebels"); a lone short
// code is one only before a common noun it names a kind of ("V8 engine", "T3 terminal").
func (d *doc) modelCode(c *cand) bool {
	if c.hasGaz || c.title != "" || d.headed(c.b) || d.g.is("GROUPNOUN", d.word(c.b)) {
		return false
	}
	last := d.toks[c.b-1].text
	if r, _ := utf8.DecodeRuneInString(last); unicode.IsLetter(r) && strings.IndexFunc(last, unicode.IsDigit) > 0 &&
		(c.b-c.a > 1 || len(last) > 3 || d.kindBefore(c)) {
		return true // a lone short code is a group's as often ("G7", "M23")
	}
	return c.b-c.a == 1 && isAcronym(last) && c.end == d.toks[c.b-1].end && c.b < len(d.toks) &&
		isDigits(d.toks[c.b].text) && len(d.toks[c.b].text) >= 3 && !d.brk(c.b-1, c.b)
}

// kindBefore reports whether a common noun in the singular that names no group, person, place
// or event follows the name c in its sentence ("V8 engine", "T3 terminal"): c names a kind of
// that thing. A plural names the members of a group the code names ("G20 economies", "E3
// countries"), an event what they hold ("the G7 summit").
func (d *doc) kindBefore(c *cand) bool {
	if !d.modifiesNoun(c) {
		return false
	}
	w := d.word(c.b)
	return !d.g.w.pluralShape(w) && !d.g.w.eventHeads[w] && !d.g.is("PERSONNOUN", w) && !d.g.is("OWNED", w) && !d.g.is("BODYOWNED", w) && !d.g.is("LOCNOUN", w) && !d.g.is("RULEDNOUN", w)
}

// postalCode reports whether a lone name is a state's or province's two-letter postal code or a
// newspaper's abbreviation of a state written after a capitalised name and a comma ("Bristow,
// VA", "Allentown, PA", "Monroe, La."), and before no more words of a name.
func (d *doc) postalCode(c *cand) bool {
	t := d.toks[c.a].text
	if c.b-c.a != 1 || !(len(t) == 2 && isAcronym(t) && d.g.is("POSTAL", t) || d.stateAbbr(c.a)) || c.a < 2 {
		return false
	}
	if d.toks[c.a-1].text != "," || !isCap(d.toks[c.a-2].text) || d.brk(c.a-2, c.a) {
		return false
	}
	return c.b >= len(d.toks) || !d.toks[c.b].word || !isCap(d.toks[c.b].text) || d.brk(c.b-1, c.b)
}

// postalAt reports whether token k is a state's or province's two-letter postal code in
// capitals that ends its line or its clause ("Charlotte, NC @ …", "Elkton, MD."): the town
// before it lies in that state.
func (d *doc) postalAt(k int) bool {
	t := d.toks[k].text
	if len(t) != 2 || strings.ToUpper(t) != t || !d.g.is("POSTAL", t) {
		return false
	}
	return k+1 >= len(d.toks) || d.brk(k, k+1) || !d.toks[k+1].word
}

// stateAbbr reports whether token k is a newspaper's abbreviation of a state ("La.", "Calif."),
// its stop in the token or right after it.
func (d *doc) stateAbbr(k int) bool {
	t := d.toks[k]
	if strings.HasSuffix(t.text, ".") {
		return d.g.is("STATEABBR", t.text)
	}
	return k+1 < len(d.toks) && d.toks[k+1].text == "." && d.toks[k+1].start == t.end && d.g.is("STATEABBR", t.text+".")
}

// datelineVotes votes for a place when a name opens a dateline (see datelineName), not an
// acronym.
func (d *doc) datelineVotes(c *cand) {
	if d.datelineName(c) {
		d.vote(c, dossier.LOC, 5)
	}
	if d.datelineCredit(c) {
		d.vote(c, dossier.ORG, 5) // "Hong Kong (X Business) A muddled view …": the outlet's credit
	}
}

// datelineCredit reports whether the name c fills the brackets after the town of a dateline (a
// line that opens with capitalised words, commas and abbreviations up to the bracket) and no
// given name opens it: the credit of the outlet that filed the report, whatever its last words.
func (d *doc) datelineCredit(c *cand) bool {
	if c.a < 2 || c.b >= len(d.toks) || d.toks[c.a-1].text != "(" || d.toks[c.b].text != ")" || d.isTok("GIVEN", c.a) {
		return false
	}
	j := c.a - 2 // the line's first token
	for j > 0 && !strings.Contains(d.text[d.toks[j-1].end:d.toks[j].start], "\n") {
		j--
	}
	for k := j; k < c.a-1; k++ {
		if t := d.toks[k].text; t != "," && !isCap(t) {
			return false
		}
	}
	return true
}

// datelineName reports whether a name written in capitals opens a line and is followed by a
// comma or a bracket and, before the line's first stop, a dash: the dateline's town ("KORATH,
// Sept 15 (Eastbank Wire) - …", "DERVANLI (Highland Tribune) - …").
func (d *doc) datelineName(c *cand) bool {
	name := d.text[c.start:c.end]
	if strings.ToUpper(name) != name || strings.ToLower(name) == name {
		return false
	}
	before := strings.TrimRight(d.text[:c.start], " \t")
	if before != "" && !strings.HasSuffix(before, "\n") {
		return false
	}
	rest := d.text[c.end:]
	if !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, " (") {
		return false
	}
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	if stop := d.lineStop(rest); stop >= 0 {
		rest = rest[:stop]
	}
	for _, dash := range []string{" - ", " \u2013 ", " \u2014 "} {
		if strings.Contains(rest, dash) {
			return true
		}
	}
	return false
}

// lineStop returns where the first sentence of a dateline's line ends in rest: the first stop
// followed by a space that closes no abbreviation, as the state's does in "BUFFALO, N.Y. — …"
// and "ST. JOSEPH, Mich. (AP) — …". It returns -1 when there is none.
func (d *doc) lineStop(rest string) int {
	from := 0
	for {
		i := strings.Index(rest[from:], ". ")
		if i < 0 {
			return -1
		}
		i += from
		word := rest[strings.LastIndexAny(rest[:i], " ,(")+1 : i+1]
		if !(strings.Count(word, ".") >= 2 && isAcronym(word)) && !d.g.is("STATEABBR", word) {
			return i
		}
		from = i + 2
	}
}

// apposedPerson reports whether a noun for a person after a function word ("the", "his") and a
// comma stand right before token a ("The boy, X", "her brother, X").
func (d *doc) apposedPerson(a int) bool {
	if a < 3 || d.toks[a-1].text != "," || d.brk(a-3, a) || !d.g.w.functionWord[d.low[a-3]] {
		return false
	}
	n := d.low[a-2]
	return d.toks[a-2].word && (d.g.is("PERSONNOUN", n) || d.g.is("KINOWNED", n))
}

// beforeVotes votes for what the word before the name says: a preposition of place, a noun for a
// person, "of" after a noun for a person or a place, "the", a verb only people do.
func (d *doc) beforeVotes(c *cand) {
	p := c.a - 1
	if d.apposedPerson(c.a) {
		d.vote(c, dossier.PER, 2) // "The boy, X, was found": the name says who the person is
	}
	if t, ok := d.quotedKind(c); ok {
		d.vote(c, t, 8) // "a song like “X,”": the noun says what the quoted name is, whatever else X names
	}
	if p < 0 || !d.toks[p].word {
		return
	}
	pw := d.word(p)
	part, ok := d.g.w.workParts[d.lowAt(p-1)]
	workPart := ok && (pw == "of" || pw == "from" && part) && !c.hasGaz && !d.personShapedName(c)
	if workPart {
		d.vote(c, dossier.MISC, 4) // "the final scene from X", "the cast of X": a film's or a show's title
	} else if d.g.is("LOCPREP", pw) && !d.bodyCue(p) && !d.inquiryBefore(d.lowAt, p) {
		d.vote(c, dossier.LOC, 1)
		c.place++ // "in X" is where a name that acts elsewhere is, not what it is
	}
	if d.g.w.travel[d.word(p-1)+" "+pw] {
		d.vote(c, dossier.LOC, 1) // "headed to X", "flew to X"
	}
	if pw == "on" && d.g.w.placeOn[d.word(p-1)] {
		d.vote(c, dossier.LOC, 1) // "the assault on X"
	}
	if pw == "of" && d.g.w.compass[d.word(p-1)] {
		d.vote(c, dossier.LOC, 3) // "southwest of X"
	}
	if d.heldPlace(p) {
		d.vote(c, dossier.LOC, 2) // "insurgent-held X"
	}
	if d.g.is("PERSONNOUN", pw) || d.g.is("ROLENOUN", pw) {
		d.vote(c, dossier.PER, 2) // "a former colonel X", "singer X"
	}
	if pw == "of" && d.g.is("LOCNOUN", d.word(p-1)) {
		d.vote(c, dossier.LOC, 3)
		if w := d.word(p - 2); w == "the" || w == "a" {
			d.vote(c, dossier.LOC, 2) // "the town of X": the noun names the place X is, whatever X's first word
		}
	}
	nx := d.word(c.b)
	modifier := d.g.is("GROUPNOUN", nx) || d.g.is("RULEDNOUN", nx) || d.g.is("PERSONNOUN", nx) || d.g.is("LOCNOUN", nx) || d.thingAfter(c)
	if pw == "of" && (d.g.is("PERSONNOUN", d.word(p-1)) || d.g.is("PERSONNOUN", d.g.w.stem(d.word(p-1)))) ||
		pw == "the" && !d.headed(c.b) && !modifier {
		d.vote(c, dossier.ORG, 1) // "commander of X", "members of the X", "the X"
	}
	if d.g.is("PERVERB", pw) {
		d.vote(c, dossier.PER, 2)
	}
	if k := d.kindNounAt(p); k >= 0 && !c.hasGaz && c.title == "" {
		d.vote(c, d.g.w.kindNouns[d.low[k]], 4) // "the journal X", "a mission called X": what the noun says the name is
	}
	if d.bodyCue(p) {
		d.vote(c, dossier.ORG, 3) // "strategist at X", "published in X": a body, not a place
	}
}

// kindNounAt returns the token of a noun that says what the name after token p names, written
// in lower case right before it ("the app X") or before a NAMING word ("a mission called X"),
// or -1.
func (d *doc) kindNounAt(p int) int {
	if d.g.is("NAMING", d.word(p)) {
		p--
	}
	w := d.word(p) // "" before the first token, when a NAMING word opens the text
	if _, ok := d.g.w.kindNouns[w]; ok && w != "" && d.toks[p].text == w {
		return p
	}
	return -1
}

// lowAt returns the lower-case text of token i, marks included, or "" when out of range.
func (d *doc) lowAt(i int) string {
	if i < 0 || i >= len(d.low) {
		return ""
	}
	return d.low[i]
}

// bodyCue reports whether the words before a name, ending at token p, make it a body whatever
// the preposition: "at" (or "at the") after a noun for people who work or study somewhere
// ("strategist at X"), "in" after a word of publishing ("published in X"), or "from" after a
// study or a survey ("a new survey from X").
func (d *doc) bodyCue(p int) bool {
	if d.word(p) == "the" {
		p--
	}
	switch d.word(p) {
	case "at":
		return d.g.is("WORKNOUN", d.word(p-1))
	case "in":
		return d.g.is("PUBCUE", d.word(p-1))
	case "from":
		return d.g.is("STUDYNOUN", d.word(p-1))
	}
	return false
}

// afterVotes votes for what follows the name, past a possessive: a noun a ruler or an owner
// takes, ", who" or an age, a noun for a place or a group, a verb of saying or reporting.
func (d *doc) afterVotes(c *cand) {
	n := c.b
	if n < len(d.toks) && (d.toks[n].text == "\u2019s" || d.toks[n].text == "'s" || d.bareApostrophe(c)) {
		n++
	}
	nw := d.word(n)
	d.ownedVotes(c, n, nw)
	if n == c.b && n+1 < len(d.toks) && d.toks[n].text == "," {
		if w := d.word(n + 1); w == "who" || w == "whose" {
			d.vote(c, dossier.PER, 1)
		} else if age := d.toks[n+1].text; len(age) == 2 && age[0] >= '1' && age[0] <= '9' && age[1] >= '0' && age[1] <= '9' && n+2 < len(d.toks) && d.toks[n+2].text == "," {
			d.vote(c, dossier.PER, 2) // "X, 45, said"
		}
	}
	if n == c.b && !c.hasGaz && (d.scoreLine(c.a, c.b) || d.recordAfter(n)) {
		d.vote(c, dossier.ORG, 3) // "Panthers 5, Flyers 2", "Eastside (3-1):": teams in a game's score or with their record
	}
	if n == c.b && !c.hasGaz && d.g.is("QUOTING", d.word(c.a-1)) && nw == "as" && d.g.is("QUOTEDAS", d.word(n+1)) {
		d.vote(c, dossier.PER, 2) // "quoted X as saying": X speaks
	}
	if n == c.b && !c.hasGaz && n+1 < len(d.toks) && isDigits(d.toks[n].text) && d.g.is("STATNOUN", d.word(n+1)) && !d.brk(n-1, n+1) {
		d.vote(c, dossier.PER, 2) // "Brown 4 points": a player's line in a game's summary
	}
	if n == c.b && !c.hasGaz && d.outletNumber(n) {
		d.vote(c, dossier.ORG, 4) // "X 24 state television channel": a broadcaster's name and number
	}
	if n == c.b && !c.hasGaz && (d.inPlace(n) || d.placeAppos(n) || d.compassAfter(n)) {
		d.vote(c, dossier.LOC, 3) // "of X, Texas", "X to the south"
	}
	if n == c.b && !c.hasGaz && n+1 < len(d.toks) && d.toks[n].text == "," && !d.brk(n, n+1) && (d.stateAbbr(n+1) || d.postalAt(n+1) && !d.personShapedName(c)) {
		// "a Waltham, Mass., maker", "of Southport, Conn. The company": a town in its state. A
		// person's full name before a postal code is followed by a degree ("Jane Whitfield, MD,").
		d.vote(c, dossier.LOC, 5)
	}
	if n == c.b && !c.hasGaz && d.commaLegalForm(n) {
		d.vote(c, dossier.ORG, 4) // "for X, Inc., says": a company's name and its legal form
	}
	if n == c.b && !c.hasGaz && d.sellsAfter(c) {
		d.vote(c, dossier.ORG, 3) // "X offers the tablet for $799": a seller
	}
	if t, ok := d.g.w.brandNouns[nw]; ok && n == c.b && !c.hasGaz && !d.personShapedName(c) && !d.objectAt(n+1) {
		d.vote(c, t, 2) // "Lexus engineers", "Switch users"; not "X shares the formula"
	}
	if t, ok := d.blindNoun(c); ok && n == c.b && !c.hasGaz {
		d.vote(c, t, 8) // "Morgan X analyst Y", "the Hazel X supercomputer": a firm, a made thing, however person-like
	}
	if n == c.b && !c.hasGaz && !d.personShapedName(c) && d.positionAt(n) {
		d.vote(c, dossier.ORG, 3) // "Browns defensive end X", "Rovers striker X": a player's side
	}
	if n == c.b && !c.hasGaz && d.apposedGroup(n) {
		d.vote(c, dossier.ORG, 5) // "According to X, a British monitoring group": the noun says what X is
	}
	if n == c.b && !c.hasGaz && d.kindAfterModifier(c) {
		d.vote(c, dossier.MISC, 2) // "the Maxima sports sedan": a model of the kind the noun says
	}
	switch {
	case d.g.is("LOCNOUN", nw) || (d.g.is("LOCNOUN", d.word(n+1)) && !d.g.is("GROUPNOUN", nw) && nw != ""):
		d.vote(c, dossier.LOC, 3)
	case n == c.b && !c.hasGaz && d.placesNounAfter(c):
		d.vote(c, dossier.LOC, 8) // "at X and Y crossings": names joined by "and" before a plural noun of places
	case n == c.b && d.g.is("SITENOUN", nw) && !d.sentenceHas(n, "TRADEWORD"):
		d.vote(c, dossier.LOC, 3) // "the X market": the town it stands in, unless shares trade there
	case n == c.b && d.g.is("GROUPNOUN", nw) && !d.g.is("RULEDNOUN", nw):
		d.vote(c, dossier.ORG, 2)
	case n == c.b && d.g.is("SAID", nw):
		d.vote(c, dossier.PER, 1)
	case n == c.b && d.g.is("REPORTED", nw):
		d.vote(c, dossier.ORG, 1)
	}
}

// ownedVotes are the votes of the word after a name, or after its possessive ending at n: what
// the name rules or owns says what it is.
func (d *doc) ownedVotes(c *cand, n int, nw string) {
	if n == c.b && d.g.is("RULERNOUN", nw) && !c.hasGaz && c.b-c.a == 1 {
		d.vote(c, dossier.PER, 2) // "the X regime": countries are known, so X is a ruler
	}
	if n > c.b && d.g.is("OWNED", nw) && !c.hasGaz {
		d.vote(c, dossier.ORG, 1) // "X's fighters"
	}
	if n > c.b && d.g.is("BODYOWNED", nw) && !c.hasGaz && !d.personShapedName(c) && !d.surnameAlone(c) {
		d.vote(c, dossier.ORG, 3) // "X's shares", "X's CEO": only a body has them
	}
	if n > c.b && d.g.is("KINOWNED", nw) && !c.hasGaz {
		d.vote(c, dossier.PER, 3) // "X's wife", "X's grandson": only a person has kin
	}
	if n > c.b && d.g.is("MEDIAOWNED", nw) && !c.hasGaz && !d.personShaped(c) {
		d.vote(c, dossier.ORG, 3) // "X's inquiry", "X's correspondent"
	}
}

// placesNounAfter reports whether the name c is one of two joined by "and" that a plural noun for
// places follows ("at X and Y crossings", "the X and Y villages"): the noun says what both are.
func (d *doc) placesNounAfter(c *cand) bool {
	n := c.b
	if d.word(c.a-1) == "and" && c.a-2 >= 0 && d.nameTok(c.a-2) {
		return d.placesNoun(n)
	}
	if d.word(n) != "and" || n+1 >= len(d.toks) || !d.nameTok(n+1) {
		return false
	}
	k := n + 1
	for k < len(d.toks) && d.nameTok(k) && !d.brk(k-1, k) {
		k++
	}
	return d.placesNoun(k)
}

// placesNoun reports whether token k is a plural noun for places ("crossings", "villages").
func (d *doc) placesNoun(k int) bool { return d.isTok("PLACESNOUN", k) }

// blindNoun returns the type a noun that types the name c whatever its shape gives it, when one
// follows it in lower case: a firm's for a name with no title ("Morgan X analyst Jane Y"), a made
// thing's after a determiner or a possessive pronoun ("the Hazel X supercomputer", "its X Y
// rover"), since a person's full name seldom stands between an article and a machine.
func (d *doc) blindNoun(c *cand) (dossier.EntityType, bool) {
	n := c.b
	if n >= len(d.toks) || d.toks[n].text != d.low[n] || d.brk(n-1, n) || c.end != d.toks[n-1].end {
		return "", false
	}
	t, ok := d.g.w.shapeBlind[d.low[n]]
	if !ok {
		return "", false
	}
	if t == dossier.ORG {
		return t, c.title == "" && !d.objectAt(n+1)
	}
	p := c.a - 1
	return t, p >= 0 && !d.brk(p, p+1) && (d.toks[p].upos == "DET" || d.g.w.determiners[d.low[p]] || d.isTok("POSSPRON", p))
}

// apposedGroup reports whether an apposition naming a group starts at token n, maybe after a
// comma a stop-less source often lost: "a" or "an", up to three modifiers (words in lower case or
// a people's word) and a group noun that heads it, no noun after it ("X, a British monitoring
// group, said", "X an Istanbul-based charity").
func (d *doc) apposedGroup(n int) bool {
	if n < len(d.toks) && d.toks[n].text == "," {
		n++
	}
	if w := d.lowAt(n); n >= len(d.toks) || w != "a" && w != "an" || d.toks[n].text != w || d.brk(n-1, n) {
		return false
	}
	for k := n + 1; k < len(d.toks) && k <= n+4 && !d.brk(k-1, k); k++ {
		t := d.toks[k]
		if !t.word {
			return false
		}
		if d.isTok("GROUPNOUN", k) && t.text == d.low[k] {
			nx := k + 1
			return nx >= len(d.toks) || d.brk(k, nx) || !d.toks[nx].word || d.toks[nx].upos != "NOUN" && d.toks[nx].upos != "PROPN" && d.toks[nx].upos != "ADJ"
		}
		if t.text != d.low[k] && !d.g.is("DEMONYM", t.text) {
			return false
		}
		if u := t.upos; u != "" && u != "ADJ" && u != "NOUN" && u != "PROPN" && u != "VERB" {
			return false
		}
	}
	return false
}

// positionAt reports whether a player's position in lower case stands at token n, maybe of two
// words ("striker", "defensive end"); a PLAYSIDE word needs a PLAYROLE word after it, so that "the
// X offensive began" or "the X defensive line" is no side's.
func (d *doc) positionAt(n int) bool {
	if n >= len(d.toks) || d.toks[n].text != d.low[n] {
		return false
	}
	if d.isTok("PLAYSIDE", n) {
		return n+1 < len(d.toks) && d.toks[n+1].text == d.low[n+1] && d.isTok("PLAYROLE", n+1) && !d.brk(n, n+1)
	}
	return d.isTok("SIDEPOSITION", n)
}

// kindAfterModifier reports whether a lower-case noun or adjective and then a noun for a made
// thing follow the name c in its sentence ("Maxima sports sedan", "Corsa compact hatchback"): the
// name is the thing's model. A person's name is never read so, nor one ordinary word that may
// be the compound's first ("Online business owners").
func (d *doc) kindAfterModifier(c *cand) bool {
	n := c.b
	if n+1 >= len(d.toks) || d.brk(c.b-1, n+1) || d.toks[n].text != d.low[n] || d.personShapedName(c) {
		return false
	}
	if c.b-c.a == 1 && d.everydayWord(d.low[c.a]) {
		return false
	}
	if u := d.toks[n].upos; u != "NOUN" && u != "ADJ" {
		return false
	}
	t, ok := d.g.w.brandNouns[d.low[n+1]]
	return ok && t == dossier.MISC && d.toks[n+1].word
}

// sellsAfter reports whether a verb of selling follows the name c in its sentence, maybe after
// "is", "are" or "has", with a thing sold after it ("X offers the tablet", "X is selling 4K
// TVs"): the name is a seller's, unless it reads as a person's or ends a person's full name the
// document writes.
func (d *doc) sellsAfter(c *cand) bool {
	n := c.b
	if w := d.word(n); w == "is" || w == "are" || w == "has" {
		n++
	}
	if n+1 >= len(d.toks) || d.brk(c.b-1, n+1) || !d.isTok("SELLVERB", n) || d.toks[n].text != d.low[n] {
		return false
	}
	if d.personShapedName(c) || d.isTok("GIVEN", c.a) || d.surnameAlone(c) {
		return false // "Ana Mendez … Mendez offers the team a chance": the person again
	}
	o := d.toks[n+1].text
	return d.word(n+1) == "the" || d.word(n+1) == "a" || d.word(n+1) == "an" || startsDigit(o) || o == "$" || isCap(o)
}

// commaLegalForm reports whether a comma at token n and a company's legal form after it stand
// in one sentence ("X, Inc."). Forms of one or two letters ("Co", "AG") are left out, as after a
// comma they are as often a state's or a place's abbreviation ("Denver, Co").
func (d *doc) commaLegalForm(n int) bool {
	if n+1 >= len(d.toks) || d.toks[n].text != "," || d.brk(n, n+1) {
		return false
	}
	w := d.toks[n+1].text
	return d.g.is("LEGALFORM", w) && len(strings.Trim(w, ".")) >= 3 && !d.g.is("STATEABBR", w) && !d.g.is("POSTAL", w)
}

// sentenceHas reports whether a word of the list kind stands in the sentence of token n.
func (d *doc) sentenceHas(n int, kind string) bool {
	if n >= len(d.toks) {
		return false
	}
	k := n
	for k > 0 && d.toks[k-1].sent == d.toks[n].sent {
		k--
	}
	for ; k < len(d.toks) && d.toks[k].sent == d.toks[n].sent; k++ {
		if d.g.is(kind, d.toks[k].text) {
			return true
		}
	}
	return false
}

// objectAt reports whether token k opens a noun phrase with a determiner or a pronoun, as the
// object of a verb the parse may have read as a noun does ("X shares the formula").
func (d *doc) objectAt(k int) bool {
	return k < len(d.toks) && (d.toks[k].upos == "DET" || d.toks[k].upos == "PRON")
}

// outletNumber reports whether a figure stands at token n and a word of a broadcaster's or a
// publication's name (MEDIAHEAD) follows it within three words, in the same sentence.
func (d *doc) outletNumber(n int) bool {
	if n >= len(d.toks) || !isDigits(d.toks[n].text) {
		return false
	}
	for k := n + 1; k < len(d.toks) && k <= n+3 && !d.brk(k-1, k); k++ {
		if d.g.is("MEDIAHEAD", d.toks[k].text) {
			return true
		}
	}
	return false
}

// scoreLine reports whether the name [a, b) stands in a game's score, a figure after it and
// another name with its figure beside it: "X 5, Y 2" read from either name.
func (d *doc) scoreLine(a, b int) bool {
	figure := func(k int) bool { return k >= 0 && k < len(d.toks) && isDigits(d.toks[k].text) }
	capAt := func(k int) bool { return k >= 0 && k < len(d.toks) && d.toks[k].word && isCap(d.toks[k].text) }
	if !figure(b) || d.brk(b-1, b) {
		return false
	}
	if b+2 < len(d.toks) && d.toks[b+1].text == "," && capAt(b+2) && !d.brk(b, b+2) {
		for k := b + 3; k < len(d.toks) && k <= b+6 && !d.brk(k-1, k); k++ {
			if figure(k) {
				return capAt(k - 1)
			}
		}
	}
	return a >= 3 && d.toks[a-1].text == "," && figure(a-2) && capAt(a-3) && !d.brk(a-3, a)
}

// recordAfter reports whether the tokens from n are a team's record in brackets: wins and
// losses, and maybe ties, as figures joined by hyphens ("(3-1)", "(8-8-4)").
func (d *doc) recordAfter(n int) bool {
	if n+2 >= len(d.toks) || d.toks[n].text != "(" || d.toks[n+2].text != ")" || d.brk(n-1, n+2) {
		return false
	}
	parts := strings.Split(d.toks[n+1].text, "-")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if !isDigits(p) || len(p) > 2 {
			return false
		}
	}
	return true
}

// surnameAlone reports whether the name c is one word that ends a person's full name the
// document writes ("Whitcombe" after "Dana Whitcombe"): the person named again, whatever a
// possessive after it seems to say ("Whitcombe's executive order").
func (d *doc) surnameAlone(c *cand) bool {
	return c.b-c.a == 1 && d.family[d.low[c.a]]
}

// personShapedName reports a name of two words or more that reads as a person's ("Tim Cook
// users" is rare, "Nintendo Switch users" common): a title, or a given name first.
func (d *doc) personShapedName(c *cand) bool {
	return c.title != "" || c.b-c.a > 1 && d.isTok("GIVEN", c.a) && !d.isTok("COMMON", c.b-1)
}

// heldPlace reports whether token p is a compound saying who holds a place ("rebel-held").
func (d *doc) heldPlace(p int) bool {
	w := d.word(p)
	for _, suf := range d.g.w.placeModifiers {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// inPlace reports whether the tokens from n are a comma and a place the gazetteer knows that
// a mark or the line's end closes ("Cibolo, Texas, died"; not "Cibolo, Texas and Ohio" nor "Liu
// He, China's negotiator"): the name before them lies in that place.
func (d *doc) inPlace(n int) bool {
	if n+1 >= len(d.toks) || d.toks[n].text != "," || d.brk(n, n+1) {
		return false
	}
	l, e := d.gazAt(n+1, len(d.toks))
	if l == 0 || e.typ != dossier.LOC {
		return false
	}
	k := n + 1 + l
	return k >= len(d.toks) || d.brk(k-1, k) || !d.toks[k].word && !isApostropheTok(d.toks[k].text) // not "X, China's"
}

// placeAppos reports whether the tokens from n read ", a village" or another noun for a place
// after an article ("of Addison, a village southwest of Ithaca").
func (d *doc) placeAppos(n int) bool {
	if n+2 >= len(d.toks) || d.toks[n].text != "," || d.brk(n, n+2) {
		return false
	}
	w := d.word(n + 1)
	return (w == "a" || w == "an" || w == "the") && d.g.is("LOCNOUN", d.word(n+2))
}

// compassAfter reports whether the tokens from n read "to the north" or another point of the
// compass ("Babylonia to the south").
func (d *doc) compassAfter(n int) bool {
	return d.word(n) == "to" && d.word(n+1) == "the" && d.g.w.compass[d.word(n+2)] && !d.brk(n-1, n+2)
}

// cueVotes votes for an organisation when an unknown name is the document's own publisher, is
// written after a capital "The" in mid-sentence, or receives or gives a report ("told X") without
// reading as a person.
func (d *doc) cueVotes(c *cand) {
	if c.hasGaz {
		return
	}
	if d.pub != "" && strings.Join(c.words, " ") == d.pub {
		d.vote(c, dossier.ORG, 6) // the document's own publisher
	}
	if p := c.a - 1; p >= 0 && d.toks[p].text == "The" && !d.toks[p].initial && !d.headline[d.toks[p].sent] {
		switch {
		case !d.g.is("LOCHEAD", d.toks[c.b-1].text):
			d.vote(c, dossier.ORG, 2) // "… to The X": a capital "The" in mid-sentence belongs to a title
		case d.mediaOwned(c.b):
			d.vote(c, dossier.ORG, 6) // "The Hill's request for comment": an outlet named like a place
		}
	}
	if d.sourceCue(c.a) && !d.personShaped(c) {
		d.vote(c, dossier.ORG, 3) // "told X", "according to X": an outlet unless a person
	}
	if d.outletCue(c.b) {
		d.vote(c, dossier.ORG, 6) // "X cannot independently verify the reports": an outlet, however person-like
	}
}

// outletCue reports whether the words from token n are a phrase only an outlet says of itself
// (outlet-cues: "cannot independently verify").
func (d *doc) outletCue(n int) bool {
	phrase := ""
	for k := n; k < len(d.toks) && k-n < d.g.w.outletN && d.toks[k].word; k++ {
		if k > n && d.brk(k-1, k) {
			break
		}
		if phrase == "" {
			phrase = d.low[k]
		} else {
			phrase += " " + d.low[k]
		}
		if d.g.w.outletCues[phrase] {
			return true
		}
	}
	return false
}

// mediaOwned reports whether a possessive and a noun of an outlet's things (MEDIAOWNED) stand
// at token n ("'s request for comment", "'s reporting").
func (d *doc) mediaOwned(n int) bool {
	return n+1 < len(d.toks) && isApostropheTok(d.toks[n].text) && d.g.is("MEDIAOWNED", d.word(n+1))
}

// coordinated gives a mention nothing else types the type of the name it is joined to by "and"
// or "or" ("Leeds and Tulsa", "Hulu or Netflix"), when that name's own type is clear.
func (d *doc) coordinated() {
	sep := func(a, b int) bool { // tokens [a, b) join two items of a list
		switch {
		case b == a:
			// Nothing between: a list of Arabic names that lost its commas, cut before the
			// article of the next ("al-Sabil al-Furqan").
			return a > 0 && a < len(d.toks) && d.g.w.prefixedName(d.toks[a].text) && d.g.w.prefixedName(d.toks[a-1].text)
		case b-a == 1:
			w := d.toks[a].text
			return w == "and" || w == "or" // a comma alone may open an apposition
		case b-a == 2:
			return d.toks[a].text == "," && (d.toks[a+1].text == "and" || d.toks[a+1].text == "or")
		}
		return false
	}
	typeOf := func(c *cand) (dossier.EntityType, int) {
		if c.hasGaz {
			return c.gaz.typ, 3
		}
		if t := strongType(c); t != "" {
			return t, 3
		}
		if soleType(c) == dossier.LOC {
			return dossier.LOC, 1 // "Rabiyah and Zumar": a weak sign of a place passes on weakly
		}
		return "", 0
	}
	for pass := 0; pass < 2; pass++ {
		for i, c := range d.cands {
			if len(c.votes) > 0 || c.hasGaz || d.ownsNext(i) {
				continue
			}
			var t dossier.EntityType
			n := 0
			if i > 0 {
				// A comma joins list items too when the list goes on after this one ("A, B and C").
				listed := c.b < len(d.toks) && (sep(c.b, c.b+1) || d.toks[c.b].text == ",") && i+1 < len(d.cands) &&
					d.cands[i+1].a <= c.b+2 && !d.brk(c.b, d.cands[i+1].a)
				if p := d.cands[i-1]; p.b <= c.a && (sep(p.b, c.a) || listed && c.a-p.b == 1 && d.toks[p.b].text == ",") {
					t, n = typeOf(p)
				}
			}
			if t == "" && i+1 < len(d.cands) {
				if nc := d.cands[i+1]; c.b <= nc.a && sep(c.b, nc.a) && !d.ownsNext(i+1) {
					t, n = typeOf(nc)
				} else if nc.a-c.b == 1 && d.toks[c.b].text == "," && d.listGoesOn(i+1, sep) {
					// "A, B, C and D" read from its first item; a person's shape in a list of
					// firms ("A, Merrill Lynch and …") says too little to pass on.
					if t, n = typeOf(nc); t == dossier.PER {
						t = ""
					}
				}
			}
			if t == dossier.PER || t == dossier.ORG || t == dossier.LOC {
				d.vote(c, t, n)
			}
		}
	}
}

// ownsNext reports whether the mention i is the owner of the name right after it ("Britain's
// Andy Murray"): the list item is that name, the owner only qualifies it, so the two share no
// type through "and" ("Serbia's X and Britain's Y").
func (d *doc) ownsNext(i int) bool {
	c, n := d.cands[i], d.cands[i].b
	if n >= len(d.toks) || !isApostropheTok(d.toks[n].text) || i+1 >= len(d.cands) {
		return false
	}
	nx := d.cands[i+1]
	return nx.a > n && nx.a <= n+2 && c.end == d.toks[n].start && !d.brk(n, nx.a)
}

// listGoesOn reports whether the mention i is followed by another item of the same list: a comma
// or a joining word (sep), then the next mention, with no break between.
func (d *doc) listGoesOn(i int, sep func(a, b int) bool) bool {
	if i+1 >= len(d.cands) {
		return false
	}
	c, nc := d.cands[i], d.cands[i+1]
	if c.b >= nc.a || d.brk(c.b-1, nc.a) {
		return false
	}
	return sep(c.b, nc.a) || nc.a-c.b == 1 && d.toks[c.b].text == ","
}

// soleType returns the one type among person, organisation and place that c has votes for,
// when it has votes for no other type; else "".
func soleType(c *cand) dossier.EntityType {
	var sole dossier.EntityType
	for t, n := range c.votes {
		if n <= 0 {
			continue
		}
		if sole != "" || t == dossier.MISC {
			return ""
		}
		sole = t
	}
	return sole
}

// sourceCue reports whether the words just before token a say that a name there received or
// gave a report ("told", "according to", "in a statement to").
func (d *doc) sourceCue(a int) bool {
	p := a - 1
	if p >= 0 && d.toks[p].text == "The" {
		p--
	}
	phrase := ""
	for k := p; k >= 0 && p-k < d.g.cueN && d.toks[k].word; k-- {
		if k < p && d.brk(k, k+1) {
			break
		}
		if phrase == "" {
			phrase = d.low[k]
		} else {
			phrase = d.low[k] + " " + phrase
		}
		if d.g.is("SOURCECUE", phrase) {
			return true
		}
	}
	return false
}

// personShaped reports whether a name may well be a person's: a title, a given name or a
// kinship word, a single word (a family name), or words none of which is an ordinary English
// word nor ends as a common noun does; "Open Lens", "Evening Star" or "Flagged Revisions" are not.
func (d *doc) personShaped(c *cand) bool {
	if c.title != "" || c.b-c.a == 1 {
		return true
	}
	if d.acronymLast(c) {
		return false
	}
	for k := c.a; k < c.b; k++ {
		if d.isTok("GIVEN", k) || d.g.w.kinship[d.low[k]] {
			return true
		}
	}
	for k := c.a; k < c.b; k++ {
		if t := d.toks[k]; t.word && isCap(t.text) && (d.g.is("COMMON", d.low[k]) || d.lowSeen[d.low[k]] || d.g.w.nounEnding(d.low[k])) {
			return false
		}
	}
	return !d.wordsName(c)
}

// acronymLast reports whether the name c of several words, not all written in capitals, ends
// in an acronym of two letters or more ("Fusion GPS", "Roth IRA"): a body's or a thing's name;
// a person's name ends in a family name, a generation ("II") or an initial.
func (d *doc) acronymLast(c *cand) bool {
	last := d.toks[c.b-1].text
	if c.b-c.a < 2 || utf8.RuneCountInString(last) < 2 || strings.ContainsRune(last, '.') || strings.ToUpper(last) != last ||
		!isAcronym(last) || isRoman(last) {
		return false
	}
	for k := c.a; k < c.b-1; k++ {
		if t := d.toks[k].text; d.toks[k].word && strings.ToUpper(t) != t {
			return true
		}
	}
	return false
}

// wordsName reports whether the name c is made of English words, one that English writes in
// lower case ("Civil", "Dark") before the last, or all of them when the first is no given name:
// a thing's or a body's name ("Dark Web Monitoring", "Inherent Resolve"), not a person's, whose
// family name is no English word ("Kinda Makieh") or whose given name the gazetteer knows.
func (d *doc) wordsName(c *cand) bool {
	last := d.low[c.b-1]
	if !d.g.w.english[last] && !d.g.w.english[d.g.w.stem(last)] {
		return false
	}
	all := !d.isTok("GIVEN", c.a)
	for k := c.a; k < c.b-1; k++ {
		if t := d.toks[k]; t.word && isCap(t.text) && d.g.w.ordinary[d.low[k]] {
			return true
		}
		all = all && d.g.w.english[d.low[k]]
	}
	return all // "Inherent Resolve", "Human Rights": English words all, no given name first
}

// nounEnding reports whether w ends as common nouns do and family names do not ("Revisions",
// "Phenomena"), leaving at least three letters before the ending.
func (lw *nameLists) nounEnding(w string) bool {
	for _, suf := range lw.nounEndings {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// clanPrefix reports a family name of the shape "O'Neill", "McCarthy", "MacLeod", "FitzGerald".
func clanPrefix(w string) bool {
	w = strings.ReplaceAll(w, "\u2019", "'")
	for _, p := range []string{"O'", "Mc", "Mac", "Fitz"} {
		if rest, ok := strings.CutPrefix(w, p); ok && isCap(rest) && utf8.RuneCountInString(rest) >= 2 && !isAcronym(rest) {
			return true
		}
	}
	return false
}

// innerCap reports a word with a capital after a lower-case letter ("PayPal", "YouTube"), the
// way brands are written, leaving out family names such as "McCarthy".
func innerCap(w string) bool {
	if clanPrefix(w) || isAcronym(w) {
		return false
	}
	var prev rune
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
			return true
		}
		prev = r
	}
	return false
}

type unionFind []int

func (u unionFind) find(x int) int {
	for u[x] != x {
		u[x] = u[u[x]]
		x = u[x]
	}
	return x
}

func (u unionFind) union(a, b int) {
	a, b = u.find(a), u.find(b)
	if a == b {
		return
	}
	if a < b {
		u[b] = a
	} else {
		u[a] = b
	}
}

// strongType is a mention's type when its votes make it clear, else "".
func strongType(c *cand) dossier.EntityType {
	best, bn, second := dossier.EntityType(""), 0, 0
	for _, t := range []dossier.EntityType{dossier.PER, dossier.ORG, dossier.LOC} {
		if n := c.votes[t]; n > bn {
			best, bn, second = t, n, bn
		} else if n > second {
			second = n
		}
	}
	if bn >= 3 && bn > second {
		return best
	}
	return ""
}

// chain groups the mentions into chains, numbered in order of first mention, and gives each
// chain its type.
func (d *doc) chain() ([]int, map[int]dossier.EntityType) {
	u := make(unionFind, len(d.cands))
	for i := range u {
		u[i] = i
	}
	sur := d.surnames() // first: it retypes the surnames the other joins look at
	d.joinSameNames(u, sur)
	d.joinSkeletons(u)
	d.joinKeys(u, sur)
	for _, l := range d.links {
		if !d.twoPersons(l[0], l[1]) {
			u.union(l[0], l[1])
		}
	}
	for i, j := range sur {
		u.union(i, j)
	}
	d.joinAcronyms(u)
	d.kin = d.kinFamilies()
	d.joinShortForms(u, sur)
	d.joinGivenNames(u, sur)
	d.joinHeadWords(u)
	chains := d.numberChains(u)
	return chains, d.chainTypes(chains)
}

// twoPersons reports whether a name and the name in brackets after it are two persons' full
// names ending in other family names: a part and who plays it ("Tom Reed (Joe Carr)"), not one
// person's two names. One must be a person's (see isPerson), the other may be a name nothing
// types yet. A kunya or a patronymic ("Abu Omar") names a person otherwise known, so neither
// may hold a kinship word.
func (d *doc) twoPersons(i, j int) bool {
	a, b := d.cands[i], d.cands[j]
	if !d.personLike(a) || !d.personLike(b) || !d.isPerson(a) && !d.isPerson(b) {
		return false
	}
	return d.low[a.b-1] != d.low[b.b-1]
}

// isPerson reports whether c is typed a person's or opens with a given name.
func (d *doc) isPerson(c *cand) bool {
	return strongType(c) == dossier.PER || d.isTok("GIVEN", c.a)
}

// personLike reports whether c may be a person's full name: two words or more, no kinship word,
// and no vote for another type.
func (d *doc) personLike(c *cand) bool {
	if c.b-c.a < 2 {
		return false
	}
	for t, n := range c.votes {
		if t != dossier.PER && n > 0 {
			return false
		}
	}
	for k := c.a; k < c.b; k++ {
		if d.g.w.kinship[d.low[k]] {
			return false
		}
	}
	return true
}

// joinSameNames joins the mentions written with the same words, and those the gazetteer knows as
// the same entry. Family names alone that stand for two full names (sur) stay apart: a page
// naming two Vales means by each "Vale" the one named last before it.
func (d *doc) joinSameNames(u unionFind, sur map[int]int) {
	byKey := map[string]int{}
	byGaz := map[int]int{}
	for i, c := range d.cands {
		key := strings.Join(c.words, " ")
		if j, ok := byKey[key]; ok && !d.surnamesApart(sur, i, j) {
			u.union(i, j)
		} else {
			byKey[key] = i
		}
		if c.hasGaz {
			if j, ok := byGaz[c.gaz.id]; ok {
				u.union(i, j)
			} else {
				byGaz[c.gaz.id] = i
			}
		}
	}
}

// joinSkeletons joins the spellings of one multi-word name that differ only in vowels
// ("Jaysh"/"Jaish"), unless their types clearly differ.
func (d *doc) joinSkeletons(u unionFind) {
	bySkel := map[string]int{}
	for i, c := range d.cands {
		if len(c.words) < 2 {
			continue
		}
		sk := skeleton(c.words)
		if len(sk) < 8 {
			continue
		}
		if j, ok := bySkel[sk]; ok {
			if d.g.w.distinct.Apart(c.words, d.cands[j].words) {
				continue // "Harlan Voss II", "Harlan Voss III"
			}
			if a, b := strongType(c), strongType(d.cands[j]); a == "" || b == "" || a == b {
				u.union(i, j)
			}
		} else {
			bySkel[sk] = i
		}
	}
}

// joinKeys joins the spellings of one name whose words have the same transliteration keys
// ("Huthi"/"Houthi", "Maarat al-Numan"/"Maarat al-Nouman"), and those of seven letters or more
// that differ only in a vowel ("Saraqeb"/"Saraqib"), unless their types clearly differ or the
// gazetteer knows them as different entries, or one is a country's name and the other not
// ("Russia", "Rossiya"), or they are family names alone standing for two full names (sur).
func (d *doc) joinKeys(u unionFind, sur map[int]int) {
	byKey, bySkel := map[string]int{}, map[string]int{}
	for i, c := range d.cands {
		key := d.nameKey(c)
		if len(key) < 4 {
			continue
		}
		if j, ok := byKey[key]; ok && !d.surnamesApart(sur, i, j) {
			d.joinIfAlike(u, i, j)
		} else {
			byKey[key] = i
		}
		if len(key) < 7 {
			continue
		}
		sk := namekey.Skeleton(key)
		if j, ok := bySkel[sk]; ok && !d.surnamesApart(sur, i, j) && namekey.Similarity(key, d.nameKey(d.cands[j])) >= 0.9 {
			d.joinIfAlike(u, i, j)
		} else if !ok {
			bySkel[sk] = i
		}
	}
}

// nameKey is the transliteration keys of a mention's words (articles dropped), space-separated.
func (d *doc) nameKey(c *cand) string {
	keys := make([]string, 0, len(c.words))
	for _, w := range c.words {
		keys = append(keys, d.g.keys.Key(namekey.Fold(w)))
	}
	return strings.Join(keys, " ")
}

// surnamesApart reports whether mentions i and j are family names alone that stand for full
// names (sur) of two given names: "Vale" after "Tomas Vale" and "Vale" after "Nora Vale", not
// after "John M. Vale" and "John Milo Vale", nor "Charles Vale" and "Chuck Vale" (see sameGiven).
func (d *doc) surnamesApart(sur map[int]int, i, j int) bool {
	a, ok := sur[i]
	b, ok2 := sur[j]
	return ok && ok2 && !d.g.w.sameGiven(d.cands[a].words[0], d.cands[b].words[0])
}

// joinIfAlike joins mentions i and j unless their types clearly differ, the gazetteer knows
// them as different entries, or a word that tells names apart differs ("Denver East", "Denver
// South": keys fold their other letters near enough).
func (d *doc) joinIfAlike(u unionFind, i, j int) {
	c, o := d.cands[i], d.cands[j]
	if c.hasGaz && o.hasGaz && c.gaz.id != o.gaz.id || d.g.w.distinct.Apart(c.words, o.words) {
		return
	}
	// A page in English writes a country the English way: another romanisation of its name is
	// something named after it ("Russia" and the channel "Rossiya 24").
	if a, b := d.countryText(c), d.countryText(o); a != b {
		return
	}
	if a, b := strongType(c), strongType(o); a == "" || b == "" || a == b {
		u.union(i, j)
	}
}

// countryText reports whether a mention is written as a country's name ("Russia").
func (d *doc) countryText(c *cand) bool {
	return d.g.w.countries[strings.ToLower(d.text[c.start:c.end])]
}

// joinAcronyms joins each unknown acronym to the nearest name whose initials it spells; a known
// acronym keeps its known meaning, and a state's abbreviation after a town ("Washington, D.C.")
// abbreviates only a place's name ("South Carolina" for "S.C.", not "Diana de Cardenas").
func (d *doc) joinAcronyms(u unionFind) {
	for i, c := range d.cands {
		text := d.text[c.start:c.end]
		if c.b-c.a != 1 || !isAcronym(text) || c.hasGaz {
			continue
		}
		state := d.stateAfterTown(c)
		j := d.nearest(i, func(j int) bool { return len(d.cands[j].words) > 1 && (!state || d.place(d.cands[j])) },
			func(j int) bool {
				return d.g.w.initials(text, d.text[d.cands[j].start:d.cands[j].end]) && d.ofFits(text, d.cands[j])
			})
		if j >= 0 {
			u.union(i, j)
		}
	}
}

// ofFits reports whether the full name o may stand behind the acronym acr: an acronym that keeps
// the "o" of "of" ("MoD") stands for a name whose second word is "of" ("Ministry of Defence"),
// not for one whose second word merely starts with an "o" ("Main Operational Directorate").
func (d *doc) ofFits(acr string, o *cand) bool {
	return !ofAcronym(acr) || o.b-o.a > 2 && d.low[o.a+1] == "of"
}

// place reports whether the gazetteer knows c as a place, or its context clearly types it so.
func (d *doc) place(c *cand) bool {
	if c.hasGaz {
		return c.gaz.typ == dossier.LOC
	}
	return strongType(c) == dossier.LOC
}

// joinShortForms joins short forms to the full name they are part of, nearest first. Only names
// of several words sharing the short form's first word are looked at (a full name is longer than
// its short form), and at most a window of them on each side, so long documents stay linear.
// Acronyms and the surnames in sur are joined already. A short form whose chain holds a full
// name already joins no other full name that is not one name with it: "Courtaulds" (its every
// mention one chain) may stand for "Courtaulds PLC" or for "Courtaulds Textiles", not make the
// two one.
func (d *doc) joinShortForms(u unionFind, sur map[int]int) {
	byWord := d.namesByWord()
	full := map[int][]int{} // by chain, the full names short forms joined it to
	for i, c := range d.cands {
		if c.b-c.a == 1 && isAcronym(d.text[c.start:c.end]) {
			continue
		}
		if _, ok := sur[i]; ok {
			continue
		}
		st := strongType(c)
		fits := func(j int) bool { return d.shortFormOf(c, st, d.cands[j]) }
		j := nearestIn(byWord[c.words[0]], i, fits)
		if f := firstIn(byWord[c.words[0]], i, fits); j >= 0 && f >= 0 && d.bodies(c, f, j) && !d.oneName(u, f, j) {
			j = f // of two bodies, the short form names the one the page named first
		}
		if j < 0 || !d.fullNamesAgree(u, full[u.find(i)], j) {
			continue
		}
		ri, rj := u.find(i), u.find(j)
		if ri == rj || d.kinApart(u, ri, rj) {
			continue
		}
		held := append(slices.Clip(full[ri]), full[rj]...)
		delete(full, ri)
		delete(full, rj)
		u.union(i, j)
		full[u.find(i)] = append(held, j)
	}
}

// bodies reports whether the short form c and the full names f and j it fits read as no
// person's: a person called by the family name is the one named last (see surnames).
func (d *doc) bodies(c *cand, f, j int) bool {
	for _, x := range []*cand{c, d.cands[f], d.cands[j]} {
		if strongType(x) == dossier.PER || d.personal(x) {
			return false
		}
	}
	return true
}

// fullNamesAgree reports whether the full name j may share a chain with the full names held
// that short forms joined (see oneName).
func (d *doc) fullNamesAgree(u unionFind, held []int, j int) bool {
	for _, k := range held {
		if !d.oneName(u, k, j) {
			return false
		}
	}
	return true
}

// oneName reports whether the full names k and j may name one thing: they share a chain
// already, are written alike, or one is a short form of the other ("Oshkosh Truck" and
// "Oshkosh Truck Corp."; not "Courtaulds PLC" and "Courtaulds Textiles").
func (d *doc) oneName(u unionFind, k, j int) bool {
	a, b := d.cands[k], d.cands[j]
	if u.find(k) == u.find(j) || slices.Equal(a.words, b.words) {
		return true
	}
	if len(a.words) > len(b.words) {
		a, b = b, a
	}
	return d.shortFormOf(a, strongType(a), b)
}

// joinGivenNames joins a lone given name to the one person of the document whose full name
// opens with it ("Elian" for "Elian Gonzalez"): a page naming several of one family calls each
// by the given name. A word that ends a person's full name there is a family name and stays to
// surnames; a word known or read as a place or a body, or that two people of the page bear,
// stays alone.
func (d *doc) joinGivenNames(u unionFind, sur map[int]int) {
	first, last := map[string][]int{}, map[string]bool{}
	for j, o := range d.cands {
		if d.personal(o) || d.personLike(o) && !d.headed(o.b) {
			first[o.words[0]] = append(first[o.words[0]], j)
			last[o.words[len(o.words)-1]] = true
		}
	}
	for i, c := range d.cands {
		if len(c.words) != 1 || c.b-c.a != 1 || last[c.words[0]] || len(first[c.words[0]]) == 0 {
			continue
		}
		if _, ok := sur[i]; ok || !d.givenAlone(c) {
			continue
		}
		// Neither name reading as a person's, they are not one.
		root := onlyRoot(u, first[c.words[0]], func(j int) bool {
			o := d.cands[j]
			return d.personal(o) || d.isPerson(o) || strongType(c) == dossier.PER
		})
		if root >= 0 && !d.kinApart(u, u.find(i), root) {
			u.union(i, root)
		}
	}
}

// givenFamily reports whether the mention o is a person's name of a given name and a family
// name: two words or more, the first a word of its own, neither a particle ("de Cholet", "bin
// Laden") nor the first half of a hyphenated family name ("Panet-Raymond").
func (d *doc) givenFamily(o *cand) bool {
	if len(o.words) < 2 || o.b-o.a < 2 || !d.personal(o) && !d.isPerson(o) {
		return false
	}
	first := d.toks[o.a]
	if d.g.is("PARTICLE", strings.ToLower(first.text)) || !isCap(first.text) {
		return false
	}
	return first.end >= len(d.text) || d.text[first.end] != '-'
}

// kinApart reports whether the chains of roots ri and rj each name in full a person of one
// family name with given names that are not one name ("Manuel Gonzalez", "Elian Gonzalez"): two
// relatives, whom no short form may join.
func (d *doc) kinApart(u unionFind, ri, rj int) bool {
	if len(d.kin) == 0 {
		return false
	}
	names := map[string][][]string{} // family name → the words of the names of the chain of ri
	var other []*cand
	for k, o := range d.cands {
		if len(o.words) < 2 || !d.kin[o.words[len(o.words)-1]] || !d.givenFamily(o) {
			continue
		}
		switch u.find(k) {
		case ri:
			last := o.words[len(o.words)-1]
			names[last] = append(names[last], o.words)
		case rj:
			other = append(other, o)
		}
	}
	for _, o := range other {
		for _, w := range names[o.words[len(o.words)-1]] {
			// The family name of one may be the end of the other's ("Eriksson Ek").
			if !d.g.w.sameGiven(w[0], o.words[0]) && !endsWith(w, o.words) && !endsWith(o.words, w) {
				return true
			}
		}
	}
	return false
}

// kinFamilies lists the family names that two people of the page bear in full, with given names
// that are not one (see givenFamily): only short forms of these may join two relatives.
func (d *doc) kinFamilies() map[string]bool {
	given := map[string]string{}
	out := map[string]bool{}
	for _, o := range d.cands {
		if !d.givenFamily(o) {
			continue
		}
		last := o.words[len(o.words)-1]
		if g, ok := given[last]; !ok {
			given[last] = o.words[0]
		} else if !d.g.w.sameGiven(g, o.words[0]) {
			out[last] = true
		}
	}
	return out
}

// endsWith reports whether the words a end with all the words b.
func endsWith(a, b []string) bool {
	return len(b) <= len(a) && slices.Equal(a[len(a)-len(b):], b)
}

// onlyRoot returns the one chain the candidates js that keep accepts belong to, or -1 when they
// belong to none or to several.
func onlyRoot(u unionFind, js []int, keep func(j int) bool) int {
	root := -1
	for _, j := range js {
		if !keep(j) {
			continue
		}
		r := u.find(j)
		if root >= 0 && r != root {
			return -1
		}
		root = r
	}
	return root
}

// givenAlone reports whether the lone word c may be a person's given name used alone: no
// acronym, no other reading from the gazetteer, and either a known given name, typed a
// person's by its context, or a word of no other use that its context reads as a thing.
func (d *doc) givenAlone(c *cand) bool {
	if isAcronym(d.toks[c.a].text) || c.hasGaz && c.gaz.typ != dossier.PER {
		return false
	}
	st := strongType(c)
	if st == dossier.PER || st == "" && d.g.is("GIVEN", c.words[0]) {
		return true
	}
	// A word of no other use ("Elian") may be read as a thing where it modifies a noun ("the
	// Elian saga"); an English word so read ("Will", "Mark"), a party's or a people's word
	// ("Republican") is the word.
	w := d.low[c.a]
	return (st == "" || st == dossier.MISC) && !d.g.w.lowerMostly[w] && !d.lowSeen[w] && !d.g.is("PARTYWORD", w) && !d.g.is("DEMONYM", w)
}

// joinHeadWords joins a group's head word written alone ("the Observatory") to the one name
// written before it in the document that it heads: its last word, or the word before a
// qualifying "of" or "for" ("Northern Observatory for Civil Rights"). With two such names
// before it ("Free Syrian Army", "Syrian Army") it stays alone; so does a head word that may
// not stand for a name (see headAlone).
func (d *doc) joinHeadWords(u unionFind) {
	byWord := d.namesByWord()
	for i, c := range d.cands {
		if len(c.words) != 1 || c.hasGaz || !d.g.is("ORGHEAD", c.words[0]) || strongType(c) == dossier.PER || strongType(c) == dossier.LOC || !d.headAlone(c) {
			continue
		}
		root := onlyRoot(u, byWord[c.words[0]], func(j int) bool {
			o := d.cands[j]
			return j < i && len(o.words) >= 2 && nameHead(o.words) == c.words[0] && strongType(o) != dossier.PER
		})
		if root >= 0 {
			u.union(i, root)
		}
	}
}

// headAlone reports whether the lone head word c may stand for a name it heads: written after
// "the" ("the Times", "the Coalition"), or a word naming a body or a group (BODYHEAD:
// "UK-based Observatory") after no possessive ("a sheriff's Department" is another's). A word
// naming a section or a thing ("Review" after "Nanopresso Review", "Order 66") is neither.
func (d *doc) headAlone(c *cand) bool {
	prev := ""
	if c.a > 0 {
		prev = lowerWord(d.low[c.a-1])
	}
	if prev == "the" {
		return true
	}
	return d.g.is("BODYHEAD", c.words[0]) && prev != "'s" && prev != "'"
}

// nameHead is the word a name of several words is headed by: the word before its first "of" or
// "for", or else its last.
func nameHead(words []string) string {
	for k := 1; k < len(words); k++ {
		if w := strings.ToLower(words[k]); w == "of" || w == "for" {
			return words[k-1]
		}
	}
	return words[len(words)-1]
}

// namesByWord lists, for each word, the names of several words holding it, in order.
func (d *doc) namesByWord() map[string][]int {
	byWord := map[string][]int{}
	for i, c := range d.cands {
		if len(c.words) < 2 {
			continue
		}
		seen := map[string]bool{}
		for _, w := range c.words {
			if !seen[w] {
				seen[w] = true
				byWord[w] = append(byWord[w], i)
			}
		}
	}
	return byWord
}

// shortFormOf reports whether the mention c, whose clear type is st ("" when unclear), may be a
// short form of the longer name o: their types and known entries agree, a single word is no head
// word, ordinary word, noun for a group or demonym, and c has the shape of a short form of o.
func (d *doc) shortFormOf(c *cand, st dossier.EntityType, o *cand) bool {
	if len(o.words) <= len(c.words) {
		return false
	}
	if len(o.words) == len(c.words)+1 && !c.hasGaz && d.g.is("LEGALFORM", d.toks[o.b-1].text) && contains(o.words[:len(c.words)], c.words) {
		return true // a company without its legal form ("Telerate" for "Telerate Inc."), however read
	}
	if ot := strongType(o); st != "" && ot != "" && st != ot {
		return false
	}
	if c.hasGaz && (!o.hasGaz || o.gaz.id != c.gaz.id) {
		return false
	}
	if d.headed(o.b) && o.end == d.toks[o.b-1].end && c.words[len(c.words)-1] != o.words[len(o.words)-1] {
		// "Hassan" never joins "Hassan Brigade"; a name with no sign of a person may
		// stand for the organisation it names ("Sada" for "Sada Press").
		if c.votes[dossier.PER] > 0 || d.g.is("GIVEN", c.words[0]) || !contains(o.words[:1], c.words[:1]) {
			return false
		}
	}
	if len(c.words) == 1 {
		w := c.words[0]
		if d.g.is("ORGHEAD", w) || d.g.is("COMMON", w) || d.g.is("GROUPNOUN", w) || d.g.is("DEMONYM", w) {
			return false
		}
		if d.placeNotOutlet(c, o) {
			return false
		}
	}
	return d.shortOf(c, o)
}

// minPlaceVotes is the votes for a place the page's mentions of a word must give, summed, for it
// to read clearly as a place (the least strongType asks of one mention).
const minPlaceVotes = 3

// placeNotOutlet reports whether the one word c reads as a place and o as an outlet named after
// it, its head a publication's word (MEDIAHEAD): "Buffalo" is the city, not "The Buffalo News",
// unless the page's mentions written as c read more as a body than as a place, or too little
// as a place to tell ("Al-Ikhbariya" once, for "Al-Ikhbariya TV").
func (d *doc) placeNotOutlet(c, o *cand) bool {
	if !d.g.is("MEDIAHEAD", o.words[len(o.words)-1]) {
		return false
	}
	if c.hasGaz {
		return c.gaz.typ == dossier.LOC
	}
	place, body := 0, 0
	for _, x := range d.cands {
		if len(x.words) == 1 && x.words[0] == c.words[0] {
			place += x.votes[dossier.LOC]
			body += x.votes[dossier.ORG]
		}
	}
	return place >= minPlaceVotes && place > body
}

// numberChains numbers the chains in order of first mention (candidates are sorted by position)
// and returns each candidate's chain.
func (d *doc) numberChains(u unionFind) []int {
	num := map[int]int{}
	chains := make([]int, len(d.cands))
	for i := range d.cands {
		r := u.find(i)
		if _, ok := num[r]; !ok {
			num[r] = len(num)
		}
		chains[i] = num[r]
	}
	return chains
}

// chainSigns is what the mentions of one chain say of its type: their votes summed, whether a
// name of several words is among them and reads as a person's, and whether a lone word among
// them reads as an ordinary word.
type chainSigns struct {
	votes                 map[dossier.EntityType]int
	multi, shaped, worded bool
	legal                 bool // a name ends in a company's legal form ("Telerate Inc.")
	place                 int  // the votes for a place the parse's use of the names gave
	shapeOrg              int  // the votes for a body that acronyms' shapes alone gave
	acts                  bool // a mention is the subject of a verb
	given                 bool // a mention opens with a given name of the longer list (see givenShaped)
	mentions, people      int  // the chain's mentions, and those that name a people (see peoplePlural)
}

// peoplePlural reports whether the unknown name c is one plural word whose singular is a people's
// or a faith's word the gazetteer knows ("Protestants"): the people, not a person or a body.
func (d *doc) peoplePlural(c *cand) bool {
	if c.hasGaz || c.b-c.a != 1 {
		return false
	}
	st := d.g.w.stem(d.low[c.a])
	return st != d.low[c.a] && d.g.is("DEMONYM", st)
}

// givenShaped reports whether the unknown name c is two words, the first a given name of the
// longer list (see maybeGiven), the second no acronym and with no article ("Quentin X", not
// "Jana al-X", an Arabic village's name as often, nor "Roth IRA"). It weighs for a person's name
// only when the chain is typed, after the joins, which read the gazetteer's given names alone.
func (d *doc) givenShaped(c *cand) bool {
	return !c.hasGaz && c.b-c.a == 2 && !d.isTok("GIVEN", c.a) && d.maybeGiven(c.a) && !isAcronym(d.toks[c.a+1].text) &&
		!d.g.w.hasArticle(d.toks[c.a:c.b]) && !d.possessed(c)
}

// quotedWhole reports whether the name c fills a quotation, maybe with a comma before the closing
// mark ("played “X Y,” “Z” and …", "a new 'X-Y' game"): a work's title, not a person's name.
func (d *doc) quotedWhole(c *cand) bool {
	if c.a == 0 || c.b >= len(d.toks) {
		return false
	}
	open, end := d.toks[c.a-1].text, c.b
	if d.toks[end].text == "," && end+1 < len(d.toks) {
		end++
	}
	shut := d.toks[end].text
	return isOpenQuote(open) && isCloseQuote(shut) || isSingleQuote(open) && isSingleQuote(shut)
}

// possessed reports whether the name c follows a possessive pronoun, maybe with adjectives
// written in lower case between ("its electric X Y"): a thing's or a work's name; people are
// seldom owned so. A person's name after an article and an adjective ("the late X Y", "a former
// X Y supporter") is common.
func (d *doc) possessed(c *cand) bool {
	k := c.a - 1
	for k >= 0 && !d.brk(k, k+1) && d.toks[k].upos == "ADJ" && !isCap(d.toks[k].text) {
		k--
	}
	return k >= 0 && !d.brk(k, k+1) && c.title == "" && d.isTok("POSSPRON", k)
}

// chainTypes gives each chain the type its mentions' votes favour; when nothing votes, the shape
// of its names decides.
func (d *doc) chainTypes(chains []int) map[int]dossier.EntityType {
	signs := map[int]*chainSigns{}
	for i, c := range d.cands {
		s := signs[chains[i]]
		if s == nil {
			s = &chainSigns{votes: map[dossier.EntityType]int{}}
			signs[chains[i]] = s
		}
		for t, k := range c.votes {
			s.votes[t] += k
		}
		s.place += c.place
		s.shapeOrg += c.shapeOrg
		s.acts = s.acts || c.acts
		s.given = s.given || d.givenShaped(c)
		s.mentions++
		if d.peoplePlural(c) {
			s.people++
		}
		if c.b-c.a == 1 && d.ordinaryWord(c) {
			s.worded = true
		}

		if len(c.words) > 1 {
			s.multi = true
			s.legal = s.legal || d.g.is("LEGALFORM", d.toks[c.b-1].text)
			if d.personShaped(c) && !d.headed(c.b) && !d.modifiesNoun(c) && !d.acronymFirst(c) && !d.possessed(c) && !d.quotedWhole(c) {
				s.shaped = true
			}
		}
	}
	types := map[int]dossier.EntityType{}
	for ch, s := range signs {
		if s.acts {
			s.votes[dossier.LOC] -= s.place // a name that acts is an actor, not where things happen
		}
		if s.multi && !s.shaped {
			s.votes[dossier.ORG] -= s.shapeOrg // "its electric Velmo Tura … the VT": the full name says what the acronym is
		}
		if s.given {
			s.votes[dossier.PER] += 2 // "Quentin X": a given name English writes only so
		}
		types[ch] = s.chainType()
		if s.people == s.mentions {
			types[ch] = dossier.MISC // "Protestants": a people or a faith's followers, however they act
		}
	}
	return types
}

// acronymFirst reports whether the name c opens with an acronym of three capitals or more ("RIA
// Novosti", "SLS Block"): a body's or a thing's name; a person's initials are shorter ("JJ") or
// written with stops ("J.J.").
func (d *doc) acronymFirst(c *cand) bool {
	first := d.toks[c.a].text
	if len(first) < 3 || d.isTok("GIVEN", c.a) {
		return false
	}
	for _, r := range first {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// modifiesNoun reports whether the name c stands before a common noun it modifies ("two X Y
// novels", "its X Y vehicle"): a work's, a product's or a brand's name, which a person's full
// name seldom is.
func (d *doc) modifiesNoun(c *cand) bool {
	if c.b >= len(d.toks) || d.brk(c.b-1, c.b) || c.end != d.toks[c.b-1].end {
		return false
	}
	t := d.toks[c.b]
	return t.word && t.upos == "NOUN" && !isCap(t.text)
}

// ordinaryWord reports whether the single word of mention c reads as an ordinary word rather than
// a name: the body writes it in lower case, it is common, it has an ordinary ending, it is
// written like a brand, or it is never a name.
func (d *doc) ordinaryWord(c *cand) bool {
	w := d.low[c.a]
	return d.lowSeen[w] || d.lowSeen[d.g.w.stem(w)] || d.g.is("COMMON", w) || d.g.w.suffixed(w) || innerCap(d.toks[c.a].text) || d.noName(c)
}

// chainType is an organisation's for a chain that writes a company's legal form, else the type
// with the most votes, earlier types winning ties; with no votes, a name of
// several words with no ordinary word in it reads as a person's, and anything else is left MISC:
// a lone word that is no English word is no place for that alone, since brands and products
// ("Debian", "Sonos") are written so too.
func (s *chainSigns) chainType() dossier.EntityType {
	if s.legal {
		return dossier.ORG // a company, however its short name alone is read ("Telerate")
	}
	best, bn := dossier.EntityType(""), 0
	for _, t := range []dossier.EntityType{dossier.PER, dossier.ORG, dossier.LOC, dossier.MISC} {
		if s.votes[t] > bn {
			best, bn = t, s.votes[t]
		}
	}
	if best != "" {
		return best
	}
	if s.multi && s.shaped {
		return dossier.PER
	}
	return dossier.MISC
}

// ampersand reports whether an ampersand joins words of the name c.
func (d *doc) ampersand(c *cand) bool {
	for k := c.a + 1; k < c.b-1; k++ {
		if d.toks[k].text == "&" {
			return true
		}
	}
	return false
}

// shortOf reports whether c has the shape of a short form of the longer name o. A person is
// called by the family name (with or without its particle) or by the given and family names; an
// organisation or a place only by the distinctive part its own head word follows ("Sada" for
// "Sada Press"). Any other part of a longer name is a name of its own: "New York" is not "New
// York State Attorney", nor "Acme" "Acme Bank Tower", nor a part of names an ampersand joins.
func (d *doc) shortOf(c, o *cand) bool {
	cw, ow := c.words, o.words
	if d.ampersand(o) {
		return false // "DigitalOcean" is one of "Dokku & DigitalOcean", not its short form
	}
	ot := strongType(o)
	if o.title != "" || d.personal(o) || ot == dossier.PER || d.g.is("GIVEN", ow[0]) || d.g.w.kinship[ow[0]] ||
		ot == "" && !o.hasGaz && !d.headed(o.b) && d.personShaped(o) {
		if contains(ow[len(ow)-len(cw):], cw) {
			return true // "Vale", "de la Cruz"
		}
		if d.g.w.kinship[cw[0]] && contains(ow[:len(cw)], cw) {
			return true // "Abu Karim" for "Abu Karim al-Halabi": the name by which he is called
		}
		return len(cw) == 2 && cw[0] == ow[0] && cw[1] == ow[len(ow)-1]
	}
	if len(cw) >= len(ow) || !contains(ow[:len(cw)], cw) {
		return false
	}
	// "House" is not "House Democrats", nor "Music" "Music City": a word written mostly in lower
	// case names its own thing, unless a company's legal form shows it is the firm's name
	// ("Giant" for "Giant Group Ltd.").
	if len(cw) == 1 && d.g.w.lowerMostly[strings.ToLower(cw[0])] && !d.g.is("LEGALFORM", d.toks[o.b-1].text) {
		return false
	}
	// "Liwa al-Fajr" → "Liwa": a head-first name written with an article or particle after its
	// head word is called by that head word.
	if k := o.a + len(cw); o.b-o.a == len(ow) && k < o.b && (d.g.w.prefixedName(d.toks[k].text) || d.particle(k)) {
		return true
	}
	// "U.S. House" is not the "U.S. House Intelligence Committee": a qualified part of a body
	// named after it is a body of its own.
	if tail := ow[len(cw):]; len(tail) >= 2 && d.g.is("SUBBODY", tail[len(tail)-1]) {
		return false
	}
	for _, w := range ow[len(cw):] {
		if !d.g.is("ORGHEAD", w) && !d.g.is("LOCHEAD", w) && !d.g.is("FACILITY", w) {
			return false
		}
	}
	return true
}

// personal reports whether a mention reads as a person's full name: two words or more, no head
// word of an organisation or a place (but a family name that is one after a given name: see
// familyHead), and more signs of a person than of anything else.
func (d *doc) personal(o *cand) bool {
	if len(o.words) < 2 || o.start != d.toks[o.a].start || o.end != d.toks[o.b-1].end || d.headed(o.b) && !d.familyHead(o) {
		return false
	}
	if o.hasGaz && o.gaz.typ != dossier.PER {
		return false
	}
	p := o.votes[dossier.PER]
	return p > o.votes[dossier.ORG] && p > o.votes[dossier.LOC] && p > o.votes[dossier.MISC]
}

// surnames finds the lone words that repeat the last word of a person's full name in the same
// document ("Nora Vale … Vale said", or the family name first and the full name later): each
// stands for that person, whose chain and type it takes. A word the gazetteer knows as an
// organisation or a place keeps that meaning, unless the gazetteer only knows it with an article
// the text does not write ("Al-X" for a place, "X" for the person); so does a word whose context
// clearly makes it an organisation or a place, where a family name that heads places' names
// ("Hill") gets no vote from that alone. It returns, for each such mention, the full name
// it joins: among several people of that family name, the topic or the most prominent one (see
// familyPicker.pick), else the nearest one before it, or after it when none comes before. A name
// that ends in a hyphenated given name ("Kim Jong-un") writes the family name first. A word spelt
// otherwise joins by its transliteration key ("Qaddafi" for "Muammar Kadhafi") when no family
// name is spelt as it is.
func (d *doc) surnames() map[int]int {
	byLast := map[string][]int{}
	for j, o := range d.cands {
		eastern := d.syllableName(o.b-1) && (strongType(o) == "" || strongType(o) == dossier.PER)
		if d.personal(o) || eastern {
			w := o.words[len(o.words)-1]
			if eastern {
				w = o.words[0] // "Kim Jong-un": the family name comes first
			}
			byLast[w] = append(byLast[w], j)
			if k := d.surnameKey(w); k != "" {
				byLast[k] = append(byLast[k], j)
			}
		} else if w := d.sharedFamily(j); w != "" {
			byLast[w] = append(byLast[w], j) // "Joe" in "Joe and Hunter Biden"
		}
	}
	if len(byLast) == 0 {
		return nil
	}
	sur, fp := map[int]int{}, d.newFamilyPicker()
	for i, c := range d.cands {
		if c.b-c.a != 1 || len(c.words) != 1 || c.start != d.toks[c.a].start || c.end != d.toks[c.a].end {
			continue
		}
		list := byLast[c.words[0]]
		if k := d.surnameKey(c.words[0]); len(list) == 0 && k != "" {
			list = byLast[k]
		}
		if len(list) == 0 || isAcronym(d.toks[c.a].text) {
			continue
		}
		ctx := map[dossier.EntityType]int{}
		for t, k := range c.votes {
			ctx[t] = k
		}
		if c.hasGaz {
			if c.gaz.typ != dossier.PER && !(c.gaz.article && !d.g.w.hasArticle(d.toks[c.a:c.b])) {
				continue
			}
			ctx[c.gaz.typ] -= 6
		} else if d.isTok("FAMILYHEAD", c.a) {
			ctx[dossier.LOC] -= placeHeadVote // "Hill said" after "Dana Hill": the word's shape says nothing here
		}
		if t := strongType(&cand{votes: ctx}); t == dossier.ORG || t == dossier.LOC {
			continue
		}
		j := fp.pick(i, list)
		if j < 0 {
			continue
		}
		c.hasGaz = false
		ctx[dossier.PER] = max(1, ctx[dossier.PER])
		c.votes = ctx
		sur[i] = j
		fp.given[j] = append(fp.given[j], i)
	}
	return sur
}

// window bounds how many names before and after an acronym are tried as its definition.
const window = 400

// nearest returns the candidate j != i passing both tests that lies nearest before i, or, when
// none does, nearest after i (within the window); -1 when there is none.
func (d *doc) nearest(i int, pre, ok func(int) bool) int {
	for j := i - 1; j >= 0 && i-j <= window; j-- {
		if pre(j) && ok(j) {
			return j
		}
	}
	for j := i + 1; j < len(d.cands) && j-i <= window; j++ {
		if pre(j) && ok(j) {
			return j
		}
	}
	return -1
}

// nearestIn is nearest over a sorted list of candidate indexes, looking at most at a window of
// them on each side of i.
func nearestIn(list []int, i int, ok func(int) bool) int {
	k := sort.SearchInts(list, i)
	for x := k - 1; x >= 0 && k-x <= window; x-- {
		if list[x] != i && ok(list[x]) {
			return list[x]
		}
	}
	for x := k; x < len(list) && x-k < window; x++ {
		if list[x] != i && ok(list[x]) {
			return list[x]
		}
	}
	return -1
}

// firstIn returns the first candidate j != i of list passing ok within the window before i, or,
// when none does, -1.
func firstIn(list []int, i int, ok func(int) bool) int {
	k := sort.SearchInts(list, i)
	for x := max(0, k-window); x < k; x++ {
		if list[x] != i && ok(list[x]) {
			return list[x]
		}
	}
	return -1
}

// contains reports whether short appears in long as a contiguous run of words.
func contains(long, short []string) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		ok := true
		for k := range short {
			if long[i+k] != short[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// initials reports whether acr spells the initials of name ("SAA" — "Syrian Arab Army", "JaS" —
// "Jaysh al-Sahra", "MoD" — "Ministry of Defence").
func (lw *nameLists) initials(acr, name string) bool {
	var letters []rune
	for _, r := range strings.ToLower(acr) {
		if unicode.IsLetter(r) {
			letters = append(letters, r)
		}
	}
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return unicode.IsSpace(r) || isHyphen(r) || r == '.'
	})
	if len(letters) < 2 || len(words) < 2 {
		return false
	}
	if len(words) > 16 {
		return false
	}
	// Memoised: a name with many skippable words would otherwise branch exponentially.
	memo := map[[2]int]bool{}
	var match func(a, w int) bool
	match = func(a, w int) bool {
		k := [2]int{a, w}
		if v, ok := memo[k]; ok {
			return v
		}
		v := false
		switch {
		case a == len(letters):
			v = true
			for i := w; i < len(words); i++ {
				if !lw.skippable[words[i]] {
					v = false
				}
			}
		case w == len(words):
		default:
			first := []rune(words[w])[0]
			v = first == letters[a] && match(a+1, w+1) || lw.skippable[words[w]] && match(a, w+1)
		}
		memo[k] = v
		return v
	}
	return match(0, 0)
}

// skeleton is a name's consonants, doubled letters single, so that romanisations differing in
// vowels meet.
func skeleton(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		var last rune
		for k, r := range w {
			if k > 0 && strings.ContainsRune("aeiouwy'", r) {
				continue
			}
			if r != last {
				b.WriteRune(r)
			}
			last = r
		}
	}
	return b.String()
}

func first0(d *doc, c *cand) string { return d.toks[c.a].text }

// surnameKey is the key under which a family name is also found when spelt otherwise: a marker
// and its transliteration key, or "" for a word too short for its key to tell names apart.
func (d *doc) surnameKey(w string) string {
	k := d.g.keys.Key(namekey.Fold(w))
	if len(k) < 5 {
		return ""
	}
	return "\x00" + k
}

// widenNumbered widens each kept mention of a thing's chain (MISC) over the small figure written
// right after it that numbers the thing ("Apple Watch Series 3", "a sequel to X 2's story"): a
// model's or a work's number is part of its name. The figure must close the phrase (a line's
// end, a stop, a comma, a bracket, a possessive) or come before a verb, an auxiliary, a
// preposition or a conjunction; a figure before a noun counts the noun ("X 3 civilians"), a figure in a game's
// score is the side's points and one after a currency's mark is a sum ("Rs 300").
func (d *doc) widenNumbered(keep []bool, chains []int, types map[int]dossier.EntityType) {
	for i, c := range d.cands {
		if !keep[i] || types[chains[i]] != dossier.MISC || c.end != d.toks[c.b-1].end {
			continue
		}
		n := c.b
		if n >= len(d.toks) || d.brk(n-1, n) || !smallFigure(d.toks[n].text) || d.toks[n].start != c.end+1 ||
			d.scoreLine(c.a, c.b) || c.a > 0 && isDigits(d.toks[c.a-1].text) || d.g.w.moneyMarks[strings.TrimSuffix(d.low[c.b-1], ".")] {
			continue
		}
		if n+1 < len(d.toks) && !d.brk(n, n+1) && !d.figureCloses(n+1) {
			continue
		}
		c.b, c.end = n+1, d.toks[n].end
	}
}

// figureCloses reports whether token k, right after a figure, leaves the figure closing the
// name before it: a stop, a comma, a bracket, a possessive, or a verb, an auxiliary, a
// preposition or a conjunction in lower case.
func (d *doc) figureCloses(k int) bool {
	t := d.toks[k]
	if !t.word {
		return d.g.w.figureClosers[t.text]
	}
	switch t.upos {
	case "VERB", "AUX", "ADP", "CCONJ":
		return !isCap(t.text)
	}
	return false
}

// smallFigure reports whether w is a figure of one to three digits not opening with a zero: a
// model's or a sequel's number, not a year.
func smallFigure(w string) bool {
	return len(w) >= 1 && len(w) <= 3 && isDigits(w) && w[0] != '0'
}

// quotedKind returns the type a noun for a kind of thing gives the name c that fills a quotation
// right after it, maybe past a naming word or a word giving an example ("the song “X”", "a film
// called “X”", "a song like “X,”"): a known place's name in quotation marks there is a work's.
func (d *doc) quotedKind(c *cand) (dossier.EntityType, bool) {
	p := c.a - 2
	if !d.quotedWhole(c) || p < 0 {
		return "", false
	}
	if d.g.is("NAMING", d.word(p)) || d.g.w.kindExamples[d.word(p)] {
		p--
	} else if p > 0 && d.g.w.kindExamples[d.word(p-1)+" "+d.word(p)] {
		p -= 2
	}
	if p < 0 || d.toks[p].text != d.word(p) {
		return "", false
	}
	t, ok := d.g.w.kindNouns[d.word(p)]
	return t, ok
}
