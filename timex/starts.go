package timex

import (
	"regexp/syntax"
	"unicode"
)

// starts is what a match of a pattern can begin with: the bytes its first character can start
// with and, after each ASCII first character, the bytes the next character can start with. Most
// places in a text start a word that some pattern begins with, but the first two bytes rule out
// most of them before the pattern is run (a rule of months tries "Ma" but not "Mr").
type starts struct {
	first [256]bool
	next  [128][4]uint64 // next[c] has bit b set when byte b can follow the first character c
}

// may reports whether a match can begin at text[pos], in a window that ends at end.
func (s *starts) may(text string, pos, end int) bool {
	c := text[pos]
	if !s.first[c] {
		return false
	}
	if c >= 0x80 || pos+1 >= end {
		return true
	}
	b := text[pos+1]
	return s.next[c][b>>6]&(1<<(b&63)) != 0
}

// startsOf returns what a match of the pattern src can begin with. It errs on the side of
// trying: a character class that reaches beyond ASCII allows every byte beyond ASCII, a pattern
// that can match the empty string or any character allows every byte, and a zero-width assertion
// is taken as passed.
func startsOf(src string) (*starts, error) {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil, err
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, err
	}
	s := &starts{first: leadBytes(prog, []uint32{uint32(prog.Start)})}
	firsts, empty := firstRunes(prog)
	var outs []uint32
	for c := range rune(0x80) {
		if !s.first[c] {
			continue
		}
		if empty {
			s.next[c] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
			continue
		}
		outs = outs[:0]
		for _, pc := range firsts {
			if in := &prog.Inst[pc]; readsRune(in, c) {
				outs = append(outs, in.Out)
			}
		}
		for b, ok := range leadBytes(prog, outs) {
			if ok {
				s.next[c][b>>6] |= 1 << (b & 63)
			}
		}
	}
	return s, nil
}

// readsRune reports whether the instruction in, one that reads a character, reads c.
func readsRune(in *syntax.Inst, c rune) bool {
	switch in.Op {
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return c != '\n'
	}
	return in.MatchRune(c)
}

// firstRunes returns the instructions of prog that can read a match's first character, and
// whether a match can end before reading one.
func firstRunes(prog *syntax.Prog) (pcs []uint32, empty bool) {
	closure(prog, []uint32{uint32(prog.Start)}, func(pc uint32, in *syntax.Inst) {
		if in.Op == syntax.InstMatch {
			empty = true
		} else if in.Op != syntax.InstFail {
			pcs = append(pcs, pc)
		}
	})
	return pcs, empty
}

// closure calls f with every instruction of prog that reads a character or ends a match, among
// those reached from pcs without reading one; a zero-width assertion is taken as passed.
func closure(prog *syntax.Prog, pcs []uint32, f func(pc uint32, in *syntax.Inst)) {
	seen := make([]bool, len(prog.Inst))
	var walk func(pc uint32)
	walk = func(pc uint32) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		switch in := &prog.Inst[pc]; in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(in.Out)
			walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			walk(in.Out)
		default:
			f(pc, in)
		}
	}
	for _, pc := range pcs {
		walk(pc)
	}
}

// leadBytes returns the bytes the next character read from the instructions at pcs can begin
// with (every byte when a match can end there or any character can come).
func leadBytes(prog *syntax.Prog, pcs []uint32) [256]bool {
	var set [256]bool
	var mark func(r rune, fold bool)
	mark = func(r rune, fold bool) {
		if r >= 0x80 {
			for i := 0x80; i < 256; i++ {
				set[i] = true
			}
			return
		}
		set[r] = true
		if fold {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				mark(f, false)
			}
		}
	}
	closure(prog, pcs, func(_ uint32, in *syntax.Inst) {
		switch in.Op {
		case syntax.InstRune1:
			mark(in.Rune[0], false)
		case syntax.InstRune:
			fold := syntax.Flags(in.Arg)&syntax.FoldCase != 0
			if len(in.Rune) == 1 {
				mark(in.Rune[0], fold)
				return
			}
			for i := 0; i+1 < len(in.Rune); i += 2 {
				lo, hi := in.Rune[i], in.Rune[i+1]
				for c := lo; c <= hi && c < 0x80; c++ {
					mark(c, fold)
				}
				if hi >= 0x80 {
					mark(0x80, false)
				}
			}
		default: // InstMatch, InstRuneAny, InstRuneAnyNotNL, InstFail
			for i := range set {
				set[i] = true
			}
		}
	})
	return set
}
