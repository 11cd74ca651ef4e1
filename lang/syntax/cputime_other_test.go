//go:build !unix

package syntax

import "time"

// cpuTime is not measured here; the benchmark reports wall-clock speed alone.
func cpuTime() time.Duration { return 0 }
