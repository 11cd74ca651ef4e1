package main

import (
	"testing"
	"time"
)

func TestRateWords(t *testing.T) {
	tests := []struct {
		n       int
		elapsed time.Duration
		want    string
	}{
		{80, 10 * time.Second, "8.0 docs/s"},
		{1, 10 * time.Second, "0.1 docs/s"},
		{5, 193 * time.Second, "39 s/doc"},
		{1, 217 * time.Second, "217 s/doc"},
	}
	for _, tt := range tests {
		if got := rateWords(tt.n, tt.elapsed); got != tt.want {
			t.Errorf("rateWords(%d, %s) = %q, want %q", tt.n, tt.elapsed, got, tt.want)
		}
	}
}
