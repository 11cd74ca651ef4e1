package resolve

// Acronym reports whether a spelling is an acronym ("SAA", "U.S.", "MoD") and returns it in upper
// case without dots, as resolution matches acronyms with the names they abbreviate.
func Acronym(spelling string) (string, bool) { return acronym(spelling) }
