package jsast

import (
	"go/token"
	"strings"
	"testing"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/parser"

	"github.com/tfjslint/tfjslint/internal/corpus"
)

func TestKindOf(t *testing.T) {
	tests := []struct {
		name string
		kind Kind
		ok   bool
	}{
		{"a.js", JS, true}, {"a.MJS", JS, true}, {"a.cjs", JS, true},
		{"a.html", HTML, true}, {"a.htm", HTML, true},
		{"a.ts", TS, true}, {"a.mts", TS, true}, {"a.cts", TS, true}, {"A.TS", TS, true},
		{"a.tsx", TSX, true}, {"a.jsx", JSX, true},
		{"types.d.ts", TS, false}, {"index.d.mts", TS, false}, {"x.D.CTS", TS, false},
		{"a.json", JS, false}, {"a.d", JS, false}, {"Makefile", JS, false},
	}
	for _, tt := range tests {
		if k, ok := KindOf(tt.name); ok != tt.ok || (ok && k != tt.kind) {
			t.Errorf("KindOf(%q) = %v, %v; want %v, %v", tt.name, k, ok, tt.kind, tt.ok)
		}
	}
}

// texts collects the original text of every node of type T, in order.
func texts[T ast.Node](f *File) []string {
	var out []string
	var zero T
	f.Inspector().Preorder([]ast.Node{zero}, func(n ast.Node) { out = append(out, f.Text(n)) })
	return out
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestTransformedPositions parses TypeScript and TSX and checks that node
// positions land on the original text, whatever esbuild reprinted.
func TestTransformedPositions(t *testing.T) {
	src := "import * as tf from '@tensorflow/tfjs';\r\n" +
		"// tfjslint-disable-next-line sync-readback\r\n" +
		"export function f( x: tf.Tensor, n = 1_000 ): tf.Tensor2D {\r\n" +
		"  const label = 'naïve 😀'; const y = tf.tensor([1,2,3]) as tf.Tensor;\r\n" +
		"  return x.add( y )\r\n" +
		"}\r\n" +
		"const el = <div className='a'>hi {n}<br/></div>;\r\n" +
		"const r = /ab+c/g.test('x') /* trailing */\r\n"
	f := parseSrc(t, "a.tsx", src)
	if len(f.Errors) > 0 || !f.Transformed() || f.Kind != TSX {
		t.Fatalf("errors %v, transformed %v", f.Errors, f.Transformed())
	}
	calls := texts[*ast.CallExpression](f)
	for _, want := range []string{"tf.tensor([1,2,3])", "x.add( y )", "<div className='a'>hi {n}<br/></div>", "<br/>", "/ab+c/g.test('x')"} {
		if !has(calls, want) {
			t.Errorf("no call spans %q; calls: %q", want, calls)
		}
	}
	if lits := texts[*ast.NumberLiteral](f); !has(lits, "1_000") {
		t.Errorf("numbers %q, want 1_000 (esbuild prints 1e3)", lits)
	}
	if lits := texts[*ast.StringLiteral](f); !has(lits, "'naïve 😀'") || !has(lits, "'x'") {
		t.Errorf("strings %q", lits)
	}
	// Every identifier copied verbatim spans its name.
	f.Inspector().Preorder([]ast.Node{(*ast.Identifier)(nil)}, func(n ast.Node) {
		if id := n.(*ast.Identifier); f.Exact(id) && f.Text(id) != id.Name.String() {
			t.Errorf("identifier %q spans %q", id.Name, f.Text(id))
		}
	})
	// y is declared after a non-ASCII string on its line (UTF-16 columns).
	y := identAt(f, "y", 0)
	if p := f.Tok.Position(f.Start(y)); p.Line != 4 || p.Column != strings.Index("  const label = 'naïve 😀'; const y", " y")+2 {
		t.Errorf("y at %d:%d", p.Line, p.Column)
	}
	// esbuild renames n (a parameter) to n2, since the JSX uses a global n.
	if id := identAt(f, "n", 0); id == nil || f.Text(id) != "n" {
		t.Errorf("parameter n not restored: %v", id)
	}
	if got := f.Info().ObjectOf(identAt(f, "n", 1)); got != nil {
		t.Errorf("the JSX's n resolves to %v, want a global", got.Name)
	}
	if len(f.Comments) != 2 || f.Comments[0].Text != " tfjslint-disable-next-line sync-readback" || f.Comments[1].Text != " trailing " {
		t.Errorf("comments %+v", f.Comments)
	}
}

// TestExact checks which nodes an edit could safely replace.
func TestExact(t *testing.T) {
	src := "const a: number[] = [1, 2];\nconst b = tf.add(a, 'x');\nfoo(a,b)\n"
	f := parseSrc(t, "e.ts", src)
	if len(f.Errors) > 0 {
		t.Fatal(f.Errors)
	}
	exact := map[string]bool{}
	f.Inspector().Preorder(nil, func(n ast.Node) { exact[f.Text(n)] = f.Exact(n) })
	for text, want := range map[string]bool{
		"[1, 2]":            true,  // printed as written
		"tf.add":            true,  //
		"'x'":               false, // esbuild prints "x"
		"tf.add(a, 'x')":    false,
		"foo(a,b)":          false, // printed foo(a, b)
		"const a: number[]": false,
	} {
		got, ok := exact[text]
		if want && (!ok || !got) || !want && ok && got {
			t.Errorf("Exact(%q) = %v (found %v), want %v", text, got, ok, want)
		}
	}
	pos := func(s string) (token.Pos, token.Pos) {
		i := strings.Index(src, s)
		return f.Tok.Pos(i), f.Tok.Pos(i + len(s))
	}
	for s, want := range map[string]bool{"[1, 2]": true, "tf.add(a": true, "'x'": false, "a: number[]": false, "foo(a,b)": false} {
		if a, b := pos(s); f.ExactRange(a, b) != want {
			t.Errorf("ExactRange(%q) = %v, want %v", s, !want, want)
		}
	}
	if js := parseSrc(t, "e.js", "foo( a )"); !js.Exact(js.Scripts[0].Program) || js.Transformed() {
		t.Errorf("JavaScript is always exact and never transformed")
	}
}

// TestModernSyntax lists what sobek's parser rejects although browsers (or
// TypeScript, for decorators) accept it: jsast parses it through esbuild.
// The second list is modern syntax sobek reads itself, untransformed.
func TestModernSyntax(t *testing.T) {
	rejected := map[string]string{
		"import attributes":      "import d from './d.json' with { type: 'json' };\nconsole.log(d);",
		"import assertions":      "import d from './d.json' assert { type: 'json' };\nconsole.log(d);",
		"dynamic import options": "const m = await import('./d.json', { with: { type: 'json' } });",
		"for await":              "async function f(s) { for await (const x of s) console.log(x); }",
		"using":                  "{ using r = open(); r.read(); }",
		"await using":            "async function f() { await using r = open(); }",
		"decorators":             "@sealed class A { @log m() {} }",
		"auto-accessor":          "class A { accessor x = 1; }",
		"JSX in .js":             "const el = <App model={m} />;",
	}
	for name, src := range rejected {
		if _, err := parser.ParseFile(nil, "", src, 0, parser.IsModule, parser.WithDisableSourceMaps); err == nil {
			t.Errorf("%s: sobek parses it now; move it to the accepted list", name)
		}
		f := parseSrc(t, "m.js", src)
		if len(f.Errors) > 0 || !f.Transformed() {
			t.Errorf("%s: errors %v, transformed %v", name, f.Errors, f.Transformed())
		}
	}
	accepted := map[string]string{
		"import.meta":           "console.log(import.meta.url);",
		"static block":          "class A { static { this.x = 1; } }",
		"private members":       "class A { #x = 1; #m() {} static s(o) { return #x in o; } }",
		"logical assignment":    "let a; a ??= 1; a ||= 2; a &&= 3;",
		"top-level await":       "const r = await fetch('x');",
		"regexp v, d, s flags":  "const r = [/[\\p{L}--[a-z]]/v, /a/d, /a.b/s, /(?<=a)(?<y>b)/];",
		"numeric separators":    "const n = 1_000_000;",
		"bigint, optional call": "const n = 10n; a?.b?.(c)?.[d];",
		"async generators":      "async function* g() { yield 1; }",
		"hashbang":              "#!/usr/bin/env node\nconsole.log(1);",
		"string export names":   "const a = 1; export { a as 'b c' };",
	}
	for name, src := range accepted {
		f := parseSrc(t, "m.js", src)
		if len(f.Errors) > 0 || f.Transformed() {
			t.Errorf("%s: errors %v, transformed %v", name, f.Errors, f.Transformed())
		}
	}
}

// TestTypesOnly: a file of interfaces and type aliases has no code left.
func TestTypesOnly(t *testing.T) {
	f := parseSrc(t, "types.ts", "// Shapes.\nexport interface Box { x: number }\nexport type Boxes = Box[];\n")
	if len(f.Errors) > 0 || len(f.Scripts) != 1 || len(f.Comments) != 1 {
		t.Errorf("errors %v, scripts %d, comments %d", f.Errors, len(f.Scripts), len(f.Comments))
	}
}

func TestTransformErrors(t *testing.T) {
	for _, tt := range []struct {
		name, src, at string
	}{
		{"a.ts", "let x: number = (1;\n", ";"},
		{"a.tsx", "const a = <div><p></div>;\n", "div>;"},
		{"a.js", "const a = <div>;\nconst b = ;", "<div>"}, // neither JS nor JSX: sobek's error
		{"a.ts", "const s = 'é';\nconst t = é é;", "é;"},
	} {
		f := parseSrc(t, tt.name, tt.src)
		if len(f.Errors) != 1 || len(f.Scripts) != 0 {
			t.Errorf("%s %q: errors %v, scripts %d", tt.name, tt.src, f.Errors, len(f.Scripts))
			continue
		}
		if got, want := f.Errors[0].Offset, strings.Index(tt.src, tt.at); got != want {
			t.Errorf("%s %q: error %q at %d, want %d", tt.name, tt.src, f.Errors[0].Msg, got, want)
		}
	}
}

// TestTruncatedTypeScript parses every few-byte prefix of real-looking
// TypeScript as .ts, .tsx and .js: broken input gives a syntax error or a
// parse, never a panic, and every span stays inside the file.
func TestTruncatedTypeScript(t *testing.T) {
	src := corpus.Generate(3, corpus.TypeScript, 3<<10)
	for n := 0; n <= len(src); n += 11 {
		for _, name := range []string{"t.ts", "t.tsx", "t.js"} {
			f := parseSrc(t, name, string(src[:n]))
			f.Inspector().Preorder(nil, func(x ast.Node) {
				a, b := f.Span(x)
				if s, e := f.Tok.Offset(a), f.Tok.Offset(b); s < 0 || s > e || e > n {
					t.Fatalf("%s[:%d]: %T spans [%d,%d)", name, n, x, s, e)
				}
			})
		}
	}
}

func TestTypeAnnotation(t *testing.T) {
	src := `import * as tf from '@tensorflow/tfjs';
function f(a: tf.Tensor2D, b?: LayersModel, c: tf.Tensor | null, d: Promise<tf.Tensor>, e: tf.Tensor[], g: tf.Tensor | number, h, k: A.B.C, p /* the batch */ :
    tf.Tensor4D) {
  let m: tf.Sequential;
  return [a, b, c, d, e, g, h, k, m];
}
`
	want := map[string]string{"a": "tf.Tensor2D", "b": "LayersModel", "c": "tf.Tensor", "d": "", "e": "", "g": "", "h": "", "k": "A.B.C", "m": "tf.Sequential", "p": "tf.Tensor4D"}
	f := Parse(token.NewFileSet(), "f.ts", []byte(src))
	if len(f.Errors) > 0 {
		t.Fatal(f.Errors[0])
	}
	got := map[string]string{}
	for id, b := range f.Info().Defs {
		if _, ok := want[b.Name]; ok {
			got[b.Name] = f.TypeAnnotation(id)
		}
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: annotation %q, want %q", name, got[name], w)
		}
	}
	js := Parse(token.NewFileSet(), "f.js", []byte("function f(a) { return a; }\n"))
	for id := range js.Info().Defs {
		if a := js.TypeAnnotation(id); a != "" {
			t.Errorf("JavaScript %s: annotation %q", id.Name, a)
		}
	}
}

func TestFieldAnnotation(t *testing.T) {
	src := `import * as tf from '@tensorflow/tfjs';
export class Trainer {
  private xs: tf.Tensor2D | null = null;
  model!: tf.LayersModel;
  static count: number = 0;
  readonly history: tf.Scalar[] = [];
  plain = 1;
  constructor(private opt: tf.Optimizer, public readonly units: number, size) {}
}
`
	want := map[string]string{"xs": "tf.Tensor2D", "model": "tf.LayersModel", "count": "number", "history": "", "plain": "", "opt": "tf.Optimizer", "units": "number"}
	f := Parse(token.NewFileSet(), "f.ts", []byte(src))
	if len(f.Errors) > 0 {
		t.Fatal(f.Errors[0])
	}
	got := map[string]string{}
	f.Inspector().Preorder([]ast.Node{(*ast.FieldDefinition)(nil)}, func(n ast.Node) {
		fd := n.(*ast.FieldDefinition)
		got[f.Text(fd.Key)] = f.FieldAnnotation(fd)
	})
	for name, w := range want {
		if a, ok := got[name]; !ok || a != w {
			t.Errorf("field %s: annotation %q (present %v), want %q", name, a, ok, w)
		}
	}
}

func TestPropertyAnnotation(t *testing.T) {
	src := `import * as tf from '@tensorflow/tfjs';
export function View({ model, input, show, opts, nested: { deep } }: {
  show: (s: number[]) => Promise<Map<string, number>>
  model: tf.LayersModel /* loaded */
  input?: tf.Tensor2D | null; opts: { lr: number }, nested: { deep: tf.Tensor }
}) {}
export function Plain({ model }: Props, { input }: { input: tf.Tensor[] }) {}
`
	f := Parse(token.NewFileSet(), "f.tsx", []byte(src))
	if len(f.Errors) > 0 {
		t.Fatal(f.Errors[0])
	}
	var got []string
	f.Inspector().Preorder([]ast.Node{(*ast.ObjectPattern)(nil)}, func(n ast.Node) {
		for _, name := range []string{"model", "input", "show", "opts", "deep", "missing"} {
			got = append(got, name+"="+f.PropertyAnnotation(n.(*ast.ObjectPattern), name))
		}
	})
	want := "model=tf.LayersModel input=tf.Tensor2D show= opts= deep= missing= " + // View
		"model= input= show= opts= deep= missing= " + // { deep }: nothing after it
		"model= input= show= opts= deep= missing= " + // Props is a name
		"model= input= show= opts= deep= missing="
	if g := strings.Join(got, " "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}
