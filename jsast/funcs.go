package jsast

import (
	"iter"

	"github.com/grafana/sobek/ast"
)

// IsFunction reports function and arrow literals.
func IsFunction(n ast.Node) bool {
	switch n.(type) {
	case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
		return true
	}
	return false
}

// IsAsync reports an async function or arrow literal.
func IsAsync(fn ast.Node) bool {
	switch f := fn.(type) {
	case *ast.FunctionLiteral:
		return f.Async
	case *ast.ArrowFunctionLiteral:
		return f.Async
	}
	return false
}

// FunctionBody returns the body of a function or arrow literal: an
// *ast.BlockStatement or an *ast.ExpressionBody. It is nil for other nodes.
func FunctionBody(fn ast.Node) ast.Node {
	switch f := fn.(type) {
	case *ast.FunctionLiteral:
		if f.Body != nil {
			return f.Body
		}
	case *ast.ArrowFunctionLiteral:
		return f.Body
	}
	return nil
}

// FunctionParams returns the parameter list of a function or arrow
// literal; nil for other nodes.
func FunctionParams(fn ast.Node) *ast.ParameterList {
	switch f := fn.(type) {
	case *ast.FunctionLiteral:
		return f.ParameterList
	case *ast.ArrowFunctionLiteral:
		return f.ParameterList
	}
	return nil
}

// UnwrapOptional looks through the optional-chain wrappers of `a?.b()`.
func UnwrapOptional(e ast.Expression) ast.Expression {
	for {
		switch x := e.(type) {
		case *ast.Optional:
			e = x.Expression
		case *ast.OptionalChain:
			e = x.Expression
		default:
			return e
		}
	}
}

// RootIdent returns the identifier a chain of property accesses starts
// from (cfg in cfg.a[0].b; x for x itself), or nil when the chain starts
// elsewhere (this, a call).
func RootIdent(e ast.Expression) *ast.Identifier {
	for {
		switch x := e.(type) {
		case *ast.Identifier:
			return x
		case *ast.DotExpression:
			e = x.Left
		case *ast.BracketExpression:
			e = x.Left
		default:
			return nil
		}
	}
}

// Arguments returns the arguments of a call or new expression; nil for
// other nodes.
func Arguments(n ast.Node) []ast.Expression {
	switch c := n.(type) {
	case *ast.CallExpression:
		return c.ArgumentList
	case *ast.NewExpression:
		return c.ArgumentList
	}
	return nil
}

// Arg returns args[i], or nil when there are not that many arguments.
func Arg(args []ast.Expression, i int) ast.Expression {
	if i < len(args) {
		return args[i]
	}
	return nil
}

// IsArgument reports whether n is one of args.
func IsArgument(args []ast.Expression, n ast.Node) bool {
	for _, a := range args {
		if a == n {
			return true
		}
	}
	return false
}

// StatementList returns the statements a block, program or case clause
// holds; ok is false for other nodes.
func StatementList(n ast.Node) (list []ast.Statement, ok bool) {
	switch n := n.(type) {
	case *ast.BlockStatement:
		return n.List, true
	case *ast.Program:
		return n.Body, true
	case *ast.CaseStatement:
		return n.Consequent, true
	}
	return nil, false
}

// ClassMethod returns the first plain instance method of cl named name
// (not static, computed, a getter or a setter), or nil.
func ClassMethod(cl *ast.ClassLiteral, name string) *ast.MethodDefinition {
	for n, m := range InstanceMethods(cl) {
		if n == name {
			return m
		}
	}
	return nil
}

// InstanceMethods yields the instance methods a class body defines, by
// name: no static methods, accessors or computed names.
func InstanceMethods(cl *ast.ClassLiteral) iter.Seq2[string, *ast.MethodDefinition] {
	return func(yield func(string, *ast.MethodDefinition) bool) {
		for _, el := range cl.Body {
			if m, ok := el.(*ast.MethodDefinition); ok && !m.Static && !m.Computed && m.Kind == ast.PropertyKindMethod {
				if k, ok := m.Key.(*ast.StringLiteral); ok && !yield(k.Value.String(), m) {
					return
				}
			}
		}
	}
}

// maxShortCall bounds how deep ShortCall renders.
const maxShortCall = 8

// ShortCall renders a call for a message with its arguments elided:
// `x.add(…)`, `model.predict(…).data()`. Parts other than names, this,
// properties and calls show as `…`.
func ShortCall(e ast.Expression) string { return shortCall(e, 0) }

func shortCall(e ast.Expression, depth int) string {
	if depth > maxShortCall {
		return "…"
	}
	switch x := e.(type) {
	case *ast.Identifier:
		return x.Name.String()
	case *ast.ThisExpression:
		return "this"
	case *ast.DotExpression:
		return shortCall(x.Left, depth+1) + "." + x.Identifier.Name.String()
	case *ast.CallExpression:
		if len(x.ArgumentList) == 0 {
			return shortCall(x.Callee, depth+1) + "()"
		}
		return shortCall(x.Callee, depth+1) + "(…)"
	}
	return "…"
}

// Stable reports whether a binding keeps its initial value: a const, or a
// var or let that is never reassigned.
// Function is the function a binding names, if it names one: a function
// declaration, or a const (or never reassigned) variable initialised with
// a function or arrow literal.
func (b *Binding) Function() ast.Node {
	switch {
	case b.Kind == FunctionName:
		return b.Decl
	case b.Stable() && IsFunction(b.Init):
		return b.Init
	}
	return nil
}

func (b *Binding) Stable() bool {
	switch b.Kind {
	case Const:
		return true
	case Var, Let:
		return !b.Reassigned()
	}
	return false
}

// Param returns the parameter that declares b as a plain name, and its
// index in the parameter list; nil and -1 when b is not such a parameter
// (destructured, rest, or not a parameter at all).
func (b *Binding) Param() (*ast.Binding, int) {
	params, ok := b.Decl.(*ast.ParameterList)
	if !ok || b.Ident == nil {
		return nil, -1
	}
	for i, p := range params.List {
		if p.Target == ast.Expression(b.Ident) {
			return p, i
		}
	}
	return nil, -1
}

// FunctionBinding returns the binding that names a function: its own name,
// or the variable it initializes (`const f = () => …`); nil if none.
func (in *Info) FunctionBinding(fn ast.Node) *Binding {
	if f, ok := fn.(*ast.FunctionLiteral); ok && f.Name != nil {
		return in.ObjectOf(f.Name)
	}
	return in.InitializedBy(fn)
}

// GlobalName returns the name of the global e refers to: a free
// identifier, or a property of a free window, globalThis or self. It is ""
// for anything else.
func (in *Info) GlobalName(e ast.Expression) string {
	switch x := e.(type) {
	case *ast.Identifier:
		if in.IsFree(x) {
			return x.Name.String()
		}
	case *ast.DotExpression:
		if id, ok := x.Left.(*ast.Identifier); ok && in.IsFree(id) {
			switch id.Name {
			case "window", "globalThis", "self":
				return x.Identifier.Name.String()
			}
		}
	}
	return ""
}
