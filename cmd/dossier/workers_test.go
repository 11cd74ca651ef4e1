package main

import (
	"runtime"
	"testing"
)

// TestWorkersOrCores checks that the count a command names for -j is the one the pipeline and
// the queue run: 0 is one per core, not one.
func TestWorkersOrCores(t *testing.T) {
	tests := []struct {
		j, want int
	}{
		{0, runtime.GOMAXPROCS(0)},
		{1, 1},
		{6, 6},
	}
	for _, tt := range tests {
		if got := workersOrCores(tt.j); got != tt.want {
			t.Errorf("workersOrCores(%d) = %d, want %d", tt.j, got, tt.want)
		}
	}
}
