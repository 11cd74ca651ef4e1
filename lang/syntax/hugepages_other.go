//go:build !linux

package syntax

import "unsafe"

// adviseHuge does nothing where huge pages are not advised by madvise.
func adviseHuge(p unsafe.Pointer, n int) {}
