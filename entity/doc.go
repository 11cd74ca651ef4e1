// Package entity is the per-document entity stage of Dossier: it finds the names in a document's
// clean text (people, organisations, places), types them, groups the mentions of one actor into
// chains, and collects the labels the document gives those actors. It reads the words of the
// language layer's parse (Analysis.Parse, joined into written words by syntax.Words) and does no
// tokenising of its own.
//
// Names are found from capitalised spans of tokens that may hold lower-case particles (al-, bin,
// abu, de, van), acronyms (also mixed-case ones such as "MoD"), definitions "Full Name (ACR)" and
// parenthetical aliases. Titles and ranks are kept out of the span and recorded in Mention.Title,
// except sovereign styles that form part of a regnal name ("King X II"). A gazetteer of general
// knowledge (embedded TSV files under data/, plus files of the user's own) gives types and aliases;
// otherwise the name's last word and its context decide.
//
// Chains: mentions with the same normalised name, the same transliteration keys ("Huthi", "Houthi";
// names of seven letters or more also when they differ in one vowel), the same gazetteer entry, an
// acronym and its definition, or a short form and the full name it stands for share a chain. A
// person's short form is the family name (with or without its particle) or the given and family
// names, and a lone given name is the one person of the page whose full name opens with it (a
// page naming several of one family calls each so) unless it ends a person's name there; an
// organisation's or a place's is only the part before its head word ("X" for "X Press")
// or before an article ("Liwa" for "Liwa al-X"), and never a lone word English writes mostly
// in lower case ("House" for "House Democrats") unless a company's legal form ends the name
// ("Giant" for "Giant Group Ltd."): any other part of a longer name ("New York" in
// "New York State") is a name of its own. When a short form could belong to several full names, it
// joins the nearest full name before it, or, when none comes before, the nearest one after it;
// of two bodies' names that are not one name ("X PLC", "X Textiles") it joins the one named
// first, and it never makes the two one.
// A lone family name shared by several people named in full goes to the one the page is about at
// that point: the person named just before, as the subject of the sentence before or in its own
// sentence, outside quotations; otherwise the most prominent person (mentions so far, as the
// subject of a clause, in the title or lead, less inside quotations), the nearest only when about
// as prominent. A relative named once in passing keeps no lone family name from the main person. A
// short form never joins a name of a different type, nor an organisation or place named by a head
// word ("X Brigade", "X Camp") unless it keeps that head word. A hyphenated syllable pair after a
// name is its given name ("Kim Jong-un", "Cheuk Hau-yip"), and such a name is called by its first
// word, the family name. A lone word that repeats the last word of a person's full name stands for
// that person, even when the gazetteer knows the word as a place only in a form with an article the
// text does not write.
//
// The name recogniser (lang/ner) reads the document's token stream first. Where it is sure that
// words are in no name, a mention that only capital letters made is dropped (a sentence-initial
// "Regardless", a capitalised function word, words in capitals for emphasis) or trimmed to the
// one name the recogniser is sure of inside it; where the name and its context leave the type
// unclear, the recogniser's type, when it is sure of it, counts as a cue. The gazetteer, titles,
// particles, acronyms and the chain rules keep the last word.
//
// The parse's parts of speech count as evidence too: a lone capitalised word the parse reads as an
// adverb, adjective, verb, number or function word is no name where its capital is explained (it
// opens a sentence and the body never writes it capitalised in mid-sentence, or the body writes it
// in lower case), unless the recogniser reads it as a name; a verb or function word opening a
// sentence is left out of the name after it ("Leveraging Unite Connect"), and a verb opening a
// sentence makes the word after it open it too ("Read Also", "Hide Ad"). A date ending in a year
// closes a dateline, so the word after it opens the text ("Published October 12 2016 Activists
// say"). A job or role written in capitals before a full name is the person's title ("Team Leader
// Jennifer Ngo-Anh"), and an acronym the gazetteer does not know right before a colon is a field's
// label, not the end of a name ("John Milbank RRP:").
//
// The parse also tells where a name is used as a place: the object of a preposition of place
// ("killed in X", the later names of a list sharing the first one's preposition), a name listed
// under a noun for a place ("villages including X and Y") or one that modifies it ("X
// countryside"). These votes add up over the chain, so one typing holds across the document, and
// they are taken back when a mention of the chain acts (the subject of a verb): an actor stays an
// actor. Names with an article, an acronym or an ordinary last word ("Case Reports") get none.
//
// A name that starts with the whole name of an organisation the gazetteer knows and goes on with
// words that name no body of their own ("Amazon Echo Buds", "Google Maps") is that maker's product.
// A lone unknown name is a body's when it is the subject of a clause that speaks of "its" things
// ("X will double its flights"). A party's word before a known place is no part of the place's
// name ("the Republican U.S. senator"); a word after an "and" that follows a name is the next
// item of a list, not the first word of a body's name joined by "and" ("X and Y and War
// Office"); a body's name that goes on after its head word with "of", "for" or "on" keeps its
// end whatever the recogniser reads ("Office of Management and Budget"); a title closed by a
// field and an office names nobody ("Chief Strategy Officer"), and a title before "'s" and a
// body's head word names that body ("X County Sheriff's Department").
//
// Marks written in capitals are no names: an era after a year ("1750 BC"), a lawmaker's party
// and state ("(R-Texas)", ", D-N.Y.,"), a market's ticker (" .DJI"), an ordinary English word in
// capitals ("MORE") and an acronym the page also writes in the plural ("FOBs"). The names on
// either side of a "v." are one court case ("X v. Y"); the people of a known place ("South
// Dakotans") are no place; a name that only its shape would make a person's is not one when it
// is made of English words ("Dark Web Monitoring"), opens with an acronym ("RIA Novosti") or
// modifies a common noun ("two X Y novels"). Runs that lost their commas are split where two
// people's full names meet (a given name after a family name), where a body's head word meets
// a person's full name ("the X Coalition Abdul Y"), and where a known acronym meets a known body
// opening with an article ("ISIL al-Nusra Front").
//
// Sentence starts and headlines are read against the body: an ordinary word there that the body
// never writes inside a name is left out of a name the body writes without it ("New X Brigade
// chief …"), and a lone plural that nothing supports as a name ("Hundreds", "Villagers") is no
// mention, nor a lone verb there that the story writes in lower case in another form and nowhere
// else with a capital (a headline's "Kills, Crucifies" beside "crucified"). A kind of thing's
// acronym alone ("PC", "CT scan", THINGABBR) is no name either, save a postal code after a town;
// a known name written as a possessive ("Lowe's") keeps its "'s". Outlets are told by their head words, by cues such as "told" or "according to", and by
// the document's own publisher. Contractions ("I'm", "we're") are never names, and a stop standing
// on its own starts a sentence even when the space after it was lost. A name nothing types is MISC,
// except a lone word that is no English word and ends as place names do ("-stan", "-ville"),
// which is a place, and a name of several words with no ordinary word in it, which reads as a
// person's. A chain left MISC for want of any cue whose every mention is one ordinary English
// word the recogniser is sure is in no name ("1 Yellow", "Upgrade to Premium") is no mention,
// unless "the", "by" or a possessive around it uses it as a name.
//
// A lone unknown name is a body's where it owns what only a body owns ("X's shares", "X's CEO"),
// where people work at it ("worked at X"), or where its reported clause calls it "it" ("X said it
// would cut jobs"). A title word after a given name is the person's family name ("Martin Luther
// King Jr."). A known body's name may end in its head word written in lower case ("the Syrian
// Air force"), and a place's head word after a capital "The" with an outlet's things after its
// possessive names an outlet ("The Hill's request for comment").
//
// An ordinal in figures before a military formation's name numbers it and stays in the name ("3rd
// Battalion"); a rank's grade after an ordinal ("Petty Officer 2nd Class") is part of the title; a
// nationality before an institution's head word ("Iraqi Museum") or before "opposition" ("the
// Syrian opposition") stays in the name; a nickname in quotation marks between a given and a
// family name is part of the person's name ("Richard 'Tex' Coe"). A body's known acronym ends a
// run before a person's full name ("… to Counter ISIS Ann Lorde"), a sentence adverb glued to a
// name by a lost stop ends none ("Aleppo Meanwhile"), words that together are never a name ("New
// Year") make no mention, and an ordinary noun that opens a sentence of running text is no name
// when nothing else types it ("Research focusing on …"). A lone capitalised plural before "for"
// heads a body's name with the capitalised words after it ("Nurses for Rural Health"), and a
// title in title case filling a quotation mid-sentence keeps its lower-case articles and
// prepositions and is a work's name ("a ‘Road to the Stars’ plan").
//
// Where a caption, a sign-off or a headline lost its stop, the words after a name run on into it.
// A person's full name ends before a capitalised ordinary word, function word or word the page
// writes in lower case ("X Y Explosion in …", "X Y Our Standards"), and any name ends before a
// capitalised verb ("… Army Kills 30 …"); that word names nothing, nor do ordinary words alone
// before it. A single ordinary noun capitalised in running text goes on with "of" into a work's
// title ("Wheel of Time") unless what follows is a known name or one the page names on its own;
// plural names either side of "vs." are teams; an ordinary noun numbered by a Roman numeral
// ("Chapter VII") is a part or a stage, not a person; a compass point's adjective before a known
// place names a part of it ("Northern Caucasus"), as the point itself does ("Northeast Syria"),
// unless the page sets the name as a side of a game, where it is a college's team. Words of a
// job's title name nobody ("Head of Research", "Research and Advocacy Director", "Mr. Ranking
// Member"); a plural between articles heads a title with "of the" ("the Wars of the …").
//
// A given name before a place's head word that is a family name too ("Dana Hill") opens a
// person's name, as does, when the chain is typed, a given name of the longer list that English
// writes only as a name; an ordinal in figures before a street's head word is part of the street's
// name ("17th Street"); an acronym that keeps the "o" of "of" ("MoD") is a body's, standing only
// for a name whose second word is "of"; a place's head word alone after a people's word ("Syrian
// Airbase") is no name; and a name in brackets after a dateline's town is the outlet's credit.
// Such a family name alone stands for the person ("Hill said"). A job's title before a comma and a
// given name names nobody ("Senate Leader, Ahmad X"): the body before the job word stays a name.
// A headline's verb in the third person ends the name before it where the story writes the verb
// in lower case in another form ("X Army Eliminates …" beside "eliminated").
//
// Known places side by side are each a name of their own, even when the first opens with a
// place's first word ("Deir X Syria"), and a person's full name run into a known body's name of
// two words or more is two names (a photo credit before a headline: "X Y Turkish Army Seizes …").
// A name after a possessive pronoun ("its electric X Y") is a thing's, not a person's, whatever
// its given name or the recogniser say. A title's adjective after a known body ("UN High
// Commissioner for …") makes the whole an office of that body; an "I" after a known name ("the
// Honda I own") opens a clause; the shorthand of an ordinary word ("Govt") is no name alone; and
// a plural of a people's or a faith's word ("Protestants") names a people (MISC). A name that
// fills a quotation ("played “X Y,” …") is a work's title unless a known given name opens it, and
// a party's word before a given name ("Republican X Y") is no part of the person's name. A word
// that joins a place's first word to the rest with a hyphen ("Tal-X", "Kafr-X") opens a place's
// name: a run holding such words is split before each, as a list that lost its commas.
//
// Some nouns type the name before them however like a person's it reads: a job held at a firm
// ("X Y analyst Jane Z" is a firm), a machine after an article or a possessive pronoun ("the X Y
// supercomputer" is a thing's name); a name in apposition to "a … group" (also without its
// comma: "according to X a British monitoring group") is a body's; a part of a film or a show
// before "from" or "of" ("the final scene from X") makes the unknown name after it a work's. A
// shop named with its owner's possessive is one name ("Joe's Pizza"), and an unknown name keeps
// its "'s" where nothing owned follows and the page never writes it without ("acquired by X's,").
// A word in capitals after "code" ("promo code X") is a code, no name.
package entity
