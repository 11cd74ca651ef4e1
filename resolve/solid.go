package resolve

import (
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/namekey"
)

// minSolidRest is the letters a word needs after an "al" written solid before it is read as the
// article and a name ("Alwaer"): shorter rests make English words ("Alarm", "Album").
const minSolidRest = 4

// solidArticle returns the word after an "al" written solid at the start of a folded word
// ("alwaer": "waer"), if the word may be one.
func solidArticle(w string) (string, bool) {
	if len(w) < len("al")+minSolidRest || !strings.HasPrefix(w, "al") || strings.ContainsRune(w, ' ') {
		return "", false
	}
	return w[len("al"):], true
}

// solidKey is the key under which the one-word name of a place or an organisation written with
// the article apart ("al-Waer") meets the spelling with the article solid ("Alwaer"): its type
// and the key of the word after the article. ok is false for other types and other words.
func (r *Resolver) solidKey(typ dossier.EntityType, t namekey.Token) (string, bool) {
	if typ != dossier.LOC && typ != dossier.ORG {
		return "", false
	}
	if t.Particle == namekey.Article {
		return string(typ) + " " + t.Key, true
	}
	if rest, ok := solidArticle(t.Text); ok && t.Particle == "" {
		return string(typ) + " " + r.keys.Key(rest), true
	}
	return "", false
}

// joinSolidArticles moves each one-word group of a place or an organisation written with "al"
// solid before its word ("Alwaer") into the group of that word of its type that the corpus also
// writes with the article apart ("al-Waer"), when a document of each names one thing alike.
// Ordinary words, English words and countries ("Algeria") stay apart. It returns the order
// without the groups moved.
func (r *Resolver) joinSolidArticles(chains []*chain, groups map[string]*shortGroup, order []string) []string {
	apart := map[string]string{} // type and key → the first group that writes its article apart
	for _, gk := range order {
		if g := groups[gk]; g.article && (g.typ == dossier.LOC || g.typ == dossier.ORG) {
			if k := string(g.typ) + " " + g.tok.key; apart[k] == "" {
				apart[k] = gk
			}
		}
	}
	if len(apart) == 0 {
		return order
	}
	moved := map[string]bool{}
	for _, gk := range order {
		g := groups[gk]
		rest, ok := solidArticle(g.tok.bare)
		if !ok || g.article || g.common || g.country || r.english[g.tok.bare] {
			continue
		}
		into := apart[string(g.typ)+" "+r.keys.Key(rest)]
		if into == "" || into == gk || moved[into] || !groupsShareContext(chains, groups[into], g) {
			continue
		}
		groups[into].members = append(groups[into].members, g.members...)
		moved[gk] = true
	}
	return slices.DeleteFunc(order, func(gk string) bool { return moved[gk] })
}
