package jsast

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
	"testing"

	"github.com/grafana/sobek/ast"
)

func parseSrc(t *testing.T, name, src string) *File {
	t.Helper()
	return Parse(token.NewFileSet(), name, []byte(src))
}

// identAt finds the n-th identifier named name (0-based) in source order.
func identAt(f *File, name string, n int) *ast.Identifier {
	var found *ast.Identifier
	i := 0
	f.Inspector().Preorder([]ast.Node{(*ast.Identifier)(nil)}, func(x ast.Node) {
		id := x.(*ast.Identifier)
		if string(id.Name) == name {
			if i == n {
				found = id
			}
			i++
		}
	})
	return found
}

func TestParseModuleAndPositions(t *testing.T) {
	src := "import * as tf from '@tensorflow/tfjs';\n\nconst opt = tf.train.sgd(0.05);\n"
	f := parseSrc(t, "train.mjs", src)
	if len(f.Errors) > 0 || len(f.Scripts) != 1 || !f.Scripts[0].Module {
		t.Fatalf("errors %v, scripts %d", f.Errors, len(f.Scripts))
	}
	var call *ast.CallExpression
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) { call = n.(*ast.CallExpression) })
	p := f.Tok.Position(f.Pos(call.Idx0()))
	if p.Line != 3 || p.Column != 13 {
		t.Errorf("call at %d:%d, want 3:13", p.Line, p.Column)
	}
	if got := f.Text(call); got != "tf.train.sgd(0.05)" {
		t.Errorf("Text = %q", got)
	}
}

func TestScriptFallbackAndSyntaxError(t *testing.T) {
	f := parseSrc(t, "old.js", "var await = 010; with (Math) { x = cos(0); }\n")
	if len(f.Errors) != 0 || f.Scripts[0].Module {
		t.Fatalf("sloppy script should parse in script mode: %v", f.Errors)
	}
	f = parseSrc(t, "bad.js", "const a = 1;\nconst b = ;\n")
	if len(f.Errors) != 1 {
		t.Fatalf("want one syntax error, got %v", f.Errors)
	}
	if p := f.Tok.Position(f.Tok.Pos(f.Errors[0].Offset)); p.Line != 2 {
		t.Errorf("syntax error at line %d, want 2", p.Line)
	}
}

func TestHTMLScripts(t *testing.T) {
	src := `<!doctype html>
<html><head>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs"></script>
<script type="text/template"><div>{{x}}</div></script>
<script type="text/template" src="row.tmpl"></script>
<script src = 'ui.js' defer></script><script type="module" src="./main.js?v=2"></script>
</head><body>
<button onclick="train(); return false;">go</button>
<script>
  const model = tf.sequential();
</script>
<script type="module">
  model.compile({optimizer: 'sgd'});
</script>
</body></html>`
	f := parseSrc(t, "page.html", src)
	if len(f.Errors) != 0 {
		t.Fatalf("errors: %v", f.Errors)
	}
	if len(f.Scripts) != 3 {
		t.Fatalf("scripts = %d, want 3 (handler, classic, module)", len(f.Scripts))
	}
	use := identAt(f, "model", 1)
	if use == nil {
		t.Fatal("no second model identifier")
	}
	p := f.Tok.Position(f.Pos(use.Idx0()))
	if p.Line != 13 || p.Column != 3 {
		t.Errorf("model use at %d:%d, want 13:3", p.Line, p.Column)
	}
	var ext []string
	for _, e := range f.ExternalScripts {
		ext = append(ext, fmt.Sprintf("%s module=%v at %q", e.Src, e.Module, src[e.Offset:e.Offset+len(e.Src)]))
	}
	wantExt := []string{
		`https://cdn.jsdelivr.net/npm/@tensorflow/tfjs module=false at "https://cdn.jsdelivr.net/npm/@tensorflow/tfjs"`,
		`ui.js module=false at "ui.js"`,
		`./main.js?v=2 module=true at "./main.js?v=2"`,
	}
	if !slices.Equal(ext, wantExt) {
		t.Errorf("external scripts:\n%s\nwant:\n%s", strings.Join(ext, "\n"), strings.Join(wantExt, "\n"))
	}
	info := f.Info()
	if b := info.ObjectOf(use); b == nil || b.Kind != Const || info.ObjectOf(identAt(f, "model", 0)) != b {
		t.Errorf("module script should see the classic script's global model, got %+v", b)
	}
	if len(info.Free["tf"]) != 1 || len(info.Free["train"]) != 1 {
		t.Errorf("free tf/train: %d %d", len(info.Free["tf"]), len(info.Free["train"]))
	}
}

func TestScopes(t *testing.T) {
	src := `import * as tf from '@tensorflow/tfjs';
import {train as tr, tidy} from '@tensorflow/tfjs';
const t = tf;
const {train: {sgd}, layers} = tf;
function f(tf, [a, b = tf] = [], ...rest) {
  for (let i = 0; i < 3; i++) { const tf = 1; tf; }
  return tf;
}
let lr = 0.1;
lr = 0.2;
try { x(); } catch ({message}) { message; }
class C { m() { return sgd; } static s = layers; }
const g = function h() { return h; };
`
	f := parseSrc(t, "s.mjs", src)
	if len(f.Errors) > 0 {
		t.Fatal(f.Errors)
	}
	info := f.Info()
	tfImport := info.ObjectOf(identAt(f, "tf", 0))
	if tfImport == nil || tfImport.Import == nil || tfImport.Import.Name != "*" || tfImport.Import.Module != "@tensorflow/tfjs" {
		t.Fatalf("tf import binding: %+v", tfImport)
	}
	if b := info.ObjectOf(identAt(f, "t", 0)); b.Kind != Const || info.ObjectOf(b.Init.(*ast.Identifier)) != tfImport {
		t.Errorf("t should be initialised with the tf namespace")
	}
	sgd := info.ObjectOf(identAt(f, "sgd", 0))
	if sgd == nil || strings.Join(sgd.Path, ".") != "train.sgd" || info.ObjectOf(sgd.Source.(*ast.Identifier)) != tfImport {
		t.Errorf("sgd destructuring: %+v", sgd)
	}
	if b := info.ObjectOf(identAt(f, "sgd", 1)); b != sgd {
		t.Errorf("method should see module-level sgd")
	}
	param := info.ObjectOf(identAt(f, "tf", 2))
	if param == nil || param.Kind != Param {
		t.Errorf("tf in f is a parameter: %+v", param)
	}
	if b := info.ObjectOf(identAt(f, "tf", 3)); b != param {
		t.Errorf("default value tf refers to the parameter")
	}
	if inner := info.ObjectOf(identAt(f, "tf", 5)); inner == nil || inner.Kind != Const || inner == param {
		t.Errorf("block-scoped tf in loop: %+v", inner)
	}
	if b := info.ObjectOf(identAt(f, "tf", 6)); b != param {
		t.Errorf("return tf refers to the parameter")
	}
	if b := info.ObjectOf(identAt(f, "tr", 0)); b != nil {
		t.Errorf("tr is not referenced as an identifier node: %+v", b)
	}
	if b := info.Global.Lookup("tr"); b != nil {
		t.Errorf("module imports must not be global")
	}
	lr := info.ObjectOf(identAt(f, "lr", 0))
	if lr == nil || !lr.Reassigned() {
		t.Errorf("lr is reassigned: %+v", lr)
	}
	if b := info.ObjectOf(identAt(f, "message", 1)); b == nil || b.Kind != CatchParam {
		t.Errorf("catch param: %+v", b)
	}
	if b := info.ObjectOf(identAt(f, "h", 1)); b == nil || b.Kind != FunctionName {
		t.Errorf("function expression name: %+v", b)
	}
	if len(info.Free["x"]) != 1 {
		t.Errorf("x is free")
	}
}

func TestComments(t *testing.T) {
	src := "const re = /\\/\\/not a comment/g; // real one\n/* block\n comment */ x = 1 / 2; // tfjslint-disable-line sgd-optimizer\n"
	f := parseSrc(t, "c.js", src)
	if len(f.Errors) > 0 {
		t.Fatal(f.Errors)
	}
	var texts []string
	for _, c := range f.Comments {
		texts = append(texts, c.Text)
	}
	want := []string{" real one", " block\n comment ", " tfjslint-disable-line sgd-optimizer"}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("comments = %q, want %q", texts, want)
	}
	if c := f.Comments[0]; string(f.Src[c.Start:c.End]) != "// real one" {
		t.Errorf("comment span %q", f.Src[c.Start:c.End])
	}
}

func TestHostileInput(t *testing.T) {
	cases := map[string]string{
		"deep.js":      strings.Repeat("(", 1_000_000) + "1" + strings.Repeat(")", 1_000_000),
		"arrows.js":    strings.Repeat("x=>", 200_000) + "1",
		"tmpl.js":      strings.Repeat("`${", 100_000) + "1" + strings.Repeat("}`", 100_000),
		"binary.js":    "\x7fELF\x00\x00\x01",
		"utf16.js":     "\xff\xfec\x00o\x00",
		"utf16be.js":   "\xfe\xff\x00c\x00o\x00;",
		"utf16odd.js":  "\xff\xfec\x00o",
		"latin1.js":    "// caf\xe9\nconst x = 'na\xefve';\n",
		"bom.js":       "\xef\xbb\xbfconst x = 1;\n",
		"crlf.js":      "const a = 1;\r\nconst b = ;\r\n",
		"chain.js":     strings.Repeat("a+", 50_000) + "1",
		"longchain.js": strings.Repeat("a+", 300_000) + "1",
		"empty.js":     "",
		"unclosed.js":  "function f() {",
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			f := parseSrc(t, name, src)
			f.Info()
			_ = f.Inspector()
			switch name {
			case "latin1.js", "bom.js", "chain.js", "empty.js", "utf16.js", "utf16be.js":
				if len(f.Errors) != 0 {
					t.Errorf("unexpected error %v", f.Errors[0])
				}
			default:
				if len(f.Errors) == 0 {
					t.Errorf("want an error")
				}
			}
			if name == "longchain.js" && len(f.Errors) > 0 && !strings.Contains(f.Errors[0].Msg, "100000 levels") {
				t.Errorf("a too-deep tree must name the tree limit, got %q", f.Errors[0].Msg)
			}
		})
	}
}

// Valid code sobek does not read is reparsed, not reported; real errors
// still are, at their line.
func TestReparse(t *testing.T) {
	tests := []struct {
		name, src string
		errLine   int // 0: parses
	}{
		{"main.cjs", "const fs = require('fs');\nif (!fs) {\n  return;\n}\nreturn fs;\n", 0},
		{"crawl.js", "const axios = require('axios');\nlet out = '';\nreturn out\n", 0},
		{"page.js", "const x = 1;\nreturn x;\n", 2},       // a browser script: not CommonJS
		{"mod.mjs", "import x from 'y';\nreturn x;\n", 2}, // an ES module
		{"http.ts", "export class Http {\n  get = async function (url: string) { return url; };\n  set = 1;\n}\n", 0},
		{"http.js", "class Http {\n    async = 1;\n}\nmodule.exports = Http;\n", 0},
		{"types.ts", "'use strict';\nexport type A = { [key: string]: number };\n", 0},
		{"broken.ts", "const a = {\n  b: [1,\n};\n", 3},
		{"old.html", "<script><!--\nvar a = 1;\n//--></script>\n<script language=\"JavaScript1.1\">\n  <!--\nvar b = a;\n// -->\n</script>\n", 0},
		{"mod.html", "<script type=\"module\"><!--\nvar a = 1;\n</script>\n", 1}, // no HTML comments in modules
	}
	for _, tt := range tests {
		f := Parse(token.NewFileSet(), tt.name, []byte(tt.src))
		switch {
		case tt.errLine == 0 && len(f.Errors) > 0:
			t.Errorf("%s: unexpected error %v", tt.name, f.Errors[0])
		case tt.errLine > 0 && len(f.Errors) == 0:
			t.Errorf("%s: no error, want one at line %d", tt.name, tt.errLine)
		case tt.errLine > 0:
			if l := f.Tok.Position(f.Tok.Pos(f.Errors[0].Offset)).Line; l != tt.errLine {
				t.Errorf("%s: error at line %d, want %d", tt.name, l, tt.errLine)
			}
		}
	}
}
