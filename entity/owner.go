package entity

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// ownerVotes votes for an organisation where an unknown lone name is the subject of a clause that
// speaks of "its" things ("X will double its flights", "X raised its forecast"): a body owns as
// "it" does, a person as "he" or "she" does.
func (d *doc) ownerVotes(parse []dossier.Sentence) {
	for _, c := range d.cands {
		if c.hasGaz || c.title != "" || c.b-c.a != 1 || c.start != d.toks[c.a].start || c.end != d.toks[c.a].end {
			continue
		}
		p := tree.SentenceAt(parse, c.start)
		if p == nil {
			continue
		}
		h := tree.SpanHead(p, c.start, c.end)
		if h < 0 || p.Tokens[h].Rel != "nsubj" || p.Tokens[h].Head < 0 {
			continue
		}
		if v := p.Tokens[h].Head; ownsIts(p, v) || d.saysOfItself(p, v) || d.booksResult(p, v) {
			d.vote(c, dossier.ORG, 2)
		}
	}
}

// saysOfItself reports whether the verb v of sentence p is a verb of saying whose reported
// clause speaks of the speaker as "it": "it" is the subject of that clause's verb ("X said it
// would cut jobs"). A person is "he" or "she"; an "it" that opens a clause on a noun or an
// adjective ("X said it was a mistake") stands for a thing, and "its" there may be another
// thing's ("X said its design was flawed"), so only "it" as a verb's subject counts.
func (d *doc) saysOfItself(p *dossier.Sentence, v int) bool {
	if !d.g.is("SAID", strings.ToLower(p.Tokens[v].Text)) {
		return false
	}
	for _, k := range tree.Children(p, v) {
		if p.Tokens[k].Rel != "ccomp" || p.Tokens[k].UPOS != "VERB" {
			continue
		}
		s := tree.Child(p, k, "nsubj", "nsubj:pass")
		if s < 0 {
			continue
		}
		if strings.ToLower(p.Tokens[s].Text) == "it" {
			return true
		}
	}
	return false
}

// booksResult reports whether the object of the verb v of sentence p is what a body books
// (BODYRESULT: "X posted net income of …", "X reported a third-quarter loss") and no "he" or
// "she" in the sentence makes the subject a person ("X reported a loss on his farm").
func (d *doc) booksResult(p *dossier.Sentence, v int) bool {
	o := tree.Child(p, v, "obj")
	if o < 0 || !d.g.is("BODYRESULT", p.Tokens[o].Text) {
		return false
	}
	for _, t := range p.Tokens {
		if d.g.w.personPronouns[strings.ToLower(t.Text)] {
			return false
		}
	}
	return true
}

// ownsIts reports whether a possessive "its" of sentence p hangs, within the clause, on the verb
// v: on its object or on a phrase that depends on the verb, not on a clause of its own ("X said
// its design was flawed" speaks of another thing's design).
func ownsIts(p *dossier.Sentence, v int) bool {
	for _, t := range p.Tokens {
		if strings.ToLower(t.Text) != "its" || t.Rel != "nmod:poss" {
			continue
		}
		for k, n := t.Head, 0; k >= 0 && n < 3; k, n = p.Tokens[k].Head, n+1 {
			if k == v {
				return true
			}
			rel, _, _ := strings.Cut(p.Tokens[k].Rel, ":")
			if rel == "nsubj" || rel == "ccomp" || rel == "advcl" || rel == "acl" || rel == "xcomp" || rel == "parataxis" || rel == "csubj" {
				break
			}
		}
	}
	return false
}
