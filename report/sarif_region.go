package report

import (
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/tfjslint/tfjslint/lint"
)

// sarifRegion is the text region of a finding, or nil for findings about a
// whole file (no line), which SARIF expresses by leaving the region out.
// endColumn is "the column following the end", which is exactly our
// exclusive End.Column.
func sarifRegion(r lint.Range) *sarif.Region {
	start, end := r.Start, r.End
	if start.Line < 1 {
		return nil
	}
	region := sarif.NewRegion().WithStartLine(start.Line)
	if start.Column >= 1 {
		region.WithStartColumn(start.Column)
	}
	if end.Line > start.Line || end.Line == start.Line && end.Column >= start.Column {
		region.WithEndLine(end.Line)
		if start.Column >= 1 && end.Column >= 1 {
			region.WithEndColumn(end.Column)
		}
	}
	if start.Offset >= 0 && end.Offset >= start.Offset && end.Line >= start.Line {
		region.WithByteOffset(start.Offset).WithByteLength(end.Offset - start.Offset)
	}
	return region
}

// editRegion is the region a fix replaces; insertions are empty regions
// (endColumn == startColumn, byteLength 0). Line and column are left out if
// an edit lacks them, since the byte offsets alone still say where it goes.
func editRegion(r lint.Range) *sarif.Region {
	region := sarif.NewRegion().
		WithByteOffset(r.Start.Offset).
		WithByteLength(r.End.Offset - r.Start.Offset)
	if r.Start.Line >= 1 && r.Start.Column >= 1 && r.End.Line >= 1 && r.End.Column >= 1 {
		region.WithStartLine(r.Start.Line).
			WithStartColumn(r.Start.Column).
			WithEndLine(r.End.Line).
			WithEndColumn(r.End.Column)
	}
	return region
}
