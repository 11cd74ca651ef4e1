package ner

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/dossier-project/dossier/internal/testshared"
)

// TestWriteShipped reads the shipped model and writes it again: the same bytes, once both are
// uncompressed, though the model read keeps its weights in its table only.
func TestWriteShipped(t *testing.T) {
	m, err := ReadModel(bytes.NewReader(embeddedModel))
	if err != nil {
		t.Fatal(err)
	}
	if m.weights != nil || m.doc == nil || m.doc.weights != nil {
		t.Fatal("the model read keeps weight maps besides its table, or has no second reading")
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if got, want := testshared.Gunzip(t, buf.Bytes()), testshared.Gunzip(t, embeddedModel); !bytes.Equal(got, want) {
		t.Errorf("the model written again is %d bytes, the shipped one %d, and they differ", len(got), len(want))
	}
}

// TestModelMemory checks that the shipped model, read, stays within a bound in memory.
func TestModelMemory(t *testing.T) {
	m, held := testshared.HeapHeld(func() *Model {
		m, err := ReadModel(bytes.NewReader(embeddedModel))
		if err != nil {
			t.Fatal(err)
		}
		return m
	})
	runtime.KeepAlive(m)
	testshared.AtMost(t, "the name recogniser's model", held, 6<<20)
}
