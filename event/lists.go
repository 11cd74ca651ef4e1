package event

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/lang/syntax"
)

// wordLists are the closed word lists of the stage (prepositions, determiners, auxiliaries, cue
// words), read from the language data an Extractor is loaded with, so that --data extends them.
type wordLists struct {
	// Prepositions: those that open an argument phrase after a trigger; those that make it a place,
	// a destination or a target; the words that end the search for one.
	preps      map[string]bool
	placePreps map[string]bool
	prepStops  map[string]bool
	destPreps  map[string]bool
	objPreps   map[string]bool
	// objStops open a clause of their own: the phrase a trigger acts on ends before them.
	objStops map[string]bool
	// beForms are the forms of "be" and "get" that make a participle passive; adverbs may stand
	// between a subject, an auxiliary and a verb.
	beForms map[string]bool
	adverbs map[string]bool
	// lightVerbs carry the event of a noun trigger ("made a visit", "held talks").
	lightVerbs map[string]bool
	// askWords before "who" make it a question, not a relative pronoun.
	askWords map[string]bool
	// pluralAttacks are the plural nouns of attacks.
	pluralAttacks map[string]bool
	// temporalPreps introduce a gerund that only dates what the clause tells ("after defecting").
	temporalPreps map[string]bool
	// sequenceMarks open a clause that tells an act before or after the one it hangs on.
	sequenceMarks map[string]bool
	// objectPreps put a noun trigger under another word: "against the removal", "of the arrest".
	objectPreps map[string]bool
	// determiners and possessives open a noun phrase.
	determiners map[string]bool
	// reactionNouns name a reaction to a deed, whose "of X" names whom it is aimed at ("criticism
	// of X"), with the words that may stand between ("both").
	reactionNouns map[string]bool
	// absoluteMarks map the perfect participle of an absolute phrase to the preposition that
	// opens it ("having": "with").
	absoluteMarks map[string]string
	// overControl are the verbs after which "over" and a determiner tell a change of control ("took
	// over the leadership"), not a cause.
	overControl map[string]bool
	// quantifiers are the phrases that may stand before a count ("at least 300"), tried in order.
	quantifiers [][]string
	// tollVerbs tell that a death toll has grown: the figure after them is an update.
	tollVerbs map[string]bool
	// quantityWords are words of quantity that are no actor even when capitalised.
	quantityWords map[string]bool
	// pronouns refer back to the last person named; descMods may stand between a determiner and
	// a title in a description of a person ("the former commander").
	pronouns map[string]bool
	// groupPronouns are the pronouns that may stand for an organisation or a country, with the
	// number they take: "sing" or "plur".
	groupPronouns map[string]string
	descMods      map[string]bool
	// titleWords are the words of the titles and ranks said with a person's name ("foreign",
	// "minister", "rep."), lower case: see titledPerson.
	titleWords map[string]bool
	// kinNouns are the nouns of kin after a possessive ("X's daughter"): the possessor is not
	// what an act on the phrase reaches.
	kinNouns map[string]bool
	// finiteStarts are words that, right after a comma, begin the main verb of a sentence whose
	// subject was interrupted by a relative clause ("X, who founded it in 2015, was replaced …").
	finiteStarts map[string]bool
	// figureNumbers are the number words a count may be spelled with, and their values: the
	// one-word whole cardinals of lang/en/data/numbers.txt, not the articles ("a", "an") it also lists.
	figureNumbers map[string]int
	// months are month names and their abbreviations (lang/en/data/months.txt, in lower case
	// without the dot), which make a number next to them a day of the month.
	months map[string]bool
	// linkWords may stand between a casualty word and the count after it: "the death toll rose to
	// 86", "killing at least 58".
	linkWords map[string]bool
	// amongWords open a casualty word as the group a count after "be" is part of ("among the
	// wounded were four children").
	amongWords map[string]bool
	// joinWords join two casualty words of one count ("dozens of dead and injured").
	joinWords map[string]bool
	// articles open a noun phrase: a count before one does not count what follows it.
	articles map[string]bool
	// breakWords end a clause: a count does not reach a casualty word past them.
	breakWords map[string]bool
	// relatives open a relative clause: what it says ("an attack that took the war to the town")
	// describes a noun, not the count before it.
	relatives map[string]bool
	// killingWords are the words of killing and hurting by someone's hand; a final "*" stands for
	// any ending.
	killingWords map[string]bool
	// Case markers of the parse: an oblique's that make it a place or a destination, a noun
	// trigger's modifier's that make it the actor or the target.
	parsePlaceCases  map[string]bool
	parseDestCases   map[string]bool
	parseActorCases  map[string]bool
	parseTargetCases map[string]bool
	// rankWords rank a noun among others ("the first hospital to be targeted").
	rankWords map[string]bool
	// spanStarts make the time after them the start of a span (span-starts.txt).
	spanStarts map[string]bool
	// dashes set an aside off from its sentence when they come in pairs (aside-dashes.txt).
	dashes map[string]bool
	// datelineMarks follow the place of an agency's dateline ("WASHINGTON –", "DAMASCUS (AP)").
	datelineMarks map[string]bool
	// placeOnCases, after one of placeOnHeads, make a place an attack is aimed at its place, not
	// its target ("strikes on X").
	placeOnCases, placeOnHeads map[string]bool
	// sitedAbroad are the buildings a state keeps in another's territory ("embassy").
	sitedAbroad map[string]bool
	// capitalNouns name a country's capital, which a name may follow without "of" ("Norlands
	// capital Brenton").
	capitalNouns map[string]bool
	// controlMarks open a clause without a subject whose doer is the object of the verb it hangs
	// on ("accused X of shelling").
	controlMarks map[string]bool
	// supportVerbs are the lemmas whose subject carries out the noun trigger that is their
	// object ("reached an agreement"); memberNouns the nouns whose "of" or "from" phrase names
	// the group their people act for ("officers from the department").
	supportVerbs, memberNouns, memberCases map[string]bool
	// affiliations are the participles and adjectives by which a band names the group it
	// belongs to ("affiliated", "loyal"), each with the prepositions that bring the group in.
	affiliations map[string][]string
	// allegiances are those of affiliations that tell whose side a band is on ("loyal to").
	allegiances map[string]bool
	// actCounts are the nouns that count acts with "of" ("dozens of air strikes").
	actCounts map[string]bool
	// weaponNouns are the nouns for arms a name may stand before as their make ("Tomahawk
	// missiles"): such a name is the weapon's, no participant's.
	weaponNouns map[string]bool
	// quarterNouns are the nouns of a part of a town a name before them names ("the X district
	// of Y").
	quarterNouns map[string]bool
	// seatWords are the participles by which a name tells where a body sits ("UK-based").
	seatWords map[string]bool
	// stationWords are the participles that put people at a place ("positioned in X").
	stationWords map[string]bool
	// owning are the nouns by which a doer owns an attack ("responsibility", "credit"), each with
	// the lemmas of the verbs that make the owning ("claim", "take"): lang/en/data/claim-owning.
	owning      map[string][]string
	owningCases map[string]bool
	// newsAgencies are the outlets that file reports (lower case): named in a headline's byline
	// they take part in nothing the sentence tells.
	newsAgencies map[string]bool
	// vicinityWords are the words of what lies around a place ("surrounding", "outskirts"): a
	// name they govern tells where, not what was hit.
	vicinityWords map[string]bool
	// commonWords are ordinary English words (common-words: "More", "Related"), which opening a
	// sentence as an adjective, adverb or verb name no one.
	commonWords map[string]bool
	// territoryNouns are the nouns of taking a territory, whose premodifying place is the one
	// taken ("the Kuwait invasion").
	territoryNouns map[string]bool
	// heldPlaceNouns name a part of a country that a place before them holds ("Norlands
	// province of Brenton"), beside the place nouns of the word classes.
	heldPlaceNouns map[string]bool
	// patientCases are the prepositions of a noun trigger said of a subject that undergoes it
	// ("X was under siege").
	patientCases map[string]bool
	// benefitCases are the prepositions of a support or aid noun that name whom it is for.
	benefitCases map[string]bool
	// npStops end a noun phrase read backwards from a verb of saying.
	npStops map[string]bool
	// nounUse are words before "reports", "claims" … that make them nouns, not verbs of saying.
	nounUse map[string]bool
	// speechAux are the auxiliaries that may stand before a verb of saying ("has said").
	speechAux map[string]bool
	// speechVerbs are the forms of the verbs of saying ("said", "reported").
	speechVerbs map[string]bool
	// reportingVerbs are the verbs of saying whose reported clause names its own subject.
	reportingVerbs map[string]bool
	// tollReportVerbs are the verbs in the past that record or surmise a toll ("recorded", "feared").
	tollReportVerbs map[string]bool
	// tokAbbrevs are the words the tokeniser keeps the stop of ("Inc.", "U.S."), lower case
	// without it: one ending a sentence keeps it too (syntax.Words).
	tokAbbrevs map[string]bool
	// ongoingCues are the phrases that tell an event as going on or recurring ("every day",
	// "since <n>"), tried in order; ongoingVerbs the lemmas whose complement is so told ("keep").
	ongoingCues  [][]string
	ongoingVerbs map[string]bool
	// ongoingMods are the words that tell an event's noun they modify as going on ("ongoing").
	ongoingMods map[string]bool
	// ongoingHalts are the lemmas of verbs and nouns whose object was going on when it stopped
	// or is to stop ("halted air strikes", "an end to the bombing").
	ongoingHalts map[string]bool
	// supposeVerbs are the lemmas of verbs of supposition whose plain infinitive tells a state or
	// a habit, not one incident ("are believed to be accompanied by air strikes").
	supposeVerbs map[string]bool
	// timeNouns are the names of weekdays and parts of the day, lower case: words that tell
	// when, never who ("foiled Monday morning said the commander").
	timeNouns map[string]bool
	// eventNameHeads are the last words of names of events ("the Six-Day War"): no place.
	eventNameHeads map[string]bool
	// blameOn maps the verbs of accusing that bring in the one accused with a preposition when
	// their object is the attack ("blamed the bombing on the Front") to that preposition.
	blameOn map[string]string
	// nations maps the names of countries and the adjectives of their nationality, lower case
	// without stops ("us", "united states", "russian"), to their country's first name
	// ("russian": "Russia"): one before an attack noun attacks, and a description of a force
	// names it ("Russian jets").
	nations map[string]string
	// nationalities maps the adjectives of nationality alone to their country ("russian")
	nationalities map[string]string
	// nationWords are the words of the names of countries and of their nationality adjectives
	// ("syrian", "arab", "republic"): the words a state's force may be named with ("the Syrian
	// Arab Army").
	nationWords map[string]bool
	// leadingParticiples end a compound whose first part leads the group ("US-led").
	leadingParticiples map[string]bool
	// capitals are the capital cities of the same table, in countryKey form: in news they stand
	// for their governments ("Beijing denied", "accused Washington").
	capitals map[string]bool
	// regionWords before a country's name make it a region of it ("northern X").
	regionWords map[string]bool
	// speakerLeads open a speaker's phrase of their own: a place before one only says where (see
	// pastPlaceLead).
	speakerLeads map[string]bool
	// agentPreps bring in the doer of a passive or of an event noun ("by"); ofPreps join a noun to
	// what it stands for ("the city of X"), read past when looking for an argument's preposition.
	agentPreps, ofPreps map[string]bool
	// particles complete a participle read as a noun ("shot down"); controlPreps give a reason
	// unless a verb of overControl stands before them ("took over the city").
	particles, controlPreps map[string]bool
	// originCases tell where a thing or people come from ("from"); authorCases bring in the author
	// of a report ("a report by X", "the account of X").
	originCases, authorCases map[string]bool
	// sideJoins are the phrases that join a party to the one before it on its side of a clash
	// ("X as well as Y"), tried in order.
	sideJoins [][]string
	// compass are the points of the compass and distanceUnits the units of a distance: a place
	// after "60 km northeast of" only tells where another one lies; distancePaths lead a
	// distance along a feature of the land ("40 km up the X Valley from Y").
	compass, distanceUnits, distancePaths map[string]bool
	// tokenizer reads a sentence that comes without its parse, and the lexicon's phrases.
	tokenizer *syntax.Tokenizer
	// sexes are the words that tell a person's sex, which a pronoun standing for the person
	// must not contradict.
	sexes sexWords
}

// newWordLists reads the closed word lists of d, theme by theme.
func newWordLists(d *en.Data) *wordLists {
	w := &wordLists{tokenizer: syntax.NewTokenizer(d)}
	w.loadPreps(d)
	w.loadClauseWords(d)
	w.loadFigureWords(d)
	w.loadPartyWords(d)
	w.loadPlaceWords(d)
	w.loadSpeechWords(d)
	w.loadTimeWords(d)
	return w
}

// loadPreps reads the prepositions and the case markers of the parse that give an argument its
// role.
func (w *wordLists) loadPreps(d *en.Data) {
	w.preps = d.List("arg-preps")
	w.placePreps = d.List("place-preps")
	w.prepStops = d.List("arg-prep-stops")
	w.destPreps = d.List("destination-preps")
	w.objPreps = d.List("target-preps")
	w.objectPreps = d.List("governing-preps")
	w.parsePlaceCases = d.List("place-cases")
	w.parseDestCases = d.List("destination-preps")
	w.parseActorCases = d.List("actor-cases")
	w.parseTargetCases = d.List("target-cases")
	w.placeOnCases = d.List("attack-place-cases")
	w.placeOnHeads = d.List("attack-place-heads")
	w.owningCases = d.List("owning-cases")
	w.memberCases = d.List("member-cases")
	w.patientCases = d.List("patient-cases")
	w.benefitCases = d.List("benefit-cases")
	w.agentPreps = d.List("agent-preps")
	w.ofPreps = d.List("complement-preps")
	w.controlPreps = d.List("control-preps")
	w.originCases = d.List("origin-cases")
	w.authorCases = d.List("author-cases")
}

// loadClauseWords reads the words that shape a clause: auxiliaries, adverbs, the verbs that
// carry or govern another's event, and the words that open a phrase or a clause of their own.
func (w *wordLists) loadClauseWords(d *en.Data) {
	w.objStops = d.List("object-stops")
	w.beForms = d.List("be-get-forms")
	w.adverbs = d.List("verb-adverbs")
	w.lightVerbs = d.List("light-verbs")
	w.askWords = d.List("ask-words")
	w.sequenceMarks = d.List("sequence-marks")
	w.determiners = d.List("event-determiners")
	w.reactionNouns = d.List("reaction-nouns")
	w.absoluteMarks = map[string]string{}
	for _, row := range d.Rows("absolute-marks") {
		if len(row) == 2 {
			w.absoluteMarks[row[1]] = row[0]
		}
	}
	w.overControl = d.List("over-control-verbs")
	w.finiteStarts = d.List("finite-starts")
	w.relatives = d.List("relative-pronouns")
	w.controlMarks = d.List("control-marks")
	w.supportVerbs = d.List("support-verbs")
	w.owning = d.Table("claim-owning")
	w.blameOn = pairs(d.Rows("claim-accuse-verbs"))
	w.particles = d.List("verb-particles")
	w.leadingParticiples = d.List("leading-participles")
	w.sideJoins = phrases(d.Rows("side-joins"))
	w.commonWords = rowWords(d.Rows("common-words"))
}

// loadFigureWords reads the words of counts and tolls.
func (w *wordLists) loadFigureWords(d *en.Data) {
	w.pluralAttacks = d.List("plural-attacks")
	w.quantifiers = phrases(d.Rows("count-quantifiers"))
	w.tollVerbs = d.List("toll-verbs")
	w.quantityWords = d.List("quantity-words")
	w.linkWords = d.List("figure-links")
	w.amongWords = d.List("figure-among")
	w.joinWords = d.List("figure-joins")
	w.articles = d.List("figure-articles")
	w.breakWords = d.List("figure-breaks")
	w.killingWords = d.List("killing-words")
	w.rankWords = d.List("rank-words")
	w.actCounts = d.List("act-counts")
	w.weaponNouns = d.List("weapon-nouns")
	w.quarterNouns = d.List("quarter-nouns")
	w.figureNumbers = cardinals(d.Rows("numbers"), w.articles)
}

// loadPartyWords reads the words of the parties to an event: people, groups, states and the
// outlets that report on them.
func (w *wordLists) loadPartyWords(d *en.Data) {
	w.pronouns = d.List("person-pronouns")
	w.groupPronouns = pairs(d.Rows("group-pronouns"))
	w.sexes = newSexWords(d)
	w.descMods = d.List("description-modifiers")
	w.titleWords = titleWords(d.Rows("titles"))
	w.kinNouns = d.List("kin-nouns")
	w.newsAgencies = d.List("news-agencies")
	w.memberNouns = d.List("member-nouns")
	w.affiliations = d.Table("affiliation-words")
	w.allegiances = d.List("allegiance-words")
	w.nations = countryWords(d.Rows("capitals"))
	w.nationalities = adjectiveWords(d.Rows("capitals"))
	w.nationWords = fieldsOf(w.nations)
	w.capitals = capitalWords(d.Rows("capitals"))
}

// loadPlaceWords reads the words that make a name a place, or tell where one lies.
func (w *wordLists) loadPlaceWords(d *en.Data) {
	w.datelineMarks = d.List("dateline-marks")
	w.dashes = d.List("aside-dashes")
	w.spanStarts = d.List("span-starts")
	w.compass = d.List("compass-points")
	w.distanceUnits = d.List("distance-units")
	w.distancePaths = d.List("distance-paths")
	w.capitalNouns = rowsOfKind(d, "capital-cues", "noun")
	w.sitedAbroad = d.List("sited-abroad")
	w.seatWords = d.List("seat-participles")
	w.stationWords = d.List("station-participles")
	w.territoryNouns = d.List("territory-nouns")
	w.heldPlaceNouns = d.List("held-place-nouns")
	w.vicinityWords = d.List("vicinity-words")
	w.regionWords = d.List("region-words")
	w.eventNameHeads = d.List("event-name-heads")
}

// loadSpeechWords reads the words of saying and reporting.
func (w *wordLists) loadSpeechWords(d *en.Data) {
	w.speakerLeads = d.List("speaker-leads")
	w.npStops = d.List("speech-np-stops")
	w.nounUse = d.List("speech-noun-use")
	w.speechAux = d.List("speech-aux")
	w.speechVerbs = d.List("speech-verbs")
	w.reportingVerbs = d.List("reporting-verbs")
	w.tollReportVerbs = d.List("toll-report-verbs")
	w.tokAbbrevs = d.List("abbreviations")
}

// loadTimeWords reads the words that tell when, or that an event goes on.
func (w *wordLists) loadTimeWords(d *en.Data) {
	w.temporalPreps = d.List("temporal-preps")
	w.months = monthWords(d.Rows("months"))
	w.ongoingCues = phrases(d.Rows("ongoing-cues"))
	w.ongoingVerbs = d.List("ongoing-verbs")
	w.ongoingMods = d.List("ongoing-modifiers")
	w.ongoingHalts = d.List("ongoing-halts")
	w.supposeVerbs = d.List("suppose-verbs")
	w.timeNouns = lowerUnion(d.List("weekdays"), d.List("dayparts"))
}

// titleWords reads the words of the titles table's TITLE rows (a title and its abbreviations),
// lower case.
func titleWords(rows [][]string) map[string]bool {
	out := map[string]bool{}
	for _, r := range rows {
		if len(r) < 2 || r[0] != "TITLE" {
			continue
		}
		for _, t := range r[1:] {
			for _, f := range strings.Fields(t) {
				out[normWord(f)] = true
			}
		}
	}
	return out
}

// lowerUnion is the words of lists, lower case.
func lowerUnion(lists ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, l := range lists {
		for w := range l {
			out[normWord(w)] = true
		}
	}
	return out
}

// countryWords reads the names and nationality adjectives of the capitals table (country|other
// names, capital, adjectives), in countryKey form, each with its country's first name.
func countryWords(rows [][]string) map[string]string {
	out := map[string]string{}
	for _, r := range rows {
		country := strings.TrimSpace(strings.Split(r[0], "|")[0])
		cols := []string{r[0]}
		if len(r) > 2 {
			cols = append(cols, r[2])
		}
		for _, c := range cols {
			for _, n := range strings.Split(c, "|") {
				if k := countryKey(n); k != "" {
					out[k] = country
				}
			}
		}
	}
	return out
}

// adjectiveWords reads the nationality adjectives of the capitals table, in countryKey form,
// each with its country's first name.
func adjectiveWords(rows [][]string) map[string]string {
	out := map[string]string{}
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		country := strings.TrimSpace(strings.Split(r[0], "|")[0])
		for _, n := range strings.Split(r[2], "|") {
			if k := countryKey(n); k != "" {
				out[k] = country
			}
		}
	}
	return out
}

// capitalWords reads the capital cities of the capitals table into countryKey form.
func capitalWords(rows [][]string) map[string]bool {
	out := map[string]bool{}
	for _, r := range rows {
		if len(r) > 1 {
			out[countryKey(r[1])] = true
		}
	}
	return out
}

// polity reports whether item it names a country or its capital: a place that can act and be
// acted on like a party ("accused China", "Washington invaded").
func (lw *wordLists) polity(s *sent, it item) bool {
	if it.typ != dossier.LOC {
		return false
	}
	k := countryKey(itemText(s, it))
	return lw.isCountry(k) || lw.capitals[k]
}

// country reports whether name is a country or its people, also as the first part of a
// compound that says the country leads ("US-led").
func (lw *wordLists) country(name string) bool {
	if lw.isCountry(countryKey(name)) {
		return true
	}
	i := strings.LastIndex(name, "-")
	return i > 0 && lw.leadingParticiples[strings.ToLower(name[i+1:])] && lw.isCountry(countryKey(name[:i]))
}

// ownedAbroad reports whether noun names a building a state keeps abroad (sitedAbroad) and item
// it before it names a country: the country says whose the building is ("the U.S. embassy in
// X"), not where it stands; a city still says where ("its London embassy").
func (lw *wordLists) ownedAbroad(s *sent, it item, noun string) bool {
	return lw.sitedAbroad[strings.ToLower(noun)] && lw.country(itemText(s, it))
}

// isCountry reports whether k, in countryKey form, names a country or its people.
func (lw *wordLists) isCountry(k string) bool {
	_, ok := lw.nations[k]
	return ok
}

// countryKey folds a name for the countries table: lower case, without stops or a leading "the".
func countryKey(name string) string {
	k := strings.ToLower(strings.ReplaceAll(strings.TrimSpace(name), ".", ""))
	return strings.TrimPrefix(k, "the ")
}

// phrases reads a file of phrases, one a line, into their words, in the file's order.
func phrases(rows [][]string) [][]string {
	out := make([][]string, 0, len(rows))
	for _, r := range rows {
		if ws := strings.Fields(r[0]); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}

// pairs reads a file of two columns into a map from the first to the second.
func pairs(rows [][]string) map[string]string {
	out := map[string]string{}
	for _, r := range rows {
		if len(r) >= 2 {
			out[strings.ToLower(strings.TrimSpace(r[0]))] = strings.TrimSpace(r[1])
		}
	}
	return out
}

// rowWords returns the lower-case words of rows of a label and its words ("COMMON<TAB>the<TAB>a").
func rowWords(rows [][]string) map[string]bool {
	out := map[string]bool{}
	for _, r := range rows {
		for _, w := range r[1:] {
			out[strings.ToLower(strings.TrimSpace(w))] = true
		}
	}
	return out
}

// fieldsOf returns every word of the keys of m ("south", "sudan" of "south sudan").
func fieldsOf[V any](m map[string]V) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		for _, f := range strings.Fields(k) {
			out[f] = true
		}
	}
	return out
}

// rowsOfKind returns the second fields of the rows of the named list whose first field is kind.
func rowsOfKind(d *en.Data, name, kind string) map[string]bool {
	out := map[string]bool{}
	for _, r := range d.Rows(name) {
		if len(r) > 1 && r[0] == kind {
			out[strings.ToLower(r[1])] = true
		}
	}
	return out
}
