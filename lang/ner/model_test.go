package ner

import (
	"bytes"
	"fmt"
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

// TestLimitFeatures checks that a bounded model keeps the features that weigh most in either
// reading, and drops the others from both.
func TestLimitFeatures(t *testing.T) {
	row := func(x float32) *[nTags]float32 { return &[nTags]float32{0, -x, 0, 0, 0, 0, 0} }
	m := &Model{weights: map[uint64]*[nTags]float32{1: row(5), 2: row(0.1), 3: row(2)}}
	m.doc = &Model{weights: map[uint64]*[nTags]float32{2: row(3), 4: row(0.2), 5: row(1)}}
	m.limitFeatures(3)
	var got []uint64
	for _, mm := range []*Model{m, m.doc} {
		got = append(got, sortedKeys(mm.weights)...)
	}
	if want := []uint64{1, 2, 3, 2}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("kept %v, want %v", got, want)
	}
}
