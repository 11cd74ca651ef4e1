package crosscheck

import (
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// claimIndex finds a document's claims without reading all of them each time. It is held to
// the end of the pass, so it holds lists, not maps: a map takes hundreds of bytes even for the
// few claims of a document.
type claimIndex struct {
	byKind  []*dossier.Claim // by kind, and of one kind in the order the claim stage made them
	deny    []*dossier.Claim // denials in order of start
	reasons []*dossier.Claim // reasons of sentences (not of one event), in order of their cue
}

// claims returns the document's claim index, made on first use.
func (d *doc) claims() *claimIndex {
	if d.claimIdx != nil {
		return d.claimIdx
	}
	x := &claimIndex{}
	if len(d.a.Claims) > 0 {
		x.byKind = make([]*dossier.Claim, 0, len(d.a.Claims))
	}
	for i := range d.a.Claims {
		cl := &d.a.Claims[i]
		x.byKind = append(x.byKind, cl)
		switch {
		case cl.Kind == dossier.ClaimDeny:
			x.deny = append(x.deny, cl)
		case cl.Kind == dossier.ClaimCause && cl.Event < 0 && cl.Object != "":
			x.reasons = append(x.reasons, cl)
		}
	}
	sort.SliceStable(x.byKind, func(i, j int) bool { return x.byKind[i].Kind < x.byKind[j].Kind })
	sort.SliceStable(x.deny, func(i, j int) bool { return x.deny[i].Start < x.deny[j].Start })
	sort.SliceStable(x.reasons, func(i, j int) bool { return x.reasons[i].Cue.Start < x.reasons[j].Cue.Start })
	d.claimIdx = x
	return x
}

// claimsOf returns the document's stored claims of one kind, in the order the claim stage made
// them; nil when there are none.
func (d *doc) claimsOf(kind dossier.ClaimKind) []*dossier.Claim {
	all := d.claims().byKind
	lo := sort.Search(len(all), func(i int) bool { return all[i].Kind >= kind })
	hi := lo
	for hi < len(all) && all[hi].Kind == kind {
		hi++
	}
	if lo == hi {
		return nil
	}
	// A full slice expression: appending to the claims of one kind never writes over the next.
	return all[lo:hi:hi]
}

// eventClaim returns the document's first claim of one kind about event ev, or nil.
func (d *doc) eventClaim(kind dossier.ClaimKind, ev int) *dossier.Claim {
	if ev < 0 {
		return nil
	}
	for _, cl := range d.claimsOf(kind) {
		if cl.Event == ev {
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
	e, ok := d.ent.at(p.Chain)
	if !ok {
		return -1
	}
	return e
}

// claimBy names who makes a claim and gives their entity number (-1 when not a named actor):
// the entity's name as the document says it, else the claim's own words for them. A place that
// does not act (see acting) speaks for no one: "in the province of Belvar, reports indicate" is
// not Belvar saying so, and the claim is then told as no one's.
func (c *corpus) claimBy(d *doc, cl *dossier.Claim) (string, int) {
	e := c.partyEnt(d, cl.By)
	switch {
	case e >= 0 && !c.acting(e):
		return "", -1
	case e >= 0:
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
	deny := d.claims().deny
	// Denials are sentences, so their ends grow with their starts.
	i := sort.Search(len(deny), func(i int) bool { return deny[i].End > s.Start })
	for ; i < len(deny) && deny[i].Start < s.End; i++ {
		if deny[i].Span.Overlaps(s) {
			return true
		}
	}
	return false
}

// reasonAt returns the first reason a sentence's claim gives with its cue inside s, "" when none.
func (d *doc) reasonAt(s dossier.Span) string {
	rs := d.claims().reasons
	if i := sort.Search(len(rs), func(i int) bool { return rs[i].Cue.Start >= s.Start }); i < len(rs) && rs[i].Cue.Start < s.End {
		return rs[i].Object
	}
	return ""
}

// sentenceReason returns the first claim of a reason stated in sentence s, or nil.
func (d *doc) sentenceReason(s dossier.Span) *dossier.Claim {
	rs := d.claims().reasons
	for i := sort.Search(len(rs), func(i int) bool { return rs[i].Cue.Start >= s.Start }); i < len(rs) && rs[i].Cue.Start < s.End; i++ {
		if rs[i].Span == s {
			return rs[i]
		}
	}
	return nil
}
