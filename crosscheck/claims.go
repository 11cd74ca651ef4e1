package crosscheck

import (
	"strings"

	"github.com/dossier-project/dossier"
)

// claimsOf returns the document's stored claims of one kind, in the order the claim stage made
// them.
func (d *doc) claimsOf(kind dossier.ClaimKind) []*dossier.Claim {
	var out []*dossier.Claim
	for i := range d.a.Claims {
		if d.a.Claims[i].Kind == kind {
			out = append(out, &d.a.Claims[i])
		}
	}
	return out
}

// eventClaim returns the document's claim of one kind about event ev, or nil.
func (d *doc) eventClaim(kind dossier.ClaimKind, ev int) *dossier.Claim {
	for i := range d.a.Claims {
		if cl := &d.a.Claims[i]; cl.Kind == kind && cl.Event == ev {
			return cl
		}
	}
	return nil
}

// partyEnt is the entity number of a party a claim names; -1 when it is no named actor or its
// chain joined no entity.
func (c *corpus) partyEnt(d *doc, p dossier.Party) int {
	if p.Chain < 0 {
		return -1
	}
	id, ok := d.ent[p.Chain]
	if !ok {
		return -1
	}
	return c.entNum[id]
}

// claimBy names who makes a claim and gives their entity number (-1 when not a named actor):
// the entity's name as the document says it, else the claim's own words for them.
func (c *corpus) claimBy(d *doc, cl *dossier.Claim) (string, int) {
	if e := c.partyEnt(d, cl.By); e >= 0 {
		return c.saidName(d, e), e
	}
	return cl.ByText, -1
}

// saidName is an entity's name as a document says it: with "the" when the document writes it
// so ("the Northern Army").
func (c *corpus) saidName(d *doc, e int) string {
	name := c.name(c.entIDs[e])
	if strings.HasPrefix(strings.ToLower(name), "the ") {
		return name
	}
	if d.the == nil {
		d.the = map[int]bool{}
		for i := range d.a.Claims {
			cl := &d.a.Claims[i]
			for _, p := range append([]dossier.Party{cl.By}, cl.About...) {
				if x := c.partyEnt(d, p); p.The && x >= 0 {
					d.the[x] = true
				}
			}
		}
	}
	if d.the[e] {
		return "the " + name
	}
	return name
}

// denyAt reports whether a claim of denial is made in a sentence overlapping s: such a sentence
// asserts nothing of what it names.
func (d *doc) denyAt(s dossier.Span) bool {
	for _, cl := range d.claimsOf(dossier.ClaimDeny) {
		if cl.Span.Overlaps(s) {
			return true
		}
	}
	return false
}

// reasonAt returns the first reason a claim of the document gives inside s, "" when none.
func (d *doc) reasonAt(s dossier.Span) string {
	for _, cl := range d.claimsOf(dossier.ClaimCause) {
		if cl.Event < 0 && s.Start <= cl.Cue.Start && cl.Cue.Start < s.End && cl.Object != "" {
			return cl.Object
		}
	}
	return ""
}
