// Package pgtest gives tests a PostgreSQL schema of their own on the server named by
// DOSSIER_TEST_POSTGRES, so runs never see one another's tables. Without the variable a test is
// skipped with a message, except with CI=true, where a missing server fails it.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// BaseURL returns the test server's URL, or skips (fails in CI) when none is set.
func BaseURL(tb testing.TB) string {
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

// Schema creates a schema for one test, dropped when the test ends, and returns a URL whose
// connections work in it.
func Schema(tb testing.TB) string {
	tb.Helper()
	u, drop, err := NewSchema(BaseURL(tb))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := drop(); err != nil {
			tb.Errorf("%v", err)
		}
	})
	return u
}

// NewSchema creates a schema on the server at base and returns a URL that uses it and a function
// that drops it, for callers that manage their own clean-up.
func NewSchema(base string) (string, func() error, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		return "", nil, fmt.Errorf("connect to test server: %w", err)
	}
	defer conn.Close(ctx)
	var b [6]byte
	rand.Read(b[:])
	schema := "dossier_test_" + hex.EncodeToString(b[:])
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		return "", nil, fmt.Errorf("create schema: %w", err)
	}
	drop := func() error {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		c, err := pgx.Connect(ctx, base)
		if err != nil {
			return fmt.Errorf("drop schema %s: %w", schema, err)
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			return fmt.Errorf("drop schema %s: %w", schema, err)
		}
		return nil
	}
	u, err := url.Parse(base)
	if err != nil {
		drop()
		return "", nil, fmt.Errorf("DOSSIER_TEST_POSTGRES: %w", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String(), drop, nil
}
