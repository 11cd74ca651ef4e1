//go:build !linux

package syntax

import "unsafe"

// adviseHuge does nothing where huge pages are not advised by madvise.
func adviseHuge(p unsafe.Pointer, n int) {}

// collapseHuge does nothing where huge pages are not asked for by madvise.
func collapseHuge(p unsafe.Pointer, n int) {}
