package flow_test

import (
	"go/token"
	"slices"
	"strings"
	"testing"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/shuffle/flow"
	"github.com/tfjslint/tfjslint/jsast"
)

// query parses src and returns the Flow and the argument of its one use(…) call.
func query(t *testing.T, src string) (*flow.Flow, *jsast.File, *ast.Identifier) {
	t.Helper()
	f := jsast.Parse(token.NewFileSet(), "t.mjs", []byte(src))
	if len(f.Errors) > 0 {
		t.Fatalf("%q: %v", src, f.Errors[0])
	}
	var arg *ast.Identifier
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		c := n.(*ast.CallExpression)
		if id, ok := c.Callee.(*ast.Identifier); ok && id.Name == "use" {
			arg = c.ArgumentList[0].(*ast.Identifier)
		}
	})
	if arg == nil {
		t.Fatalf("%q has no use(x)", src)
	}
	return flow.New(f, f.Info()), f, arg
}

func texts(f *jsast.File, es []ast.Expression) string {
	var out []string
	for _, e := range es {
		out = append(out, f.Text(e))
	}
	return strings.Join(out, ", ")
}

func TestValues(t *testing.T) {
	tests := []struct {
		src   string
		want  string // "" with ok false
		exact bool
	}{
		{"const x = a; use(x);", "a", true},
		{"let x = a; x = b; use(x);", "b", true},
		{"let x = a; x = b; g(); use(x); function g() { x = c; }", "a, b, c", false},
		{"let x = a; x = b; use(x); h(() => { x = c; });", "a, b, c", false},
		{"let x = a; x = x.f(); x = x.g(); use(x);", "x.g()", true},
		{"let x = a; if (c) x = b; use(x);", "a, b", false},
		{"let x = a; if (c) { x = b; use(x); }", "b", true},
		{"let x = a; while (c) { use(x); x = b; }", "a, b", false},
		{"let x = a; while (c) { x = b; use(x); }", "b", true},
		{"let x = a; for (;;) { use(x); } x = b;", "a", true},
		{"let x; x = a; function g() { use(x); }", "a", false},
		{"let x; use(x); x = a;", "", false},
		{"let x = a; x += 1; use(x);", "", false},
		{"for (const x of xs) use(x);", "", false},
		{"for (var x of xs) { use(x); } x = a;", "", false},
		{"var x = a; var x = b; use(x);", "", false},
		{"var x = a; var x; x = b; use(x);", "", false}, // redeclared: not followed
		{"let x = a; try { x = b; } catch (e) { use(x); }", "a, b", false},
		{"let x = a; switch (k) { case 1: x = b; case 2: use(x); }", "a, b", false},
		{"let x = a; switch (k) { case 1: x = b; use(x); }", "b", true},
		{"let x = a; const y = (x = b); use(x);", "a, b", false},
		{"import x from 'm'; use(x);", "", false},
		{"use(x);", "", false},
		{"const {x} = o; use(x);", "", false},
	}
	for _, tt := range tests {
		fl, f, id := query(t, tt.src)
		vals, exact, ok := fl.Values(id)
		if got := texts(f, vals); got != tt.want || ok != (tt.want != "") || ok && exact != tt.exact {
			t.Errorf("%s\n  Values = [%s] exact=%v ok=%v, want [%s] exact=%v", tt.src, got, exact, ok, tt.want, tt.exact)
		}
	}
}

func TestArgs(t *testing.T) {
	tests := []struct{ src, want string }{
		{"function f(p) { use(p); } f(a); f(b.c);", "a, b.c"},
		{"const f = (q, p) => use(p); f(1, a);", "a"},
		{"function f(p) { use(p); } f();", ""},
		{"function f(p) { use(p); } f(a); g(f);", ""},
		{"export function f(p) { use(p); } f(a);", ""},
		{"function f(p) { use(p); } export { f }; f(a);", ""},
		{"function f(p) { use(p); } module.exports = { f }; f(a);", ""},
		{"function f(p = 1) { use(p); } f(a);", ""},
		{"function f(p) { p = 2; use(p); } f(a);", ""},
		{"function f(p) { use(p); } f(...xs);", ""},
		{"function f(p) { use(p); }", ""},
	}
	for _, tt := range tests {
		fl, f, id := query(t, tt.src)
		args, ok := fl.Args(id)
		if got := texts(f, args); got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s\n  Args = [%s] %v, want [%s]", tt.src, got, ok, tt.want)
		}
	}
}

func TestMemberValuesAndCallee(t *testing.T) {
	src := `class A {
  ds = null;
  constructor() { this.ds = make(); }
  reset() { this.ds = other(); }
  get() { return this.ds; }
  helper() { return 1; }
  run() { const h = () => this.helper(); use(x); return h; }
}
function B() { this.ds = nope(); }
class C { bump() { this.n++; } read() { return this.n; } constructor() { this.n = 0; } }
const x = 1;`
	f := jsast.Parse(token.NewFileSet(), "t.mjs", []byte(src))
	fl := flow.New(f, f.Info())
	got := map[string][]string{}
	f.Inspector().Preorder(nil, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.ReturnStatement:
			if d, ok := n.Argument.(*ast.DotExpression); ok {
				vals, ok := fl.MemberValues(d)
				got[f.Text(d)] = append(got[f.Text(d)], texts(f, vals)+map[bool]string{true: "", false: " !ok"}[ok])
			}
		case *ast.CallExpression:
			if d, ok := n.Callee.(*ast.DotExpression); ok && d.Identifier.Name == "helper" {
				fn := fl.Callee(n)
				rets, complete := flow.Returns(fn)
				if texts(f, rets) != "1" || !complete {
					t.Errorf("Callee(this.helper()) returns [%s] complete=%v", texts(f, rets), complete)
				}
			}
		}
	})
	want := map[string][]string{"this.ds": {"null, make(), other()"}, "this.n": {" !ok"}}
	for k, v := range want {
		if !slices.Equal(got[k], v) {
			t.Errorf("MemberValues(%s) = %q, want %q", k, got[k], v)
		}
	}
}

func TestReturns(t *testing.T) {
	tests := []struct {
		src      string
		want     string
		complete bool
	}{
		{"const f = () => a;", "a", true},
		{"function f() { if (c) return a; return b; }", "a, b", true},
		{"function f() { if (c) return a; }", "a", false},
		{"function f() { const g = () => { return z; }; return b; }", "b", true},
		{"function f() { if (c) return; return b; }", "b", false},
	}
	for _, tt := range tests {
		f := jsast.Parse(token.NewFileSet(), "t.mjs", []byte(tt.src))
		var fn flow.Function
		f.Inspector().Preorder(nil, func(n ast.Node) {
			if fn != nil {
				return
			}
			switch n := n.(type) {
			case *ast.FunctionLiteral:
				fn = n
			case *ast.ArrowFunctionLiteral:
				fn = n
			}
		})
		rets, complete := flow.Returns(fn)
		if got := texts(f, rets); got != tt.want || complete != tt.complete {
			t.Errorf("%s: Returns = [%s] %v, want [%s] %v", tt.src, got, complete, tt.want, tt.complete)
		}
	}
}

func TestValuesOf(t *testing.T) {
	tests := []struct{ src, want string }{
		{"let x = a; if (c) x = b; use(x);", "a, b"},
		{"function f(p) { use(p); } f(a); f(b);", "a, b"},
		{"import x from 'm'; use(x);", ""},
	}
	for _, tt := range tests {
		fl, f, id := query(t, tt.src)
		vals, ok := fl.ValuesOf(id)
		if got := texts(f, vals); got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s\n  ValuesOf = [%s] %v, want [%s]", tt.src, got, ok, tt.want)
		}
	}
}

func TestTrail(t *testing.T) {
	f := jsast.Parse(token.NewFileSet(), "t.mjs", []byte("a; b; c;"))
	var ns []ast.Node
	f.Inspector().Preorder([]ast.Node{(*ast.Identifier)(nil)}, func(n ast.Node) { ns = append(ns, n) })
	tr := flow.Trail{Max: 2}
	if !tr.Enter(ns[0]) || tr.Enter(ns[0]) || !tr.Inside(ns[0]) {
		t.Fatal("a node can be entered once")
	}
	if !tr.Enter(ns[1]) || tr.Enter(ns[2]) || tr.Inside(ns[2]) {
		t.Fatal("Max bounds the depth")
	}
	tr.Leave(ns[1])
	if !tr.Enter(ns[2]) || tr.Inside(ns[1]) {
		t.Fatal("Leave steps back out")
	}
}

func TestStaticCalleeAndLocalCalls(t *testing.T) {
	src := `export class Factory {
  static make() { return a; }
  make() { return b; }
}
export function build() { return c; }
const x = Factory.make();
const y = build();
use(build);
let Other = Factory;
Other.make();
`
	f := jsast.Parse(token.NewFileSet(), "t.mjs", []byte(src))
	fl := flow.New(f, f.Info())
	var calls []*ast.CallExpression
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) { calls = append(calls, n.(*ast.CallExpression)) })
	// Factory.make() is the static method, not the instance one.
	fn := fl.Callee(calls[0])
	if rets, _ := flow.Returns(fn); texts(f, rets) != "a" {
		t.Errorf("Callee(Factory.make()) returns [%s], want [a]", texts(f, rets))
	}
	// Other is a reassignable variable, not the class declaration.
	if fn := fl.Callee(calls[3]); fn != nil {
		t.Errorf("Callee(Other.make()) = %s, want nil", f.Text(fn))
	}
	// build is exported and used as a value: no complete caller list, but its local calls are known.
	build := fl.Callee(calls[1])
	if got := fl.LocalCalls(build); len(got) != 1 || got[0] != calls[1] {
		t.Errorf("LocalCalls(build) = %d calls, want the one direct call", len(got))
	}
}
