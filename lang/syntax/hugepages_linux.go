package syntax

import (
	"syscall"
	"unsafe"
)

// adviseHuge advises huge pages for the whole huge pages among the n bytes at p.
func adviseHuge(p unsafe.Pointer, n int) {
	if b := wholeHuge(p, n); b != nil {
		// Advice only: where the kernel cannot follow it, the pages stay small.
		_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
	}
}

// madvCollapse is Linux's MADV_COLLAPSE (since 6.1), which the syscall package does not name.
const madvCollapse = 25

// collapseHuge asks that the whole huge pages among the n bytes at p, filled already, be made
// huge pages now. The advice of adviseHuge only holds for memory not yet mapped, and the Go heap
// hands out again memory it had mapped in small pages (loading a model frees tens of megabytes
// before its last arrays are made): without this about half of the loaded weights stayed in
// small pages. Where the kernel cannot do it, the pages stay as they are.
func collapseHuge(p unsafe.Pointer, n int) {
	if b := wholeHuge(p, n); b != nil {
		_ = syscall.Madvise(b, madvCollapse)
	}
}

// wholeHuge returns the whole huge pages among the n bytes at p, or nil when there are none.
func wholeHuge(p unsafe.Pointer, n int) []byte {
	const huge = 2 << 20
	skip := int(-uintptr(p) & (huge - 1)) // bytes to the first huge page boundary
	size := (n - skip) &^ (huge - 1)
	if size <= 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Add(p, skip)), size)
}
