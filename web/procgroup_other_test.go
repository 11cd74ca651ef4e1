//go:build !unix

package web_test

import "os/exec"

// ownGroup leaves cmd as it is where process groups are not available.
func ownGroup(cmd *exec.Cmd) {}
