package main

import (
	"bytes"
	"os"
	"strconv"
)

// resetPeakRSS starts the peak of the resident set again from the present one, so that
// peakSinceReset reports the peak of what runs next; it reports whether it could.
func resetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// peakSinceReset is the largest resident set of this process since resetPeakRSS (or since it
// began), in bytes, or 0 when unknown.
func peakSinceReset() int64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range bytes.Lines(status) {
		if rest, ok := bytes.CutPrefix(line, []byte("VmHWM:")); ok {
			kb, err := strconv.ParseInt(string(bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(rest), []byte("kB")))), 10, 64)
			if err != nil {
				return 0
			}
			return kb * 1024
		}
	}
	return 0
}
