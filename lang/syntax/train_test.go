package syntax

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"testing"

	"github.com/dossier-project/dossier"
)

// trainDigest is the SHA-256 of the model TestTrainReproducible trains. Training is meant to
// change only on purpose: a change of it that is wanted records the new digest here.
const trainDigest = "935f4bf5b1ead6a28900ca5e465e7604cfb7e5e5416ac31e691a368ea75d8167"

// TestTrainReproducible trains a small model (the first 300 training sentences, 150 of dev) twice
// with one seed: both runs must write the same bytes, the recorded ones, and the parser must attach
// most dev words right even from so little text.
func TestTrainReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two models: skipped with -short")
	}
	tb := treebanks(t)
	cfg := TrainConfig{TagIters: 2, ParseIters: 2, Folds: 2, Seed: 7, MinWeight: 1}
	train := func() (*Model, string) {
		m, err := Train(tb.Train[:300], tb.Dev[:150], cfg)
		if err != nil {
			t.Fatalf("train: %v", err)
		}
		var buf bytes.Buffer
		if err := m.Write(&buf); err != nil {
			t.Fatalf("write: %v", err)
		}
		return m, fmt.Sprintf("%x", sha256.Sum256(buf.Bytes()))
	}
	m, first := train()
	_, second := train()
	if first != second {
		t.Fatalf("two runs with one seed differ: %s, %s", first, second)
	}
	if first != trainDigest {
		t.Errorf("trained model digest %s, recorded %s", first, trainDigest)
	}
	held := tb.Dev[150:300]
	var tagged [][]dossier.Token
	for i := range held {
		toks := goldTokens(&held[i])
		m.Tagger.Tag(toks)
		tagged = append(tagged, toks)
	}
	uas, _ := parseAccuracy(m.Parser, held, tagged)
	if uas < 0.5 {
		t.Errorf("dev UAS %.3f after training on 300 sentences, want at least 0.5", uas)
	}
}
