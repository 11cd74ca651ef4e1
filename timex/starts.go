package timex

import (
	"encoding/binary"
	"fmt"
	"regexp/syntax"
	"slices"
	"unicode"
)

// starts is what a match of a pattern can begin with: the bytes its first character can start
// with, and a small automaton over ASCII that follows the pattern through the next bytes until
// no match can go on, one can end, or a byte beyond ASCII comes. Most places in a text start a
// word that some pattern begins with, but the first bytes rule out most of them before the
// pattern is run (a rule of months tries "Mar" but not "Mr" or "Man", and "Marc" but not "Mart").
type starts struct {
	first  [256]bool
	states []startState // states[0] is where a match begins
}

// startState maps each ASCII byte to the next state, or to stateDead or stateMaybe.
type startState [128]int16

// Outcomes of a byte in a startState beside a next state: no match can read it, or the
// automaton stops following and a match may come.
const (
	stateDead  = -1
	stateMaybe = -2
)

// maxStartStates bounds the states of one pattern's automaton; past it the automaton answers
// "maybe".
const maxStartStates = 256

// may reports whether a match can begin at text[pos], in a window that ends at end.
func (s *starts) may(text string, pos, end int) bool {
	if !s.first[text[pos]] {
		return false
	}
	end = min(end, pos+maxSpan)
	st := 0
	for i := pos; i < end; i++ {
		c := text[i]
		if c >= 0x80 {
			return true
		}
		switch next := s.states[st][c]; next {
		case stateDead:
			return false
		case stateMaybe:
			return true
		default:
			st = int(next)
		}
	}
	return true
}

// startsOf returns what a match of the pattern src can begin with. It errs on the side of
// trying: a character class that reaches beyond ASCII allows every byte beyond ASCII, a pattern
// that can match the empty string or any character allows every byte, and a zero-width assertion
// is taken as passed.
func startsOf(src string) (*starts, error) {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return nil, fmt.Errorf("start filter of %q: %w", src, err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, fmt.Errorf("start filter of %q: %w", src, err)
	}
	start := []uint32{uint32(prog.Start)}
	s := &starts{first: leadBytes(prog, start)}
	b := &startBuilder{prog: prog, index: map[string]int16{}, ascii: make([]*[2]uint64, len(prog.Inst))}
	if b.state(start) != 0 {
		// A match can be empty: every place may start one.
		var all startState
		for c := range all {
			all[c] = stateMaybe
		}
		s.states = []startState{all}
		return s, nil
	}
	var outs []uint32
	for i := 0; i < len(b.reads); i++ {
		var st startState
		for c := range byte(0x80) {
			outs = outs[:0]
			for _, pc := range b.reads[i] {
				if set := b.asciiOf(pc); set[c>>6]&(1<<(c&63)) != 0 {
					outs = append(outs, prog.Inst[pc].Out)
				}
			}
			st[c] = b.state(outs)
		}
		s.states = append(s.states, st)
	}
	return s, nil
}

// startBuilder numbers the states of a starts automaton: each is the set of instructions that
// read the next character, keyed by the instructions it was reached at.
type startBuilder struct {
	prog  *syntax.Prog
	index map[string]int16
	reads [][]uint32   // by state: the instructions that read its next character
	ascii []*[2]uint64 // by instruction, once asked: the ASCII characters it reads
}

// asciiOf returns the set of ASCII characters the instruction at pc reads, a bit each.
func (b *startBuilder) asciiOf(pc uint32) *[2]uint64 {
	if set := b.ascii[pc]; set != nil {
		return set
	}
	in := &b.prog.Inst[pc]
	set := new([2]uint64)
	if s, ok := asciiRanges(in); ok {
		*set = s
	} else {
		for c := range rune(0x80) {
			if readsRune(in, c) {
				set[c>>6] |= 1 << (c & 63)
			}
		}
	}
	b.ascii[pc] = set
	return set
}

// asciiRanges returns the ASCII characters a character class instruction reads, from its ranges,
// when all of them lie within ASCII; a class that folds case reads each letter's other case too.
func asciiRanges(in *syntax.Inst) (set [2]uint64, ok bool) {
	if in.Op != syntax.InstRune || len(in.Rune)%2 != 0 {
		return set, false
	}
	fold := syntax.Flags(in.Arg)&syntax.FoldCase != 0
	for i := 0; i < len(in.Rune); i += 2 {
		lo, hi := in.Rune[i], in.Rune[i+1]
		if hi >= 0x80 {
			return set, false
		}
		for c := lo; c <= hi; c++ {
			set[c>>6] |= 1 << (c & 63)
			if !fold {
				continue
			}
			switch {
			case 'a' <= c && c <= 'z':
				set[(c-32)>>6] |= 1 << ((c - 32) & 63)
			case 'A' <= c && c <= 'Z':
				set[(c+32)>>6] |= 1 << ((c + 32) & 63)
			}
		}
	}
	return set, true
}

// state returns the state reached at the instructions pcs: stateDead when there are none,
// stateMaybe when a match can end there or the automaton is full, else its number, adding it
// when new.
func (b *startBuilder) state(pcs []uint32) int16 {
	if len(pcs) == 0 {
		return stateDead
	}
	slices.Sort(pcs)
	pcs = slices.Compact(pcs)
	key := make([]byte, 0, 4*len(pcs))
	for _, pc := range pcs {
		key = binary.LittleEndian.AppendUint32(key, pc)
	}
	if n, ok := b.index[string(key)]; ok {
		return n
	}
	n := int16(stateMaybe)
	var reads []uint32
	ended := false
	closure(b.prog, pcs, func(pc uint32, in *syntax.Inst) {
		switch in.Op {
		case syntax.InstMatch, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			ended = true
		case syntax.InstFail:
		default:
			reads = append(reads, pc)
		}
	})
	if !ended && len(b.reads) < maxStartStates {
		n = int16(len(b.reads))
		b.reads = append(b.reads, reads)
	}
	b.index[string(key)] = n
	return n
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
