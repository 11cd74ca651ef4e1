package event

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// groupPronoun resolves "it", "its", "they" or "their" at token i to the organisation or country
// that speaks the clause the pronoun stands in: the subject of the verb of saying whose complement
// that clause is ("X said it agreed to buy …", "X said its jets struck …"). The pronoun counts
// when it is the clause's subject or the possessor of that subject or of its agent. "it" takes an
// organisation or a country named in the singular, "they" an organisation or a plural name. The item carries the
// speaker's chain, so the argument points at the name the pronoun stands for.
func (x *Extractor) groupPronoun(s *sent, i int) (item, bool) {
	num, ok := s.w.groupPronouns[s.toks[i].norm]
	if !ok || s.parse == nil {
		return item{}, false
	}
	p := s.parse
	k := parseAt(p, s.toks[i].start)
	if k < 0 {
		return item{}, false
	}
	poss := p.Tokens[k].Rel == "nmod:poss"
	h := speakerVerb(p, k)
	if h < 0 || !x.lx.speech[strings.ToLower(p.Tokens[h].Text)] && !x.lx.speech[strings.ToLower(p.Tokens[h].Lemma)] {
		return item{}, false
	}
	sj := tree.Subject(p, h)
	if sj < 0 || sj >= k {
		return item{}, false
	}
	for _, it := range s.items {
		if it.t0 >= i || itemHead(s, it) != sj {
			continue
		}
		if !agrees(num, it.typ, strings.Contains(p.Tokens[sj].Feats, "Number=Plur")) {
			return item{}, false
		}
		return item{t0: i, t1: i + 1, chain: it.chain, typ: it.typ, pseudo: true, poss: poss, group: true}, true
	}
	return item{}, false
}

// speakerVerb returns the verb whose complement clause pronoun k stands in, as the clause's subject
// or as the possessor of its subject or agent ("its jets struck"); -1 otherwise. A possessed noun
// the parse hangs on the verb of saying as its object, with the clause's verb as a participle
// after it ("said its jets struck X" read as "jets" that "struck"), counts as the subject too.
func speakerVerb(p *dossier.Sentence, k int) int {
	t := p.Tokens[k]
	v := -1
	switch {
	case active(t.Rel, "nsubj"):
		v = t.Head
	case t.Rel == "nmod:poss" && t.Head >= 0:
		n := p.Tokens[t.Head]
		switch {
		case active(n.Rel, "nsubj") || n.Rel == "obl:agent":
			v = n.Head
		case n.Rel == "obj" && participleAfter(p, t.Head):
			return n.Head
		}
	}
	if v < 0 || p.Tokens[v].Rel != "ccomp" {
		return -1
	}
	return p.Tokens[v].Head
}

// active reports whether relation rel is of kind base and not passive.
func active(rel, base string) bool {
	return strings.HasPrefix(rel, base) && !strings.HasSuffix(rel, ":pass")
}

// participleAfter reports whether noun n has a past participle after it as its clause.
func participleAfter(p *dossier.Sentence, n int) bool {
	for _, c := range tree.Children(p, n) {
		if c > n && p.Tokens[c].Rel == "acl" && strings.Contains(p.Tokens[c].Feats, "Tense=Past") {
			return true
		}
	}
	return false
}

// agrees reports whether a pronoun of number num may stand for a name of type typ: "it" for an
// organisation or a country named in the singular, "they" for an organisation or a plural name.
func agrees(num string, typ dossier.EntityType, plural bool) bool {
	// A place that speaks is a country or its government; the name of an organisation tells
	// nothing of its number ("Halvern Holdings said it …").
	if num == "plur" {
		return typ == dossier.ORG || (typ == dossier.LOC && plural)
	}
	return typ == dossier.ORG || (typ == dossier.LOC && !plural)
}

// onlyActs leaves a pronoun of a speaking group no role but the actor's: it stands for the
// speaker only as the doer of its own clause, and word order would make it the target of a
// trigger elsewhere in the sentence ("once X arrives in Y it will begin …").
func onlyActs(f *frame) {
	for i := range f.args {
		if r := &f.args[i]; r.it.group && r.role != roleActor {
			r.role = roleOther
		}
	}
	if f.subj != nil && f.subj.it.group && f.subj.role != roleActor {
		f.subj.role = roleOther
	}
}
