package syntax

import (
	"syscall"
	"unsafe"
)

// adviseHuge advises huge pages for the whole huge pages among the n bytes at p.
func adviseHuge(p unsafe.Pointer, n int) {
	const huge = 2 << 20
	skip := int(-uintptr(p) & (huge - 1)) // bytes to the first huge page boundary
	size := (n - skip) &^ (huge - 1)
	if size <= 0 {
		return
	}
	// Advice only: where the kernel cannot follow it, the pages stay small.
	_ = syscall.Madvise(unsafe.Slice((*byte)(unsafe.Add(p, skip)), size), syscall.MADV_HUGEPAGE)
}
