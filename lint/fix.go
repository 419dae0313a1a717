package lint

import (
	"slices"

	udiff "github.com/aymanbagabas/go-udiff"
)

// FixMode chooses which fixes ApplyFixes takes.
type FixMode int

const (
	SafeOnly        FixMode = iota // what --fix applies
	WithSuggestions                // safe fixes and each finding's first suggestion (--diff)
)

// ApplyFixes applies the fixes of the findings of one file to src. Fixes are
// taken in finding order; one whose edits overlap an already taken edit is
// skipped (a second --fix run picks it up). It returns the new content and
// how many fixes it applied.
func ApplyFixes(src []byte, findings []Finding, mode FixMode) ([]byte, int) {
	edits, applied := FixEdits(findings, mode)
	if applied == 0 {
		return src, 0
	}
	out := make([]byte, 0, len(src))
	last := 0
	for _, e := range edits {
		out = append(out, src[last:e.Range.Start.Offset]...)
		out = append(out, e.NewText...)
		last = e.Range.End.Offset
	}
	return append(out, src[last:]...), applied
}

// FixEdits returns the edits ApplyFixes would make, sorted by offset and
// free of overlaps, and how many fixes they come from: what an editor's
// "fix all" applies.
func FixEdits(findings []Finding, mode FixMode) ([]Edit, int) {
	var edits []Edit
	applied := 0
	for _, f := range findings {
		fix, ok := chooseFix(f, mode)
		if !ok || overlaps(edits, fix.Edits) {
			continue
		}
		edits = append(edits, fix.Edits...)
		applied++
	}
	slices.SortStableFunc(edits, func(a, b Edit) int { return a.Range.Start.Offset - b.Range.Start.Offset })
	return edits, applied
}

func chooseFix(f Finding, mode FixMode) (Fix, bool) {
	for _, fix := range f.Fixes {
		if len(fix.Edits) > 0 && (fix.Safe || mode == WithSuggestions) {
			return fix, true
		}
	}
	return Fix{}, false
}

func overlaps(taken, edits []Edit) bool {
	for _, e := range edits {
		for _, t := range taken {
			if e.Range.Start.Offset < t.Range.End.Offset && t.Range.Start.Offset < e.Range.End.Offset {
				return true
			}
			if e.Range.Start.Offset == t.Range.Start.Offset && e.Range.End.Offset == t.Range.End.Offset {
				return true // two insertions at one point: order would be ambiguous
			}
		}
	}
	return false
}

// FindingsOf returns the findings of one file, in order.
func (r *Result) FindingsOf(file string) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.File == file {
			out = append(out, f)
		}
	}
	return out
}

// Diff returns a unified diff from old to new for path ("" when equal).
func Diff(path string, old, new []byte) string {
	if string(old) == string(new) {
		return ""
	}
	return udiff.Unified("a/"+path, "b/"+path, string(old), string(new))
}
