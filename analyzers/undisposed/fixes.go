package undisposed

import (
	"strings"
	"unicode"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/tensorlife"
	"github.com/tfjslint/tfjslint/jsast"
)

// disposeFix inserts `name.dispose();` after the last statement of the
// declaring block that uses the variable.
func disposeFix(life *tensorlife.Result, a *tensorlife.Alloc, b *jsast.Binding) (analysis.SuggestedFix, bool) {
	list, k := enclosingStatement(a.Stack)
	if list == nil {
		return analysis.SuggestedFix{}, false
	}
	refs := life.Refs(b)
	last := k
	for i := k + 1; i < len(list); i++ {
		for _, id := range refs {
			if list[i].Idx0() <= id.Idx0() && id.Idx0() < list[i].Idx1() {
				last = i
			}
		}
	}
	f := life.File
	indent := lineIndent(f, list[k])
	text := b.Name + ".dispose();"
	switch list[last].(type) {
	case *ast.ReturnStatement, *ast.ThrowStatement:
		return analysis.SuggestedFix{}, false // the exit itself uses it: no simple place to dispose
	}
	pos := statementEnd(f, list[last])
	text = "\n" + indent + text
	return analysis.SuggestedFix{
		Message:   "Dispose " + b.Name + " after its last use",
		TextEdits: []analysis.TextEdit{{Pos: f.Tok.Pos(pos), End: f.Tok.Pos(pos), NewText: []byte(text)}},
	}, true
}

// enclosingStatement finds the statement list holding the statement that
// contains the last node of stack, and its index.
func enclosingStatement(stack []ast.Node) ([]ast.Statement, int) {
	for i := len(stack) - 1; i > 0; i-- {
		list, ok := jsast.StatementList(stack[i-1])
		if !ok {
			if jsast.IsFunction(stack[i]) {
				return nil, 0
			}
			continue
		}
		for k, st := range list {
			if st == stack[i] {
				return list, k
			}
		}
		return nil, 0
	}
	return nil, 0
}

// statementEnd is the offset just past a statement and its semicolon.
func statementEnd(f *jsast.File, st ast.Statement) int {
	end := f.Offset(st.Idx1())
	i := end
	for i < len(f.Src) && (f.Src[i] == ' ' || f.Src[i] == '\t') {
		i++
	}
	if i < len(f.Src) && f.Src[i] == ';' {
		return i + 1
	}
	if end > 0 && f.Src[end-1] == ';' {
		return end
	}
	return end
}

// lineIndent is the whitespace that starts the line of n.
func lineIndent(f *jsast.File, n ast.Node) string {
	off := f.Offset(n.Idx0())
	start := f.Tok.Offset(f.Tok.LineStart(f.Tok.Line(f.Tok.Pos(off))))
	i := start
	for i < off && (f.Src[i] == ' ' || f.Src[i] == '\t') {
		i++
	}
	return string(f.Src[start:i])
}

// tidyFix wraps the expression that leaks in tf.tidy(() => …): the
// producer together with the chain of ops and reads that consume it.
func tidyFix(life *tensorlife.Result, a *tensorlife.Alloc) (analysis.SuggestedFix, bool) {
	if life.TFName == "" || a.Fate == tensorlife.Discarded {
		return analysis.SuggestedFix{}, false
	}
	i := len(a.Stack) - 1
	for i >= 2 {
		cur, parent := a.Stack[i], a.Stack[i-1]
		if dot, ok := parent.(*ast.DotExpression); ok && dot.Left == cur {
			if call, ok := a.Stack[i-2].(*ast.CallExpression); ok && call.Callee == dot {
				if api, ok := life.TF.API(call); ok && api.Async {
					break // tidy cannot hold a Promise
				}
				i -= 2
				continue
			}
			break
		}
		if call, ok := parent.(*ast.CallExpression); ok && call.Callee != cur {
			if _, ok := life.TF.API(call); ok {
				i--
				continue
			}
		}
		break
	}
	x := a.Stack[i]
	f := life.File
	text := f.Text(x)
	if strings.Contains(text, "await") || strings.Contains(text, "yield") {
		return analysis.SuggestedFix{}, false
	}
	return analysis.SuggestedFix{
		Message: "Wrap in " + life.TFName + ".tidy",
		TextEdits: []analysis.TextEdit{{
			Pos: f.Start(x), End: f.End(x),
			NewText: []byte(life.TFName + ".tidy(() => " + text + ")"),
		}},
	}, true
}

// overwriteFix turns `w = w.sub(g);` into
// `const previousW = w; w = w.sub(g); tf.dispose(previousW);`.
func overwriteFix(life *tensorlife.Result, a *tensorlife.Alloc, b *jsast.Binding) (analysis.SuggestedFix, bool) {
	n := len(a.Stack)
	if life.TFName == "" || n < 3 || a.Stack[n-2] != a.Assign {
		return analysis.SuggestedFix{}, false
	}
	stmt, ok := a.Stack[n-3].(*ast.ExpressionStatement)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	f := life.File
	name := "previous" + capitalize(b.Name)
	if strings.Contains(string(f.Src), name) {
		return analysis.SuggestedFix{}, false
	}
	start, end := f.Offset(stmt.Idx0()), statementEnd(f, stmt)
	assign := strings.TrimSuffix(strings.TrimSpace(string(f.Src[start:end])), ";")
	text := "const " + name + " = " + b.Name + "; " + assign + "; " + life.TFName + ".dispose(" + name + ");"
	return analysis.SuggestedFix{
		Message:   "Dispose the previous " + b.Name,
		TextEdits: []analysis.TextEdit{{Pos: f.Tok.Pos(start), End: f.Tok.Pos(end), NewText: []byte(text)}},
	}, true
}

func capitalize(s string) string {
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
