package sgd

import (
	"fmt"
	"math"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/analyzers/batchsize"
	"github.com/tfjslint/tfjslint/analyzers/constant"
)

// sgdBudget is the learning rate × optimizer steps from which plain SGD has
// trained a small dense network with one hidden layer to convergence. On a
// small net SGD's progress goes with rate × steps: in tfjs 4.22 (cpu,
// full-batch MSE, 3 seeds) a 2-4-1 sigmoid XOR net was at loss 0.08–0.25
// after 5000 steps of SGD(0.1) and after 1000 of SGD(0.5) (both 500),
// 0.004–0.08 at 1250 and 0.001–0.0025 at 2500 (SGD(0.5) × 5000, SGD(5) ×
// 500); 2-10-1 at 0.0015–0.002 at 2500. deepBudget is the same for two
// hidden layers or more: a 2-4-5-1 sigmoid XOR net (10 seeds) solved XOR
// on 9 of 10 seeds at 5000 (SGD(5) × 1000 and SGD(2) × 2500, loss about
// 2e-4, one seed on its 0.25 plateau), exactly as often as Adam(0.01) in
// the same 1000 steps (9 of 10, one seed at 0.13); with 3 seeds it had
// still a seed on its plateau at 2500.
const (
	sgdBudget  = 2500
	deepBudget = 5000
)

// sgdDefaultRate is the rate of optimizer: 'sgd' in tfjs 4.22.
const sgdDefaultRate = 0.01

// maxSteps caps the step count (a loop of a million fits is "many").
const maxSteps = 1e9

// trainingSteps returns the fewest optimizer steps any training call of
// the file runs, when every one is model.fit(x, y, {epochs, batchSize})
// with known sample count and constant settings, inside only counted for
// loops of its function; ok is false otherwise. The fewest: the file's
// models each get at least that many.
func (a *checker) trainingSteps() (steps float64, ok bool) {
	steps = math.Inf(1)
	ok = true
	found := false
	a.f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		dot, isDot := call.Callee.(*ast.DotExpression)
		if !ok || !isDot {
			return
		}
		switch dot.Identifier.Name {
		case "fit":
			s, known := a.fitSteps(call)
			if !known {
				ok = false
				return
			}
			found = true
			steps = min(steps, s)
		case "fitDataset", "trainOnBatch", "minimize", "applyGradients":
			ok = false
		}
	})
	return steps, ok && found
}

// fitSteps counts the optimizer steps of one model.fit call.
func (a *checker) fitSteps(call *ast.CallExpression) (float64, bool) {
	args := call.ArgumentList
	if len(args) < 2 || len(args) > 3 {
		return 0, false
	}
	rows := batchsize.InputRows(a.r, args[0])
	if rows <= 0 {
		return 0, false
	}
	epochs, batch := 1.0, 32.0
	if len(args) == 3 {
		cfg := a.r.Eval.Object(args[2])
		if cfg == nil {
			return 0, false
		}
		for _, p := range cfg.Value {
			if _, ok := p.(*ast.PropertyKeyed); !ok {
				return 0, false // a spread or shorthand may set epochs
			}
		}
		if e := constant.Property(cfg, "epochs"); e != nil {
			v, ok := a.r.Eval.Number(e)
			if !ok || v < 1 {
				return 0, false
			}
			epochs = v
		}
		if b := constant.Property(cfg, "batchSize"); b != nil {
			v, ok := a.r.Eval.Number(b)
			if !ok || v < 1 {
				return 0, false
			}
			batch = v
		}
	}
	loops, ok := a.loopCount(call)
	if !ok {
		return 0, false
	}
	return min(maxSteps, epochs*math.Ceil(float64(rows)/batch)*loops), true
}

// loopCount multiplies the trip counts of the loops around n within its
// function: `for (let i = a; i < b; i++)` (or <=) with constant bounds.
// Any other loop is not counted.
func (a *checker) loopCount(n ast.Node) (float64, bool) {
	count := 1.0
	for p := a.f.Parent(n); p != nil; p = a.f.Parent(p) {
		switch l := p.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return count, true
		case *ast.ForStatement:
			k, ok := a.trips(l)
			if !ok {
				return 0, false
			}
			count *= k
		case *ast.ForInStatement, *ast.ForOfStatement, *ast.WhileStatement, *ast.DoWhileStatement:
			return 0, false
		}
	}
	return count, true
}

// trips counts `for (let i = a; i < b; i++)`, `i <= b`, `i += 1`.
func (a *checker) trips(l *ast.ForStatement) (float64, bool) {
	var name string
	var from ast.Expression
	switch init := l.Initializer.(type) {
	case *ast.ForLoopInitializerLexicalDecl:
		if len(init.LexicalDeclaration.List) != 1 {
			return 0, false
		}
		b := init.LexicalDeclaration.List[0]
		id, ok := b.Target.(*ast.Identifier)
		if !ok {
			return 0, false
		}
		name, from = id.Name.String(), b.Initializer
	case *ast.ForLoopInitializerVarDeclList:
		if len(init.List) != 1 {
			return 0, false
		}
		id, ok := init.List[0].Target.(*ast.Identifier)
		if !ok {
			return 0, false
		}
		name, from = id.Name.String(), init.List[0].Initializer
	default:
		return 0, false
	}
	start, ok := a.r.Eval.Number(from)
	if !ok {
		return 0, false
	}
	test, ok := l.Test.(*ast.BinaryExpression)
	if !ok {
		return 0, false
	}
	if id, ok := test.Left.(*ast.Identifier); !ok || id.Name.String() != name {
		return 0, false
	}
	end, ok := a.r.Eval.Number(test.Right)
	if !ok {
		return 0, false
	}
	if !a.stepsByOne(l.Update, name) {
		return 0, false
	}
	switch test.Operator {
	case token.LESS:
		return max(0, math.Ceil(end-start)), true
	case token.LESS_OR_EQUAL:
		return max(0, math.Floor(end-start)+1), true
	}
	return 0, false
}

// stepsByOne reports i++, ++i, i += 1.
func (a *checker) stepsByOne(e ast.Expression, name string) bool {
	switch u := e.(type) {
	case *ast.UnaryExpression:
		id, ok := u.Operand.(*ast.Identifier)
		return ok && u.Operator == token.INCREMENT && id.Name.String() == name
	case *ast.AssignExpression:
		id, ok := u.Left.(*ast.Identifier)
		if !ok || id.Name.String() != name || u.Operator != token.PLUS {
			return false
		}
		v, ok := a.r.Eval.Number(u.Right)
		return ok && v == 1
	}
	return false
}

// converges reports a small dense network (known weight count up to
// smallWeights) that the file trains for enough SGD steps at rate to
// converge, and says so for the message.
func (a *checker) converges(ev *evidence, rate float64, rateKnown bool) (string, bool) {
	if !rateKnown || rate <= 0 || ev.weights <= 0 || ev.weights > smallWeights {
		return "", false
	}
	if !a.stepsDone {
		a.stepsDone = true
		a.steps, a.stepsKnown = a.trainingSteps()
	}
	budget := sgdBudget
	if ev.dense > 2 {
		budget = deepBudget
	}
	if !a.stepsKnown || rate*a.steps < float64(budget) {
		return "", false
	}
	return fmt.Sprintf("; a tip only: this net has %d weights and trains for %s steps at rate %s (rate × steps = %s, from %d on a net this small SGD converges)",
		ev.weights, format(a.steps), format(rate), format(rate*a.steps), budget), true
}
