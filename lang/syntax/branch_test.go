package syntax

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dossier-project/dossier/lang/en"
	"github.com/dossier-project/dossier/segment"
)

// TestBranching reads the sentences of a news text by selectional branching and checks the
// reading against the plain definition: each branch read from its start to its end, without
// meeting the greedy reading or remembering scores. Both must choose the same reading with the
// same score, never below the greedy one, and one branch must read greedily.
func TestBranching(t *testing.T) {
	m := loadModel(t)
	text, err := os.ReadFile(filepath.Join("testdata", "news.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		branches int
		margin   int32
	}{{1, 0}, {2, 300}, {8, 300}, {16, 5000}}
	p := *m.Parser
	branched := 0
	for _, tc := range tests {
		p.SetBranching(tc.branches, tc.margin)
		for _, sp := range segment.New(en.Embedded()).Sentences(string(text)) {
			toks := m.Sentence(string(text), sp).Tokens
			s := parseInput(toks)
			rec := &trail{}
			greedy := p.finish(newConfig(len(toks)), s, rec)
			got, gotScore := p.branching(len(toks), s, &trail{}, nil)
			want, wantScore := p.plainBranching(len(toks), s)
			if gotScore != wantScore || !slices.Equal(got.heads, want.heads) || !slices.Equal(got.labels, want.labels) {
				t.Errorf("%d branches, margin %d, %q: score %d, heads %v; by definition %d, %v",
					tc.branches, tc.margin, text[sp.Start:sp.End], gotScore, got.heads, wantScore, want.heads)
			}
			if gotScore < greedy {
				t.Errorf("%q: branching scores %d below the greedy reading's %d", text[sp.Start:sp.End], gotScore, greedy)
			}
			if tc.branches == 1 && gotScore != greedy {
				t.Errorf("%q: one branch scores %d, the greedy reading %d", text[sp.Start:sp.End], gotScore, greedy)
			}
			if gotScore > greedy {
				branched++
			}
		}
	}
	if branched == 0 {
		t.Error("no sentence was read otherwise than greedily")
	}
}

// plainBranching is selectional branching as defined: every branch read to its end.
func (p *Parser) plainBranching(n int, s *sentence) (*config, int64) {
	rec := &trail{}
	best := newConfig(n)
	bestScore := p.finish(best, s, rec)
	if p.branches <= 1 {
		return best, bestScore
	}
	slices.SortStableFunc(rec.points, func(a, b branchPoint) int { return int(a.gap - b.gap) })
	for _, bp := range rec.points[:min(len(rec.points), p.branches-1)] {
		c := newConfig(n)
		for _, m := range rec.moves[:bp.at] {
			c.apply(m, len(p.labels))
		}
		c.apply(bp.alt, len(p.labels))
		if score := rec.before[bp.at] + int64(bp.score) + p.finish(c, s, nil); score > bestScore {
			best, bestScore = c, score
		}
	}
	return best, bestScore
}
