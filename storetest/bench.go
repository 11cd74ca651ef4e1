package storetest

import (
	"testing"

	"github.com/dossier-project/dossier"
)

// BenchmarkPut measures Put in batches of 100 realistic documents (see Doc) and reports docs/s and
// the bytes of clean text stored per second. open must return a new, empty store; it is closed when
// the benchmark ends.
func BenchmarkPut(b *testing.B, open func(b *testing.B) dossier.Store) {
	const size = 100
	s := open(b)
	b.Cleanup(func() {
		if err := s.Close(); err != nil {
			b.Errorf("close: %v", err)
		}
	})
	// Documents are generated ahead so the figure is the store's alone.
	pool := make([]*dossier.Analysis, 20*size)
	var textBytes int64
	for i := range pool {
		pool[i] = Doc(i)
		textBytes += int64(len(pool[i].Doc.Text))
	}
	n := 0
	for b.Loop() {
		batch := make([]*dossier.Analysis, size)
		for i := range batch {
			// Fresh ids on every round, so each Put writes rather than skips.
			a := *pool[(n+i)%len(pool)]
			a.Doc.ID = a.Doc.ID[:8] + itoa8(n+i)
			batch[i] = &a
		}
		n += size
		if _, err := s.Put(b.Context(), batch); err != nil {
			b.Fatalf("put: %v", err)
		}
	}
	sec := b.Elapsed().Seconds()
	if sec > 0 {
		b.ReportMetric(float64(n)/sec, "docs/s")
		b.ReportMetric(float64(textBytes)/float64(len(pool))*float64(n)/sec/1e6, "MBtext/s")
	}
}

// itoa8 formats n as eight hex digits.
func itoa8(n int) string {
	const hex = "0123456789abcdef"
	var buf [8]byte
	for i := 7; i >= 0; i-- {
		buf[i] = hex[n&15]
		n >>= 4
	}
	return string(buf[:])
}

// BenchmarkSearch measures a two-word search with snippets over 500 realistic documents (see Doc)
// and reports queries per second.
func BenchmarkSearch(b *testing.B, open func(b *testing.B) dossier.Store) {
	s := open(b)
	b.Cleanup(func() {
		if err := s.Close(); err != nil {
			b.Errorf("close: %v", err)
		}
	})
	for start := 0; start < 500; start += 100 {
		batch := make([]*dossier.Analysis, 100)
		for i := range batch {
			batch[i] = Doc(start + i)
		}
		if _, err := s.Put(b.Context(), batch); err != nil {
			b.Fatalf("put: %v", err)
		}
	}
	queries := []string{"convoy Marrowgate", `"Port Halvessa" ceasefire`, "Aldemar -Varnholt", "bridge OR river"}
	n := 0
	for b.Loop() {
		q := queries[n%len(queries)]
		n++
		hits, err := s.Search(b.Context(), q, 10)
		if err != nil {
			b.Fatalf("search %q: %v", q, err)
		}
		if len(hits) == 0 {
			b.Fatalf("search %q: no hits", q)
		}
	}
	if sec := b.Elapsed().Seconds(); sec > 0 {
		b.ReportMetric(float64(n)/sec, "queries/s")
	}
}

// BenchmarkAnalyses measures reading back 500 realistic documents (see Doc) with Analyses and
// reports documents read per second.
func BenchmarkAnalyses(b *testing.B, open func(b *testing.B) dossier.Store) {
	s := open(b)
	b.Cleanup(func() {
		if err := s.Close(); err != nil {
			b.Errorf("close: %v", err)
		}
	})
	const total = 500
	for start := 0; start < total; start += 100 {
		batch := make([]*dossier.Analysis, 100)
		for i := range batch {
			batch[i] = Doc(start + i)
		}
		if _, err := s.Put(b.Context(), batch); err != nil {
			b.Fatalf("put: %v", err)
		}
	}
	n := 0
	for b.Loop() {
		if err := s.Analyses(b.Context(), func(*dossier.Analysis) error { n++; return nil }); err != nil {
			b.Fatalf("analyses: %v", err)
		}
	}
	if n%total != 0 {
		b.Fatalf("read %d documents, not a multiple of %d", n, total)
	}
	if sec := b.Elapsed().Seconds(); sec > 0 {
		b.ReportMetric(float64(n)/sec, "docs/s")
	}
}
