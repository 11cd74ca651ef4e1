package entity

import (
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/syntax"
)

// nameLists are the stage's closed word lists (function words, determiners, copulas, endings),
// read from the language data the gazetteer is loaded with, so that --data extends them.
type nameLists struct {
	// kinship words mark Arabic personal names ("bin Laden", "Abu Omar").
	kinship map[string]bool
	// figureClosers are the marks after a figure that leave it closing a thing's name.
	figureClosers map[string]bool
	// compassOf are the head words that go on with "of" after a compass point's adjective.
	compassOf map[string]bool
	// kindExamples are the words that give a quoted name as one of the kind before them.
	kindExamples map[string]bool
	// moneyMarks are the short marks of a currency written before an amount ("Rs 300").
	moneyMarks map[string]bool
	// outletCues are the phrases after a name that only an outlet says of itself, and outletN
	// the longest of them in words.
	outletCues map[string]bool
	outletN    int
	// skippable words may give no letter to an acronym.
	skippable map[string]bool
	// functionWord holds the short words headlines leave in lower case.
	functionWord map[string]bool
	// stemEndings are the endings stem strips, tried in order.
	stemEndings []string
	// singularEndings are the endings of words in "s" that are not plurals ("press", "bus").
	singularEndings []string
	// pluralEndings maps endings to whether a word ending so is written as a plural.
	pluralEndings map[string]bool
	// participles end compounds that describe rather than name ("US-backed", "Kurdish-Led").
	participles map[string]bool
	// pronoun holds the words that take a contracted "'d" ("I'd", "who'd").
	pronoun map[string]bool
	// commonEndings are the endings of ordinary English words: gerunds, adverbs, abstract nouns.
	commonEndings []string
	// nounEndings are the endings of common nouns that no family name has.
	nounEndings []string
	// placeEndings are the endings of place names ("-stan", "-abad", "-ville"): the one sign of
	// a place a lone unknown word with no other cue may carry.
	placeEndings []string
	// placeModifiers are the endings of compounds that say who holds a place ("rebel-held").
	placeModifiers []string
	// brandNouns are the nouns that follow a company's name ("Lexus engineers"), to the type they
	// give it: ORG, or MISC for a product ("Switch users").
	brandNouns map[string]dossier.EntityType
	// shapeBlind are the brand nouns that type the name before them whatever it looks like: only
	// a firm has analysts ("Morgan X analyst"), only a made thing is a supercomputer ("the Hazel X
	// supercomputer"), however like a person's its name reads.
	shapeBlind map[string]dossier.EntityType
	// workParts are the nouns for a part of a film, a show or a song that take its title after
	// "of" ("the cast of X"), true for those that take it after "from" too ("the final scene
	// from X"); others take their maker after "from" ("a sequel from X").
	workParts map[string]bool
	// kindNouns are the nouns that, right before a name, say what it names ("the journal X", "the
	// app X"): ORG, or MISC for a work or a product.
	kindNouns map[string]dossier.EntityType
	// eventHeads are the nouns that close an event's name ("summit", "war"): after a code they
	// name what its members hold, not a kind of thing ("the G7 summit"; see kindBefore).
	eventHeads map[string]bool
	// deedNouns are nouns for an act ("raid"): a label ending in one does not describe an actor.
	deedNouns map[string]bool
	// placeOn are the words before "on" that make the name after it a place ("assault on X").
	placeOn map[string]bool
	// travel are the phrases after which a name is where someone went ("headed to X"), lower case.
	travel map[string]bool
	// compass are the points of the compass, lower case: "X to the north" is a place.
	compass map[string]bool
	// placeCases are the prepositions that make the name they mark a place ("killed in X");
	// placeLists those that list a name under a noun for a place ("villages including X").
	placeCases, placeLists map[string]bool
	// npStop are the closed-class words that end a noun phrase read word by word.
	npStop map[string]bool
	// determiners open a label phrase; preDeterminers may stand before a label in front of a
	// name; beVerbs predicate a label of a name ("X is a militia").
	determiners    map[string]bool
	preDeterminers map[string]bool
	// predicativeCases are the prepositions whose phrase may describe a name ("as").
	predicativeCases map[string]bool
	beVerbs          map[string]bool
	// verbStop are the words that show a phrase after a comma to be the subject of a new clause
	// ("…, the agreement was vague"), not an apposition.
	verbStop map[string]bool
	// aliasGlue are the marks and words that may stand between names inside brackets that give
	// another name of the same thing ("(aka X)", "(X or Y)").
	aliasGlue map[string]bool
	// numbers are the spelled cardinals ("fifteen"): a sentence that starts with one, or a
	// headline holding one, does not make it a name.
	numbers map[string]bool
	// weekdays are the names of the days ("Thursday"): one ends no name of several words ("the
	// Daesh Thursday attack", where a lost "on" glued the day to a name).
	weekdays map[string]bool
	// months and dayForms are the month and weekday names and their abbreviations, lower case
	// without a stop: beside a figure they are a date's ("22 Jun 2016", "Sun Aug 17"), no name;
	// a date that ends in a year, with no stop after it, closes a dateline ("Published October 12
	// 2016 Activists say").
	months, dayForms map[string]bool
	// streets are the words that close a street's name, lower case without their stops
	// ("street", "ave"): an ordinal in figures before one is part of the name ("17th Street").
	streets map[string]bool
	// givenNames are the given names common in English-speaking countries (given-names.txt),
	// lower case: a longer list than the gazetteer's GIVEN words, read only where a name's shape
	// is weighed (see maybeGiven).
	givenNames map[string]bool
	// timeWords head time expressions ("this month", "a year ago", "Thursday", "last night"):
	// a phrase they end says when, and labels no one.
	timeWords map[string]bool
	// articles are the forms of the Arabic article and the English one, dropped when names are
	// compared ("al-Raqqa", "Ar-Raqqa" and "Raqqa" are one name).
	articles map[string]bool
	// abbrevs are the words the tokeniser keeps the stop of ("Inc.", "Gen."), lower case without it.
	abbrevs map[string]bool
	// nationality maps a nationality adjective, lower case, to its country's first name
	// ("syrian": "Syria"), from the capitals table.
	nationality map[string]string
	// countries are the countries' names of the capitals table, lower case ("russia").
	countries map[string]bool
	// distinct are the words that tell apart names otherwise alike ("East", "II"; see joinIfAlike).
	distinct en.Distinctions
	// givenForm maps a given name and each short form of it, lower case, to the given names
	// it may stand for ("chuck": "charles").
	givenForm map[string][]string
	// stateForces are the phrases after a nationality that make it the state acting (see
	// forceMentions), each split in lower-case words: the "force" group of state-side ("army",
	// "regime warplanes" one after another) and the groups of nationality-acts ("raids").
	stateForces map[string][][]string
	// labels are the page-furniture labels (page-labels), each split in lower-case words, by
	// where they are cut from a run of capitalised words: "any" or "lead" (see labelAt).
	labels map[string][][]string
	// ordinary are the words English mostly writes in lower case (word-casing; see
	// dropOrdinary).
	ordinary map[string]bool
	// lowerMostly are the words English writes in lower case at least as often as capitalised in
	// mid-sentence ("energy", "defense"; not "apple").
	lowerMostly map[string]bool
	// interjections are the words said on their own before a comma ("heck", "wow"), lower case.
	interjections map[string]bool
	// numbered are the abbreviations the tokeniser keeps with their stop before a number ("No. 1",
	// "Vol. 6"), lower case: written so, a word of a reference, not of a name.
	numbered map[string]bool
	// personPronouns are the third-person pronouns of a person ("he", "his", "her").
	personPronouns map[string]bool
	// holidays are the named days the time stage reads (holidays.txt), as written there.
	holidays []string
	// partJoiners join the words of the "of" part of a body's name ("for", "and").
	partJoiners map[string]bool
	// qualifiers are the words that qualify a place name after it with an article ("al-Sharqi"),
	// lower case, without the article.
	qualifiers map[string]bool
	// english are all the words of the word-casing data, however English writes them.
	english map[string]bool
	// peopleEndings turn the name of a place's people back into the place's ("-ns" → "").
	peopleEndings [][2]string
	// epithets are the words an outlet labels an actor with, which name no one alone
	// ("Takfiri"), lower case.
	epithets map[string]bool
	// tokenizer reads the text a parse does not cover, and the forms of names and cues, as the
	// language layer reads sentences.
	tokenizer *syntax.Tokenizer
}

// newNameLists reads the closed word lists of d.
func newNameLists(d *en.Data) *nameLists {
	return &nameLists{
		kinship:          d.List("name-kinship"),
		figureClosers:    d.List("figure-closers"),
		moneyMarks:       d.List("money-marks"),
		kindExamples:     d.List("kind-examples"),
		compassOf:        d.List("compass-of-heads"),
		outletCues:       d.List("outlet-cues"),
		outletN:          longestPhrase(d.List("outlet-cues")),
		skippable:        d.List("acronym-skippable"),
		functionWord:     d.List("headline-lowercase"),
		epithets:         lowerKeys(d.List("epithets")),
		stemEndings:      firsts(d.Rows("stem-endings")),
		singularEndings:  firsts(d.Rows("singular-endings")),
		pluralEndings:    pluralEndings(d.Rows("plural-endings")),
		participles:      d.List("describing-participles"),
		pronoun:          d.List("contracted-d-pronouns"),
		nounEndings:      firsts(d.Rows("noun-endings")),
		commonEndings:    firsts(d.Rows("common-word-endings")),
		placeEndings:     firsts(d.Rows("place-endings")),
		placeModifiers:   firsts(d.Rows("place-modifiers")),
		compass:          lowerKeys(d.List("compass-points")),
		placeOn:          lowerKeys(d.List("place-on-cues")),
		placeCases:       lowerKeys(d.List("place-case-preps")),
		placeLists:       lowerKeys(d.List("place-list-preps")),
		travel:           lowerKeys(d.List("claim-travel")),
		brandNouns:       brandNouns(d.Rows("brand-nouns"), false),
		kindNouns:        brandNouns(d.Rows("brand-nouns"), true),
		shapeBlind:       shapeBlind(d.Rows("brand-nouns")),
		workParts:        workParts(d.Rows("brand-nouns")),
		eventHeads:       lowerKeys(d.List("event-name-heads")),
		deedNouns:        d.List("label-deed-nouns"),
		npStop:           d.List("label-np-stops"),
		determiners:      d.List("label-determiners"),
		preDeterminers:   d.List("label-predeterminers"),
		predicativeCases: d.List("predicative-cases"),
		beVerbs:          d.List("label-be-verbs"),
		verbStop:         d.List("label-verb-stops"),
		aliasGlue:        d.List("alias-glue"),
		numbers:          d.List("numbers"),
		weekdays:         lowerKeys(d.List("weekdays")),
		months:           stoplessKeys(d.List("months")),
		dayForms:         stoplessKeys(d.List("weekdays")),
		streets:          stoplessKeys(d.List("street-nouns")),
		givenNames:       lowerKeys(d.List("given-names")),
		timeWords:        timeWords(d),
		articles:         d.List("name-articles"),
		abbrevs:          d.List("abbreviations"),
		tokenizer:        syntax.NewTokenizer(d),
		nationality:      nationalities(d.Rows("capitals")),
		countries:        countryNames(d.Rows("capitals")),
		distinct:         d.Distinctions(),
		givenForm:        givenForms(d.Rows("given-name-forms")),
		stateForces:      stateForces(d),
		labels:           groupedPhrases(swapped(d.Rows("page-labels"))),
		ordinary:         ordinaryWords(d.Rows("word-casing")),
		lowerMostly:      casedWords(d.Rows("word-casing"), 1),
		personPronouns:   rowWords(d.Rows("person-pronouns")),
		interjections:    d.List("interjections"),
		qualifiers:       lowerKeys(d.List("article-qualifiers")),
		partJoiners:      lowerKeys(d.List("name-part-joiners")),
		english:          rowWords(d.Rows("word-casing")),
		peopleEndings:    endingPairs(d.Rows("people-endings")),
		holidays:         d.Entries("holidays"),
		numbered:         d.List("number-abbreviations"),
	}
}

// givenForms reads the table of given names and their short forms (name, forms), lower case:
// each form maps to the names it may stand for, each name to itself.
func givenForms(rows [][]string) map[string][]string {
	out := map[string][]string{}
	for _, r := range rows {
		name := strings.ToLower(r[0])
		out[name] = append(out[name], name)
		if len(r) < 2 {
			continue
		}
		for _, f := range strings.Fields(r[1]) {
			f = strings.ToLower(f)
			out[f] = append(out[f], name)
		}
	}
	return out
}

// sameGiven reports whether two given names may name one person: written alike, one an initial
// of the other ("J.", "John"), or forms of one name ("Chuck", "Charles"; "Chuck", "Charlie").
func (lw *nameLists) sameGiven(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSuffix(a, ".")), strings.ToLower(strings.TrimSuffix(b, "."))
	if a == b || a == "" || b == "" {
		return true
	}
	if len(a) == 1 || len(b) == 1 {
		return a[0] == b[0]
	}
	for _, x := range lw.givenForm[a] {
		for _, y := range lw.givenForm[b] {
			if x == y {
				return true
			}
		}
	}
	return false
}

// nationalities reads the nationality adjectives of the capitals table (country|other names,
// capital, adjectives), lower case, each with its country's first name.
func nationalities(rows [][]string) map[string]string {
	out := map[string]string{}
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		country := strings.TrimSpace(strings.Split(r[0], "|")[0])
		for _, a := range strings.Split(r[2], "|") {
			if a = strings.ToLower(strings.TrimSpace(a)); a != "" {
				out[a] = country
			}
		}
	}
	return out
}

// countryNames reads the countries' names of the capitals table (country|other names, …),
// lower case.
func countryNames(rows [][]string) map[string]bool {
	out := map[string]bool{}
	for _, r := range rows {
		for _, n := range strings.Split(r[0], "|") {
			if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
				out[n] = true
			}
		}
	}
	return out
}

// stateForces reads the groups of nationality-acts and, as the "force" group, the phrases of
// state-side marked for a state acting, in sorted order.
func stateForces(d *en.Data) map[string][][]string {
	out := groupedPhrases(d.Rows("nationality-acts"))
	force := d.StateSide(en.StateForce)
	phrases := make([]string, 0, len(force))
	for p := range force {
		phrases = append(phrases, p)
	}
	sort.Strings(phrases)
	for _, p := range phrases {
		out[en.StateForce] = append(out[en.StateForce], strings.Fields(p))
	}
	return out
}

// swapped returns rows phrase<TAB>group as rows group<TAB>phrase.
func swapped(rows [][]string) [][]string {
	out := make([][]string, 0, len(rows))
	for _, r := range rows {
		if len(r) > 1 {
			out = append(out, []string{r[1], r[0]})
		}
	}
	return out
}

// groupedPhrases reads rows group<TAB>phrase into the lower-case words of each group's phrases.
func groupedPhrases(rows [][]string) map[string][][]string {
	out := map[string][][]string{}
	for _, r := range rows {
		if len(r) > 1 {
			out[r[0]] = append(out[r[0]], strings.Fields(strings.ToLower(r[1])))
		}
	}
	return out
}

// timeWords returns the lower-case words that head a time expression: calendar units, weekdays,
// parts of the day, and the relative days and the "ago" of the time tagger's heads.
func timeWords(d *en.Data) map[string]bool {
	out := map[string]bool{}
	for _, name := range []string{"time-units", "weekdays", "dayparts"} {
		for w := range d.List(name) {
			out[strings.ToLower(w)] = true
		}
	}
	for _, r := range d.Rows("time-heads") {
		if len(r) > 1 && (r[1] == "relday" || r[1] == "ago") {
			out[strings.ToLower(r[0])] = true
		}
	}
	return out
}

// timeLabel reports whether a label's last word heads a time expression ("the FSA this month"
// reads no label "this month").
func (lw *nameLists) timeLabel(text string) bool {
	fs := strings.Fields(text)
	if len(fs) == 0 {
		return false
	}
	last := strings.ToLower(strings.TrimRight(fs[len(fs)-1], ".,;:)'\"’”"))
	return lw.timeWords[last]
}

// firsts returns the first field of each row, in order.
func firsts(rows [][]string) []string {
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, r[0])
	}
	return out
}

// pluralEndings reads plural-endings: an ending and "plural" or "singular".
func pluralEndings(rows [][]string) map[string]bool {
	out := make(map[string]bool, len(rows))
	for _, r := range rows {
		out[r[0]] = len(r) > 1 && r[1] == "plural"
	}
	return out
}

// pluralShape reports whether a word of four letters or more is written as a plural: the longest
// of pluralEndings it ends with says so.
func (lw *nameLists) pluralShape(w string) bool {
	if len(w) < 4 {
		return false
	}
	best, plural := 0, false
	for end, p := range lw.pluralEndings {
		if len(end) > best && strings.HasSuffix(w, end) {
			best, plural = len(end), p
		}
	}
	return plural
}

// stoplessKeys returns the lower-cased words of a list without a final stop ("sept." → "sept").
func stoplessKeys(list map[string]bool) map[string]bool {
	out := make(map[string]bool, len(list))
	for w := range list {
		out[strings.TrimSuffix(strings.ToLower(w), ".")] = true
	}
	return out
}

// brandNouns reads the rows "org|product<TAB>noun" into the type each noun gives the name before
// it, or with before set the rows "org-before|product-before<TAB>noun" into the type each noun
// gives the name after it.
func brandNouns(rows [][]string, before bool) map[string]dossier.EntityType {
	out := map[string]dossier.EntityType{}
	for _, r := range rows {
		kind, after := strings.CutSuffix(r[0], "-before")
		if len(r) < 2 || after != before || kind != "org" && kind != "product" && kind != "firm" {
			continue
		}
		t := dossier.MISC
		if kind == "org" || kind == "firm" {
			t = dossier.ORG
		}
		out[strings.ToLower(r[1])] = t
	}
	return out
}

// workParts reads the nouns of the kinds "work-part" (false: the title after "of") and
// "work-scene" (true: after "of" or "from") of brand-nouns.txt.
func workParts(rows [][]string) map[string]bool {
	out := map[string]bool{}
	for _, r := range rows {
		if len(r) >= 2 && (r[0] == "work-part" || r[0] == "work-scene") {
			out[strings.ToLower(r[1])] = r[0] == "work-scene"
		}
	}
	return out
}

// shapeBlind reads the nouns of the kinds "firm" (ORG) and "device" (MISC) of brand-nouns.txt:
// those that type the name before them even when it reads as a person's.
func shapeBlind(rows [][]string) map[string]dossier.EntityType {
	out := map[string]dossier.EntityType{}
	for _, r := range rows {
		switch {
		case len(r) < 2:
		case r[0] == "firm":
			out[strings.ToLower(r[1])] = dossier.ORG
		case r[0] == "device":
			out[strings.ToLower(r[1])] = dossier.MISC
		}
	}
	return out
}

// lowerKeys returns the lower-cased words of a list.
func lowerKeys(list map[string]bool) map[string]bool {
	out := make(map[string]bool, len(list))
	for w := range list {
		out[strings.ToLower(w)] = true
	}
	return out
}

// spelledNumber reports whether a lower-case word is a spelled cardinal, also one joined by
// hyphens ("fifteen", "ninety-four").
func (lw *nameLists) spelledNumber(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if !lw.numbers[part] {
			return false
		}
	}
	return true
}

// longestPhrase returns the number of words of the longest phrase of list.
func longestPhrase(list map[string]bool) int {
	n := 0
	for p := range list {
		n = max(n, len(strings.Fields(p)))
	}
	return n
}
