//go:build !unix

package main

import (
	"os"
	"time"
)

// peakRSS is the largest resident set of this process so far, in bytes: unknown here.
func peakRSS() int64 { return 0 }

// cpuTime is the processor time this process has used so far: unknown here.
func cpuTime() time.Duration { return 0 }

// childPeakRSS is the largest resident set of an ended child process: unknown here.
func childPeakRSS(*os.ProcessState) int64 { return 0 }
