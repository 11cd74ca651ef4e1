package testshared

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDirFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "eval"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DOSSIER_SHARED", dir)
	if got := Dir(t); got != dir {
		t.Errorf("Dir = %q, want %q", got, dir)
	}
	if got := Path(t, "eval"); got != filepath.Join(dir, "eval") {
		t.Errorf("Path = %q", got)
	}
}
