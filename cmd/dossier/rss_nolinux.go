//go:build !linux

package main

// resetPeakRSS cannot start the resident set's peak again here.
func resetPeakRSS() bool { return false }

// peakSinceReset is unknown here.
func peakSinceReset() int64 { return 0 }
