package main

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier/pipeline"
)

func TestNotEnglishLine(t *testing.T) {
	tests := []struct {
		in   pipeline.Languages
		want string
	}{
		{pipeline.Languages{"de": 1}, "not analysed in English: 1 document (de 1), stored"},
		{pipeline.Languages{"de": 9, "bn": 2}, "not analysed in English: 11 documents (de 9, bn 2), stored"},
	}
	for _, tt := range tests {
		got := notEnglishLine(tt.in)
		if !strings.HasPrefix(got, tt.want) || !strings.Contains(got, "read English only") {
			t.Errorf("notEnglishLine(%v) = %q, want it to start %q and say why", tt.in, got, tt.want)
		}
	}
}
