package jsast

import (
	"testing"

	"github.com/grafana/sobek/ast"
)

// exprs parses src and returns the expressions of its top-level
// expression statements.
func exprs(t *testing.T, src string) (*File, []ast.Expression) {
	t.Helper()
	f := parseSrc(t, "e.js", src)
	if len(f.Errors) > 0 {
		t.Fatalf("%q: %v", src, f.Errors[0])
	}
	var out []ast.Expression
	for _, st := range f.Scripts[0].Program.Body {
		if es, ok := st.(*ast.ExpressionStatement); ok {
			out = append(out, es.Expression)
		}
	}
	return f, out
}

// functions returns the function and arrow literals of src in source order.
func functions(t *testing.T, src string) (*File, []ast.Node) {
	t.Helper()
	f := parseSrc(t, "f.js", src)
	if len(f.Errors) > 0 {
		t.Fatalf("%q: %v", src, f.Errors[0])
	}
	var out []ast.Node
	f.Inspector().Preorder([]ast.Node{(*ast.FunctionLiteral)(nil), (*ast.ArrowFunctionLiteral)(nil)}, func(n ast.Node) {
		out = append(out, n)
	})
	return f, out
}

func TestFunctionHelpers(t *testing.T) {
	f, fns := functions(t, "function f(a, b) { return a; }\nconst g = async x => x;\nconst h = async function () {};\n")
	if len(fns) != 3 {
		t.Fatalf("got %d functions, want 3", len(fns))
	}
	tests := []struct {
		async  bool
		body   string // the type of the body
		params int
	}{
		{false, "block", 2},
		{true, "expression", 1},
		{true, "block", 0},
	}
	for i, tt := range tests {
		fn := fns[i]
		if !IsFunction(fn) {
			t.Errorf("%s: IsFunction false", f.Text(fn))
		}
		if IsAsync(fn) != tt.async {
			t.Errorf("%s: IsAsync = %v", f.Text(fn), !tt.async)
		}
		body := ""
		switch FunctionBody(fn).(type) {
		case *ast.BlockStatement:
			body = "block"
		case *ast.ExpressionBody:
			body = "expression"
		}
		if body != tt.body {
			t.Errorf("%s: body %q, want %q", f.Text(fn), body, tt.body)
		}
		if p := FunctionParams(fn); p == nil || len(p.List) != tt.params {
			t.Errorf("%s: params %v, want %d", f.Text(fn), p, tt.params)
		}
	}
	_, es := exprs(t, "x;")
	if IsFunction(es[0]) || IsAsync(es[0]) || FunctionBody(es[0]) != nil || FunctionParams(es[0]) != nil {
		t.Errorf("an identifier is no function")
	}
}

func TestUnwrapOptionalAndRootIdent(t *testing.T) {
	f, es := exprs(t, "a?.b();\ncfg.a[0].b;\nx;\nthis.x.y;\nf().z;\n")
	if _, ok := UnwrapOptional(es[0]).(*ast.CallExpression); !ok {
		t.Errorf("UnwrapOptional(a?.b()) = %T", UnwrapOptional(es[0]))
	}
	if UnwrapOptional(es[2]) != es[2] {
		t.Errorf("UnwrapOptional changed a plain identifier")
	}
	want := []string{"", "cfg", "x", "", ""}
	for i, e := range es[1:] {
		got := ""
		if id := RootIdent(e); id != nil {
			got = f.Text(id)
		}
		if got != want[i+1] {
			t.Errorf("RootIdent(%s) = %q, want %q", f.Text(e), got, want[i+1])
		}
	}
}

func TestArgumentHelpers(t *testing.T) {
	_, es := exprs(t, "f(a, b);\nnew C(x);\ny;\n")
	call := es[0].(*ast.CallExpression)
	args := Arguments(call)
	if len(args) != 2 || len(Arguments(es[1])) != 1 || Arguments(es[2]) != nil {
		t.Fatalf("Arguments: %d, %d, %v", len(args), len(Arguments(es[1])), Arguments(es[2]))
	}
	if Arg(args, 1) != args[1] || Arg(args, 2) != nil {
		t.Errorf("Arg: %v, %v", Arg(args, 1), Arg(args, 2))
	}
	if !IsArgument(args, args[1]) || IsArgument(args, call.Callee) || IsArgument(nil, args[0]) {
		t.Errorf("IsArgument")
	}
}

func TestStatementList(t *testing.T) {
	f := parseSrc(t, "s.js", "a; { b; c; } switch (x) { case 1: d; }")
	prog := f.Scripts[0].Program
	if list, ok := StatementList(prog); !ok || len(list) != 3 {
		t.Errorf("program: %d statements, %v", len(list), ok)
	}
	if list, ok := StatementList(prog.Body[1]); !ok || len(list) != 2 {
		t.Errorf("block: %d statements, %v", len(list), ok)
	}
	clause := prog.Body[2].(*ast.SwitchStatement).Body[0]
	if list, ok := StatementList(clause); !ok || len(list) != 1 {
		t.Errorf("case: %d statements, %v", len(list), ok)
	}
	if _, ok := StatementList(prog.Body[0]); ok {
		t.Errorf("an expression statement holds no statement list")
	}
}

func TestClassMethod(t *testing.T) {
	f := parseSrc(t, "c.js", "class C { static m() {} get m() { return 0; } ['m']() {} m() { return 1; } m() { return 2; } n() {} }")
	var cl *ast.ClassLiteral
	f.Inspector().Preorder([]ast.Node{(*ast.ClassLiteral)(nil)}, func(n ast.Node) { cl = n.(*ast.ClassLiteral) })
	if m := ClassMethod(cl, "m"); m == nil || f.Text(m) != "m() { return 1; }" {
		t.Errorf("ClassMethod(m) = %v", m)
	}
	if ClassMethod(cl, "x") != nil {
		t.Errorf("ClassMethod(x) should be nil")
	}
}

func TestShortCall(t *testing.T) {
	f, es := exprs(t, "model.predict(x).data();\nthis.m();\n(a || b).c(1);\na.b.c.d.e.f.g.h.i.j();\n")
	want := []string{"model.predict(…).data()", "this.m()", "….c(…)", "….c.d.e.f.g.h.i.j()"}
	for i, e := range es {
		if got := ShortCall(e); got != want[i] {
			t.Errorf("ShortCall(%s) = %q, want %q", f.Text(e), got, want[i])
		}
	}
}

func TestBindingHelpers(t *testing.T) {
	src := `const a = 1; let b = 2; let c = 3; c = 4; var d;
function f(p, {q}, r = 1, ...s) { return p; }
const g = () => 1;
const h = function named() {};
[() => 2];
`
	f, fns := functions(t, src)
	info := f.Info()
	stable := map[string]bool{"a": true, "b": true, "c": false, "d": true, "f": false, "p": false}
	for name, want := range stable {
		if got := info.ObjectOf(identAt(f, name, 0)).Stable(); got != want {
			t.Errorf("%s: Stable = %v, want %v", name, got, want)
		}
	}
	params := map[string]int{"p": 0, "q": -1, "r": 2, "s": -1, "a": -1}
	for name, want := range params {
		p, i := info.ObjectOf(identAt(f, name, 0)).Param()
		if i != want || (p == nil) != (want < 0) {
			t.Errorf("%s: Param = %v, %d; want index %d", name, p, i, want)
		}
	}
	// f, g's arrow, named, the anonymous arrow.
	want := []*Binding{
		info.ObjectOf(identAt(f, "f", 0)), info.ObjectOf(identAt(f, "g", 0)),
		info.ObjectOf(identAt(f, "named", 0)), nil,
	}
	if len(fns) != len(want) {
		t.Fatalf("got %d functions", len(fns))
	}
	for i, fn := range fns {
		if got := info.FunctionBinding(fn); got != want[i] {
			t.Errorf("FunctionBinding(%s) = %v, want %v", f.Text(fn), got, want[i])
		}
	}
}

func TestGlobalName(t *testing.T) {
	f, es := exprs(t, "setTimeout;\nwindow.setTimeout;\nglobalThis.x;\nself.y;\nother.z;\nlocal;\nwindow.a.b;\nlet local;\n")
	info := f.Info()
	want := []string{"setTimeout", "setTimeout", "x", "y", "", "", ""}
	for i, e := range es {
		if got := info.GlobalName(e); got != want[i] {
			t.Errorf("GlobalName(%s) = %q, want %q", f.Text(e), got, want[i])
		}
	}
	f, _ = exprs(t, "function g(window) { window.alert; }\n")
	var inner ast.Expression
	f.Inspector().Preorder([]ast.Node{(*ast.DotExpression)(nil)}, func(n ast.Node) { inner = n.(*ast.DotExpression) })
	if got := f.Info().GlobalName(inner); got != "" {
		t.Errorf("a parameter named window is no global: %q", got)
	}
}
