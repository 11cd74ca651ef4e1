// Package event finds the events of one document: who did what to whom, where and when, as the
// text tells it.
//
// The Extractor reads a document sentence by sentence, in the words of its parse (Analysis.Parse,
// joined into written words by syntax.Words). Each sentence is cut into clauses at
// conjunctions, relative pronouns and semicolons, at the comma that ends a relative clause before
// the main verb ("X, who …, was replaced": the main clause is X's) and at a comma that opens a new
// report ("…, other reports claim …"); trigger words and phrases from embedded lexicons
// (lang/en/data/event-triggers.txt) mark events in a clause, and the clause's mentions become the event's
// arguments with a role read from word order, voice and prepositions: the subject side of an active
// verb is the actor, its object the target, "by X" after a passive the actor, "in/at/near/from X"
// a place and "to X" the destination of a trip or a defection. Pronouns and definite descriptions
// ("he", "the new commander") stand for the most recent mention of a compatible type. An event
// takes the time expression of its own clause, else one said earlier in its sentence, never
// one that dates what it follows ("after a clash last week") or a relative clause's. Backstory
// ("who served … before defecting"), support mentioned in passing ("with support from X") and
// participants named again ("the protesters") make no event. Selectional constraints
// (lang/en/data/trigger-needs.txt) say what a trigger needs to tell its type: "released" needs people or a
// party's property as its object, not a product; "pulled out" an armed group, state or
// organisation, or troops; "agreed" a deal, terms or a to-infinitive, not "agreed to an interview".
// Phrases of lang/en/data/trigger-exclusions.txt ("sign up", "surround sound") tell no event, and where the cue
// words of a domain (lang/en/data/event-domains.txt: sport, products, markets, entertainment) stand in the
// sentence, or three of them in the document, the triggers that name that domain in their
// constraints tell none either ("rallied to win the match"). Cue words give the
// modality (reported, alleged, denied, uncertain, future); verbs of saying, "according to" and
// quotations give the attribution chain, outermost source first. The reason the text gives and
// any count stated in the clause are kept for the cross-document comparison.
//
// Attacks are read from verbs, their nouns and passives ("shelled", "the shelling of", "shells
// hit", "opened fire on", "a car bomb", "clashes between"). A name before a place word tells where
// ("the Brenton market"). A toll said in a sentence that tells an attack is that attack's count
// ("…, killing nine people"; "14 were killed when shells hit …"); a toll that names nobody, alone
// in its sentence, is a report of the last attack the document told, with its place and time,
// and keeps the verb that says it grew ("rose to 21"). A denial of involvement is that attack,
// denied, with the denier as its actor. An accusation about an attack ("blamed X for the attack",
// "accused X of carrying out the attack") takes the attack's place and time, and the attack it
// names becomes an allegation with the accused as its actor. Mutual triggers ("clashed with",
// "blamed each other") make one event each way; blame traded so is uncertain. A "who" that asks
// ("it was not clear who fired") gives an attack no actor. An attack in a to-infinitive
// ("authorized to strike") or told as a kind of act ("carried out attacks in the past") makes no
// event, and lang/en/data/trigger-needs.txt, lang/en/data/trigger-exclusions.txt and the disaster, sport and product domains
// keep heart attacks, strikes of workers, struck deals and earthquakes out.
//
// Casualty figures are read from every sentence (lang/en/data/figures.txt): what each counts (killed or
// wounded; people, civilians, children, women or fighters), its range ("at least 58", "dozens",
// "between 500 and 1,300", a scale word kept with its number), whether the sentence revises an
// earlier figure ("rose to"), gives a running total ("since 2011", "across the country") or
// tells of the night, the incident nouns it names and the day of its clause. Each goes on the
// attack of its sentence; a killing told beside another event is an attack of its own; a toll
// alone goes on the last attack told, else on the analysis. The cross-document pass compares
// these stored figures and never reads the text for them.
//
// Everything is rule-based and deterministic: the same analysis in gives the same events out.
package event
