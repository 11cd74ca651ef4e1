package crosscheck

import "github.com/dossier-project/dossier"

// accusedSide is whom a report's document blames for its attack when the report's own words
// say no side: the side its stored accusations of a force no name is given name ("activists
// blamed the army for the shelling", see dossier.Claim.Side), with the sentence that says so.
// An accusation is tied to the attack when it is said in the attack's sentence, when it names
// an attack and the document tells no attack but this one (all its attacks are among reps), or
// when it names an attack in the sentence right after the attack's (see nextToAttack) and the
// attack's report names no actor: after "the Front detonated a car bomb", "the Front accused the
// army" is the Front's answer, not whom the report puts the bombing down to (see tiedAccusation).
// Accusations of both sides, denied or hedged ones, tie nothing. The sentence quoted is the one
// that names the most: a later accusation naming the force the first leaves unnamed is the one
// that says whom it blames.
func accusedSide(c *corpus, r report, reps []report) (culprit, dossier.Span, bool) {
	d := c.docs[r.doc]
	claims := d.claimsOf(dossier.ClaimAccuse)
	if len(claims) == 0 {
		return culprit{}, dossier.Span{}, false
	}
	pos := r.e.Trigger.Start
	if r.e.Trigger.End == 0 {
		pos = r.e.Span.Start
	}
	alone := tellsOneAttack(d, r.doc, reps)
	var got culprit
	var at dossier.Span
	for _, cl := range claims {
		if cl.Side == "" || cl.Negated || cl.Hedged {
			continue
		}
		if !tiedAccusation(c, d, cl, r, pos, alone) {
			continue
		}
		cu := culprit{side: cl.Side, force: cl.Force}
		switch {
		case got.side == "":
			got, at = cu, cl.Span
		case got.side != cu.side:
			return culprit{}, dossier.Span{}, false
		case got.force == "" && cu.force != "":
			got.force, at = cu.force, cl.Span
		}
	}
	return got, at, got.side != ""
}

// tiedAccusation reports whether accusation cl of report r's document d ties its side to r's
// attack, told at pos (see accusedSide): said in the attack's sentence; or, when it is no
// denier's answer (see answers), naming an attack in a document that tells only this one (alone)
// or in the sentence right after the attack's when r names no actor. Outside the attack's
// sentence an accusation said with a denial is the accused's answer, not the report's word.
func tiedAccusation(c *corpus, d *doc, cl *dossier.Claim, r report, pos int, alone bool) bool {
	if cl.Start <= pos && pos < cl.End {
		return true
	}
	if answers(d, cl) {
		return false
	}
	return alone && cl.Attack || len(r.actor) == 0 && nextToAttack(c, d, cl, pos)
}

// nextToAttack reports whether accusation cl names an attack in the sentence right after the
// one at pos, and that sentence tells no attack at a place of its own: a round-up's "Activists
// blamed the army for the shelling." is about the shelling the sentence before tells, whereas
// one that goes on to a new place tells its own.
func nextToAttack(c *corpus, d *doc, cl *dossier.Claim, pos int) bool {
	at := sentenceAt(d, pos)
	if !cl.Attack || at.End <= at.Start || d.nextSentence(at) != cl.Start {
		return false
	}
	for i := range d.a.Events {
		e := &d.a.Events[i]
		if e.Type != dossier.Assault || e.Trigger.Start < cl.Start || e.Trigger.Start >= cl.End {
			continue
		}
		for _, a := range e.Args {
			if placeRole(c.str(a.role)) {
				return false
			}
		}
	}
	return true
}

// answers reports whether accusation cl is said in a sentence that also denies ("the Front
// denied any part and accused the army"): the denier's answer, which says whom the accused blame,
// not whom the report puts the attack down to.
func answers(d *doc, cl *dossier.Claim) bool {
	for _, dn := range d.claimsOf(dossier.ClaimDeny) {
		if dn.Span == cl.Span {
			return true
		}
	}
	return false
}

// tellsOneAttack reports whether every attack document di tells is among reps: the document is
// about that one attack.
func tellsOneAttack(d *doc, di int32, reps []report) bool {
	in := map[int32]bool{}
	for _, r := range reps {
		if r.doc == di {
			in[r.ev] = true
		}
	}
	for i, e := range d.a.Events {
		if e.Type == dossier.Assault && !in[int32(i)] {
			return false
		}
	}
	return len(in) > 0
}
