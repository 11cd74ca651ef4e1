package main

import (
	"runtime/debug"
	"testing"
)

// TestPassCollection checks that the pass lowers the collector's target only from a higher one,
// and that what it returns puts the previous target back.
func TestPassCollection(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	tests := []struct {
		name   string
		before int
		during int
	}{
		{"default target lowered", 100, passGCPercent},
		{"higher target lowered", 400, passGCPercent},
		{"lower target kept", 20, 20},
		{"equal target kept", passGCPercent, passGCPercent},
		{"collection off kept off", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetGCPercent(tt.before)
			restore := passCollection()
			if got := debug.SetGCPercent(tt.during); got != tt.during {
				t.Errorf("target during the pass = %d, want %d", got, tt.during)
			}
			restore()
			if got := debug.SetGCPercent(100); got != tt.before {
				t.Errorf("target after the pass = %d, want %d", got, tt.before)
			}
		})
	}
}
