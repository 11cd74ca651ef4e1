package resolve

import (
	"io"

	"github.com/dossier-project/dossier/pins"
)

// Pins are a user's decisions that override the matcher (see package pins).
type Pins = pins.Pins

// LoadPins reads a pins file (see pins.Load).
func LoadPins(path string) (*Pins, error) { return pins.Load(path) }

// ParsePins reads pins in the format of LoadPins.
func ParsePins(r io.Reader) (*Pins, error) { return pins.Parse(r) }

// pinName is the form names are compared in for pins.
func pinName(s string) string { return pins.Name(s) }
