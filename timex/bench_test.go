package timex

import "testing"

// BenchmarkTagTimeBank tags the TimeBank documents; it reports documents per second.
func BenchmarkTagTimeBank(b *testing.B) {
	docs := readTimeBank(b)
	tg := New()
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			tg.Tag(d.Text, ParseRef(d.Published))
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}
