package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/storetest"
	"github.com/jackc/pgx/v5"
)

// testURL returns the server tests use, from DOSSIER_TEST_POSTGRES. Without it the test is skipped,
// except in CI, where a missing server is a failure.
func testURL(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv("DOSSIER_TEST_POSTGRES")
	if u == "" {
		msg := "DOSSIER_TEST_POSTGRES is not set (e.g. postgres://postgres@127.0.0.1:5432/test?sslmode=disable)"
		if os.Getenv("CI") == "true" {
			tb.Fatal(msg + ": PostgreSQL tests are required in CI")
		}
		tb.Skip(msg + ": skipping PostgreSQL tests")
	}
	return u
}

// newSchema creates a schema of its own for one test, dropped when the test ends, and returns a URL
// whose connections work in it.
func newSchema(tb testing.TB) string {
	tb.Helper()
	base := testURL(tb)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("connect to test server: %v", err)
	}
	tb.Cleanup(func() { conn.Close(context.Background()) })
	var b [6]byte
	rand.Read(b[:])
	schema := "dossier_test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		tb.Fatalf("create schema: %v", err)
	}
	tb.Cleanup(func() {
		if _, err := conn.Exec(context.Background(), `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			tb.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("DOSSIER_TEST_POSTGRES: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestStore(t *testing.T) {
	testURL(t)
	storetest.Test(t, func(t *testing.T) dossier.Store {
		s, err := Open(t.Context(), newSchema(t))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func BenchmarkPut(b *testing.B) {
	testURL(b)
	storetest.BenchmarkPut(b, func(b *testing.B) dossier.Store {
		s, err := Open(b.Context(), newSchema(b))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

func BenchmarkSearch(b *testing.B) {
	testURL(b)
	storetest.BenchmarkSearch(b, func(b *testing.B) dossier.Store {
		s, err := Open(b.Context(), newSchema(b))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}

func BenchmarkAnalyses(b *testing.B) {
	testURL(b)
	storetest.BenchmarkAnalyses(b, func(b *testing.B) dossier.Store {
		s, err := Open(b.Context(), newSchema(b))
		if err != nil {
			b.Fatal(err)
		}
		return s
	})
}
