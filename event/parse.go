package event

import (
	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/lang/tree"
)

// roleRecipient is the role of the one something is given or sent to (an indirect object).
const roleRecipient = "recipient"

// Case markers that make an oblique a place or a destination.
var (
	parsePlaceCases = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "outside": true, "within": true, "across": true, "around": true}
	parseDestCases  = map[string]bool{"to": true, "into": true, "toward": true, "towards": true}
)

// parseVerb returns the index in the parse of the verb that trigger m's words stand for, or -1
// when the sentence has no parse or the trigger is no verb there (a noun, a misparse).
func parseVerb(s *sent, m match) int {
	p := s.parse
	if p == nil {
		return -1
	}
	for _, w := range m.words {
		k := parseAt(p, s.toks[w].start)
		if k >= 0 && p.Tokens[k].UPOS == "VERB" {
			return k
		}
	}
	return -1
}

// parseAt returns the parse token that holds byte offset off, or -1.
func parseAt(p *dossier.Sentence, off int) int {
	for k, t := range p.Tokens {
		if t.Start <= off && off < t.End {
			return k
		}
	}
	return -1
}

// parseArgs reads the roles verb v's dependents play: subject and agent act, an object or a
// passive subject undergoes, an indirect object receives, an oblique with "in", "at" or "near"
// tells where and one with "to" or "into" whither. It returns the role of each argument word.
func parseArgs(p *dossier.Sentence, v int, t dossier.EventType) map[int]string {
	roles := map[int]string{}
	set := func(k int, role string) {
		if k >= 0 {
			roles[k] = role
		}
	}
	set(tree.Subject(p, v), roleActor)
	set(tree.PassiveSubject(p, v), roleTarget)
	obj := tree.Object(p, v)
	set(obj, roleTarget)
	if iobj := tree.IndirectObject(p, v); obj >= 0 {
		set(iobj, roleRecipient)
	} else {
		set(iobj, roleTarget) // an indirect object alone is a misread object ("asked her to")
	}
	agent := tree.Agent(p, v)
	set(agent, roleActor)
	for _, k := range tree.Obliques(p, v) {
		if k == agent {
			continue
		}
		switch c := tree.Preposition(p, k); {
		case parsePlaceCases[c]:
			roles[k] = rolePlace
		case parseDestCases[c]:
			roles[k] = roleDest
		}
	}
	return roles
}

// itemHead returns the parse token that heads item it: the one of its words whose head lies
// outside it, or -1 when the parse does not cover it.
func itemHead(s *sent, it item) int {
	p := s.parse
	start, end := s.toks[it.t0].start, s.toks[it.t1-1].end
	first := -1
	for k, t := range p.Tokens {
		if t.Start < start || t.End > end {
			continue
		}
		if first < 0 {
			first = k
		}
		if t.Head < 0 || p.Tokens[t.Head].Start < start || p.Tokens[t.Head].End > end {
			return k
		}
	}
	return first
}

// parseRole returns the role the parse gives item it among roles, or "": the role of the word
// that heads it, or of the argument it is attached to as a name's part, a possessor, a
// modifier or a conjunct ("the Syrian army", "X and Y attacked"); a place also through "of"
// ("in the city of X").
func parseRole(s *sent, it item, roles map[int]string) string {
	p := s.parse
	k := itemHead(s, it)
	for steps := 0; k >= 0 && steps < 4; steps++ {
		if r, ok := roles[k]; ok {
			return r
		}
		switch rel := p.Tokens[k].Rel; rel {
		case "compound", "flat", "nmod:poss", "amod", "appos", "conj":
		case "nmod":
			h := p.Tokens[k].Head
			if h >= 0 && (roles[h] == rolePlace || roles[h] == roleDest) {
				return roles[h]
			}
			return ""
		default:
			return ""
		}
		k = p.Tokens[k].Head
	}
	return ""
}

// applyParse gives the arguments of trigger m the roles its verb's dependents have in the
// parse, where it has one; word order keeps the rest. A name word order took for the actor but
// that the parse does not make one yields to the parse's subject.
func applyParse(s *sent, m match, f *frame) {
	if f.noun {
		return
	}
	v := parseVerb(s, m)
	if v < 0 {
		return
	}
	roles := parseArgs(s.parse, v, m.p.typ)
	if len(roles) == 0 {
		return
	}
	got := make([]string, len(f.args))
	actor := false
	for i, r := range f.args {
		got[i] = parseRole(s, r.it, roles)
		if got[i] == roleDest && !destTypes[m.p.typ] && m.p.typ != dossier.Mobilize {
			got[i] = "" // "appealed to X", "agreed to X's demands": word order tells
		}
		actor = actor || got[i] == roleActor
	}
	for i := range f.args {
		r := &f.args[i]
		switch {
		case got[i] != "":
			r.role = got[i]
		case actor && r.role == roleActor:
			r.role = roleOther
		default:
			continue
		}
		if f.subj != nil && f.subj.it == r.it {
			f.subj.role = r.role
		}
	}
}
