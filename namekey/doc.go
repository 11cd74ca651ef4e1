// Package namekey turns personal, group and place names into keys that survive the spelling
// differences of romanised Arabic (and of news copy in general), so that "Mohammed", "Muhammad"
// and "Mohamad", or "Yusuf" and "Youssef", can be found together.
//
// A name is folded (case, diacritics, apostrophes, dots), split into words, stripped of titles
// ("Dr.", "Sheikh", "al-Sheikh"), of article particles ("al-", "el-", "ash-", a separate "Al") and of
// patronymic words ("bin", "ibn"), which are kept as features of the word they belong to. A
// compound given name "X al-Din" is one word, however written ("Nour al-Din", "Nour Eddin",
// "Nureddin"): the key of its first half with "din". Each
// remaining word gets a Key: the letters that romanisations swap are collapsed (q/k/c, ou/oo/o/u,
// ee/ei/ie/i, ai/ae/i, e/a, kh/k, gh/g, th/t, dh/d, sh/ch, w/v, doubled letters, the glide "y"
// between "i" and another vowel inside a word ("Jamiyat", "Jamiat"), a final -a/-ah/-e,
// the ending -iyyah/-iyeh/-ia as -iya), and British endings are written the American way
// ("Defence", "Organisation").
// Keys are compared with Similarity (Jaro-Winkler), and Skeleton gives a coarser consonant key
// for blocking candidates. Loose folds the one swap Key leaves apart, g/k (qaf written "Qaddafi",
// "Kadhafi" or "Gaddafi"), for matching that other evidence confirms.
//
// The word lists (titles, particles, English and nisba endings, the spellings of "al-Din" and
// "Abd") are the namekey-*.txt files of the language data (lang/en/data): NewFrom reads them from
// a loaded en.Data, so that a --data folder extends them; New reads the embedded ones. Keys come
// only from a Keyer: there is no package-level one, so every caller keys with the lists of its run.
package namekey
