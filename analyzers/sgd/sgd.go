package sgd

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/constant"
	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

var Analyzer = &analysis.Analyzer{
	Name:     "sgd",
	Doc:      "reports plain SGD on models with hidden non-linear layers (rule sgd-optimizer, tip 5)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/sgd-optimizer.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, modeldesc.Analyzer},
	Run:      run,
}

const (
	rule     = "sgd-optimizer"
	advice   = "it converges slowly and needs a hand-tuned learning rate"
	maxDepth = 16

	// Adam's working range: a rate the user tuned inside it is kept.
	adamMin, adamMax = 1e-4, 0.01

	// fewWeights is the size up to which a network is a curve fit with a
	// handful of coefficients (a 2-2-1 XOR net has 9, a 1-1-1 net 4): there
	// is no spread of gradient scales for Adam to even out, and in tfjs
	// runs SGD trained such nets as well as Adam.
	fewWeights = 12

	// smallWeights bounds the dense networks for which Adam's default
	// 0.001 is too slow: every Adam step moves a weight by about the rate,
	// and the few updates of a small-data run leave such nets on their
	// plateau (measured in tfjs on XOR and 3-4-2-3 nets), while 0.01 trains
	// them faster than SGD.
	smallWeights = 1000

	// smallRate is Adam's rate for such small nets. In tfjs 4.22 (3
	// seeds) a 3-4-3-1 relu net fitted to 2x+3y-z on 1000 rows, 50 epochs
	// of batch 32, ended at MSE 0.25-0.41 with SGD(0.001), 0.38-1.23 with
	// Adam(0.001) and 0.005-0.24 with Adam(0.01).
	smallRate = 0.01
)

// checker holds the per-file state of the rule.
type checker struct {
	pass *analysis.Pass
	info *tfapi.Info
	f    *jsast.File
	r    *modeldesc.Reader
	seen map[ast.Node]bool
	// rateSetters are the receivers of the file's setLearningRate calls (nil: not read yet).
	rateSetters []string

	random, randomDone    bool
	steps                 float64 // see trainingSteps
	stepsKnown, stepsDone bool
	mod, modKnown         bool // the file has module syntax (see moduleSyntax)
}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF || runctx.Of(pass).NoTraining {
		return nil, nil // the optimizer of a model that is never trained does not matter
	}
	f := info.File
	a := &checker{
		pass: pass,
		info: info,
		f:    f,
		r:    pass.ResultOf[modeldesc.Analyzer].(*modeldesc.Info).Reader(),
	}
	for _, c := range info.Calls {
		switch c.API.Name {
		case "tf.train.sgd", "tf.SGDOptimizer":
			if a.inTest(c.Node) || a.scheduled(c.Node) {
				continue
			}
			a.seen = map[ast.Node]bool{}
			if ev := a.trainedBy(c.Node, false, 0); ev != nil {
				a.reportCall(c, ev)
			}
		}
	}
	seen := map[*ast.StringLiteral]bool{} // one config object may serve several compiles
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		a.checkCompile(seen, n.(*ast.CallExpression))
	})
	return nil, nil
}

// inTest reports code inside a test-framework callback (it, test,
// describe): unit tests check the mechanics of training, not how well it
// converges.
func (a *checker) inTest(n ast.Node) bool {
	for p := a.f.Parent(n); p != nil; p = a.f.Parent(p) {
		call, ok := p.(*ast.CallExpression)
		if !ok {
			continue
		}
		callee := call.Callee
		if dot, ok := callee.(*ast.DotExpression); ok {
			callee = dot.Left // it.only, describe.skip
		}
		id, ok := callee.(*ast.Identifier)
		if !ok {
			continue
		}
		switch id.Name {
		case "it", "test", "describe":
			if b := a.info.Scope.ObjectOf(id); b == nil || b.Import != nil {
				return true
			}
		}
	}
	return false
}

// onWhat describes what SGD trains for a message: "a model with a hidden
// non-linear layer (dense layer with activation 'relu', line 8)".
func (a *checker) onWhat(ev *evidence) string {
	subject := ev.subject
	if subject == "" {
		subject = "a model with a hidden non-linear layer"
	}
	if ev.desc == "" {
		return subject
	}
	return fmt.Sprintf("%s (%s, line %d)", subject, ev.desc, a.f.Tok.Line(a.f.Start(ev.node)))
}

// moot reports evidence on which the optimizer does not matter: a network
// of a handful of weights, or a file whose every training call fits
// random inputs to random targets (a demo with nothing to learn).
func (a *checker) moot(ev *evidence) bool {
	return ev.weights > 0 && ev.weights <= fewWeights || a.randomOnly()
}

// randomOnly reports a file that trains only with model.fit(x, y) where x
// and y are both random tensors, or model.fitDataset over a generator of
// random {xs, ys} pairs.
func (a *checker) randomOnly() bool {
	if a.randomDone {
		return a.random
	}
	a.randomDone = true
	fits := 0
	ok := true
	a.f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpression)
		dot, isDot := call.Callee.(*ast.DotExpression)
		if !isDot {
			return
		}
		switch dot.Identifier.Name {
		case "fit":
			args := call.ArgumentList
			if len(args) >= 2 && a.randomTensor(args[0], 0) && a.randomTensor(args[1], 0) {
				fits++
				return
			}
			ok = false
		case "fitDataset":
			if len(call.ArgumentList) > 0 && a.randomDataset(call.ArgumentList[0], 0) {
				fits++
				return
			}
			ok = false
		case "trainOnBatch", "minimize", "applyGradients":
			ok = false
		}
	})
	a.random = ok && fits > 0
	return a.random
}

// datasetSteps are the tf.data.Dataset methods that reorder, group or
// repeat the elements without computing new ones.
var datasetSteps = map[string]bool{"shuffle": true, "batch": true, "repeat": true, "take": true, "skip": true, "prefetch": true}

// randomDataset reports a dataset made by tf.data.generator(g), possibly
// shuffled, batched or repeated, where the local generator function g
// yields only {xs, ys} objects whose two tensors are drawn at random.
func (a *checker) randomDataset(e ast.Expression, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := e.(type) {
	case *ast.Identifier:
		vals, exact, ok := a.r.Flow.Values(x)
		return ok && exact && a.randomDataset(vals[0], depth+1)
	case *ast.CallExpression:
		if a.info.Name(x.Callee) == "tf.data.generator" {
			if len(x.ArgumentList) != 1 {
				return false
			}
			id, ok := x.ArgumentList[0].(*ast.Identifier)
			if !ok {
				return false
			}
			fn := a.r.Flow.FunctionOf(id)
			return fn != nil && a.yieldsRandomPairs(fn)
		}
		if dot, ok := x.Callee.(*ast.DotExpression); ok && datasetSteps[dot.Identifier.Name.String()] {
			return a.randomDataset(dot.Left, depth+1)
		}
	}
	return false
}

// yieldsRandomPairs reports a generator function whose every yield (at
// least one) is an object literal with random xs and ys.
func (a *checker) yieldsRandomPairs(fn ast.Node) bool {
	body := jsast.FunctionBody(fn)
	if body == nil {
		return false
	}
	yields, random := 0, true
	jsast.NewInspector(body).Preorder([]ast.Node{(*ast.YieldExpression)(nil)}, func(n ast.Node) {
		y := n.(*ast.YieldExpression)
		yields++
		obj, ok := y.Argument.(*ast.ObjectLiteral)
		if !ok || y.Delegate {
			random = false
			return
		}
		xs, ys := constant.Property(obj, "xs"), constant.Property(obj, "ys")
		if xs == nil || ys == nil || !a.randomTensor(xs, 0) || !a.randomTensor(ys, 0) {
			random = false
		}
	})
	return yields > 0 && random
}

// randomTensor reports a tensor drawn at random (tf.randomNormal, …).
func (a *checker) randomTensor(e ast.Expression, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch x := e.(type) {
	case *ast.Identifier:
		vals, exact, ok := a.r.Flow.Values(x)
		return ok && exact && a.randomTensor(vals[0], depth+1)
	case *ast.CallExpression:
		switch a.info.Name(x.Callee) {
		case "tf.randomNormal", "tf.randomUniform", "tf.truncatedNormal", "tf.randomStandardNormal", "tf.randomGamma":
			return true
		}
	}
	return false
}

func (a *checker) reportCall(c tfapi.Call, ev *evidence) {
	if a.moot(ev) || a.deadCode(c.Node) {
		return
	}
	f := a.f
	newArgs, rateNote := a.adamRate(jsast.Arguments(c.Node), ev.weights > 0 && ev.weights <= smallWeights)
	d := analysis.Diagnostic{
		Pos:      f.Start(c.Node),
		End:      f.End(c.Node),
		Category: rule,
		Message: fmt.Sprintf("%s is plain SGD on %s: %s; use tf.train.adam(%s)%s (tip 5)",
			c.API.Name, a.onWhat(ev), advice, newArgs, rateNote),
	}
	// Suggest `….train.adam(…)` when the callee spells out `.sgd` — not
	// when the rate comes from a value known only at run time (a
	// learning-rate field of the page): replacing it would silently
	// disconnect that input.
	if call, ok := c.Node.(*ast.CallExpression); ok && !a.runtimeRate(jsast.Arguments(c.Node)) {
		if dot, ok := call.Callee.(*ast.DotExpression); ok && dot.Identifier.Name == "sgd" {
			msg := "Use Adam with learning rate " + newArgs
			if rateNote != "" && newArgs == "0.001" {
				msg = "Use Adam with its default learning rate 0.001"
			}
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message: msg,
				TextEdits: []analysis.TextEdit{{
					Pos:     f.Pos(dot.Identifier.Idx),
					End:     f.Pos(call.RightParenthesis + 1),
					NewText: []byte("adam(" + newArgs + ")"),
				}},
			}}
		}
	}
	if arg := firstArg(c.Node); arg != nil {
		v, known := a.number(arg)
		if note, ok := a.converges(ev, v, known); ok {
			d.Category = runctx.Category(rule, rules.Info)
			d.Message = strings.TrimSuffix(d.Message, " (tip 5)") + note + " (tip 5)"
			d.SuggestedFixes = nil
		}
	}
	a.pass.Report(d)
}

// firstArg returns a call's first argument, or nil.
func firstArg(n ast.Node) ast.Expression {
	if args := jsast.Arguments(n); len(args) > 0 {
		return args[0]
	}
	return nil
}

// runtimeRate reports a learning rate argument whose value is only known
// at run time.
func (a *checker) runtimeRate(args []ast.Expression) bool {
	if len(args) == 0 {
		return false
	}
	_, ok := a.number(args[0])
	return !ok
}

// adamRate picks Adam's learning rate: the user's when it is a known value
// inside Adam's working range, else Adam's default 0.001 (0.01 for a small
// dense network) — then note says that and why the rate changes.
func (a *checker) adamRate(args []ast.Expression, small bool) (rate, note string) {
	fallback, named := "0.001", "Adam's default"
	if small {
		fallback, named = format(smallRate), "0.01, Adam's rate for a small dense network"
	}
	if len(args) == 0 {
		return fallback, ""
	}
	arg := args[0]
	text := strings.TrimSpace(a.f.Text(arg))
	if len(text) > 30 || strings.ContainsAny(text, "\n") {
		text = jsast.ShortCall(arg)
	}
	lr, ok := a.number(arg)
	switch {
	case !ok:
		return fallback, fmt.Sprintf(": the learning rate changes to %s (%s was tuned for SGD)", named, text)
	case small && lr >= adamMin && lr < smallRate:
		// Adam moves each weight by about its rate per step, SGD by the
		// rate times the gradient: on a small net a low rate that suits
		// SGD leaves Adam far behind it.
		return fallback, fmt.Sprintf(": the learning rate changes to %s (at %s Adam moves each weight by about the rate per step and trains a net this small slower than SGD did)",
			named, text)
	case lr >= adamMin && lr <= adamMax:
		return strings.TrimSpace(a.f.Text(arg)), ""
	}
	value := format(lr)
	if _, literal := arg.(*ast.NumberLiteral); !literal {
		value += " (" + text + ")"
	}
	return fallback, fmt.Sprintf(": the learning rate changes to %s (%s is outside Adam's range %s–%s)",
		named, value, format(adamMin), format(adamMax))
}

// number folds e to a number: what the constant evaluator knows, and static
// class fields (Trainer.LEARNING_RATE) that are never assigned.
func (a *checker) number(e ast.Expression) (float64, bool) {
	if v, ok := a.r.Eval.Number(e); ok {
		return v, true
	}
	dot, ok := e.(*ast.DotExpression)
	if !ok {
		return 0, false
	}
	id, ok := dot.Left.(*ast.Identifier)
	if !ok {
		return 0, false
	}
	b := a.info.Scope.ObjectOf(id)
	if b == nil || b.Kind != jsast.ClassName || b.Reassigned() {
		return 0, false
	}
	cl, ok := b.Decl.(*ast.ClassLiteral)
	if !ok {
		return 0, false
	}
	name := dot.Identifier.Name
	var init ast.Expression
	for _, el := range cl.Body {
		if fd, ok := el.(*ast.FieldDefinition); ok && fd.Static && !fd.Computed {
			if k, ok := fd.Key.(*ast.StringLiteral); ok && k.Value == name {
				init = fd.Initializer
			}
		}
	}
	if init == nil || a.staticWritten(b, name.String()) {
		return 0, false
	}
	return a.r.Eval.Number(init)
}

// staticWritten reports an assignment to Class.name anywhere in the file.
func (a *checker) staticWritten(class *jsast.Binding, name string) bool {
	for _, r := range class.Refs {
		dot, ok := a.f.Parent(r).(*ast.DotExpression)
		if !ok || dot.Left != ast.Expression(r) || dot.Identifier.Name.String() != name {
			continue
		}
		switch p := a.f.Parent(dot).(type) {
		case *ast.AssignExpression:
			if p.Left == ast.Expression(dot) {
				return true
			}
		case *ast.UnaryExpression:
			return true
		}
	}
	return false
}

func format(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// checkCompile reports optimizer: 'sgd' in the config of model.compile when
// the model has a hidden non-linear layer. The receiver must be a known
// tfjs model, or the config must also name a loss, which only tfjs-style
// compile configs do.
func (a *checker) checkCompile(seen map[*ast.StringLiteral]bool, call *ast.CallExpression) {
	dot, ok := call.Callee.(*ast.DotExpression)
	if !ok || dot.Identifier.Name != "compile" || len(call.ArgumentList) != 1 {
		return
	}
	cfg := a.r.Eval.Object(call.ArgumentList[0])
	if cfg == nil {
		return
	}
	api, known := a.info.API(call)
	if !(known && api.Name == "LayersModel.compile") && constant.Property(cfg, "loss") == nil {
		return
	}
	lit, ok := constant.Property(cfg, "optimizer").(*ast.StringLiteral)
	if !ok || !strings.EqualFold(lit.Value.String(), "sgd") || seen[lit] || a.inTest(call) || a.recompiledNext(call, dot.Left) {
		return
	}
	ev := a.modelAt(dot.Left, call).found
	if ev == nil || a.moot(ev) || a.deadCode(call) {
		return
	}
	seen[lit] = true
	f := a.f
	quote := f.Text(lit)[:1]
	d := analysis.Diagnostic{
		Pos:      f.Start(lit),
		End:      f.End(lit),
		Category: rule,
		Message:  fmt.Sprintf("optimizer '%s' is plain SGD on %s: %s; use 'adam' (tip 5)", lit.Value.String(), a.onWhat(ev), advice),
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "Use 'adam'",
			TextEdits: []analysis.TextEdit{{Pos: f.Start(lit), End: f.End(lit), NewText: []byte(quote + "adam" + quote)}},
		}},
	}
	if ev.weights > 0 && ev.weights <= smallWeights {
		// 'adam' runs at Adam's default 0.001, below the 'sgd' default
		// 0.01: on a small dense net that trains slower than the SGD it
		// replaces (tfjs 4.22, 2-8-1 tanh XOR, batch 1, 1000 epochs, 3
		// seeds: SGD(0.01) loss 0.17-0.19, Adam(0.001) 0.08-0.13,
		// Adam(0.01) 2e-4).
		adam := "tf.train.adam(" + format(smallRate) + ")"
		d.Message = fmt.Sprintf("optimizer '%s' is plain SGD on %s: %s; use %s, Adam's rate for a small dense network ('adam' would run at its default 0.001 and train a net this small slower than SGD) (tip 5)",
			lit.Value.String(), a.onWhat(ev), advice, adam)
		d.SuggestedFixes = nil
		if ns := a.tfNamespace(); ns != "" {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Use Adam with learning rate " + format(smallRate),
				TextEdits: []analysis.TextEdit{{Pos: f.Start(lit), End: f.End(lit), NewText: []byte(ns + ".train.adam(" + format(smallRate) + ")")}},
			}}
		}
	}
	if note, ok := a.converges(ev, sgdDefaultRate, true); ok {
		d.Category = runctx.Category(rule, rules.Info)
		d.Message = strings.TrimSuffix(d.Message, " (tip 5)") + note + " (tip 5)"
		d.SuggestedFixes = nil
	}
	a.pass.Report(d)
}

// tfNamespace returns the name this file calls tfjs by (tf, tfjs, …): the
// root of a call that resolves to a tfjs API, or "" when there is none.
func (a *checker) tfNamespace() string {
	for _, c := range a.info.Calls {
		call, ok := c.Node.(*ast.CallExpression)
		if !ok || !strings.HasPrefix(c.API.Name, "tf.") {
			continue
		}
		e := call.Callee
		for {
			dot, ok := e.(*ast.DotExpression)
			if !ok {
				break
			}
			e = dot.Left
		}
		if id, ok := e.(*ast.Identifier); ok && a.info.Name(id) == "tf" {
			return id.Name.String()
		}
	}
	return ""
}

// recompiledNext reports a compile whose very next statement compiles the
// same model again: only the later one takes effect, and it is the one to
// report.
func (a *checker) recompiledNext(call *ast.CallExpression, model ast.Expression) bool {
	stmt, ok := a.f.Parent(call).(*ast.ExpressionStatement)
	if !ok {
		return false
	}
	list, ok := jsast.StatementList(a.f.Parent(stmt))
	if !ok {
		return false
	}
	i := slices.Index(list, ast.Statement(stmt))
	if i < 0 || i+1 >= len(list) {
		return false
	}
	next, ok := list[i+1].(*ast.ExpressionStatement)
	if !ok {
		return false
	}
	c, ok := next.Expression.(*ast.CallExpression)
	if !ok {
		return false
	}
	d, ok := c.Callee.(*ast.DotExpression)
	return ok && d.Identifier.Name == "compile" && a.f.Text(d.Left) == a.f.Text(model)
}
