package asynctidy

import (
	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "asynctidy",
	Doc:      "reports tf.tidy with an async callback or one that returns a Promise (rule async-tidy, tip 13)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/async-tidy.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer},
	Run:      run,
}

const rule = "async-tidy"

// maxFollow bounds how many names and .bind calls a callback is followed through.
const maxFollow = 8

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	c := &checker{info: info, f: info.File}
	for _, call := range info.Calls {
		if call.API.Name != "tf.tidy" {
			continue
		}
		ce, ok := call.Node.(*ast.CallExpression)
		if !ok || len(ce.ArgumentList) == 0 {
			continue
		}
		if msg := c.check(ce); msg != "" {
			start, _ := c.f.Span(ce)
			_, end := c.f.Span(ce.Callee)
			pass.Report(analysis.Diagnostic{
				Pos:      start,
				End:      end,
				Category: runctx.Category(rule, rules.Off),
				Message:  msg,
			})
		}
	}
	return nil, nil
}

type checker struct {
	info *tfapi.Info
	f    *jsast.File
}

// check returns the message for a tf.tidy call, or "".
func (c *checker) check(call *ast.CallExpression) string {
	arg := call.ArgumentList[len(call.ArgumentList)-1]
	fn, name := c.function(arg, call)
	if fn == nil {
		return ""
	}
	named := ""
	if name != "" {
		named = " (" + name + ")"
	}
	body := jsast.FunctionBody(fn)
	if jsast.IsAsync(fn) {
		if containsAwait(body) {
			return "tf.tidy with an async callback" + named + ": tidy ends at the first await and the tensors made after it leak; do the async work outside tf.tidy (tip 13)"
		}
		return "tf.tidy with an async callback" + named + ": it returns a Promise, so tidy ends at once and disposes the tensor the Promise resolves to; drop async, or do the async work outside tf.tidy (tip 13)"
	}
	for _, r := range returns(body) {
		if why := c.promise(r, call, 0); why != "" {
			return "tf.tidy callback" + named + " returns a Promise (" + why + "): tidy does not wait for it, so it disposes the callback's tensors too early and the tensors made later leak; do the async work outside tf.tidy (tip 13)"
		}
	}
	return ""
}

// function resolves a callback expression to the function literal that
// runs, and the name it was passed by ("" for an inline function).
func (c *checker) function(e ast.Expression, at ast.Node) (ast.Node, string) {
	name := ""
	for depth := 0; depth < maxFollow && e != nil; depth++ {
		switch x := e.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return x, name
		case *ast.Identifier:
			if name == "" {
				name = x.Name.String()
			}
			b := c.info.Scope.ObjectOf(x)
			if b == nil {
				return nil, ""
			}
			if b.Kind == jsast.FunctionName {
				return b.Decl, name
			}
			if b.Stable() && b.Init != nil {
				e = b.Init
				continue
			}
			return nil, ""
		case *ast.CallExpression: // f.bind(this)
			dot, ok := x.Callee.(*ast.DotExpression)
			if !ok || dot.Identifier.Name != "bind" {
				return nil, ""
			}
			e = dot.Left
		case *ast.DotExpression: // this.step
			if name == "" {
				name = c.f.Text(x)
			}
			m := c.method(x, at)
			if m == nil {
				return nil, ""
			}
			return m, name
		default:
			return nil, ""
		}
	}
	return nil, ""
}

// method resolves `this.name` to the method of the class around at.
func (c *checker) method(dot *ast.DotExpression, at ast.Node) ast.Node {
	if _, ok := dot.Left.(*ast.ThisExpression); !ok {
		return nil
	}
	want := dot.Identifier.Name.String()
	var found ast.Node
	c.f.Inspector().Preorder([]ast.Node{(*ast.ClassLiteral)(nil)}, func(n ast.Node) {
		cl := n.(*ast.ClassLiteral)
		if at.Idx0() < cl.Idx0() || at.Idx0() >= cl.Idx1() {
			return
		}
		// Preorder visits outer classes first: the last match is the innermost.
		var m ast.Node
		for _, el := range cl.Body {
			md, ok := el.(*ast.MethodDefinition)
			if !ok || md.Body == nil || md.Static || md.Kind != ast.PropertyKindMethod {
				continue
			}
			if key, ok := md.Key.(*ast.StringLiteral); ok && !md.Computed && key.Value.String() == want {
				m = md.Body
			}
		}
		found = m
	})
	return found
}

func isNested(n ast.Node) bool {
	switch n.(type) {
	case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral, *ast.ClassLiteral:
		return true
	}
	return false
}

// walk calls fn for every node of body, not entering nested functions and classes.
func walk(body ast.Node, fn func(ast.Node)) {
	if body == nil {
		return
	}
	jsast.NewInspector(body).WithStack(nil, func(n ast.Node, push bool, _ []ast.Node) bool {
		if !push {
			return true
		}
		if isNested(n) {
			return false
		}
		fn(n)
		return true
	})
}

func containsAwait(body ast.Node) bool {
	found := false
	walk(body, func(n ast.Node) {
		if _, ok := n.(*ast.AwaitExpression); ok {
			found = true
		}
	})
	return found
}

// returns lists the values the function body returns, in source order. Only
// statements can hold a return that belongs to the function, so the walk
// does not enter expressions (nor, with them, nested functions).
func returns(body ast.Node) []ast.Expression {
	switch b := body.(type) {
	case *ast.ExpressionBody:
		return []ast.Expression{b.Expression}
	case *ast.BlockStatement:
		var out []ast.Expression
		work := []ast.Statement{b}
		push := func(sts ...ast.Statement) {
			for i := len(sts) - 1; i >= 0; i-- { // reversed: popped in source order
				if sts[i] != nil {
					work = append(work, sts[i])
				}
			}
		}
		for len(work) > 0 {
			st := work[len(work)-1]
			work = work[:len(work)-1]
			switch s := st.(type) {
			case *ast.ReturnStatement:
				if s.Argument != nil {
					out = append(out, s.Argument)
				}
			case *ast.BlockStatement:
				push(s.List...)
			case *ast.IfStatement:
				push(s.Consequent, s.Alternate)
			case *ast.ForStatement:
				push(s.Body)
			case *ast.ForInStatement:
				push(s.Body)
			case *ast.ForOfStatement:
				push(s.Body)
			case *ast.WhileStatement:
				push(s.Body)
			case *ast.DoWhileStatement:
				push(s.Body)
			case *ast.LabelledStatement:
				push(s.Statement)
			case *ast.WithStatement:
				push(s.Body)
			case *ast.SwitchStatement:
				for i := len(s.Body) - 1; i >= 0; i-- {
					push(s.Body[i].Consequent...)
				}
			case *ast.TryStatement:
				var parts []ast.Statement
				if s.Body != nil {
					parts = append(parts, s.Body)
				}
				if s.Catch != nil && s.Catch.Body != nil {
					parts = append(parts, s.Catch.Body)
				}
				if s.Finally != nil {
					parts = append(parts, s.Finally)
				}
				push(parts...)
			}
		}
		return out
	}
	return nil
}

// unknownReceiverAsync are methods that, on a receiver the resolver cannot
// type, are still unmistakably the async tfjs API, with the minimum number of
// arguments the tfjs method takes (-1: exactly none).
var unknownReceiverAsync = map[string]int{
	"fit": 2, "fitDataset": 1, "trainOnBatch": 2, "executeAsync": 1, "predictAsync": 1,
	"data": -1, "array": -1, "bytes": -1,
}

// promise explains why e evaluates to a Promise ("model.fit(…) is async"),
// or returns "".
func (c *checker) promise(e ast.Expression, at ast.Node, depth int) string {
	if depth > maxFollow {
		return ""
	}
	switch x := e.(type) {
	case *ast.CallExpression:
		return c.promiseCall(x, at, depth)
	case *ast.NewExpression:
		if id, ok := x.Callee.(*ast.Identifier); ok && id.Name == "Promise" && c.info.Scope.IsFree(id) {
			return "new Promise(…)"
		}
	case *ast.Identifier:
		b := c.info.Scope.ObjectOf(x)
		if b != nil && b.Stable() && b.Init != nil {
			if why := c.promise(b.Init, at, depth+1); why != "" {
				return x.Name.String() + " holds " + why
			}
		}
	case *ast.ConditionalExpression:
		if why := c.promise(x.Consequent, at, depth+1); why != "" {
			return why
		}
		return c.promise(x.Alternate, at, depth+1)
	case *ast.SequenceExpression:
		if len(x.Sequence) > 0 {
			return c.promise(x.Sequence[len(x.Sequence)-1], at, depth+1)
		}
	}
	return ""
}

func (c *checker) promiseCall(call *ast.CallExpression, at ast.Node, depth int) string {
	show := jsast.ShortCall(call)
	if api, ok := c.info.API(call); ok {
		if api.Async {
			return show + " is async"
		}
		return ""
	}
	switch callee := call.Callee.(type) {
	case *ast.Identifier:
		if fn, _ := c.function(callee, at); fn != nil && jsast.IsAsync(fn) {
			return show + " is async"
		}
	case *ast.DotExpression:
		method := callee.Identifier.Name.String()
		switch method {
		case "then", "catch", "finally":
			if why := c.promise(callee.Left, at, depth+1); why != "" {
				return why
			}
		}
		if id, ok := callee.Left.(*ast.Identifier); ok && id.Name == "Promise" && c.info.Scope.IsFree(id) {
			return show
		}
		if _, ok := callee.Left.(*ast.ThisExpression); ok {
			if m := c.method(callee, at); m != nil {
				if jsast.IsAsync(m) {
					return show + " is async"
				}
				return ""
			}
		}
		if min, ok := unknownReceiverAsync[method]; ok && c.info.ClassOf(callee.Left) == "" {
			n := len(call.ArgumentList)
			if (min < 0 && n == 0) || (min >= 0 && n >= min) {
				return show + " is async"
			}
		}
	}
	return ""
}
