package web

import (
	"reflect"
	"testing"

	"github.com/dossier-project/dossier/view"
)

// TestBySource checks that the documents using a spelling are grouped by source, sources in the
// order of their first use, each with its count.
func TestBySource(t *testing.T) {
	a1 := view.DocAnchor{Doc: "a1", Source: "Alpha"}
	a2 := view.DocAnchor{Doc: "a2", Source: "Alpha"}
	b1 := view.DocAnchor{Doc: "b1", Source: "Beta"}
	tests := []struct {
		name string
		sp   view.Spelling
		want []sourceUse
	}{
		{"a source's documents together",
			view.Spelling{Sources: []view.UseCount{{Source: "Alpha", Count: 5}, {Source: "Beta", Count: 1}}, Docs: []view.DocAnchor{a1, b1, a2}},
			[]sourceUse{{"Alpha", 5, []view.DocAnchor{a1, a2}}, {"Beta", 1, []view.DocAnchor{b1}}}},
		{"a document of a source not counted still shown",
			view.Spelling{Sources: []view.UseCount{{Source: "Alpha", Count: 2}}, Docs: []view.DocAnchor{b1, a1}},
			[]sourceUse{{"Alpha", 2, []view.DocAnchor{a1}}, {"Beta", 0, []view.DocAnchor{b1}}}},
		{"nothing", view.Spelling{}, []sourceUse{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := bySource(tc.sp); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}
