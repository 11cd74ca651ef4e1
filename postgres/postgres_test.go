package postgres

import (
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/pgtest"
	"github.com/dossier-project/dossier/storetest"
)

func TestStore(t *testing.T) {
	pgtest.BaseURL(t)
	storetest.Test(t, func(t *testing.T) dossier.Store {
		s, err := Open(t.Context(), pgtest.Schema(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func BenchmarkPut(b *testing.B) {
	pgtest.BaseURL(b)
	storetest.BenchmarkPut(b, func(b *testing.B) dossier.Store {
		s, err := Open(b.Context(), pgtest.Schema(b))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

func BenchmarkSearch(b *testing.B) {
	pgtest.BaseURL(b)
	storetest.BenchmarkSearch(b, func(b *testing.B) dossier.Store {
		s, err := Open(b.Context(), pgtest.Schema(b))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

func BenchmarkAnalyses(b *testing.B) {
	pgtest.BaseURL(b)
	storetest.BenchmarkAnalyses(b, func(b *testing.B) dossier.Store {
		s, err := Open(b.Context(), pgtest.Schema(b))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

func BenchmarkPutCross(b *testing.B) {
	pgtest.BaseURL(b)
	storetest.BenchmarkPutCross(b, func(b *testing.B) dossier.Store {
		s, err := Open(b.Context(), pgtest.Schema(b))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

func BenchmarkCorpus(b *testing.B) {
	pgtest.BaseURL(b)
	storetest.BenchmarkCorpus(b, func(b *testing.B) dossier.Store {
		s, err := Open(b.Context(), pgtest.Schema(b))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}
