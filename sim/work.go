package sim

import (
	"github.com/grafana/sobek"
	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/file"
	"github.com/grafana/sobek/parser"

	"github.com/tfjslint/tfjslint/jsast"
)

// The script's own JavaScript work is counted, not timed: every loop
// iteration and every function call of the user's code calls workTick
// (inserted into the parsed program before it is compiled), and the run
// stops when MaxWork of them have run. So a script that spins in plain
// JavaScript (a busy loop, a big array map) ends at the same point on
// every machine, before the wall-clock safety net could end it at a point
// that depends on the machine's speed. The inserted calls carry the
// positions of the code they precede, so stack positions are unchanged.

// workTick is the global the instrumented code calls; no script uses it.
const workTick = "__tfjslintSimWork"

// installWork defines workTick in the run's global scope.
func (r *run) installWork() {
	fn := r.rt.ToValue(func(sobek.FunctionCall) sobek.Value {
		r.work++
		if r.opts.onWork != nil {
			r.opts.onWork()
		}
		if r.work == r.opts.MaxWork {
			(*host)(r).Stop("work budget of " + itoa(r.opts.MaxWork) + " JavaScript loop iterations and function calls reached: the script keeps computing without training")
		}
		return sobek.Undefined()
	})
	_ = r.rt.GlobalObject().DefineDataProperty(workTick, fn, sobek.FLAG_FALSE, sobek.FLAG_FALSE, sobek.FLAG_FALSE)
}

// compileCounted compiles a classic script with its work counted; ok is
// false when it does not parse, and the caller runs it as before so that
// the syntax error is the one sobek reports.
func compileCounted(name, src string) (*sobek.Program, bool) {
	prg, err := parser.ParseFile(nil, name, src, 0)
	if err != nil {
		return nil, false
	}
	countWork(prg)
	p, err := sobek.CompileAST(prg, false)
	if err != nil {
		return nil, false
	}
	return p, true
}

// runCounted runs a classic script with its work counted.
func (r *run) runCounted(name, src string) (sobek.Value, error) {
	if p, ok := compileCounted(name, src); ok {
		return r.rt.RunProgram(p)
	}
	return r.rt.RunScript(name, src)
}

// parseModuleCounted parses an ES module with its work counted.
func parseModuleCounted(name, src string, resolve sobek.HostResolveImportedModuleFunc) (*sobek.SourceTextModuleRecord, error) {
	prg, err := parser.ParseFile(nil, name, src, 0, parser.IsModule)
	if err != nil {
		return sobek.ParseModule(name, src, resolve)
	}
	countWork(prg)
	return sobek.ModuleFromAST(prg, resolve)
}

// countWork inserts a workTick call at the start of every loop body and
// function body of prg.
func countWork(prg *ast.Program) {
	var nodes []ast.Node
	jsast.NewInspector(prg).Preorder([]ast.Node{
		(*ast.ForStatement)(nil), (*ast.ForInStatement)(nil), (*ast.ForOfStatement)(nil),
		(*ast.WhileStatement)(nil), (*ast.DoWhileStatement)(nil),
		(*ast.FunctionLiteral)(nil), (*ast.ArrowFunctionLiteral)(nil),
	}, func(n ast.Node) { nodes = append(nodes, n) })
	for _, n := range nodes {
		switch n := n.(type) {
		case *ast.ForStatement:
			n.Body = countedBody(n.Body)
		case *ast.ForInStatement:
			n.Body = countedBody(n.Body)
		case *ast.ForOfStatement:
			n.Body = countedBody(n.Body)
		case *ast.WhileStatement:
			n.Body = countedBody(n.Body)
		case *ast.DoWhileStatement:
			n.Body = countedBody(n.Body)
		case *ast.FunctionLiteral:
			if n.Body != nil {
				countBlock(n.Body)
			}
		case *ast.ArrowFunctionLiteral:
			switch b := n.Body.(type) {
			case *ast.BlockStatement:
				countBlock(b)
			case *ast.ExpressionBody:
				b.Expression = &ast.SequenceExpression{Sequence: []ast.Expression{tickCall(b.Expression.Idx0()), b.Expression}}
			}
		}
	}
}

// tickCall is `workTick()` at idx.
func tickCall(idx file.Idx) ast.Expression {
	return &ast.CallExpression{Callee: &ast.Identifier{Name: workTick, Idx: idx}, LeftParenthesis: idx, RightParenthesis: idx}
}

// countedBody is a loop body that counts its iterations.
func countedBody(s ast.Statement) ast.Statement {
	if b, ok := s.(*ast.BlockStatement); ok {
		countBlock(b)
		return b
	}
	if s == nil {
		return s
	}
	return &ast.BlockStatement{LeftBrace: s.Idx0(), RightBrace: s.Idx1(),
		List: []ast.Statement{&ast.ExpressionStatement{Expression: tickCall(s.Idx0())}, s}}
}

// countBlock prepends the tick to a block, after its directives ("use
// strict" must stay first).
func countBlock(b *ast.BlockStatement) {
	i := 0
	for i < len(b.List) {
		es, ok := b.List[i].(*ast.ExpressionStatement)
		if !ok {
			break
		}
		if _, ok := es.Expression.(*ast.StringLiteral); !ok {
			break
		}
		i++
	}
	at := b.LeftBrace + 1
	if i < len(b.List) {
		at = b.List[i].Idx0()
	}
	tick := &ast.ExpressionStatement{Expression: tickCall(at)}
	b.List = append(b.List[:i:i], append([]ast.Statement{tick}, b.List[i:]...)...)
}
