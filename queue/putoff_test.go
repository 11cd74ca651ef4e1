package queue

import (
	"testing"
	"time"
)

// TestPutOff checks how long a pass waits for pages in progress: thirty settles while passes are
// short, then passSpacing times the last pass, so that passes over a large store run seldom.
func TestPutOff(t *testing.T) {
	tests := []struct {
		settle, last, want time.Duration
	}{
		{2 * time.Second, 0, time.Minute},
		{2 * time.Second, 10 * time.Second, time.Minute},
		{2 * time.Second, 15 * time.Second, time.Minute},
		{2 * time.Second, 2 * time.Minute, 8 * time.Minute},
		{50 * time.Millisecond, time.Second, 4 * time.Second},
	}
	for _, tt := range tests {
		if got := putOff(tt.settle, tt.last); got != tt.want {
			t.Errorf("putOff(%s, %s) = %s, want %s", tt.settle, tt.last, got, tt.want)
		}
	}
}
