package promiseflow

import (
	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/jsast"
)

// Kind is what happens to a promise value.
type Kind int

const (
	Awaited  Kind = iota + 1 // the operand of await
	Returned                 // returned, or an arrow's expression body
	Chained                  // .then(…), .catch(…) or .finally(…) is called on it
	Voided                   // void p: explicitly discarded
	Passed                   // an argument of a call or new (Promise.all, a helper, push)
	Stored                   // kept where this file cannot follow it: a property, an object literal, an outer or exported variable, yield, export
	Local                    // the only value of a local variable: see Fate.Binding
	Dropped                  // an expression statement, or not the last of a sequence
	Misused                  // read as if it were the resolved value: a property, destructuring, an operator, a template
)

var kindNames = [...]string{"", "awaited", "returned", "chained", "voided", "passed", "stored", "local", "dropped", "misused"}

func (k Kind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "?"
}

// Fate is what happens to a promise.
type Fate struct {
	Kind Kind
	// Node is where it was decided: the await, the return, the .then call,
	// the statement that drops it.
	Node ast.Node
	// Binding is the local variable, for Local.
	Binding *jsast.Binding
}

var chainMethods = map[string]bool{"then": true, "catch": true, "finally": true}

var combinators = map[string]bool{"all": true, "allSettled": true, "race": true, "any": true}

// FateOf follows the value of the expression e up through the expressions
// that pass it on unchanged (optional chains, both arms of a conditional,
// the operands of && || ??, the last of a sequence, array literals and
// spreads) to where it is used. With chain, .then/.catch/.finally calls and
// the Promise combinators (Promise.all, allSettled, race, any) pass it on
// too: the fate is that of the whole chain.
func (fl *Flow) FateOf(e ast.Node, chain bool) Fate {
	child := e
	for depth := 0; depth < 64; depth++ {
		parent := fl.Parent(child)
		switch p := parent.(type) {
		case nil:
			return Fate{Kind: Stored, Node: child}
		case *ast.OptionalChain, *ast.Optional, *ast.SpreadElement, *ast.ArrayLiteral:
			child = p
			continue
		case *ast.AwaitExpression:
			return Fate{Kind: Awaited, Node: p}
		case *ast.ReturnStatement:
			return Fate{Kind: Returned, Node: p}
		case *ast.ExpressionBody:
			return Fate{Kind: Returned, Node: p}
		case *ast.UnaryExpression:
			if p.Operator == token.VOID {
				return Fate{Kind: Voided, Node: p}
			}
			return Fate{Kind: Misused, Node: p}
		case *ast.DotExpression:
			if call, ok := fl.Parent(p).(*ast.CallExpression); ok && call.Callee == ast.Expression(p) && chainMethods[p.Identifier.Name.String()] {
				if chain {
					child = call
					continue
				}
				return Fate{Kind: Chained, Node: call}
			}
			return Fate{Kind: Misused, Node: p}
		case *ast.BracketExpression:
			if ast.Node(p.Left) == child {
				return Fate{Kind: Misused, Node: p}
			}
			return Fate{Kind: Stored, Node: p}
		case *ast.ConditionalExpression:
			if ast.Node(p.Test) == child {
				return Fate{Kind: Misused, Node: p}
			}
			child = p
			continue
		case *ast.BinaryExpression:
			switch p.Operator {
			case token.LOGICAL_AND, token.LOGICAL_OR, token.COALESCE:
				child = p
				continue
			}
			return Fate{Kind: Misused, Node: p}
		case *ast.SequenceExpression:
			if n := len(p.Sequence); n > 0 && ast.Node(p.Sequence[n-1]) == child {
				child = p
				continue
			}
			return Fate{Kind: Dropped, Node: p}
		case *ast.ExpressionStatement:
			return Fate{Kind: Dropped, Node: p}
		case *ast.CallExpression:
			if ast.Node(p.Callee) == child {
				return Fate{Kind: Misused, Node: p}
			}
			if chain && fl.isCombinator(p) {
				child = p
				continue
			}
			return Fate{Kind: Passed, Node: p}
		case *ast.NewExpression:
			return Fate{Kind: Passed, Node: p}
		case *ast.TemplateLiteral:
			return Fate{Kind: Misused, Node: p}
		case *ast.Binding:
			if ast.Node(p.Initializer) != child {
				return Fate{Kind: Stored, Node: p}
			}
			id, ok := p.Target.(*ast.Identifier)
			if !ok {
				return Fate{Kind: Misused, Node: p} // const {history} = model.fit(…)
			}
			if b := fl.TF.Scope.ObjectOf(id); b != nil && fl.followable(b) && !b.Reassigned() {
				return Fate{Kind: Local, Node: p, Binding: b}
			}
			return Fate{Kind: Stored, Node: p}
		case *ast.AssignExpression:
			if ast.Node(p.Right) != child {
				return Fate{Kind: Stored, Node: p}
			}
			if p.Operator != token.ASSIGN {
				return Fate{Kind: Misused, Node: p}
			}
			switch left := p.Left.(type) {
			case *ast.Identifier:
				if b := fl.TF.Scope.ObjectOf(left); b != nil && fl.followable(b) && b.Init == nil && len(b.Writes) == 1 {
					return Fate{Kind: Local, Node: p, Binding: b}
				}
				return Fate{Kind: Stored, Node: p}
			case *ast.ObjectPattern, *ast.ArrayPattern:
				return Fate{Kind: Misused, Node: p}
			}
			return Fate{Kind: Stored, Node: p} // this.training = model.fit(…)
		default:
			return Fate{Kind: Stored, Node: p}
		}
	}
	return Fate{Kind: Stored, Node: child}
}

// isCombinator reports Promise.all(…) and the other combinators.
func (fl *Flow) isCombinator(call *ast.CallExpression) bool {
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok || !combinators[dot.Identifier.Name.String()] {
		return false
	}
	id, ok := dot.Left.(*ast.Identifier)
	return ok && id.Name == "Promise" && fl.TF.Scope.IsFree(id)
}

// followable reports a variable whose every read this file can see: one
// declared in a function, or at the top level of a module that exports
// nothing.
func (fl *Flow) followable(b *jsast.Binding) bool {
	switch b.Kind {
	case jsast.Var, jsast.Let, jsast.Const:
	default:
		return false
	}
	s := b.Scope.Function()
	switch s.Kind {
	case jsast.FunctionScope:
		return true
	case jsast.ModuleScope:
		prog, ok := s.Node.(*ast.Program)
		return ok && len(prog.ExportEntries) == 0
	}
	return false
}

// reads returns the references of b that read it (not its declaration or writes).
func reads(b *jsast.Binding) []*ast.Identifier {
	var out []*ast.Identifier
	for _, r := range b.Refs {
		if r == b.Ident || isWrite(b, r) {
			continue
		}
		out = append(out, r)
	}
	return out
}

func isWrite(b *jsast.Binding, id *ast.Identifier) bool {
	for _, w := range b.Writes {
		if w == id {
			return true
		}
	}
	return false
}

// Handled reports whether the promise of e is taken care of: awaited,
// returned, chained, voided, passed on or stored somewhere this file
// cannot follow. A promise kept in a local variable is handled when one of
// the variable's reads is; one that is never read, or only read as if it
// were its value (history.history.loss), is not.
func (fl *Flow) Handled(e ast.Node) bool {
	return fl.handled(e, map[*jsast.Binding]bool{})
}

func (fl *Flow) handled(e ast.Node, seen map[*jsast.Binding]bool) bool {
	f := fl.FateOf(e, false)
	switch f.Kind {
	case Dropped, Misused:
		return false
	case Local:
		if seen[f.Binding] || len(seen) > 16 {
			return true
		}
		seen[f.Binding] = true
		for _, r := range reads(f.Binding) {
			if fl.handled(r, seen) {
				return true
			}
		}
		return false
	}
	return true
}

// Awaits returns the nodes at which the promise of e is waited for: the
// awaits of it (through .then chains, Promise combinators and local
// variables) and the returns that hand it to the caller. None means the
// function that made it never waits for it.
func (fl *Flow) Awaits(e ast.Node) []ast.Node {
	var out []ast.Node
	fl.awaits(e, map[*jsast.Binding]bool{}, &out)
	return out
}

func (fl *Flow) awaits(e ast.Node, seen map[*jsast.Binding]bool, out *[]ast.Node) {
	f := fl.FateOf(e, true)
	switch f.Kind {
	case Awaited, Returned:
		*out = append(*out, f.Node)
	case Local:
		if seen[f.Binding] || len(seen) > 16 {
			return
		}
		seen[f.Binding] = true
		for _, r := range reads(f.Binding) {
			fl.awaits(r, seen, out)
		}
	}
}
