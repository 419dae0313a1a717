package sim

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOnlySafetyNetReadsTime checks that no code of the simulator but the
// safety net reads the wall clock: every budget that decides what a run
// reports counts work, so the findings cannot depend on the machine's
// speed or load.
func TestOnlySafetyNetReadsTime(t *testing.T) {
	clockReads := map[string]bool{"Now": true, "Since": true, "Until": true, "After": true, "AfterFunc": true,
		"NewTimer": true, "NewTicker": true, "Tick": true, "Sleep": true}
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		timePkg := ""
		for _, imp := range f.Imports {
			if imp.Path.Value == `"time"` {
				timePkg = "time"
				if imp.Name != nil {
					timePkg = imp.Name.Name
				}
			}
		}
		if timePkg == "" {
			return nil
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == timePkg && clockReads[sel.Sel.Name] && path != "safetynet.go" {
				t.Errorf("%s: time.%s reads the wall clock outside the safety net (safetynet.go)", fset.Position(sel.Pos()), sel.Sel.Name)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// fakeClock is a wall clock that only moves when the run does work: each
// tf call takes perOp, as on a machine that much slower.
type fakeClock struct {
	now, deadline time.Duration
	perOp         time.Duration
	fire          func()
}

func (c *fakeClock) AfterFunc(d time.Duration, f func()) func() bool {
	c.deadline, c.fire = c.now+d, f
	return func() bool { c.fire = nil; return true }
}

func (c *fakeClock) op() {
	c.now += c.perOp
	if c.fire != nil && c.now >= c.deadline {
		f := c.fire
		c.fire = nil
		f()
	}
}

// reportText is everything a report says, for comparing two runs.
func reportText(t *testing.T, rep *Report) string {
	t.Helper()
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var s strings.Builder
	if err := rep.WriteText(&s); err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n" + s.String()
}

// TestSlowMachineSameFindings runs every fixture as on this machine and as
// on one where each tf call, loop iteration and function call of the
// script takes a second (a clock that advances with the work): with the safety net far away, the reports are equal in every
// field. With the safety net inside the run, the run ends there and says
// that it was the safety net, not a budget.
func TestSlowMachineSameFindings(t *testing.T) {
	files := fixtures(t)
	// The pages that train from their UI handlers: what driving them
	// measures (handler order, per-event growth) must not depend on speed.
	pages, _ := filepath.Glob(filepath.Join("testdata", "page*", "*.html"))
	files = append(files, pages...)
	more, _ := filepath.Glob(filepath.Join("..", "testdata", "clean", "*.*"))
	for _, f := range more {
		if ext := filepath.Ext(f); ext == ".js" || ext == ".mjs" || ext == ".cjs" || ext == ".html" {
			files = append(files, f)
		}
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			fast := Run(file, Options{Timeout: time.Hour})
			slow := &fakeClock{perOp: time.Second}
			slowRep := Run(file, Options{Timeout: 1 << 62, clock: slow, onOp: slow.op, onWork: slow.op})
			if a, b := reportText(t, fast), reportText(t, slowRep); a != b {
				t.Errorf("the report depends on the machine's speed:\nfast:\n%s\nslow:\n%s", a, b)
			}
			if fast.SafetyNet || slowRep.SafetyNet {
				t.Errorf("the safety net ended a run: %v", *fast.Incomplete)
			}
			if slow.now < 10*time.Second {
				return // too little work to stop it halfway
			}
			cut := &fakeClock{perOp: time.Second}
			cutRep := Run(file, Options{Timeout: slow.now / 2, clock: cut, onOp: cut.op, onWork: cut.op})
			if !cutRep.SafetyNet || cutRep.Incomplete == nil || !strings.Contains(*cutRep.Incomplete, "wall-clock safety net") {
				t.Errorf("a run the safety net ended does not say so: SafetyNet=%v incomplete=%q", cutRep.SafetyNet, deref(cutRep.Incomplete))
			}
		})
	}
}

func deref(s *string) string {
	if s == nil {
		return "<complete>"
	}
	return *s
}
