package claim_test

import (
	"slices"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestCauseWords checks what a reason is given for: the words a sentence's reason carries and
// the events whose clause reason it becomes.
func TestCauseWords(t *testing.T) {
	tests := []struct {
		name, text string
		reason     string   // the sentence's reason
		with, not  []string // words it must and must not carry
		noEvent    bool     // no event takes the reason
	}{
		{"a reason of the verb the attack is an oblique of",
			"Vellora has declared that it will respond to an attack on Santa Luz because it will not allow Norland to take the border.",
			"it will not allow Norland to take the border", []string{"respond"}, []string{"attack", "santa", "border"}, true},
		{"a reason in the clause of the verb the attack is an oblique of",
			"Vellora will respond to an attack on Santa Luz as punishment for the raids.",
			"the raids", []string{"respond"}, []string{"attack"}, true},
		{"a reason of the verb whose subject names the act",
			"The decision of the Coastal Council to sack Oren Valdis was justified by his involvement in embezzlement.",
			"his involvement in embezzlement", []string{"justified", "decision", "sack"}, []string{"embezzlement"}, false},
		{"a reason of a participle the parse hangs on the noun it describes",
			"The decision to sack Valdis was justified by his involvement in many criminal activities, like weapons and drugs trafficking.",
			"his involvement in many criminal activities", []string{"justified", "decision", "sack"}, []string{"weapons"}, false},
		{"a reason of the light verb carries its object",
			"Troops of the Valley Front carried out the raid on Brenton in retaliation for the shelling of their camp.",
			"the shelling of their camp", []string{"carried", "raid"}, []string{"camp"}, false},
		{"a reason told apart from the act is said of the copula's subject",
			"The mayor of Darun was removed on Monday. It was because of a quarrel with the harbour board.",
			"a quarrel with the harbour board", nil, []string{"quarrel", "board", "because", "removed"}, false},
		{"a reason that is a copula's predicate is said of its subject",
			"The sacking of the mayor of Darun was because of a quarrel with the harbour board.",
			"a quarrel with the harbour board", []string{"sacking", "mayor"}, []string{"quarrel", "board"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := analyse(t, tt.text)
			var sentence *dossier.Claim
			for i, c := range a.Claims {
				switch {
				case c.Kind != dossier.ClaimCause:
				case c.Event < 0 && c.Object == tt.reason:
					sentence = &a.Claims[i]
				case c.Event >= 0 && tt.noEvent:
					t.Errorf("event %q takes reason %q", a.Events[c.Event].Word, c.Object)
				}
			}
			if sentence == nil {
				t.Fatalf("no sentence reason %q in %+v", tt.reason, a.Claims)
			}
			for _, w := range tt.with {
				if !slices.Contains(sentence.Words, w) {
					t.Errorf("words %q lack %q", sentence.Words, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(sentence.Words, w) {
					t.Errorf("words %q hold %q", sentence.Words, w)
				}
			}
		})
	}
}
