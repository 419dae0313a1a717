package constant_test

import (
	"go/token"
	"testing"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/jsast"
)

// TestBool folds the expression statements of a small module and compares
// each with the value the comment after it states.
func TestBool(t *testing.T) {
	src := `const yes = true;
const no = !yes;
let later = true;
later = false;
function f(flag = true) {
  flag;
}
yes;
no;
!no;
later;
!!false;
1;
`
	want := []struct {
		value, ok bool
	}{
		{false, false}, // flag: a parameter's default is not a constant
		{true, true},   // yes
		{false, true},  // no
		{true, true},   // !no
		{false, false}, // later: reassigned
		{false, true},  // !!false
		{false, false}, // 1: not a boolean
	}
	f := jsast.Parse(token.NewFileSet(), "bool.mjs", []byte(src))
	if len(f.Errors) > 0 {
		t.Fatal(f.Errors[0])
	}
	var got []ast.Expression
	f.Inspector().Preorder([]ast.Node{(*ast.ExpressionStatement)(nil)}, func(n ast.Node) {
		got = append(got, n.(*ast.ExpressionStatement).Expression)
	})
	// The assignment `later = false` is a statement too; drop it.
	got = got[1:]
	if len(got) != len(want) {
		t.Fatalf("%d expression statements, want %d", len(got), len(want))
	}
	for i, e := range got {
		v, ok := constant.Bool(f.Info(), e)
		if ok != want[i].ok || (ok && v != want[i].value) {
			t.Errorf("%s: Bool = %v, %v; want %v, %v", f.Text(e), v, ok, want[i].value, want[i].ok)
		}
	}
}
