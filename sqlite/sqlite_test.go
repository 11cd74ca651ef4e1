package sqlite_test

import (
	"path/filepath"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/sqlite"
	"github.com/dossier-project/dossier/storetest"
)

func TestStore(t *testing.T) {
	storetest.Test(t, func(t *testing.T) dossier.Store {
		s, err := sqlite.Open(t.Context(), filepath.Join(t.TempDir(), "dossier.db"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func BenchmarkPut(b *testing.B) {
	storetest.BenchmarkPut(b, func(b *testing.B) dossier.Store {
		s, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "dossier.db"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

func BenchmarkSearch(b *testing.B) {

	storetest.BenchmarkSearch(b, func(b *testing.B) dossier.Store {
		s, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "dossier.db"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

func BenchmarkAnalyses(b *testing.B) {

	storetest.BenchmarkAnalyses(b, func(b *testing.B) dossier.Store {
		s, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "dossier.db"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

func BenchmarkPutCross(b *testing.B) {
	storetest.BenchmarkPutCross(b, func(b *testing.B) dossier.Store {
		s, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "dossier.db"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

func BenchmarkCorpus(b *testing.B) {
	storetest.BenchmarkCorpus(b, func(b *testing.B) dossier.Store {
		s, err := sqlite.Open(b.Context(), filepath.Join(b.TempDir(), "dossier.db"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}
