package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// writeFileAtomic writes a file through a temporary one next to it, renamed over path once whole,
// so a failure never leaves half a file. The temporary file is removed when writing fails or is
// interrupted; one left by a process killed outright is removed by the next write to the same
// path, once that process is gone.
func writeFileAtomic(path string, write func(io.Writer) error) (err error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		// Renaming over a folder fails only at the end, and with a temporary file's name.
		return fmt.Errorf("write %s: a folder, not a file: name the file to write", path)
	}
	dir, base := filepath.Dir(path), filepath.Base(path)
	removeStale(dir, base)
	tmp, err := os.CreateTemp(dir, tempPrefix(base)+strconv.Itoa(os.Getpid())+"-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, folderError(dir, err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// Reports and exports are for reading and sharing: readable by all, as files made by
	// redirection are, not private as temporary files are.
	if err = tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// folderError names the folder, not the temporary file, when no temporary file could be made in
// dir: a user asked for a file in a folder that does not exist or cannot be written, and the
// temporary file's name would only puzzle them.
func folderError(dir string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: "folder", Path: dir, Err: pe.Err}
	}
	return err
}

// tempPrefix starts the names of the temporary files of writes to a file named base; the writing
// process's id follows it.
func tempPrefix(base string) string { return "." + base + ".tmp-" }

// removeStale removes the temporary files that writes to base in dir left behind when their
// process was killed: those whose process no longer runs.
func removeStale(dir, base string) {
	prefix := tempPrefix(base)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		pid, _, ok := strings.Cut(rest, "-")
		n, err := strconv.Atoi(pid)
		if !ok || err != nil || n == os.Getpid() || running(n) {
			continue
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}
