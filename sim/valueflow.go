package sim

import (
	"go/token"
	"strings"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

// readbackAPIs return values computed by tfjs: what a dry run gets from
// them is a placeholder (see shim/readback.go).
var readbackAPIs = map[string]bool{
	"Tensor.dataSync": true, "Tensor.data": true, "Tensor.arraySync": true, "Tensor.array": true,
	"Tensor.bufferSync": true, "Tensor.buffer": true,
	"LayersModel.trainOnBatch": true, "LayersModel.fit": true, "LayersModel.fitDataset": true,
}

// readbackMethods are recognized by name where tfapi does not know the
// receiver: no other common API has them.
var readbackMethods = map[string]bool{"dataSync": true, "arraySync": true}

// logCallbacks are the callback methods whose second parameter holds the
// step's metrics, read back from tensors.
var logCallbacks = map[string]bool{"onEpochEnd": true, "onBatchEnd": true, "onTrainEnd": true, "onEpochBegin": true, "onBatchBegin": true, "onYield": true}

// valueCondition is a branch or loop condition that reads a value read back
// from a tensor and steers training.
type valueCondition struct {
	Pos  token.Pos // the condition
	Kind string    // "if", "while", "do-while", "for", "?:"
	What string    // what it reads: a name or the readback call
}

// valueDependentConditions finds the conditions of the file whose value
// follows from a readback — directly, or through variables assigned from
// one (also destructured, also through arithmetic), or through the logs of
// a training callback; function calls and object fields are not followed —
// and that steer training: the loop or branch holds a training call or sets
// model.stopTraining, or the branch leaves (break, continue, return,
// throw) a loop or function that does. Conditions of evaluation code (an
// accuracy count after training) change nothing the dry run measures.
func valueDependentConditions(info *tfapi.Info) []valueCondition {
	f := info.File
	steering := steeringNodes(info)
	steers := func(region ast.Node) bool {
		start, end := f.Span(region)
		for _, n := range steering {
			if s, e := f.Span(n); s >= start && e <= end {
				return true
			}
		}
		return false
	}
	scope := info.Scope
	tainted := map[*jsast.Binding]bool{}
	var work []*jsast.Binding
	taint := func(b *jsast.Binding) {
		if b != nil && !tainted[b] {
			tainted[b] = true
			work = append(work, b)
		}
	}
	var out []valueCondition
	seen := map[ast.Node]bool{}
	// flow follows one tainted occurrence n up through the expression that
	// holds it, to a condition or to a variable it is stored in.
	flow := func(n ast.Node, what string) {
		child := n
		for p := f.Parent(n); p != nil; child, p = p, f.Parent(p) {
			var test ast.Expression
			kind := ""
			switch x := p.(type) {
			case *ast.IfStatement:
				test, kind = x.Test, "if"
			case *ast.WhileStatement:
				test, kind = x.Test, "while"
			case *ast.DoWhileStatement:
				test, kind = x.Test, "do-while"
			case *ast.ForStatement:
				test, kind = x.Test, "for"
			case *ast.ConditionalExpression:
				test, kind = x.Test, "?:"
			case *ast.Binding:
				if child == ast.Node(x.Initializer) {
					bindingsOf(scope, x, taint)
				}
				return
			case *ast.AssignExpression:
				if child == ast.Node(x.Right) {
					if id, ok := x.Left.(*ast.Identifier); ok {
						taint(scope.Uses[id])
					}
				}
				return
			case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral, *ast.BlockStatement, *ast.ExpressionStatement,
				*ast.ReturnStatement, *ast.VariableStatement, *ast.LexicalDeclaration, *ast.Program:
				return
			}
			if kind != "" {
				if test != nil && child == ast.Node(test) && !seen[p] {
					seen[p] = true
					if steers(p) || (kind == "if" || kind == "?:") && leaves(f, p) != nil && steers(leaves(f, p)) {
						out = append(out, valueCondition{Pos: f.Start(test), Kind: kind, What: what})
					}
				}
				return
			}
		}
	}
	for _, c := range info.Calls {
		if readbackAPIs[c.API.Name] {
			flow(c.Node, callText(f, c.Node))
		}
	}
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil), (*ast.FunctionLiteral)(nil), (*ast.ArrowFunctionLiteral)(nil)}, func(n ast.Node) {
		switch x := n.(type) {
		case *ast.CallExpression:
			if dot, ok := x.Callee.(*ast.DotExpression); ok && readbackMethods[dot.Identifier.Name.String()] {
				if _, known := info.API(x); !known {
					flow(x, callText(f, x))
				}
			}
		case *ast.FunctionLiteral:
			logsParam(f, scope, x, x.ParameterList, taint)
		case *ast.ArrowFunctionLiteral:
			logsParam(f, scope, x, x.ParameterList, taint)
		}
	})
	for len(work) > 0 {
		b := work[0]
		work = work[1:]
		for _, ref := range b.Refs {
			flow(ref, "`"+b.Name+"`")
		}
	}
	return out
}

// logsParam taints the logs parameter of a training callback method
// (onEpochEnd(epoch, logs), …).
func logsParam(f *jsast.File, scope *jsast.Info, fn ast.Node, params *ast.ParameterList, taint func(*jsast.Binding)) {
	key := ""
	switch p := f.Parent(fn).(type) {
	case *ast.PropertyKeyed:
		key = strings.Trim(f.Text(p.Key), `"'`)
	case *ast.MethodDefinition:
		key = strings.Trim(f.Text(p.Key), `"'`)
	}
	if !logCallbacks[key] || params == nil || len(params.List) < 2 {
		return
	}
	bindingsOf(scope, params.List[1], taint)
}

// bindingsOf taints every name a declaration binds (destructuring too).
func bindingsOf(scope *jsast.Info, b *ast.Binding, taint func(*jsast.Binding)) {
	var visit func(t ast.Node)
	visit = func(t ast.Node) {
		switch x := t.(type) {
		case *ast.Identifier:
			taint(scope.Defs[x])
		case *ast.ArrayPattern:
			for _, e := range x.Elements {
				if e != nil {
					visit(e)
				}
			}
			if x.Rest != nil {
				visit(x.Rest)
			}
		case *ast.ObjectPattern:
			for _, p := range x.Properties {
				switch q := p.(type) {
				case *ast.PropertyShort:
					taint(scope.Defs[&q.Name])
				case *ast.PropertyKeyed:
					visit(q.Value)
				}
			}
			if x.Rest != nil {
				visit(x.Rest)
			}
		case *ast.AssignExpression: // a default value: [a = 1]
			visit(x.Left)
		case *ast.Binding:
			visit(x.Target)
		}
	}
	visit(b.Target)
}

// callText is a readback call as the note shows it.
func callText(f *jsast.File, n ast.Node) string {
	s := strings.Join(strings.Fields(f.Text(n)), " ")
	if len(s) > 40 {
		s = s[:37] + "…"
	}
	return "`" + s + "`"
}

// steeringNodes are the file's training calls and assignments to
// stopTraining.
func steeringNodes(info *tfapi.Info) []ast.Node {
	var out []ast.Node
	for _, c := range info.Calls {
		if c.API.Train {
			out = append(out, c.Node)
		}
	}
	info.File.Inspector().Preorder([]ast.Node{(*ast.AssignExpression)(nil)}, func(n ast.Node) {
		if dot, ok := n.(*ast.AssignExpression).Left.(*ast.DotExpression); ok && dot.Identifier.Name.String() == "stopTraining" {
			out = append(out, n)
		}
	})
	return out
}

// leaves returns the loop or function a branch leaves early (it holds a
// break, continue, return or throw), or nil.
func leaves(f *jsast.File, branch ast.Node) ast.Node {
	exits := false
	start, end := f.Span(branch)
	f.Inspector().Preorder([]ast.Node{(*ast.BranchStatement)(nil), (*ast.ReturnStatement)(nil), (*ast.ThrowStatement)(nil)}, func(n ast.Node) {
		if s, e := f.Span(n); s >= start && e <= end {
			exits = true
		}
	})
	if !exits {
		return nil
	}
	for p := f.Parent(branch); p != nil; p = f.Parent(p) {
		switch p.(type) {
		case *ast.ForStatement, *ast.ForOfStatement, *ast.ForInStatement, *ast.WhileStatement, *ast.DoWhileStatement,
			*ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return p
		}
	}
	return nil
}
