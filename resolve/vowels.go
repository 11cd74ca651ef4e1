package resolve

import (
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/namekey"
)

// minVowelKey is the letters a one-word name's key needs before a spelling of it may write its
// vowels otherwise: a shorter one's spellings may only write or leave out its vowels ("Tabqa",
// "Tabaqa"; see vowelsLeftOut). minShortVowelKey is the letters it needs before it meets any
// spelling differing only in vowels: shorter words differing so are often other names ("Gaza",
// "Giza"). A shorter key will do when the word writes minVowelConsonants consonants: a
// romanisation writes or leaves out the short vowels between them ("Sweida", "Suwaida").
const (
	minVowelKey        = 5
	minShortVowelKey   = 4
	minVowelConsonants = 3
)

// maxVowelMembers bounds the chains of each group read for a shared name.
const maxVowelMembers = 64

// vowelFolds are the folds of the skeleton spellings that differ only in vowels share: a
// diphthong or a consonant 'y' stays ("Qusayr" is not "Qusour").
const vowelFolds = namekey.All &^ namekey.FoldDiphthong &^ namekey.FoldY

// vowelKey is the key under which the one-word name of a place or an organisation meets the
// spellings of it that differ only in vowels: its type and the consonant skeleton of its word
// (bare, see tok). ok is false for other types and for short keys of few consonants.
func (r *Resolver) vowelKey(typ dossier.EntityType, key, bare string) (string, bool) {
	form := r.vowelForm(bare)
	if typ != dossier.LOC && typ != dossier.ORG || len(key) < minShortVowelKey && len(consonants(form)) < minVowelConsonants {
		return "", false
	}
	return string(typ) + " " + r.vowelSkeleton(bare), true
}

// vowelSkeleton is the consonant skeleton of a folded word that the spellings of it differing
// only in vowels share (see vowelKey).
func (r *Resolver) vowelSkeleton(w string) string {
	return namekey.Skeleton(initialA(r.keys.KeyWith(r.vowelForm(w), vowelFolds)))
}

// vowelKeys are the keys under which a place or an organisation of one word meets the spellings
// of it that differ only in vowels: its vowelKey and, when it writes a diphthong before a
// consonant as two vowels, the vowelKey of the word with the diphthong's second letter written
// 'y' (see diphthongY): a romanisation writes one diphthong "ay", "ai", "ey" or "ei"
// ("Sayda", "Saida"; "Qusayr", "Quseir"), while "ei" and "ai" also meet the long vowel they are
// read as under the first key.
//
// A place's name that begins with a joiner ("Abu Kamal", "Bu Kamal") also meets, under its
// key, its word written with the joiner solid ("Bukamal"; see joinedKey).
func (r *Resolver) vowelKeys(typ dossier.EntityType, key, bare string) []string {
	var out []string
	if vk, ok := r.vowelKey(typ, key, bare); ok {
		out = append(out, vk)
		for _, form := range []string{diphthongY(bare), diphthongO(bare, true)} {
			if form == bare {
				continue
			}
			if dk, ok := r.vowelKey(typ, key, form); ok && !slices.Contains(out, dk) {
				out = append(out, dk)
			}
		}
	}
	if typ != dossier.LOC {
		return out
	}
	if jk, ok := r.joinedKey(key, bare); ok {
		return append(out, joinedPrefix+jk)
	}
	if strings.ContainsRune(bare, ' ') {
		return append(out, joinedPrefix+key) // the joiner written apart
	}
	return out
}

// joinedPrefix begins the vowel keys under which a place's name with a joiner meets its word
// written with the joiner solid (see vowelKeys).
const joinedPrefix = "LOC joined "

// diphthongO writes each diphthong "aw" or "ow" (and "au" when au is set) before a consonant or
// at a word's end as the long vowel 'o' a romanisation also writes it as ("Hawla", "Houla";
// "Hauran", "Horan"). The names of places read "au" so; a person's name is read as heard, where
// "au" is often two vowels ("Daud").
func diphthongO(w string, au bool) string {
	var b []byte
	for i := 1; i+1 < len(w); i++ {
		if owAt(w, i, au) {
			if b == nil {
				b = []byte(w[:i])
			}
			b = append(b, 'o')
			i++
			continue
		}
		if b != nil {
			b = append(b, w[i])
		}
	}
	if b == nil {
		return w
	}
	return string(append(b, w[len(w)-1]))
}

// owAt reports whether the diphthong "aw" or "ow" (or "au", when au is set) stands at i of w
// before a consonant other than 'y' or at the word's end.
func owAt(w string, i int, au bool) bool {
	pair := (w[i] == 'a' || w[i] == 'o') && w[i+1] == 'w' || au && w[i] == 'a' && w[i+1] == 'u'
	return pair && (i+2 == len(w) || !isVowelByte(w[i+2]) && w[i+2] != 'y')
}

// diphthongY writes as 'y' the second letter of each diphthong "ai" or "ei" inside a word
// before a consonant ("Quneitra": "Quneytra"), the spelling "ay" and "ey" already have.
func diphthongY(w string) string {
	var b []byte
	for i := 1; i+2 < len(w); i++ {
		if (w[i] == 'a' || w[i] == 'e') && w[i+1] == 'i' && !isVowelByte(w[i+2]) && w[i+2] != 'y' {
			if b == nil {
				b = []byte(w)
			}
			b[i+1] = 'y'
		}
	}
	if b == nil {
		return w
	}
	return string(b)
}

// vowelForm is a folded word as the vowel rules read it: a doubled 'y' written once (see
// singleY), a nisba ending of a short word written "-iya" ("Badia", "Badiya"; see
// namekey.Keyer.ShortNisba), a glide 'y' written 'i' (see glideI), a final -y written -i (see
// finalYI), the letters Arabic writes with one written alike (see arabicLabials) and a 'c'
// before 'e', 'i' or 'y' written 's', as French romanisations write sin ("Bouceif",
// "Bousseif"; see softC).
func (r *Resolver) vowelForm(w string) string {
	return glideI(r.keys.ShortNisba(finalYI(softC(arabicLabials(shortU(singleY(w)))))))
}

// singleY writes once each 'y' a folded word doubles after a vowel other than 'i' and before
// another vowel: a romanisation writes the doubled consonant of a place's name or not
// ("Hamma", "Hama"), and a doubled 'y' written once must not read as a nisba ending
// ("Kafrayya", "Kafraya"). After 'i' the doubled 'y' is the nisba's own ("Shamiyya").
func singleY(w string) string {
	for i := 1; i+2 < len(w); i++ {
		if w[i] == 'y' && w[i+1] == 'y' && isVowelByte(w[i-1]) && w[i-1] != 'i' && isVowelByte(w[i+2]) {
			return w[:i] + singleY(w[i+1:])
		}
	}
	return w
}

// shortU drops the short 'u' of a folded word between a consonant and a 'w' before a vowel: the
// diminutive "Cuwayl" of Arabic names is written with it or without ("Suwayda", "Sweida";
// "Ruwaysat", "Rweiset").
func shortU(w string) string {
	for i := 1; i+2 < len(w); i++ {
		if w[i] == 'u' && w[i+1] == 'w' && isVowelByte(w[i+2]) && !isVowelByte(w[i-1]) && w[i-1] != 'y' {
			return w[:i] + shortU(w[i+1:])
		}
	}
	return w
}

// arabicLabials writes each 'p' of a folded word that begins no "ph" as 'b', and each 'v' as
// 'f': Arabic has one letter for each pair, so a name that passed through it comes back
// written either way ("Idlib", "Idlip"; "Korsakov", "Korsakoff").
func arabicLabials(w string) string {
	if !strings.ContainsAny(w, "pv") {
		return w
	}
	b := []byte(w)
	for i, c := range b {
		switch {
		case c == 'p' && (i+1 == len(b) || b[i+1] != 'h'):
			b[i] = 'b'
		case c == 'v':
			b[i] = 'f'
		}
	}
	return string(b)
}

// glideI writes as 'i' each 'y' inside a word between a consonant and a vowel other than 'i': a
// romanisation writes the glide as a consonant or as the vowel before it ("Banyan", "Banian").
// A 'y' after a vowel stays, a diphthong ("Qusayr" is not "Qusour").
func glideI(w string) string {
	var b []byte
	for i := 1; i+1 < len(w); i++ {
		if w[i] == 'y' && !isVowelByte(w[i-1]) && w[i-1] != 'y' && isVowelByte(w[i+1]) && w[i+1] != 'i' {
			if b == nil {
				b = []byte(w)
			}
			b[i] = 'i'
		}
	}
	if b == nil {
		return w
	}
	return string(b)
}

// asVowelForm is a token with its word in its vowel form (see vowelForm), keyed anew when the
// form differs from the word.
func (r *Resolver) asVowelForm(t tok) tok { return r.withForm(t, r.vowelForm(t.bare)) }

// withForm is a token with its word written form, keyed anew when the form differs from the
// word.
func (r *Resolver) withForm(t tok, form string) tok {
	if form == t.bare {
		return t
	}
	t.bare = form
	t.key = r.keys.KeyWith(form, namekey.All)
	t.long = r.keys.KeyWith(form, namekey.All&^namekey.FoldFinal)
	t.loose, t.skel = namekey.Loose(t.key), skeleton(t.key)
	return t
}

// initialA writes a word's initial vowel as "a": a romanisation writes the vowel after an
// initial hamza or ayn as it hears it ("Afrin", "Ifreen", "Efrin"), so the spellings of a word
// that differ in it meet under one key (see spellingsAlike).
func initialA(w string) string {
	if w == "" || !isVowelByte(w[0]) {
		return w
	}
	return "a" + w[1:]
}

// otherInitialVowels reports whether two keys begin with vowels, not the same one.
func otherInitialVowels(a, b string) bool {
	return a != "" && b != "" && isVowelByte(a[0]) && isVowelByte(b[0]) && a[0] != b[0]
}

// vowelsAlike reports whether two one-word groups' words may be spellings of one name that
// differ only in vowels: one key in their vowel forms (see vowelForm), whatever their length, or
// the same skeleton (see vowelKey), strongly alike (or weakly, writing
// the same consonants, see sameConsonantsAndSyllables), as many runs of vowels, and both ending
// in a vowel or both in a consonant ("Kobani" is not "Qaboun").
func (r *Resolver) vowelsAlike(a, b tok) bool {
	if a.key == b.key {
		return true // the vowel forms differ only as the spellings of one key do
	}
	lv := tokLevel(a, b)
	if lv == no || lv == weak && !sameConsonantsAndSyllables(a, b) && !r.longVowelsLeftOut(a, b) || !sameSyllables(a, b) {
		return false
	}
	if len(a.key) < minVowelKey || len(b.key) < minVowelKey {
		return r.vowelsLeftOut(a.bare, b.bare)
	}
	return isVowelByte(a.key[len(a.key)-1]) == isVowelByte(b.key[len(b.key)-1])
}

// sameConsonantsAndSyllables reports whether two words of minVowelKey+1 letters or more write
// the same consonants and as many runs of vowels: spellings of one name whose vowels differ in
// more places than a strong likeness allows ("Menian", "Minian"; "Hirbanfsah", "Harbnafsah").
func sameConsonantsAndSyllables(a, b tok) bool {
	return len(a.key) > minVowelKey && len(b.key) > minVowelKey && consonants(a.bare) == consonants(b.bare) && syllables(a.bare) == syllables(b.bare)
}

// minLeftOutKey is the letters both keys of two long words need before one may leave a vowel
// out and write another otherwise ("Zabadani", "Zobdani"): shorter words so alike are other
// names as often as not ("Masqan", "Masaken").
const minLeftOutKey = 7

// longVowelsLeftOut reports whether two words of minLeftOutKey letters or more differ so: one
// leaves vowels out (see vowelsLeftOut) and writes at most one of the others otherwise. Two
// written otherwise as well make another name ("Tabakani", "Tobkuni").
func (r *Resolver) longVowelsLeftOut(a, b tok) bool {
	if len(a.key) < minLeftOutKey || len(b.key) < minLeftOutKey || !r.vowelsLeftOut(a.bare, b.bare) {
		return false
	}
	ra, rb := vowelRuns(r.keys.KeyWith(a.bare, slotFolds)), vowelRuns(r.keys.KeyWith(b.bare, slotFolds))
	other := 0
	for i := range min(len(ra), len(rb)) {
		if ra[i] != "" && rb[i] != "" && ra[i] != rb[i] {
			other++
		}
	}
	return other <= 1
}

// vowelRuns splits a folded word into the vowels written before each of its consonants ("" for
// none) and those after the last.
func vowelRuns(w string) []string {
	var runs []string
	from := 0
	for i := 0; i < len(w); i++ {
		if !isVowelByte(w[i]) {
			runs, from = append(runs, w[from:i]), i+1
		}
	}
	return append(runs, w[from:])
}

// slotFolds are the folds under which vowelsLeftOut compares the consonants of short words: a
// final vowel stays, for it tells whether a word ends in one.
const slotFolds = vowelFolds &^ namekey.FoldFinal

// vowelsLeftOut reports whether two folded words write the same consonants and one writes a vowel
// wherever the other does, ending in the same vowel or both in a consonant: short vowels a
// romanisation writes or leaves out ("Tabqa", "Tabaqa"; "Sweida", "Suwaida"). A vowel written in another place ("Porta",
// "Prieta") or only after the last consonant ("Kabir", "Cabra") makes another name.
func (r *Resolver) vowelsLeftOut(a, b string) bool {
	ca, va, ea := vowelSlots(r.keys.KeyWith(a, slotFolds))
	cb, vb, eb := vowelSlots(r.keys.KeyWith(b, slotFolds))
	if ca != cb || ea != eb {
		return false
	}
	return va&vb == va || va&vb == vb
}

// vowelSlots splits a word into its consonants, a mask of those a vowel is written before (bit i
// for consonant i, the first 64), and the vowel it ends in (0 for none).
func vowelSlots(w string) (cons string, before uint64, end byte) {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if isVowelByte(w[i]) {
			end = w[i]
			continue
		}
		if end != 0 && len(b) < 64 {
			before |= 1 << len(b)
		}
		b, end = append(b, w[i]), 0
	}
	return string(b), before, end
}

// sameSyllables reports whether two words have as many runs of vowels, or else the same
// consonants: a romanisation may leave a vowel out ("Hamdaniya", "Hamadaniyeh"), but not and
// write a consonant otherwise too ("Masqan" is not "Masaken").
func sameSyllables(a, b tok) bool {
	return syllables(a.bare) == syllables(b.bare) || consonants(a.bare) == consonants(b.bare)
}

// consonants is a folded word's consonants, each doubled one once, without a final -h after a
// vowel ("Latamneh": "ltmn").
func consonants(w string) string {
	if n := len(w); n > 1 && w[n-1] == 'h' && isVowelByte(w[n-2]) {
		w = w[:n-1]
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		if !isVowelByte(w[i]) && (len(b) == 0 || b[len(b)-1] != w[i]) {
			b = append(b, w[i])
		}
	}
	return string(b)
}

// syllables counts the runs of vowels of a folded word.
func syllables(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if isVowelByte(w[i]) && (i == 0 || !isVowelByte(w[i-1])) {
			n++
		}
	}
	return n
}

func isVowelByte(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// joinVowelSpellings moves each one-word group of a place or an organisation into the first
// group before it of the same type one of whose spellings differs from its own only in vowels
// (see spellingsAlike), when a document of one names something a document of the other names
// too: "Binnish" and "Binnesh", "Saraqeb" and "Saraqib" in reports of one story. Ordinary words,
// countries ("Niger", "Nigeria") and English words ("Tour") stay apart. It returns the order
// without the groups moved, and the spellings of each group kept.
func (r *Resolver) joinVowelSpellings(chains []*chain, groups map[string]*shortGroup, order []string) ([]string, map[string][]tok) {
	byVowels := map[string][]string{}
	spellings := map[string][]tok{} // of each group kept, those of the groups moved into it too
	kept := order[:0]
	for _, gk := range order {
		g := groups[gk]
		vks := r.vowelKeys(g.typ, g.tok.key, g.tok.bare)
		if len(vks) == 0 || g.common || g.country || r.english[g.tok.bare] {
			kept = append(kept, gk)
			continue
		}
		into := r.vowelGroupFor(chains, groups, byVowels, spellings, vks, g)
		if into == "" {
			for _, vk := range vks {
				byVowels[vk] = append(byVowels[vk], gk)
			}
			spellings[gk] = []tok{g.tok}
			kept = append(kept, gk)
			continue
		}
		groups[into].members = append(groups[into].members, g.members...)
		spellings[into] = append(spellings[into], g.tok)
	}
	return kept, spellings
}

// vowelGroupFor is the first group kept under one of the vowel keys vks (byVowels lists them by
// key, spellings their spellings) one of whose spellings is alike g's and whose documents share
// a name with g's, or "" when there is none.
func (r *Resolver) vowelGroupFor(chains []*chain, groups map[string]*shortGroup, byVowels map[string][]string, spellings map[string][]tok, vks []string, g *shortGroup) string {
	for _, vk := range vks {
		for _, ok := range byVowels[vk] {
			alike := slices.ContainsFunc(spellings[ok], func(t tok) bool { return r.spellingsAlike(t, g.tok) })
			if alike && groupsShareContext(chains, groups[ok], g) {
				return ok
			}
		}
	}
	return ""
}

// spellingsAlike reports whether two one-word groups' words may be spellings of one name: alike
// but for vowels (see vowelsAlike), but for a final vowel written -i in one and -e or -eh in
// the other (see finalVowelOnly), or but for the initial vowel alone ("Afrin", "Ifrin"). A word
// with a silent final -e meets only the latter two: "Europe" is not "Europa", but a romanised
// town may end in -e or -i.
func (r *Resolver) spellingsAlike(a, b tok) bool {
	if r.joinedAlike(a, b) {
		return true
	}
	oa, ob := diphthongO(a.bare, true), diphthongO(b.bare, true)
	if oa == a.bare && ob == b.bare {
		return r.formsAlike(a, b)
	}
	// A diphthong read as 'o' meets only the same word written with a long vowel there, not
	// one with other vowels too: "Hawla" is "Houla", not "Hala".
	if r.withForm(a, oa).key == r.withForm(b, ob).key {
		return true
	}
	return r.vowelSkeleton(a.bare) == r.vowelSkeleton(b.bare) && r.formsAlike(a, b)
}

// joinedKey is the key of a place's word that begins with a joiner written solid ("Bukamal",
// "Albukamal"), keyed as Parse keys the joiner written apart and the word after it ("Bu Kamal",
// keyed as "Abu Kamal"): the word is that name with its joiner run in, or the spoken "Bu" for
// "Abu". ok is false for other words and for those Parse keys so already ("Abukamal").
func (r *Resolver) joinedKey(key, bare string) (string, bool) {
	j, rest, ok := r.keys.SolidJoiner(bare)
	if !ok {
		return "", false
	}
	n := r.keys.Parse(j + " " + rest)
	if len(n.Tokens) != 1 || n.Tokens[0].Key == key {
		return "", false
	}
	return n.Tokens[0].Key, true
}

// joinedAlike reports whether one of two places' words is the other's name with its joiner
// written solid (see joinedKey).
func (r *Resolver) joinedAlike(a, b tok) bool {
	ja, oka := r.joinedKey(a.key, a.bare)
	jb, okb := r.joinedKey(b.key, b.bare)
	return oka && ja == b.key || okb && jb == a.key
}

// formsAlike is spellingsAlike for the words as written.
func (r *Resolver) formsAlike(a, b tok) bool {
	a, b = r.asVowelForm(a), r.asVowelForm(b)
	if otherInitialVowels(a.key, b.key) {
		// Only the first vowel: a word that differs in it and in others is another name as
		// often as not ("Austin", "Easton"). A long word may leave out a vowel the other
		// writes too ("Ukhairabat", "Ekheirbat"), none written otherwise.
		return a.key[1:] == b.key[1:] || len(a.key) >= minLeftOutKey && len(b.key) >= minLeftOutKey && onlyVowelsLeftOut(a.key[1:], b.key[1:])
	}
	if r.finalVowelOnly(a.bare, b.bare) {
		return true
	}
	return !a.silentE && !b.silentE && r.vowelsAlike(a, b)
}

// onlyVowelsLeftOut reports whether one of two keys is the other with some vowels left out and
// nothing else changed.
func onlyVowelsLeftOut(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	j := 0
	for i := 0; i < len(a); i++ {
		switch {
		case j < len(b) && a[i] == b[j]:
			j++
		case !isVowelByte(a[i]):
			return false
		}
	}
	return j == len(b) && len(a) > len(b)
}

// finalVowelOnly reports whether two folded words differ only in a final vowel a romanisation
// writes as it hears it: one ends in -i, the other in -e or -eh, each after the same consonants
// (compared under slotFolds) of at least minVowelKey-1 letters: "Kelbani", "Kelbane". A final
// -a or -ah against -i makes another word as often as not ("Shefa", "Shefi").
func (r *Resolver) finalVowelOnly(a, b string) bool {
	if !strings.HasSuffix(a, "i") {
		a, b = b, a
	}
	sa, oka := finalVowelStem(a)
	sb, okb := finalVowelStem(b)
	if !oka || !okb || !strings.HasSuffix(a, "i") || strings.HasSuffix(b, "i") || len(sa) < minVowelKey-1 {
		return false
	}
	return r.keys.KeyWith(sa, slotFolds) == r.keys.KeyWith(sb, slotFolds)
}

// finalVowelStem is a folded word without its final vowel (-i, -e or -eh), which must follow a
// consonant; ok is false when the word ends otherwise.
func finalVowelStem(w string) (string, bool) {
	w = strings.TrimSuffix(w, "h")
	n := len(w)
	if n < 2 || w[n-1] != 'e' && w[n-1] != 'i' || isVowelByte(w[n-2]) || w[n-2] == 'y' {
		return "", false
	}
	return w[:n-1], true
}

// groupsShareContext reports whether a chain of a and a chain of b share a co-mentioned name.
func groupsShareContext(chains []*chain, a, b *shortGroup) bool {
	for _, i := range a.members[:min(len(a.members), maxVowelMembers)] {
		for _, j := range b.members[:min(len(b.members), maxVowelMembers)] {
			if sharedContext(chains[i], chains[j]) > 0 {
				return true
			}
		}
	}
	return false
}

// finalH writes the "h" one key has after its final vowel after the same vowel that ends the
// other: "-iyah" and "-iya", "-ah" and "-a" are one ending ("Khaldiyeh", "Khalediya").
func finalH(a, b string) (string, string) {
	switch {
	case vowelH(a) && endsIn(b, a[len(a)-2]):
		return a, b + "h"
	case vowelH(b) && endsIn(a, b[len(b)-2]):
		return a + "h", b
	}
	return a, b
}

// vowelH reports whether a key ends in a vowel and "h".
func vowelH(w string) bool {
	n := len(w)
	return n > 2 && w[n-1] == 'h' && isVowelByte(w[n-2])
}

// endsIn reports whether a word ends in the letter c.
func endsIn(w string, c byte) bool { return len(w) > 0 && w[len(w)-1] == c }

// alignedSpellings says how well the words of two place names of one length align one to one,
// each pair of words read as the spellings of one-word places are (see spellingsAlike): "Tell
// Abyad" and "Tel Abiad" differ as "Abyad" and "Abiad" do, and such a pair aligns weakly, so
// the names join only where their documents share a name. A pair only alike by similarity
// (see tokLevel) counts only beside another word written alike, a name or a point of the
// compass ("Jeb al-Jarrah", "Jubb al-Jarrah"): alone or beside an ordinary word, it is as often
// another place ("Tell Asena", "Tell Asian").
func (r *Resolver) alignedSpellings(a, b []tok) level {
	lv := strong
	anchored, similar := false, false
	for i := range a {
		l, sim := r.placeTokLevel(a[i], b[i])
		if lv = min(lv, l); lv == no {
			return no
		}
		similar = similar || sim
		anchored = anchored || a[i].key == b[i].key && (!a[i].common || a[i].mark != "")
	}
	if similar && !anchored {
		return no
	}
	return lv
}

// placeTokLevel is tokLevel for two words of places' names, weak where they are alike as the
// spellings of one-word places are (see spellingsAlike) and tokLevel keeps them apart. sim
// reports a level tokLevel gives by similarity alone, the words not so alike.
func (r *Resolver) placeTokLevel(a, b tok) (l level, sim bool) {
	l = tokLevel(a, b)
	if a.common || b.common || a.mark != b.mark || a.key == b.key || gluedMeets(a, b) || gluedMeets(b, a) {
		return l, false
	}
	if r.spellingsAlike(a, b) {
		return max(l, weak), false
	}
	if l == weak && (a.loose == b.loose || heardMeets(a, b)) {
		return l, false
	}
	return l, l != no
}

// gluedMeets reports whether a writes the article solid before the word b writes after it apart
// ("Ezzor", "ez-Zor").
func gluedMeets(a, b tok) bool { return a.glued != "" && b.article && a.glued == b.key }
