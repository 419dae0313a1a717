package lint

import (
	"bytes"
	"go/token"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tfjslint/tfjslint/jsast"
)

// TestDialectPositions lints TypeScript, TSX and JSX-in-.js files and
// checks every finding against the original file: its line:column range
// must slice out the expected text, its offsets must agree with the line
// and column, and its fixes must leave code that still parses.
func TestDialectPositions(t *testing.T) {
	type want struct {
		file, rule string
		line       int
		text       string
	}
	wants := []want{
		{"App.tsx", "leaked-temporary", 8, "tf.browser.fromPixels(canvas, 1).resizeBilinear([28, 28])"},
		{"App.tsx", "undisposed-tensor", 8, "tf.browser.fromPixels(canvas, 1).resizeBilinear([28, 28]).expandDims(0)"},
		{"App.tsx", "undisposed-tensor", 9, "model.predict(x)"},
		{"App.tsx", "leaked-temporary", 10, "y.argMax(-1)"},
		// Line 6 has a directive for undisposed-tensor, read from the original.
		{"Legacy.js", "leaked-temporary", 6, "tf.tensor2d([features])"},
		{"Legacy.js", "leaked-temporary", 7, "tf.tensor2d([features])"},
		{"Legacy.js", "undisposed-tensor", 7, "model.predict(tf.tensor2d([features]))"},
		{"train.ts", "sgd-optimizer", 11, "tf.train.sgd(0.1)"},
		{"train.ts", "missing-shuffle", 16, "shuffle: false"},
		{"train.ts", "leaked-temporary", 17, "tf.tensor1d(h.history.loss as number[])"},
		{"train.ts", "undisposed-tensor", 17, "tf.tensor1d(h.history.loss as number[]).max()"},
		{"train.ts", "leaked-temporary", 22, "tf.browser.fromPixels(pixels).toFloat().div(255)"},
		{"train.ts", "undisposed-tensor", 23, "model.predict(input)"},
		{"train.ts", "leaked-temporary", 25, "out.argMax(-1)"},
	}
	dir := filepath.Join("testdata", "dialects")
	d, err := Discover([]string{dir}, DiscoverOptions{Config: noSim})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(d.Files, Options{Config: noSim})
	if err != nil {
		t.Fatal(err)
	}
	var got []want
	for _, f := range res.Findings {
		src := res.Sources[f.File]
		start, end := offsetOf(src, f.Range.Start), offsetOf(src, f.Range.End)
		if start != f.Range.Start.Offset || end != f.Range.End.Offset || start > end {
			t.Errorf("%s:%d:%d: line:col gives [%d,%d), offsets say [%d,%d)", f.File, f.Range.Start.Line, f.Range.Start.Column,
				start, end, f.Range.Start.Offset, f.Range.End.Offset)
			continue
		}
		got = append(got, want{filepath.Base(f.File), f.Rule, f.Range.Start.Line, string(src[start:end])})
	}
	for _, w := range wants {
		if !slices.Contains(got, w) {
			t.Errorf("missing %s:%d [%s] spanning %q", w.file, w.line, w.rule, w.text)
		}
	}
	for _, g := range got {
		if !slices.Contains(wants, g) {
			t.Errorf("unexpected %s:%d [%s] spanning %q", g.file, g.line, g.rule, g.text)
		}
	}
	for _, file := range d.Files {
		fixed, n := ApplyFixes(res.Sources[file], res.FindingsOf(file), WithSuggestions)
		if n == 0 {
			continue
		}
		if f := jsast.Parse(token.NewFileSet(), file, fixed); len(f.Errors) > 0 {
			t.Errorf("%s: fixed code does not parse: %v\n%s", file, f.Errors[0], fixed)
		}
	}
}

// offsetOf turns a 1-based line and byte column into an offset of src.
func offsetOf(src []byte, p Position) int {
	off := 0
	for line := 1; line < p.Line; line++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	return off + p.Column - 1
}
