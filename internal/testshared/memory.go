package testshared

import (
	"bytes"
	"compress/gzip"
	"io"
	"runtime"
	"testing"
)

// Gunzip returns the uncompressed content of b, failing tb if b is not gzip data.
func Gunzip(tb testing.TB, b []byte) []byte {
	tb.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		tb.Fatalf("gunzip: %v", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatalf("gunzip: %v", err)
	}
	return out
}

// HeapHeld returns how many bytes of heap what load returns holds, measured after collections
// before and after it.
func HeapHeld[T any](load func() T) (T, int64) {
	before := heapInUse()
	v := load()
	held := heapInUse() - before
	return v, held
}

func heapInUse() int64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapInuse)
}

// AtMost fails tb when what holds more than limit bytes, and logs what it holds.
func AtMost(tb testing.TB, what string, held, limit int64) {
	tb.Helper()
	if held > limit {
		tb.Errorf("%s holds %.1f MiB, more than %.0f MiB", what, float64(held)/(1<<20), float64(limit)/(1<<20))
	}
	tb.Logf("%s holds %.1f MiB", what, float64(held)/(1<<20))
}
