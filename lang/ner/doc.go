// Package ner is Dossier's name recogniser: a sequence labeller that marks the names of people
// (PER), organisations (ORG) and places (LOC) in one sentence's tokens with BIO tags
// (dossier.Token.Entity). It is an averaged perceptron over word, shape, affix, context,
// gazetteer and capitalised-run features (and word clusters, when a model is trained with them),
// decoded with Viterbi over the tag transitions, trained on GUM's named mentions and Universal
// NER's English development file, whose sentences weigh more (see NOTICE). Part-of-speech tags and
// the dependency parse (a word's relation, its head word, the case marker it governs: "in" before
// a place) are used when the tokens carry them, and the model was trained to work without them as
// well. The models cmd/nertrain trains also read the given-names, cities and us-state-codes lists
// of the run's language data (lang/en/data with any --data overlay), which the Lexicon carries; a
// model without weights for them (the shipped one) skips their lookups. Its vocabulary, made at
// training time from the treebanks' training text, marks the words that text mostly writes in
// lower case: such a word capitalised (at a sentence start, in a headline, for emphasis) is read
// as such, and cmd/nertrain trains on copies of the sentences with some of those words
// capitalised, so that a capital alone does not make an ordinary word a name.
//
// The weights are embedded; Train rebuilds them from the treebanks (cmd/nertrain) with fixed seeds.
package ner
