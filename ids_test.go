package dossier

import (
	"strings"
	"testing"
)

func TestIDs(t *testing.T) {
	tests := []struct {
		name  string
		calls [][]string // prefix, then parts
		want  func(ids []string) bool
	}{
		{"same anchor, same id in another pass", [][]string{{"e", "d1", "0"}}, func(ids []string) bool {
			var other IDs
			return ids[0] == other.New("e", "d1", "0")
		}},
		{"prefix and hash", [][]string{{"s", "d1"}}, func(ids []string) bool {
			return strings.HasPrefix(ids[0], "s") && len(ids[0]) == 1+idHexLen
		}},
		{"other anchors, other ids", [][]string{{"e", "d1", "0"}, {"e", "d1", "1"}, {"e", "d10"}}, func(ids []string) bool {
			return ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2]
		}},
		{"parts are not glued", [][]string{{"e", "d1", "10"}, {"e", "d11", "0"}}, func(ids []string) bool {
			return ids[0] != ids[1]
		}},
		{"a clash gets a suffix", [][]string{{"c", "x"}, {"c", "x"}, {"c", "x"}}, func(ids []string) bool {
			return ids[1] == ids[0]+"-2" && ids[2] == ids[0]+"-3"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s IDs
			var ids []string
			for _, c := range tt.calls {
				ids = append(ids, s.New(c[0], c[1:]...))
			}
			if !tt.want(ids) {
				t.Errorf("ids %q", ids)
			}
		})
	}
}
