package crosscheck

import "github.com/dossier-project/dossier"

// accusedSide is whom a report's document blames for its attack when the report's own words
// say no side: the side its stored accusations of a force no name is given name ("activists
// blamed the army for the shelling", see dossier.Claim.Side), with the sentence that says so.
// An accusation is tied to the attack when it is said in the attack's sentence, or when it
// names an attack and the document tells no attack but this one (all its attacks are among
// reps). Accusations of both sides, denied or hedged ones, tie nothing.
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
		if !(cl.Start <= pos && pos < cl.End) && !(alone && cl.Attack) {
			continue
		}
		cu := culprit{side: cl.Side, force: cl.Force}
		switch {
		case got.side == "":
			got, at = cu, cl.Span
		case got.side != cu.side:
			return culprit{}, dossier.Span{}, false
		case got.force == "":
			got.force = cu.force
		}
	}
	return got, at, got.side != ""
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
