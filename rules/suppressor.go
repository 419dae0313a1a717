package rules

import (
	"slices"
	"sort"
)

// unsuppressible rules report problems that make every other finding
// unreliable, so no directive may hide them.
var unsuppressible = []string{"syntax-error"}

// Suppressor answers, for one file, whether its directives silence a
// finding, and remembers which directives did. It is not safe for concurrent
// use; make one per file.
type Suppressor struct {
	directives []Directive // sorted by position
	used       []bool
}

// NewSuppressor takes the directives of one file, in any order.
func NewSuppressor(ds []Directive) *Suppressor {
	sorted := slices.Clone(ds)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].Line != sorted[j].Line {
			return sorted[i].Line < sorted[j].Line
		}
		return sorted[i].Offset < sorted[j].Offset
	})
	return &Suppressor{directives: sorted, used: make([]bool, len(sorted))}
}

// Suppressed reports whether a finding of rule id on the 1-based line is
// silenced, and marks the directive responsible as used. A line directive
// is preferred over an enclosing disable block, as the more specific one.
func (s *Suppressor) Suppressed(id string, line int) bool {
	if slices.Contains(unsuppressible, id) {
		return false
	}
	if i := s.lineDirective(id, line); i >= 0 {
		s.used[i] = true
		return true
	}
	if i := s.blockDirective(id, line); i >= 0 {
		s.used[i] = true
		return true
	}
	return false
}

func (s *Suppressor) lineDirective(id string, line int) int {
	for i, d := range s.directives {
		if d.targetLine() == line && d.appliesTo(id) {
			return i
		}
	}
	return -1
}

// blockDirective returns the disable in force for id on line, or -1. A block
// covers its disable's line through its enable's line inclusive, so a
// disable/enable pair around code on a single line silences that line.
func (s *Suppressor) blockDirective(id string, line int) int {
	active := -1
	for i, d := range s.directives {
		switch {
		case d.Line > line:
			return active
		case !d.appliesTo(id):
		case d.Kind == Disable:
			active = i
		case d.Kind == Enable && d.Line < line:
			active = -1
		}
	}
	return active
}

// targetLine is the line a -line or -next-line directive covers, 0 for blocks.
func (d Directive) targetLine() int {
	switch d.Kind {
	case DisableLine:
		return d.Line
	case DisableNextLine:
		return max(d.EndLine, d.Line) + 1
	}
	return 0
}

// Unused returns the disable directives that silenced nothing, in source
// order. A directive naming several rules is reported once, and only when
// none of its rules was silenced by it. Enable directives are never unused.
func (s *Suppressor) Unused() []Directive {
	var out []Directive
	for i, d := range s.directives {
		if !s.used[i] && d.Kind != Enable {
			out = append(out, d)
		}
	}
	return out
}
