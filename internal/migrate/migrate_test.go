package migrate

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestSteps(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		want  []int
		err   string
	}{
		{"in order", []string{"002_b.sql", "001_a.sql", "003_c.sql"}, []int{1, 2, 3}, ""},
		{"gap", []string{"001_a.sql", "003_c.sql"}, nil, "003_c.sql: version 3, want 2"},
		{"no number", []string{"001_a.sql", "b.sql"}, nil, "b.sql: name does not start with a version number"},
		{"zero", []string{"000_a.sql"}, nil, "000_a.sql: name does not start with a version number"},
	}
	for _, tc := range tests {
		fsys := fstest.MapFS{}
		for _, f := range tc.files {
			fsys["m/"+f] = &fstest.MapFile{Data: []byte("-- " + f)}
		}
		ss, err := Steps(fsys, "m")
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []int
		for _, s := range ss {
			got = append(got, s.Version)
			if s.SQL != "-- "+s.Name {
				t.Errorf("%s: step %s holds %q", tc.name, s.Name, s.SQL)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: versions %v, want %v", tc.name, got, tc.want)
		}
	}
}

// fakeTx records what Run asks of it; failApply names a step whose SQL fails.
type fakeTx struct {
	current   int
	applied   []int
	failApply string
}

var errApply = errors.New("syntax error")

func (f *fakeTx) Prepare(context.Context) error        { return nil }
func (f *fakeTx) Current(context.Context) (int, error) { return f.current, nil }
func (f *fakeTx) Record(context.Context, Step) error   { return nil }
func (f *fakeTx) Apply(_ context.Context, s Step) error {
	if s.Name == f.failApply {
		return errApply
	}
	f.applied = append(f.applied, s.Version)
	return nil
}

func TestRun(t *testing.T) {
	steps := []Step{{1, "001_a.sql", ""}, {2, "002_b.sql", ""}, {3, "003_c.sql", ""}}
	tests := []struct {
		name          string
		current, upto int
		want          []int
	}{
		{"fresh", 0, -1, []int{1, 2, 3}},
		{"pending only", 1, -1, []int{2, 3}},
		{"up to a version", 0, 2, []int{1, 2}},
		{"up to date", 3, -1, nil},
		{"asked for an older version", 3, 1, nil},
	}
	for _, tc := range tests {
		tx := &fakeTx{current: tc.current}
		if err := Run(t.Context(), tx, steps, tc.upto); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !slices.Equal(tx.applied, tc.want) {
			t.Errorf("%s: applied %v, want %v", tc.name, tx.applied, tc.want)
		}
	}

	tx := &fakeTx{current: 4}
	if err := Run(t.Context(), tx, steps, -1); err == nil || len(tx.applied) != 0 {
		t.Errorf("newer schema: applied %v, error %v; want a refusal", tx.applied, err)
	}
	tx = &fakeTx{failApply: "002_b.sql"}
	if err := Run(t.Context(), tx, steps, -1); !errors.Is(err, errApply) || !strings.Contains(err.Error(), "002_b.sql") || !slices.Equal(tx.applied, []int{1}) {
		t.Errorf("failing step: applied %v, error %v", tx.applied, err)
	}
}
