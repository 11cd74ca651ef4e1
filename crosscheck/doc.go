// Package crosscheck is the cross-document pass that runs after entity resolution. It finds
// near-duplicate and credited copies (MinHash over word shingles with LSH banding, same publisher,
// "translated by X", "according to X") and folds them into origin groups, so corroboration counts
// independent origins rather than pages; groups documents into stories by shared entities and time;
// aligns the events of different reports into happenings (by type, participant, day and place, and
// by the casualty figures of one incident; a happening is dated by its reports' days and carries
// the range of the dead they give); and reports conflicts: aligned reports that disagree on a
// cause, a place, a number, a time or who did it; who carried out an attack, from attacks told with
// their actor, accusations that name an attack, mutual blame ("A and B blamed each other") and not
// knowing ("it was not clear who fired"), tied to one attack by a place (compared by name key,
// whatever type a report gave it), a day or the story having only one, where a denial by one blamed
// is a side, not a conflict of its own; casualty figures as the event stage stored them, compared
// without reading the text: each document's head figure of a place and day, aligned with other
// outlets' when they count the same people, their places meet in an embedded place hierarchy (a
// town within its province; two towns never one place) and their days are close (data/places.tsv),
// grouped by complete link and compared as ranges (outlets that name one site in one town on one
// day tell one attack whatever kind of attack or side each gives: the kind is then in dispute); one
// outlet's later figure updates its earlier one, a revised figure is said as an update, and each
// side is quoted with its sentence; a denial by an actor, named or referred to by a common noun
// ("the council"), of what a sentence of another outlet says it did (of an accusation, only when
// the denial names the same matter; of a deed, only one of a happening the denial's own report
// tells, when it tells any of that kind); competing accounts inside one text; and opposite
// characterisations of one actor. It also builds the framing table: how each source labels each
// actor.
//
// Blame, denials, reasons, characterisations and competing accounts are compared as the claim
// stage stored them (dossier.Claim): the pass does not read them from the text. Near-duplicates
// and credit lines come from each analysis's stored sketch and credit lines (Analysis.Sketch,
// Analysis.Credits); an analysis stored without them is taken to have none, so a database made
// before they were read needs its pages ingested again to find copies. Where someone went is the
// place the claim stage marked as said after a travel cue (Mention.Travel). A conflict's sides
// are spans: the caller quotes them from the texts with dossier.QuoteSides.
//
// Work is blocked by entity, story and LSH band, never by comparing all pairs, so the pass grows
// about linearly with the corpus. Its cue words and kinds of attack are files of the language data
// (lang/en/data, crosscheck-*.txt): Load reads them from a loaded en.Data, so that a --data folder
// extends them; callers may also add cues with WithCues.
package crosscheck
