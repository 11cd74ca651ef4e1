package syntax

import "unsafe"

// hugePages asks that the array of s be backed by huge pages, where the system has them: the
// weights are read at random all over tens of megabytes, and with pages of 4 kB most reads
// also miss the processor's table of page addresses (tagging and parsing measured about 7%
// faster on Linux with transparent huge pages set to "madvise"). It is called before the array
// is filled, while its memory is not yet mapped.
func hugePages[T any](s []T) {
	if len(s) == 0 {
		return
	}
	adviseHuge(unsafe.Pointer(unsafe.SliceData(s)), len(s)*int(unsafe.Sizeof(s[0])))
}

// settleHuge asks that the array of s, filled already, be backed by huge pages now (see
// collapseHuge).
func settleHuge[T any](s []T) {
	if len(s) == 0 {
		return
	}
	collapseHuge(unsafe.Pointer(unsafe.SliceData(s)), len(s)*int(unsafe.Sizeof(s[0])))
}
