package jsast

import (
	"fmt"
	"strings"
	"testing"

	"github.com/grafana/sobek/ast"
)

// TestSpan checks Span and Text where sobek's own Idx0/Idx1 are wrong or
// panic (see File.start).
func TestSpan(t *testing.T) {
	tests := []struct {
		name, file, src string
		node            string // "%T#n": the n-th node of that type, in preorder
		want            string // its Text
	}{
		{"non-ASCII identifier", "a.js", "const é = 1; é", "*ast.Identifier#1", "é"},
		{"statement ending in a non-ASCII identifier", "a.js", "const é = 1; é", "*ast.ExpressionStatement#0", "é"},
		{"binding ending in a non-ASCII identifier", "a.js", "let größe, x = größe;", "*ast.Binding#0", "größe"},
		{"CJK identifier", "a.js", "const 变量变 = 1;", "*ast.Identifier#0", "变量变"},
		{"escaped identifier", "a.js", `var \u0061bc = 1, d\u{65}f;`, "*ast.Identifier#1", `d\u{65}f`},
		{"member ending in a non-ASCII name", "a.js", "x = a.é + 1", "*ast.BinaryExpression#0", "a.é + 1"},
		{"member ending in a non-ASCII name", "a.js", "x = a.é", "*ast.AssignExpression#0", "x = a.é"},
		{"postfix on a non-ASCII name", "a.js", "é++", "*ast.UnaryExpression#0", "é++"},
		{"private name", "a.js", "class A { #ab = 1; m() { return this.#ab; } }", "*ast.PrivateIdentifier#0", "#ab"},
		{"private member", "a.js", "class A { #é = 1; m() { return this.#é; } }", "*ast.PrivateDotExpression#0", "this.#é"},
		{"empty program", "a.js", "", "*ast.Program#0", ""},
		{"program of comments", "a.js", "// nothing\n", "*ast.Program#0", ""},
		{"empty case", "a.js", "switch (x) { case 1: case 2: f(); }", "*ast.CaseStatement#0", "case 1:"},
		{"empty default", "a.js", "switch (x) { default : }", "*ast.CaseStatement#0", "default :"},
		{"if", "a.js", "x();\nif (a) b(); else c();", "*ast.IfStatement#0", "if (a) b(); else c()"}, // statements end before their ;,
		{"program starting with an if", "a.js", "  if (a) b();", "*ast.Program#0", "if (a) b()"},
		{"template element", "a.js", "x = `ab${y}cd`", "*ast.TemplateElement#0", "ab"},
		{"template element after a substitution", "a.js", "x = `ab${y}cd`", "*ast.TemplateElement#1", "cd"},
		{"non-ASCII template element", "a.js", "x = `é${y}`", "*ast.TemplateElement#0", "é"},
		{"empty template element", "a.js", "x = `${y}`", "*ast.TemplateElement#1", ""},
		{"CRLF template element", "a.js", "x = `a\r\nb${y}`", "*ast.TemplateElement#0", "a\r\nb"},
		{"tagged template", "a.js", "html`<b>${x}</b>`;", "*ast.TemplateLiteral#0", "html`<b>${x}</b>`"},
		{"call of a tagged template", "a.js", "a.t`q`.trim();", "*ast.CallExpression#0", "a.t`q`.trim()"},
		{"export", "a.mjs", "export const a = 1;", "*ast.ExportDeclaration#0", "export const a = 1"},
		{"export default expression", "a.mjs", "export default a + b;", "*ast.ExportDeclaration#0", "export default a + b"},
		{"name made up for a default export", "a.mjs", "export default function () {}", "*ast.Identifier#0", ""},
		{"handler parameter made up by jsast", "a.html", `<b onclick="go()">`, "*ast.Identifier#0", ""},
		{"handler call", "a.html", `<b onclick="go()">`, "*ast.CallExpression#0", "go()"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := parseSrc(t, tt.file, tt.src)
			if len(f.Errors) > 0 {
				t.Fatalf("%q: %v", tt.src, f.Errors[0])
			}
			n := nodeAt(f, tt.node)
			if n == nil {
				t.Fatalf("%q has no %s", tt.src, tt.node)
			}
			if got := f.Text(n); got != tt.want {
				t.Errorf("Text(%s) = %q, want %q", tt.node, got, tt.want)
			}
			a, b := f.Span(n)
			if start, end := f.Tok.Offset(a), f.Tok.Offset(b); string(f.Src[start:end]) != tt.want {
				t.Errorf("Span(%s) = [%d,%d) %q, want %q", tt.node, start, end, f.Src[start:end], tt.want)
			}
		})
	}
}

// nodeAt finds "%T#n", the n-th node of a type in preorder.
func nodeAt(f *File, spec string) ast.Node {
	typ, n, _ := strings.Cut(spec, "#")
	var found ast.Node
	i := 0
	f.Inspector().Preorder(nil, func(x ast.Node) {
		if fmt.Sprintf("%T", x) == typ {
			if fmt.Sprint(i) == n {
				found = x
			}
			i++
		}
	})
	return found
}

// TestParseRegressions holds inputs the fuzzer found.
func TestParseRegressions(t *testing.T) {
	tests := []struct {
		name, file, src string
		err             string // the one syntax error's message, "" for none
		errOffset       int
	}{
		// sobek accepts a switch body cut off by the end of the input.
		{"unclosed switch", "a.js", "switch (x) { case 1: f();", "Unexpected end of input", 25},
		{"unclosed switch in a page", "a.html", "<script>switch(0){</script>", "Unexpected end of input", 18},
		{"unclosed switch in a handler is ignored", "a.html", `<b onclick="switch(0){">`, "", 0},
		// The comment lexer stepped past the end of `#!#` and panicked.
		{"hashbang only", "a.js", "#!#", "", 0},
		{"hashbang line", "a.js", "#!/usr/bin/env node\n// tfjslint-disable\nx();", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := parseSrc(t, tt.file, tt.src)
			switch {
			case tt.err == "" && len(f.Errors) > 0:
				t.Errorf("unexpected error %q at %d", f.Errors[0].Msg, f.Errors[0].Offset)
			case tt.err != "" && (len(f.Errors) != 1 || f.Errors[0].Msg != tt.err || f.Errors[0].Offset != tt.errOffset):
				t.Errorf("errors %+v, want %q at %d", f.Errors, tt.err, tt.errOffset)
			}
		})
	}
	f := parseSrc(t, "a.js", "#!/usr/bin/env node\n// tfjslint-disable\nx();")
	if len(f.Comments) != 1 || f.Comments[0].Text != " tfjslint-disable" {
		t.Errorf("comments after a hashbang line: %+v", f.Comments)
	}
}
