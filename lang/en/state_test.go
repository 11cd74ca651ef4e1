package en

import "testing"

// TestStateSide checks which readers the one list of a state's side gives each phrase to.
func TestStateSide(t *testing.T) {
	d := Embedded()
	tests := []struct {
		phrase           string
		force, own, body bool
	}{
		{"government", true, true, true},
		{"armed forces", true, true, false},
		{"warplanes", true, false, false},
		{"opposition", true, false, false},
		{"soldiers", false, true, false},
		{"rebels", false, false, false},
	}
	for _, tt := range tests {
		got := [3]bool{d.StateSide(StateForce)[tt.phrase], d.StateSide(StateOwn)[tt.phrase], d.StateSide(StateBody)[tt.phrase]}
		if want := [3]bool{tt.force, tt.own, tt.body}; got != want {
			t.Errorf("%q: force, own, body = %v, want %v", tt.phrase, got, want)
		}
	}
}
