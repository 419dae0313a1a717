package sim

import (
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/jsast"
)

// at is the text of the file at a 1-based line and byte column, up to the
// end of the line.
func at(t *testing.T, p *Position) string {
	t.Helper()
	if p == nil {
		t.Fatal("no position")
	}
	src, err := os.ReadFile(p.File)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	if p.Line < 1 || p.Line > len(lines) || p.Column < 1 || p.Column > len(lines[p.Line-1])+1 {
		t.Fatalf("%s is outside the file", p)
	}
	return lines[p.Line-1][p.Column-1:]
}

// before is the text of the line before the position.
func before(t *testing.T, p *Position) string {
	t.Helper()
	src, err := os.ReadFile(p.File)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(src), "\n")[p.Line-1][:p.Column-1]
}

// TestTypeScript runs TypeScript programs (a training script importing its
// model from a sibling .ts file by an extensionless specifier) through
// jsast's transform, and requires every position of the report at the
// original file's line and column: the call's opening parenthesis, as for
// JavaScript.
func TestTypeScript(t *testing.T) {
	dir := filepath.Join("testdata", "typescript")
	rep := Run(filepath.Join(dir, "train.ts"), Options{})
	if rep.Incomplete != nil {
		t.Fatalf("incomplete: %s", *rep.Incomplete)
	}
	if len(rep.Steps) != 20 || len(rep.Models) != 1 || rep.Models[0].Params != 1012 {
		t.Fatalf("ran %d steps, %d models (%+v)", len(rep.Steps), len(rep.Models), rep.Models)
	}
	model := filepath.Join(dir, "model.ts")
	want := []struct {
		op, file  string
		line, col int
		text      string
	}{
		{"Tensor.sub", model, 32, 24, "(mean) as tf.Tensor2D;"},
		{"Tensor.div", model, 33, 48, "(std));"},
	}
	if len(rep.Leaks) != len(want) {
		t.Fatalf("leaks: %+v", rep.Leaks)
	}
	for i, w := range want {
		l := rep.Leaks[i]
		p := &Position{File: l.File, Line: l.Line, Column: l.Column}
		if l.Op != w.op || l.File != w.file || l.Line != w.line || l.Column != w.col || l.TensorsPerStep != 1 {
			t.Errorf("leak %d: %s %s %v/step, want %s at %s:%d:%d", i, l.Op, p, l.TensorsPerStep, w.op, w.file, w.line, w.col)
			continue
		}
		if got := at(t, p); got != w.text {
			t.Errorf("leak %d is at %q, want %q", i, got, w.text)
		}
		if name := l.Op[strings.LastIndex(l.Op, ".")+1:]; !strings.HasSuffix(before(t, p), name) {
			t.Errorf("leak %d at %s is not a call of %s: %q", i, p, name, before(t, p))
		}
	}
	// The model and its layers are where the TypeScript makes them.
	if m := rep.Models[0]; m.At == nil || m.At.File != model || !strings.HasSuffix(before(t, m.At), "tf.sequential") {
		t.Errorf("model at %v", m.At)
	}
	if r := rep.Reached; len(r) != 1 || !strings.HasSuffix(before(t, &r[0]), "model.trainOnBatch") {
		t.Errorf("training calls reached: %v", r)
	}

	shape := Run(filepath.Join(dir, "shape.ts"), Options{})
	if len(shape.ShapeErrors) != 1 {
		t.Fatalf("shape.ts: shape errors %+v, incomplete %v", shape.ShapeErrors, shape.Incomplete)
	}
	if p := shape.ShapeErrors[0].At; p == nil || p.Line != 13 || !strings.HasSuffix(before(t, p), "model.fit") {
		t.Errorf("shape error at %v (%q)", p, at(t, p))
	}

	remote := Run(filepath.Join(dir, "remote.ts"), Options{})
	if remote.Incomplete == nil || !strings.HasPrefix(*remote.Incomplete, "fetch(https://example.com/rows.json)") {
		t.Fatalf("remote.ts: %v", remote.Incomplete)
	}
	if p := remote.IncompleteAt; p == nil || p.Line != 8 || !strings.HasSuffix(before(t, p), "await fetch") {
		t.Errorf("remote.ts stopped at %v", p)
	}
}

// TestOracleTypeScript runs the TypeScript training script on real tfjs —
// as the JavaScript jsast's transform makes of it and its import, which is
// what the simulator runs — and requires the same model and the same
// tf.memory() after every step.
func TestOracleTypeScript(t *testing.T) {
	node := needOracle(t)
	dir := filepath.Join("testdata", "typescript")
	tmp := t.TempDir()
	for _, name := range []string{"train", "model"} {
		src, err := os.ReadFile(filepath.Join(dir, name+".ts"))
		if err != nil {
			t.Fatal(err)
		}
		f := jsast.Parse(token.NewFileSet(), name+".ts", src)
		if len(f.Errors) > 0 || !f.Transformed() {
			t.Fatalf("%s.ts: %v", name, f.Errors)
		}
		if err := os.WriteFile(filepath.Join(tmp, name+".js"), f.Code(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := Run(filepath.Join(dir, "train.ts"), Options{})
	want := runOracle(t, node, filepath.Join(tmp, "train.js"), defaultSteps)
	if want.Incomplete != nil {
		t.Fatalf("the fixture fails on real tfjs: %s", *want.Incomplete)
	}
	if diff := compareReports(got, want); diff != "" {
		t.Errorf("simulator and tfjs differ:\n%s", diff)
	}
	t.Logf("%d models, %d steps equal", len(want.Models), len(want.Steps))
}
