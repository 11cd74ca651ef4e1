// Package resolve finds the real actors behind the mention chains of many documents: it puts
// every chain of every analysis into one corpus-wide entity, whatever the spelling.
//
// Chains are compared by their fullest names, keyed by package namekey. Candidates come from
// blocks on token skeletons, never from all pairs. Two multi-word names are one entity when
// their tokens align one to one (persons: every token; groups and places: the distinctive
// words, generic words like "Brigade" or "Command" must agree). A word that tells names apart (a
// point of the compass, a figure, a regnal number, "Junior": lang/en's name-distinctions) must
// be the same word in both, since the folds that bring romanisations together bring "II" to
// "III". A shorter form — a dropped middle name, a dropped "al-" origin name, the name after a
// lineage with "bin" ("Mohammed bin Abdullah Zahran Aloush"; never the father's), a family name alone,
// a group's distinctive word alone, an acronym, a name without the kind words after it ("Inner
// Mongolia Autonomous Region") — joins an entity only when exactly one candidate entity fits, or (a
// family name) when the entities co-mentioned in its document pick one. A family name alone joins a
// person named in only one other report only when their documents share a name, and an acronym no
// report spells out joins the name its initials fit only when they share two: "Cohen" in a piece on
// an election is not the "Noam Cohen" of a science page, nor "OTC" trading the "Oshkosh Truck
// Corp.". A name written after a sovereign or religious style ("King Hussein", "Pope Francis") is
// the name the person reigns or is known by, no family name: it joins the same styled name only. A
// one-word form joins another document's entity only on a distinctive word with the same key: never
// an ordinary English word ("South", "Attorney"), never one half of a hyphenated pair
// ("Anne-Marie"), outside persons never a word the transliteration folds merely bring near, never a
// country's name written otherwise than the country ("Rossiya", "Russia"), only a name of its own
// type, and only the word a group's name is
// named after (its last word, "Steelers"), not a brand or a place before it ("Google Stadia",
// "Madrid Final"), nor what a body is of ("Conquest", "Army of Conquest"). A family name alone
// joins only a name whose word has its key, or its key but for the letters of a romanised qaf
// ("Hadad", "Haddad"), not a word merely near ("Ahmed", "Ahmado"); a short one ("Ken") only a
// name that writes it alike. An ordinary English word alone ("Rose", "Outlook": lang/en english-words, and the
// words the language data's casing counts find mostly in lower case), or the last word of a name
// otherwise made of such words ("Roadmap" of the "Online Business Success Roadmap"), joins the
// chains of another document only where the two documents share names: a word one page
// capitalised names nothing in an unrelated report. A person's name written with a final "s" is read as the possessive of the
// same name without it when the corpus writes that name. A one-word name of four letters or more
// set in capitals ("DAESH") is read as the word, not an acronym, when the corpus writes the word
// in ordinary case with the same type. A one-word place or group meets the spellings of its word
// that write or leave out short vowels ("Tabqa", "Tabaqa"), or write its final vowel -i or -e
// ("Kelbani", "Kelbane", "Kelbaneh"; not -a, "Shefa", "Shefi"), or write its initial vowel otherwise
// and nothing else ("Afrin", "Ifrin"), or write "p" for "b" or "v" for "f", letters Arabic writes
// with one ("Idlip", "Korsakoff"), "au" for a long "o" ("Hauran"), a final "-y" for "-i", or "c"
// for "s" before "e", "i" or "y", as French romanisations do, or leave out the "u" of a diminutive
// ("Suwayda", "Sweida"), when their documents share a name, and a spelling with two letters swapped ("Kafyra") when, besides,
// the corpus writes the other in many more documents (so too one that writes an initial "h" as
// "kh", as a romanisation through Russian does: "Khmeimim"), and a spelling with the article written solid ("Alwaer") when the
// corpus writes the word with the article apart ("al-Waer"). A chain that writes a country's
// name and a word like it ("Syria", "Syrian") is named by the country, and a place chain that
// writes a name and its adjective ("South Carolina", "South Carolinian") by the name. The other
// names of well-known bodies (a translation, a former or formal name: lang/en/data/known-names.txt) join
// the chains whose fullest name they are, or whose fullest name of two words or more has their
// key ("Jaysh al-Fateh" for "Jaish al-Fatah"), as pins do, and the acronym alone of a well-known body
// (lang/en/data/known-acronyms.txt: "AFP") joins the entity of the name it stands for without the shared
// names another acronym needs. A chain whose page gives its actor, besides
// its fullest name, the fullest name of exactly one other entity of its type joins that entity:
// a name of several words with a word of its own ("Syrian Arab Army", "Syrian Army"), or of one
// word that is none of the chain's own words ("Palmyra", "Tadmur"; not "Ghouta" of "Eastern
// Ghouta", unless that entity's pages write the chain's name in turn). A group's name with a
// word for its men or arms after it ("Front militants": lang/en's actor-tails) is the group's
// name where the corpus writes that name and it has a word of its own; a description that ends
// in an ordinary noun ("fighter jet") is one with its plural; a name of several words that
// writes two of them solid ("Russian warplanes") is one with the name that writes them apart.
// A short form made only of ordinary words and a country's adjective ("Lebanese TV") names no
// body whose own word it leaves out. A familiar
// form of a given name that stands for one name ("Greg", not "Pat") is read as that name
// ("Gregory Craig"). The preferred name is the fullest of the spellings used in at least half
// as many documents as the most used one. Pins from the user force or forbid merges;
// a split is checked before every union, so no chain of merges can break it.
//
// Each step compares a chain only with the chains filed under the keys it looks up, so the chains
// fall into independent groups, and a group resolved alone gets what a resolution of the whole
// corpus gives it. Update uses this to keep a stored resolution wherever new documents add no
// chain to a group; on news most chains fall in a few large groups (names sharing words), so it
// saves most for small batches.
//
// A resolution of many documents holds every chain of them, so a chain holds little of its own:
// its form (its type and texts with their counts, which most chains share with others), its
// document (id and context, as numbers of names) and its number there. What matching reads of a
// fullest name is made once per name, a chain's keys once per form, and the union keeps its sets
// in 32-bit arrays.
//
// The word lists (generic words of group and place names, fillers, droppable leading names,
// ordinary English words, well-known names and acronyms) are files of the language data
// (lang/en/data), read from the run's en.Data so that a --data folder extends them.
package resolve
