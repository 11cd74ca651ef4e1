//go:build !unix

package main

// running reports whether a process with this id may exist: without a way to ask, it may.
func running(int) bool { return true }
