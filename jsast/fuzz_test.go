package jsast

import (
	"bytes"
	"go/token"
	"strings"
	"testing"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/internal/corpus"
)

// FuzzParse feeds arbitrary bytes to Parse, as a JS file or an HTML page,
// and checks what must hold for any input: no panic, and every position the
// File hands out (scripts, comments, syntax errors, node spans) lies inside
// the source, in order.
//
//	go test ./jsast -run '^$' -fuzz FuzzParse -parallel 1
func FuzzParse(f *testing.F) {
	for i, style := range []corpus.Style{corpus.ESM, corpus.CommonJS, corpus.HTML} {
		f.Add(corpus.Generate(uint64(i+1), style, 2<<10), style == corpus.HTML)
	}
	js := []string{
		strings.Repeat("(", MaxNesting+10) + "1" + strings.Repeat(")", MaxNesting+10),
		strings.Repeat("[", 300) + strings.Repeat("]", 300),
		strings.Repeat("x=>", 300) + "x",
		"x=>x=>x",
		"a => b => c => d(a, b, c)",
		strings.Repeat("`${", 200) + "1" + strings.Repeat("}`", 200),
		"`a${`b${`c${d}`}`}` + tag`x${y}z`",
		"const s = 'unterminated",
		"const t = `unterminated ${x",
		"const r = /unterminated",
		"/* unterminated comment",
		"x = a / b / c; y = /[/]/.test(s); z = a++ / 2",
		"const é = 1; é + café; \\u0061bc; a\\u{62}c",
		"switch (x) { case 1: case 2: default: }",
		"",
		"// only a comment",
		"\xef\xbb\xbfconst bom = 1;\n",
		"const a = 1;\r\nconst b = ;\r\n",
		"const a = `x\r\ny${z}\r\n`;\r\n",
		"caf\xe9 = '\xff\xfe';",
		"\xff\xfec\x00o\x00",
		"a\x00b",
		"export const a = 1; export default function () {} export {a as b}; import x, * as y from 'z';",
		"async function* g() { yield 1; } async function f() { for await (const x of g()) {} }",
		"class C { #p = 1; static { this.x = 1; } get [k]() { return this.#p; } }",
		"label: for (;;) { break label; continue label; }",
		"a?.b?.[c]?.(d); new.target; import.meta; import('x');",
		"({a, b: {c = 1}, ...rest} = obj); [x, , y = 2, ...z] = arr;",
		"var await = 010; with (Math) { x = cos(0); }",
		"<!-- html comment in js\nx = 1 --> 0\n",
	}
	for _, s := range js {
		f.Add([]byte(s), false)
	}
	html := []string{
		"<script>const a = 1;</script><script>const b = ;</script><script type=module>import x from 'y';</script>",
		"<script><script></script></script><script>",
		"<script>/*</script><script>*/ x</script>",
		"<script>const s = '</script>';</script>",
		"<b onclick=\"go(); return false\" onload='bad(' onmouseover=x()>t</b>",
		"<b onclick=\"",
		"<b onclick='x'",
		"<script src=a.js>ignored(</script><script type=text/template>{{x}}</script>",
		"<!-- <script>x(</script> --><script>\r\ny = 1;\r\n</script>",
		"\xef\xbb\xbf<script>\xff</script>",
		"<script>" + strings.Repeat("{", 300) + "</script>",
		"<SCRIPT TYPE=\"MODULE\">export {}</SCRIPT><script>",
	}
	for _, s := range html {
		f.Add([]byte(s), true)
	}

	f.Fuzz(func(t *testing.T, data []byte, html bool) {
		name := "f.js"
		if html {
			name = "f.html"
		}
		file := Parse(token.NewFileSet(), name, data)
		checkFile(t, file, data)
	})
}

// checkFile checks the invariants of a parsed file.
func checkFile(t *testing.T, f *File, src []byte) {
	if u, _ := DecodeUTF16(src); u != nil {
		src = u // a UTF-16 file is read as its UTF-8 decoding
	}
	n := len(src)
	if !bytes.Equal(f.Src, src) {
		t.Fatalf("Src is not the input")
	}
	if f.Kind == JS && len(f.Scripts)+len(f.Errors) != 1 {
		t.Fatalf("JS file: %d scripts and %d errors, want exactly one of them", len(f.Scripts), len(f.Errors))
	}
	for _, e := range f.Errors {
		if e.Offset < 0 || e.Offset > n || e.Msg == "" {
			t.Fatalf("syntax error %q at offset %d, source has %d bytes", e.Msg, e.Offset, n)
		}
	}
	scriptOf := map[*ast.Program]*Script{}
	prevEnd := 0
	for _, s := range f.Scripts {
		if s.Start < prevEnd || s.Start > s.End || s.End > n {
			t.Fatalf("script [%d,%d) after %d in %d bytes", s.Start, s.End, prevEnd, n)
		}
		prevEnd = s.End
		scriptOf[s.Program] = s
	}
	prevEnd = 0
	text := sanitize(src) // comment texts have invalid UTF-8 replaced
	for _, c := range f.Comments {
		if c.Start < prevEnd || c.Start >= c.End || c.End > n {
			t.Fatalf("comment [%d,%d) after %d in %d bytes", c.Start, c.End, prevEnd, n)
		}
		if !strings.Contains(string(text[c.Start:c.End]), c.Text) {
			t.Fatalf("comment text %q is not in its span %q", c.Text, text[c.Start:c.End])
		}
		prevEnd = c.End
	}

	info := f.Info()
	if info.Global == nil {
		t.Fatal("no global scope")
	}
	in := f.Inspector()
	var preorder []ast.Node
	in.Preorder(nil, func(n ast.Node) { preorder = append(preorder, n) })

	type span struct {
		start, end int
		exact      bool
	}
	spans := make([]span, 0, 32) // spans of the nodes on the stack
	var script *Script
	pushes := 0
	in.WithStack(nil, func(node ast.Node, push bool, stack []ast.Node) bool {
		if len(stack) == 0 || stack[len(stack)-1] != node {
			t.Fatalf("%T: stack top is not the node", node)
		}
		if !push {
			spans = spans[:len(spans)-1]
			return true
		}
		if pushes >= len(preorder) || preorder[pushes] != node {
			t.Fatalf("%T: WithStack and Preorder disagree at node %d", node, pushes)
		}
		pushes++
		if p, ok := node.(*ast.Program); ok && len(stack) == 1 {
			if script = scriptOf[p]; script == nil {
				t.Fatalf("program without a script")
			}
		}
		a, b := f.Span(node)
		start, end := f.Tok.Offset(a), f.Tok.Offset(b)
		if start < 0 || start > end || end > n {
			t.Fatalf("%T %q: span [%d,%d) in %d bytes", node, f.Text(node), start, end, n)
		}
		if text := f.Text(node); text != string(src[start:end]) {
			t.Fatalf("%T: Text %q is not the span's text %q", node, text, src[start:end])
		}
		// A transformed file's generated code (helpers, lowered syntax) has
		// no exact place in the original; only its exact nodes are checked.
		exact := !f.Transformed() || f.Exact(node)
		if len(spans) > 0 && exact {
			if p := spans[len(spans)-1]; p.exact && (start < p.start || end > p.end) {
				t.Fatalf("%T %q [%d,%d) is outside its parent %T [%d,%d) %q",
					node, src[start:end], start, end, stack[len(stack)-2], p.start, p.end, src[p.start:p.end])
			}
		}
		spans = append(spans, span{start, end, exact})
		// Handler scripts are wrapped in `(e)=>{ … }` written over the
		// attribute name; only the nodes of the attribute value are real.
		if !script.Handler || start >= script.Start {
			if start < script.Start || end > script.End {
				t.Fatalf("%T %q [%d,%d) is outside its script [%d,%d)", node, src[start:end], start, end, script.Start, script.End)
			}
			if id, ok := node.(*ast.Identifier); ok && exact {
				// An identifier spans its spelling; one the parser made up
				// (not spelled at its index) spans nothing.
				name, text := id.Name.String(), string(src[start:end])
				spelled := bytes.HasPrefix(src[start:], []byte(name))
				if !strings.Contains(text, `\`) && text != name && (text != "" || spelled) {
					t.Fatalf("identifier %q spans %q", name, text)
				}
			}
			if id, ok := node.(*ast.PrivateIdentifier); ok && exact {
				name, text := "#"+id.Name.String(), string(src[start:end])
				if !strings.Contains(text, `\`) && text != name {
					t.Fatalf("private identifier %q spans %q", name, text)
				}
			}
		}
		if id, ok := node.(*ast.Identifier); ok {
			if b := info.ObjectOf(id); b != nil && (b.Scope == nil || b.Scope.Bindings[b.Name] != b) {
				t.Fatalf("identifier %q: binding %q is not declared in its scope", id.Name.String(), b.Name)
			}
		}
		return true
	})
	if pushes != len(preorder) || len(spans) != 0 {
		t.Fatalf("WithStack visited %d nodes (%d left open), Preorder %d", pushes, len(spans), len(preorder))
	}
}
