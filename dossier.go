// Package dossier holds the domain of Dossier: the documents read from saved pages, what the
// per-document stages find in them (mentions, labels, time expressions, events), what the
// cross-document pass makes of them (entities, origins, conflicts), and the Store that keeps it all.
//
// It imports only the standard library; every stage, store and interface imports it.
package dossier

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Span is a half-open range of byte offsets [Start, End) into a document's clean Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Format says how a page's bytes are to be read.
type Format string

// The formats a reader can hand to extraction.
const (
	FormatHTML Format = "html" // markup: main text is found in the DOM
	FormatText Format = "text" // a plain-text dump of a rendered page, furniture included
	FormatBody Format = "body" // clean article text given as such (a JSON Lines "text" field)
)

// Page is one input as read from disk or a record, before extraction.
type Page struct {
	File   string // path or URL it came from (for JSON Lines: the record's id, else its url)
	Format Format
	Body   []byte // raw bytes, decompressed
	Meta   Meta   // metadata the input states outside the page itself; it wins over what extraction finds
}

// Meta is metadata given alongside a page (a JSON Lines record's fields). Empty fields are unknown.
type Meta struct {
	ID        string
	URL       string
	Title     string
	Publisher string
	Published string // ISO 8601, as precise as known
}

// Document is one article after extraction: clean text and what is known about it.
type Document struct {
	ID         string   `json:"id"`   // content hash prefix: same input, same id
	File       string   `json:"file"` // input path, URL or record id
	URL        string   `json:"url,omitempty"`
	Title      string   `json:"title"`
	Publisher  string   `json:"publisher,omitempty"` // "" when the page does not say
	Published  string   `json:"published,omitempty"` // ISO 8601 as precise as known; "" when unknown, never guessed
	Language   string   `json:"language"`
	Standfirst string   `json:"standfirst,omitempty"` // the summary under the title, kept apart from the body
	Captions   []string `json:"captions,omitempty"`   // photo captions, kept apart from the body
	Text       string   `json:"text"`                 // the clean body: no widgets, menus, comments or forms
	Sentences  []Span   `json:"sentences,omitempty"`  // sentence boundaries in Text
	// Cut says why the extractor read only the start of the page ("" when it read it whole);
	// it is reported on ingest's cut line, not stored.
	Cut string `json:"-"`
}

// EntityType is the coarse type of a named thing.
type EntityType string

// The entity types of the export. Countries, cities and facilities are LOC.
const (
	PER  EntityType = "PER"
	ORG  EntityType = "ORG"
	LOC  EntityType = "LOC"
	MISC EntityType = "MISC"
)

// Mention is one occurrence of a name in a document's text.
type Mention struct {
	Span
	Text  string     `json:"text"`            // Text == doc.Text[Start:End]
	Type  EntityType `json:"type"`            // best type from the name and its context
	Title string     `json:"title,omitempty"` // a rank or title said with a person's name ("Col.", "King"), not part of the name
	// Chain groups the mentions of one actor within the document: a short form and the full name it
	// abbreviates, an acronym and its definition. Chains are numbered from 0 in order of first mention.
	Chain int `json:"chain"`
	// Entity is the corpus-wide entity id, set by cross-document resolution; "" before it.
	Entity string `json:"entity,omitempty"`
	// Travel is the travel cue said right before the mention ("headed to" X), the last of them
	// to start when several end there; nil when none, and in analyses stored before it was read.
	Travel *Span `json:"travel,omitempty"`
}

// Label is how a document describes an actor: an apposition, a predicate noun phrase or a
// pre-modifier ("a former colonel", "a violent radical", "the US-backed militia").
type Label struct {
	Span
	Text  string `json:"text"`
	Chain int    `json:"chain"` // the mention chain it describes
}

// Timex is a time expression normalised to a TIMEX3 value.
type Timex struct {
	Span
	Text  string `json:"text"`
	Type  string `json:"type"`          // DATE, TIME, DURATION or SET
	Value string `json:"value"`         // TIMEX3 value: 2020-04-14, XXXX-10-02, 2019-SP, P5D …
	Mod   string `json:"mod,omitempty"` // START, MID, END, APPROX, BEFORE, AFTER …
	// Dateline marks the date a dateline opening the text gives ("Published June 1 2016", "AFP
	// Wednesday 22 Jun 2016"): when the text was filed, which dates nothing the text tells.
	Dateline bool `json:"dateline,omitempty"`
}

// DatesEvents reports whether the expression may date what the text tells, in a document
// published on published (ISO 8601, "" when unknown): any expression but a dateline's date that
// the publication date contradicts. A dateline's date that agrees with it, or stands for it,
// is the day the report tells of when it names no other.
func (t Timex) DatesEvents(published string) bool {
	if !t.Dateline || len(published) < len("2006-01-02") {
		return true
	}
	return strings.HasPrefix(t.Value, published[:len("2006-01-02")])
}

// EventType is one of the event types of the export (PLOVER's sixteen and four more).
type EventType string

// The event types; see shared/eval/EVENTS.md for when each applies.
const (
	Agree     EventType = "AGREE"
	Consult   EventType = "CONSULT"
	Support   EventType = "SUPPORT"
	Concede   EventType = "CONCEDE"
	Cooperate EventType = "COOPERATE"
	Aid       EventType = "AID"
	Retreat   EventType = "RETREAT"
	Request   EventType = "REQUEST"
	Accuse    EventType = "ACCUSE"
	Reject    EventType = "REJECT"
	Threaten  EventType = "THREATEN"
	Protest   EventType = "PROTEST"
	Sanction  EventType = "SANCTION"
	Mobilize  EventType = "MOBILIZE"
	Coerce    EventType = "COERCE"
	Assault   EventType = "ASSAULT"
	Appoint   EventType = "APPOINT"
	Dismiss   EventType = "DISMISS"
	Defect    EventType = "DEFECT"
	Travel    EventType = "TRAVEL"
)

// Modality says how a document presents an event.
type Modality string

// The modalities of the export.
const (
	Asserted  Modality = "asserted"  // told as fact
	Reported  Modality = "reported"  // told as someone's report ("reportedly", "X said")
	Alleged   Modality = "alleged"   // an allegation ("allegedly", "accused of")
	Denied    Modality = "denied"    // someone denies it happened
	Uncertain Modality = "uncertain" // hedged ("may have", "it is not clear")
	Future    Modality = "future"    // planned, promised or hypothetical ("will", "would")
)

// Arg is one participant of an event: a mention chain with a role.
type Arg struct {
	Role  string `json:"role"`  // actor, target, place, destination, other
	Chain int    `json:"chain"` // the mention chain
}

// Event is one happening as told in one clause of one document.
type Event struct {
	Span                  // the clause or sentence it came from
	Type        EventType `json:"type"`
	Trigger     Span      `json:"trigger"`        // the word that signals it
	Word        string    `json:"word,omitempty"` // the trigger as written, lower-case: acts told elsewhere are matched on it
	Text        string    `json:"text"`
	Args        []Arg     `json:"args,omitempty"`
	Time        string    `json:"time,omitempty"` // TIMEX3 value of the event's own time; "" when the text does not tie one to it
	Modality    Modality  `json:"modality"`
	Attribution []Source  `json:"attribution,omitempty"` // who is said to say so, outermost first
	Cause       string    `json:"cause,omitempty"`       // a reason the text gives ("because of …")
	Number      string    `json:"number,omitempty"`      // a count the clause states (dead, fighters …)
	Figures     []Figure  `json:"figures,omitempty"`     // casualty figures its sentence states
	Kind        string    `json:"kind,omitempty"`        // for an attack, the kind its words name ("air strike", "car bomb"); "" when unsaid
	By          string    `json:"by,omitempty"`          // for an attack, whose side its words say did it: "state" or "armed group"; "" when unsaid
	// Force is, for an attack its words put down to state forces, the one state or force they
	// name ("Russian jets": Russia; "US-led coalition air strikes": the coalition); "" when unsaid.
	Force string `json:"force,omitempty"`
	// Ongoing is set when the text tells the event as going on or recurring ("has been carrying
	// out air strikes", "keeps shelling", "daily raids", "since 2011"), not as one incident.
	Ongoing bool `json:"ongoing,omitempty"`
}

// Figure is one casualty figure as a sentence states it: how many were killed or wounded, of
// whom, how loosely, and whether it revises an earlier figure. The per-document stages read it;
// the cross-document pass compares figures without reading the text again.
type Figure struct {
	Span               // the sentence that states it
	Clause    Span     `json:"clause"`              // the figure's own clause: its places and day are the figure's
	At        Span     `json:"at"`                  // the figure as written, Text == doc.Text[At.Start:At.End]
	Counts    string   `json:"counts"`              // killed or wounded; CountsBoth for one count of both
	Who       string   `json:"who,omitempty"`       // what is counted: people, civilians, children, women, fighters, group (of one calling: "teachers"); "" when unsaid
	Low       int      `json:"low"`                 // the least the figure allows
	High      *int     `json:"high"`                // the most it allows; nil when open ("at least 58")
	Text      string   `json:"text"`                // as written, with its qualifier ("at least 58", "dozens")
	Loose     bool     `json:"loose,omitempty"`     // a loose count ("dozens", "hundreds"): Low and High are the words' meaning, not numbers its source gives
	Update    bool     `json:"update"`              // it revises an earlier figure ("rose to", "new toll")
	Sum       bool     `json:"sum,omitempty"`       // its count adds up counts its text gives apart ("nine children and 14 others": 23)
	Total     bool     `json:"total,omitempty"`     // a running total of a war or campaign ("since 2011", "so far"), not one incident's
	Night     bool     `json:"night,omitempty"`     // its sentence tells of the night ("overnight", "early hours"): it may run over midnight
	Incidents []string `json:"incidents,omitempty"` // incident nouns the sentence names, folded ("clash", "strike")
	Families  []string `json:"families,omitempty"`  // their families ("attack", "fighting"): nouns that may name one incident
	Time      string   `json:"time,omitempty"`      // the most specific date its clause gives, "" when none
	Kind      string   `json:"kind,omitempty"`      // the kind of attack named nearest it ("air strike", "rocket", "car bomb"); "" when unsaid
	By        string   `json:"by,omitempty"`        // whose side its sentence says did it: "state" or "armed group"; "" when unsaid
	Force     string   `json:"force,omitempty"`     // the state or force the words of that side name ("Russian jets": Russia), "" when unsaid
	Around    bool     `json:"around,omitempty"`    // its clause places it around a place ("near X", "the outskirts of X"), not in it
	// Sites are the kinds of site its sentence names ("market", "school", "mosque"), folded: reports
	// of different outlets that name one site in one town on one day tell one attack, whatever
	// kind of attack or side each gives.
	Sites []string `json:"sites,omitempty"`
	Side  string   `json:"side,omitempty"` // whose side the fighters it counts are on: "state" or "armed group"; "" when unsaid
	// Setting is where the document places the figure when its sentence names no place finer
	// than a country: the sentences before it in its paragraph that name a place, nearest
	// first, then the headline. The cross-document pass takes the first place it knows there.
	Setting []Span `json:"setting,omitempty"`
	// Capital is the capital city its sentence names by its country alone ("at the capital",
	// "the Syrian capital"): of the country the document names most when the sentence names
	// none. "" when it names none.
	Capital string `json:"capital,omitempty"`
	// Part says what part of the dead the figure counts when it is not an incident's toll:
	// PartAmong for a breakdown of the dead ("among them 5 women", "three of those killed"),
	// PartBodies for bodies found, seen or brought somewhere ("the bodies of two arrived at
	// the hospital"); "" for a toll. Tolls are compared across outlets; parts are not.
	Part string `json:"part,omitempty"`
	// Quoted is set when the figure lies inside a direct quotation: someone's own words (a
	// resident's "at least eight died"), not the report's voice. A later toll the report gives
	// in its own voice is the one compared.
	Quoted bool `json:"quoted,omitempty"`
}

// DatelineShift is how many days the date a text prints in its dateline may lie from the date
// its page was given and still be the day the text was written (see ReferenceDate). Pages dated
// by the incident they tell are often written weeks later (a follow-up, a round-up), pages
// dated by their last change weeks after they were written: either way their "on Monday" is
// the week the text prints. A printed date months away is more likely another's.
const DatelineShift = 31

// ReferenceDate is the day a document's relative dates ("on Wednesday") are counted from, given
// its publication date and the date its text prints in a dateline (both ISO, "" when unknown):
// the printed date when it lies within DatelineShift days of the publication date, before or
// after it, else the publication date. A text counts its days from the day it was written on,
// which its dateline prints; the date its page was given may be the incident's or the page's
// last change.
func ReferenceDate(published, printed string) string {
	const day = "2006-01-02"
	p, err1 := time.Parse(day, published)
	d, err2 := time.Parse(day, printed)
	if err1 != nil || err2 != nil || len(printed) != len(day) {
		return published
	}
	if days := d.Sub(p).Hours() / 24; days < -DatelineShift || days > DatelineShift {
		return published
	}
	return printed
}

// ReferenceDate is the day the document's relative dates are counted from: its publication date,
// or the date its dateline prints (the time expression marked Dateline) when ReferenceDate says so.
func (a *Analysis) ReferenceDate() string {
	for _, t := range a.Timexes {
		if t.Dateline {
			return ReferenceDate(a.Doc.Published, t.Value)
		}
	}
	return a.Doc.Published
}

// SameForce reports whether two names of a state or force an attack is put down to (Event.Force)
// name one force: the same name, or one the other's with its leader before it ("coalition" and
// "US-led coalition").
func SameForce(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// What a Figure's Part says it counts.
const (
	PartAmong  = "among the dead"
	PartBodies = "bodies"
)

// CountsBoth is what a Figure counts when one count is of the dead and the wounded together
// ("48 killed and injured"): a toll of neither.
const CountsBoth = "killed or wounded"

// ClaimKind names what a claim says.
type ClaimKind string

// The kinds of claim a document makes.
const (
	ClaimAccuse       ClaimKind = "accuse"       // someone is blamed for an attack or a deed ("X accused Y of shelling …")
	ClaimDeed         ClaimKind = "deed"         // an attack told with who carried it out ("Y shelled the market")
	ClaimMutual       ClaimKind = "mutual"       // the sides named blame one another
	ClaimUnclear      ClaimKind = "unclear"      // the text says it is not known who did it
	ClaimDeny         ClaimKind = "deny"         // someone denies an act, an account, or any part in it
	ClaimCause        ClaimKind = "cause"        // a reason given for what happened ("because of …")
	ClaimCharacterise ClaimKind = "characterise" // an actor put in a camp: backed by a patron, or hostile
	ClaimAccounts     ClaimKind = "accounts"     // one text gives competing accounts ("some reports say …, others say …")
)

// SketchSize is the number of MinHash values in an analysis's Sketch.
const SketchSize = 64

// Credit is one credit line of a document: a cue phrase that names a text's source and the
// lower-case words next to it where the source's name may stand.
type Credit struct {
	Span          // the cue phrase; for a dateline, the agency's name in its brackets
	Phrase string `json:"phrase"` // the cue, lower-case: "translated by", "reported", "dateline"
	// Before is true when the name stands before the cue ("Alder News reported"); Words are then
	// the last words before it, else the first words after it, up to the sentence's punctuation.
	Before bool     `json:"before,omitempty"`
	Words  []string `json:"words"`
}

// DatelineCredit is the Phrase of the credit an agency's dateline gives ("BEIRUT (AP) —"): its
// Words are the agency's name and its Span the name in the brackets.
const DatelineCredit = "dateline"

// SignOffCredit is the Phrase of the credit an agency's name closing a text gives ("… said.
// — AP", "(Reuters)" on the last line); BylineCredit that of an agency a byline names ("By Jane
// Roe, Associated Press"). Like DatelineCredit, their Words are the agency's name as written and
// their Span the name.
const (
	SignOffCredit = "signoff"
	BylineCredit  = "byline"
)

// Agency reports whether the credit names the agency whose copy the text runs: a dateline's,
// a sign-off's or a byline's, not a source the text cites ("according to").
func (c Credit) Agency() bool {
	return c.Phrase == DatelineCredit || c.Phrase == SignOffCredit || c.Phrase == BylineCredit
}

// Claim is one claim a sentence makes: who says it, about whom and what, and where. The
// per-document stages read it from the parse and cue words; the cross-document pass compares
// claims of different documents without reading their text again.
type Claim struct {
	Span              // the sentence that makes it (for a characterisation by label, the label)
	Kind    ClaimKind `json:"kind"`
	Cue     Span      `json:"cue"`                // the cue words as written
	CueText string    `json:"cue_text,omitempty"` // the cue phrase, lower-case ("blamed each other", "-backed")
	By      Party     `json:"by"`                 // who makes the claim; Chain -1 when it is the report's own voice or an unnamed source
	ByText  string    `json:"by_text,omitempty"`  // who makes it, as the text names them ("residents"); "" when the report says it itself
	About   []Party   `json:"about,omitempty"`    // whom it is about: the blamed, the denier, the actor described; accounts: the place each says someone went to
	Event   int       `json:"event"`              // index in the analysis's Events of the act it is about; -1 when none
	Negated bool      `json:"negated,omitempty"`  // polarity: the claim is said not to be made ("denied accusing …")
	Hedged  bool      `json:"hedged,omitempty"`   // said with doubt ("may have", "allegedly", a future or uncertain act)
	Attack  bool      `json:"attack,omitempty"`   // the sentence names an attack: the blame or denial is about one
	Role    bool      `json:"role,omitempty"`     // a denial of any part or role, not of one named act
	Object  string    `json:"object,omitempty"`   // deny: what is denied, lower-case; cause: the reason as written; accounts: "travel" when both say where someone went
	Words   []string  `json:"words,omitempty"`    // accuse, deny, cause: lower-case words of what it names, without the names of who claims and whom, to match claims of one matter
	Camp    string    `json:"camp,omitempty"`     // characterise: backed or hostile
	// Side is, for an accusation of a force no name is given ("blamed the army", "accused
	// government forces"), the side it names: "state" or "armed group"; "" otherwise.
	Side string `json:"side,omitempty"`
	// Force is the state whose forces such an accusation names ("the Russian air force":
	// Russia); "" when it names none.
	Force string `json:"force,omitempty"`
	Echo  string `json:"echo,omitempty"`  // a key of the sentence's words: two claims told in the same words share it
	Other *Span  `json:"other,omitempty"` // accounts: the competing account's clause; Span is the first's
}

// Party is an actor a claim names: a mention chain of the document.
type Party struct {
	Chain int  `json:"chain"`         // the mention chain; -1 when not a named actor
	The   bool `json:"the,omitempty"` // the document writes the name with "the" ("the Northern Army")
}

// Source is one link of an attribution chain: a named actor (a mention chain) or an unnamed one
// ("a military source", "the statement").
type Source struct {
	Chain int    `json:"chain"` // -1 when the source is not a named actor
	Text  string `json:"text"`
}

// Analysis is everything the per-document stages find in one document.
type Analysis struct {
	Doc      Document  `json:"document"`
	Mentions []Mention `json:"mentions,omitempty"`
	Labels   []Label   `json:"labels,omitempty"`
	Timexes  []Timex   `json:"timexes,omitempty"`
	Events   []Event   `json:"events,omitempty"`
	// Figures are the casualty figures no event carries: a death toll said alone, the dead of
	// an earthquake. Figures tied to an event are on the event.
	Figures []Figure `json:"figures,omitempty"`
	// Claims are what the document says people say or are: blame, denials, reasons and
	// characterisations, read once here so the cross-document pass compares them without the text.
	Claims []Claim `json:"claims,omitempty"`
	// Sketch is the MinHash sketch (SketchSize values) of the clean text's word shingles, by which
	// the cross-document pass finds near-duplicates; nil when the text is too short to compare,
	// and in analyses stored before it was read.
	Sketch []uint64 `json:"sketch,omitempty"`
	// Credits are the credit lines of the text ("translated by X", "X reported"): the words
	// where a source may be named, which the cross-document pass matches against publishers.
	Credits []Credit `json:"credits,omitempty"`
	// Dateline is where an agency's dateline opening the text ("CITY, Aug 3 (Agency) -") ends, 0
	// when there is none: the place named there is where the report was filed.
	Dateline int `json:"dateline,omitempty"`
	// Parse is the language layer's reading of each sentence of Doc.Text, in order: made once by
	// the first stage, read by every later one, and not stored.
	Parse []Sentence `json:"-"`
	// TextLen is the length in bytes of Doc.Text when a read for the cross-document pass left the
	// text out (see PassReader); 0 otherwise. TextLength gives the length either way.
	TextLen int `json:"-"`
}

// TextLength returns the length in bytes of the document's clean text, whether the analysis holds
// the text or only its length.
func (a *Analysis) TextLength() int {
	return max(len(a.Doc.Text), a.TextLen)
}

// Sentence is one sentence of a document with its tokens.
type Sentence struct {
	Span
	Tokens []Token
}

// Token is one word or punctuation mark of a sentence as the language layer reads it: tagged,
// lemmatised and attached to its head. Features and relations follow Universal Dependencies.
type Token struct {
	Span          // byte offsets into the document's clean text
	Text   string // Text == doc.Text[Start:End]
	UPOS   string // universal part of speech: NOUN, PROPN, VERB, AUX, ADP …
	XPOS   string // Penn Treebank tag: NN, NNP, VBD …
	Lemma  string
	Feats  string // morphological features, "Number=Sing|Tense=Past", "" when none
	Head   int    // index in the sentence's Tokens of the governing token; -1 for the root
	Rel    string // dependency relation to the head: nsubj, obj, obl, nmod, root …
	Entity string // name recogniser tag: B-PER, I-ORG, O …; "" before recognition
}

// Entity is one real actor across the corpus, whatever the spelling.
type Entity struct {
	ID      string     `json:"id"`
	Type    EntityType `json:"type"`
	Name    string     `json:"name"`    // preferred name: the fullest common spelling
	Aliases []string   `json:"aliases"` // every other spelling seen
}

// ChainRef names one mention chain of one document.
type ChainRef struct {
	Doc   string `json:"doc"`
	Chain int    `json:"chain"`
}

// Conflict is a disagreement between reports (or within one) about the same happening or actor.
type Conflict struct {
	ID      string         `json:"id"`
	Kind    string         `json:"kind"`  // cause, place, number, time, actor, denial, characterisation
	About   []string       `json:"about"` // entity ids
	Sides   []ConflictSide `json:"sides"`
	Summary string         `json:"summary"`
}

// ConflictSide is one side of a conflict: what one document says, where.
type ConflictSide struct {
	Doc string `json:"doc"`
	Span
	Text string `json:"text"`
}

// Corpus is what the cross-document pass makes of all stored analyses. The pass stores it, one
// row per result, and every reader reads it: nothing downstream runs the pass again.
type Corpus struct {
	Entities   []Entity    `json:"entities"`
	Members    []Member    `json:"members"` // which entity each mention chain belongs to
	Origins    []Origin    `json:"origins"` // the origin group of each document
	Conflicts  []Conflict  `json:"conflicts"`
	Stories    []Story     `json:"stories,omitempty"`    // groups of documents about one story
	Happenings []Happening `json:"happenings,omitempty"` // aligned events, each with all its reports
	Frames     []Frame     `json:"frames,omitempty"`     // how each source labels each actor
	// Basis names what the entity resolution depended on besides the analyses (the pins): the
	// next pass reuses these entities only when its own basis is the same.
	Basis string `json:"basis,omitempty"`
}

// Story is a group of documents about the same story.
type Story struct {
	ID       string   `json:"id"`
	Docs     []string `json:"docs"`     // document ids, earliest first
	Entities []string `json:"entities"` // entities named in at least two of its documents, commonest first
}

// Report is one document's telling of a happening.
type Report struct {
	Doc         string   `json:"doc"`
	Event       int      `json:"event"` // index into that analysis's Events
	Modality    Modality `json:"modality"`
	Attribution []string `json:"attribution,omitempty"` // who is said to say so: entity ids, or the source's words
	Origin      string   `json:"origin"`                // the document's origin group
}

// Happening is one real-world event as told by one or more reports.
type Happening struct {
	ID           string    `json:"id"`
	Type         EventType `json:"type"`
	Story        string    `json:"story,omitempty"`
	Participants []string  `json:"participants"`    // entity ids of every argument
	Time         string    `json:"time,omitempty"`  // its day, else what the days of its reports share, as a TIMEX3 value
	Start        string    `json:"start,omitempty"` // the earliest day its reports give, else the earliest of their documents' dates
	End          string    `json:"end,omitempty"`   // the latest
	Reports      []Report  `json:"reports"`
	Origins      int       `json:"origins"` // independent origins among the reports
	// Fatalities is the range of the dead its reports give, across sources; nil when none gives
	// a count.
	Fatalities *Fatalities `json:"fatalities,omitempty"`
}

// Frame is how one source describes one actor.
type Frame struct {
	Source string   `json:"source"` // the publisher, or the document id when the publisher is unknown
	Entity string   `json:"entity"`
	Labels []string `json:"labels,omitempty"`
	Camp   string   `json:"camp,omitempty"` // backed, hostile, or "" when the words say neither or both
}

// Member puts one mention chain of one document into an entity.
type Member struct {
	ChainRef
	Entity string `json:"entity"`
}

// Origin puts a document into an origin group: documents that copy, syndicate or translate one
// another count as one source when reports are corroborated.
type Origin struct {
	Doc    string `json:"doc"`
	Group  string `json:"group"`  // id of the group's earliest document
	Reason string `json:"reason"` // why it joined the group ("near-duplicate", "same publisher", "translated from …")
}

// Failure records an input that could not be made into a document, and why.
type Failure struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// Hit is one search result: a document and a snippet with the matched words marked.
type Hit struct {
	Doc     Document
	Snippet string // matched terms between '[' and ']'
}

// Store keeps documents with their analyses, the failures of ingestion and the corpus-wide results.
// SQLite and PostgreSQL implement it; both pass the same conformance suite.
type Store interface {
	// Put stores a batch of analysed documents in one transaction. It returns, for each, whether it
	// was new: a document whose id is already stored is left as it is.
	Put(ctx context.Context, batch []*Analysis) ([]bool, error)
	// Has reports whether a document with this id is stored.
	Has(ctx context.Context, id string) (bool, error)
	// Analyses calls fn for every stored analysis, in order of document id.
	Analyses(ctx context.Context, fn func(*Analysis) error) error
	// PutFailures records inputs that failed; a later success for the same file clears its failure.
	PutFailures(ctx context.Context, fs []Failure) error
	// Failures lists recorded failures in order of file.
	Failures(ctx context.Context) ([]Failure, error)
	// Search finds documents matching a full-text query, best first.
	Search(ctx context.Context, query string, limit int) ([]Hit, error)
	// PutCorpus replaces the stored cross-document results.
	PutCorpus(ctx context.Context, c *Corpus) error
	// Pending lists, in order of id, the stored documents whose cross-document results are not
	// stored yet: Put marks each new document in the transaction that stores it.
	Pending(ctx context.Context) ([]string, error)
	// PutCross stores the results of a cross-document pass and clears the pending marks of the
	// documents it read (done, as Pending listed them), in one transaction: a pass cut short leaves
	// its documents pending. When another pass has cleared any of done since, its results may be
	// newer than these: nothing is stored and the error wraps ErrStale.
	PutCross(ctx context.Context, c *Corpus, done []string) error
	// Corpus returns the stored cross-document results (empty when none were computed).
	Corpus(ctx context.Context) (*Corpus, error)
	// Close releases the store.
	Close() error
}

// ResultPages is an optional capability of a Store, found by type assertion: the stored
// cross-document results of one kind read a page at a time, for readers that show a few of them.
// Each method returns up to limit results following the one with id after ("" for the first), in
// the order Corpus lists them; an after that is no longer stored is an error wrapping ErrNotFound.
type ResultPages interface {
	Entities(ctx context.Context, after string, limit int) ([]Entity, error)
	Conflicts(ctx context.Context, after string, limit int) ([]Conflict, error)
	Stories(ctx context.Context, after string, limit int) ([]Story, error)
	Happenings(ctx context.Context, after string, limit int) ([]Happening, error)
	Origins(ctx context.Context, after string, limit int) ([]Origin, error)
	// DocMembers lists the stored members of one document's mention chains, in order of chain,
	// for readers that go through the documents one at a time.
	DocMembers(ctx context.Context, doc string) ([]Member, error)
}

// PassReader is implemented by a store that can read only what the cross-document pass needs, so
// that the pass does not hold every document's words.
type PassReader interface {
	// PassAnalyses calls fn for every stored analysis in order of document id, as Analyses does,
	// leaving out what the pass does not read: the document's standfirst, captions and text
	// (TextLen gives the text's length) and the text of each event.
	PassAnalyses(ctx context.Context, fn func(*Analysis) error) error
	// PassMentions calls fn for every stored analysis in order of document id with only what
	// entity resolution reads: the document's id and the mentions.
	PassMentions(ctx context.Context, fn func(*Analysis) error) error
	// Texts calls fn with the clean text of each stored document among ids, in order of id;
	// ids that are not stored are skipped.
	Texts(ctx context.Context, ids []string, fn func(id, text string) error) error
	// Resolution returns the stored results as Corpus does but only their basis, entities and
	// members: what a pass reuses of the last one, without reading the rest.
	Resolution(ctx context.Context) (*Corpus, error)
}

// Error kinds, tested with errors.Is. A failure's reason wraps one of them where it applies.
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary content, not text")
	ErrEncoding = errors.New("invalid UTF-8")
	ErrTooLarge = errors.New("input too large")
	ErrNoText   = errors.New("no article text found")
	ErrFormat   = errors.New("unsupported or malformed input")
	ErrNotFound = errors.New("not found")
	ErrBadQuery = errors.New("bad search query")
	ErrStale    = errors.New("cross-document results older than the stored ones")
)

// InputError is an error about one input file (or record inside one).
type InputError struct {
	File string
	Err  error
}

// Error names the input and says what is wrong with it.
func (e *InputError) Error() string { return fmt.Sprintf("%s: %v", e.File, e.Err) }

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// QuoteSides fills the Text of each side of conflicts with the words its span covers in its
// document's clean text, from analyses. The cross-document pass finds the sides without reading
// text and leaves them unquoted; a side whose document is not among analyses, or whose span lies
// outside its text, stays unquoted.
func QuoteSides(conflicts []Conflict, analyses []*Analysis) {
	text := make(map[string]string, len(analyses))
	for _, a := range analyses {
		text[a.Doc.ID] = a.Doc.Text
	}
	QuoteSidesFrom(conflicts, text)
}

// SideDocs lists, sorted and once each, the documents the sides of conflicts quote.
func SideDocs(conflicts []Conflict) []string {
	var ids []string
	for _, c := range conflicts {
		for _, s := range c.Sides {
			ids = append(ids, s.Doc)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// QuoteSidesFrom quotes the sides of conflicts as QuoteSides does, from text, the clean texts of
// documents by id.
func QuoteSidesFrom(conflicts []Conflict, text map[string]string) {
	for i := range conflicts {
		for j := range conflicts[i].Sides {
			s := &conflicts[i].Sides[j]
			t, ok := text[s.Doc]
			if ok && s.Start >= 0 && s.Start <= s.End && s.End <= len(t) {
				s.Text = t[s.Start:s.End]
			}
		}
	}
}
