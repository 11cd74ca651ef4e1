package timex

import (
	"regexp/syntax"
	"unicode"
)

// starts is what a match of a pattern can begin with: the bytes its first character can start
// with and, after each ASCII first character, the bytes the next character can start with, and
// after two ASCII characters the bytes the third can start with. Most places in a text start a
// word that some pattern begins with, but the first bytes rule out most of them before the
// pattern is run (a rule of months tries "Mar" but not "Mr" or "Man").
type starts struct {
	first [256]bool
	next  [128]byteSet        // next[c]: the bytes that can follow the first character c
	third map[uint16]*byteSet // by the first two characters c<<8|d: the bytes that can follow; none, any
}

// byteSet is a set of bytes, a bit each.
type byteSet [4]uint64

func (s *byteSet) has(b byte) bool { return s[b>>6]&(1<<(b&63)) != 0 }

func (s *byteSet) add(set *[256]bool) {
	for b, ok := range set {
		if ok {
			s[b>>6] |= 1 << (b & 63)
		}
	}
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
	d := text[pos+1]
	if !s.next[c].has(d) {
		return false
	}
	if d >= 0x80 || pos+2 >= end {
		return true
	}
	third, ok := s.third[uint16(c)<<8|uint16(d)]
	return !ok || third.has(text[pos+2])
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
	s := &starts{first: leadBytes(prog, []uint32{uint32(prog.Start)}), third: map[uint16]*byteSet{}}
	start := []uint32{uint32(prog.Start)}
	for c := range rune(0x80) {
		if !s.first[c] {
			continue
		}
		outs, ended := after(prog, start, c)
		if ended {
			s.next[c] = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
			continue
		}
		lead := leadBytes(prog, outs)
		s.next[c].add(&lead)
		for d := range rune(0x80) {
			if !lead[d] {
				continue
			}
			outs2, ended := after(prog, outs, d)
			if ended {
				continue
			}
			set := leadBytes(prog, outs2)
			s.third[uint16(c)<<8|uint16(d)] = new(byteSet)
			s.third[uint16(c)<<8|uint16(d)].add(&set)
		}
	}
	return s, nil
}

// after returns the instructions of prog that follow reading the ASCII character c from those at
// pcs, and whether a match could end at pcs before c, when whatever follows may come.
func after(prog *syntax.Prog, pcs []uint32, c rune) (outs []uint32, ended bool) {
	closure(prog, pcs, func(_ uint32, in *syntax.Inst) {
		switch {
		case in.Op == syntax.InstMatch:
			ended = true
		case in.Op != syntax.InstFail && readsRune(in, c):
			outs = append(outs, in.Out)
		}
	})
	return outs, ended
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
