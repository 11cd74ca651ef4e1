package en

import "strings"

// The marks of the state-side list: which reader takes a phrase for a state's side.
const (
	// StateForce marks the words that make a nationality before them a mention of the state
	// acting ("the Syrian army", "Russian warplanes"), read by the entity stage.
	StateForce = "force"
	// StateOwn marks the words that, after a country's name or adjective, name the state's own
	// side, so outlets naming "the regime" or "the troops" as the actor do not dispute it.
	StateOwn = "own"
	// StateBody marks the words for a state's body that answers for what its forces do ("the
	// Syrian government"), an actor a claim may blame.
	StateBody = "body"
)

// StateSide returns the lower-case phrases of the state-side list that carry mark (StateForce,
// StateOwn or StateBody): the one list of words for a state's side that every stage reads.
func (d *Data) StateSide(mark string) map[string]bool {
	out := map[string]bool{}
	for _, r := range d.Rows("state-side") {
		if len(r) < 2 {
			continue
		}
		for _, m := range strings.Fields(r[1]) {
			if m == mark {
				out[strings.ToLower(r[0])] = true
			}
		}
	}
	return out
}
