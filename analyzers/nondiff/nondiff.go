package nondiff

import (
	"fmt"
	"strings"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

var Analyzer = &analysis.Analyzer{
	Name:     "nondiff",
	Doc:      "reports a custom loss that cannot be differentiated (rule nondifferentiable-loss, tip 11)",
	URL:      "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/nondifferentiable-loss.md",
	Requires: []*analysis.Analyzer{tfapi.Analyzer, modeldesc.Analyzer, contexts.Analyzer},
	Run:      run,
}

const rule = "nondifferentiable-loss"

// throwing ops have no gradient function in tfjs: differentiating through
// one throws.
var throwing = map[string]bool{
	"equal": true, "notEqual": true, "greater": true, "greaterEqual": true, "less": true, "lessEqual": true,
	"logicalAnd": true, "logicalOr": true, "logicalNot": true, "logicalXor": true,
}

// zeroGrad ops have a gradient of zero everywhere.
var zeroGrad = map[string]bool{
	"argMax": true, "argMin": true, "round": true, "floor": true, "ceil": true, "sign": true, "step": true,
}

// readbacks leave the graph: their result is a plain JS value.
var readbacks = map[string]bool{
	"dataSync": true, "arraySync": true, "data": true, "array": true, "bufferSync": true, "buffer": true,
}

// forward are the methods whose result depends on a model's weights.
var forward = map[string]bool{"predict": true, "apply": true, "execute": true, "executeAsync": true}

func run(pass *analysis.Pass) (any, error) {
	info := pass.ResultOf[tfapi.Analyzer].(*tfapi.Info)
	if !info.UsesTF {
		return nil, nil
	}
	ctxs := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
	md := pass.ResultOf[modeldesc.Analyzer].(*modeldesc.Info)
	c := &checker{pass: pass, info: info, reported: map[ast.Node]bool{}}
	for _, comp := range md.Compiles {
		if ctxs.OfNode(comp.Call).Test {
			continue
		}
		fn := c.function(comp.Loss)
		if fn == nil {
			continue
		}
		// loss(yTrue, yPred): the prediction carries the gradient.
		params := jsast.FunctionParams(fn)
		if params == nil || len(params.List) < 2 {
			continue
		}
		seed := c.paramBinding(params.List[1])
		if seed == nil {
			continue
		}
		c.check(fn, map[*jsast.Binding]bool{seed: true}, false, "the loss function given to compile")
	}
	for _, call := range info.Calls {
		ce, ok := call.Node.(*ast.CallExpression)
		if !ok || len(ce.ArgumentList) == 0 || ctxs.OfNode(ce).Test {
			continue
		}
		switch call.API.Name {
		case "Optimizer.minimize", "tf.variableGrads":
			if fn := c.function(ce.ArgumentList[0]); fn != nil {
				c.check(fn, nil, true, "the function given to "+short(call.API.Name))
			}
		case "tf.grad", "tf.grads", "tf.valueAndGrad", "tf.valueAndGrads":
			fn := c.function(ce.ArgumentList[0])
			if fn == nil {
				continue
			}
			seeds := map[*jsast.Binding]bool{}
			if params := jsast.FunctionParams(fn); params != nil {
				for _, p := range params.List {
					if b := c.paramBinding(p); b != nil {
						seeds[b] = true
					}
				}
			}
			c.check(fn, seeds, true, "the function given to "+short(call.API.Name))
		}
	}
	return nil, nil
}

func short(api string) string {
	if strings.HasPrefix(api, "Optimizer.") {
		return "optimizer." + strings.TrimPrefix(api, "Optimizer.")
	}
	return api
}

type checker struct {
	pass     *analysis.Pass
	info     *tfapi.Info
	reported map[ast.Node]bool
}

// function resolves a loss expression to the function literal it is: a
// literal, or a name bound once to one (a declaration or const arrow).
func (c *checker) function(e ast.Expression) ast.Node {
	for depth := 0; depth < 4; depth++ {
		switch x := e.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return x
		case *ast.Identifier:
			b := c.info.Scope.ObjectOf(x)
			if b == nil || len(b.Writes) > 0 {
				return nil
			}
			if fn, ok := b.Decl.(*ast.FunctionLiteral); ok {
				return fn
			}
			if b.Init == nil {
				return nil
			}
			e = b.Init
		default:
			return nil
		}
	}
	return nil
}

func (c *checker) paramBinding(p *ast.Binding) *jsast.Binding {
	id, ok := p.Target.(*ast.Identifier)
	if !ok {
		return nil
	}
	return c.info.Scope.ObjectOf(id)
}

// walk is one analysis of a loss function.
type walk struct {
	c       *checker
	fn      ast.Node
	seeds   map[*jsast.Binding]bool
	weights bool // predict/apply results and tf.variables carry the gradient
	memo    map[*jsast.Binding]dep
	// throws and blocks are the ops met on the way to the returned value.
	throws, blocks []*ast.CallExpression
	names          map[*ast.CallExpression]string
	// unknown is set when a call the file does not explain (a local
	// forward function, this.net(x)) may carry the weights: a zero
	// gradient is then not the only path.
	unknown bool
}

// dep is how a value depends on what is differentiated: conn when tfjs's
// backprop visits it (any path but a readback), diff when a path has a
// non-zero gradient.
type dep struct{ conn, diff bool }

func (d dep) or(o dep) dep { return dep{d.conn || o.conn, d.diff || o.diff} }

var live = dep{true, true}

func (c *checker) check(fn ast.Node, seeds map[*jsast.Binding]bool, weights bool, what string) {
	w := &walk{c: c, fn: fn, seeds: seeds, weights: weights, memo: map[*jsast.Binding]dep{}, names: map[*ast.CallExpression]string{}}
	var ret dep
	rets := c.info.ReturnValues(fn)
	for _, r := range rets {
		if r != nil {
			ret = ret.or(w.dep(r, 0))
		}
	}
	for _, op := range w.throws {
		c.report(op, fmt.Sprintf("%s differentiates through %s, which has no gradient in tfjs: training throws \"Cannot compute gradient: gradient function not found\"; compute the loss from the predictions with differentiable ops (a cross-entropy, or a soft version of the comparison such as a sigmoid) (tip 11)", what, w.names[op]))
	}
	if len(w.throws) > 0 || ret.diff || w.unknown || len(rets) == 0 {
		return
	}
	for _, op := range w.blocks {
		name := w.names[op]
		var why string
		if readbacks[name] {
			if ret.conn {
				continue // another path reaches the weights, through a zero gradient reported below
			}
			why = fmt.Sprintf("%s reads the values out of the graph with %s, and nothing else connects the returned loss to the weights: tfjs throws \"Cannot find a connection between any variable and the result of the loss function\"", what, name)
		} else {
			why = fmt.Sprintf("every path from the weights to the value %s returns goes through %s, whose gradient is zero: the weights never change", strings.TrimPrefix(what, "the "), name)
		}
		c.report(op, why+"; compute the loss from the predictions with differentiable ops (a cross-entropy instead of argMax accuracy, the raw output instead of its rounding) (tip 11)")
	}
}

func (c *checker) report(op *ast.CallExpression, msg string) {
	if c.reported[op] {
		return
	}
	c.reported[op] = true
	f := c.info.File
	c.pass.Report(analysis.Diagnostic{Pos: f.Start(op), End: f.End(op), Category: rule, Message: msg})
}

const maxDepth = 24

// dep tells how e depends on what is differentiated, recording the
// non-differentiable ops it passes.
func (w *walk) dep(e ast.Expression, depth int) dep {
	if e == nil || depth > maxDepth {
		return dep{}
	}
	switch x := e.(type) {
	case *ast.Identifier:
		b := w.c.info.Scope.ObjectOf(x)
		if b == nil {
			return dep{}
		}
		return w.binding(b, depth)
	case *ast.CallExpression:
		return w.call(x, depth)
	case *ast.DotExpression:
		if w.weights && w.c.info.KindOf(x) == tfapi.KindVariable {
			return live
		}
		return w.dep(x.Left, depth+1)
	case *ast.BracketExpression:
		return w.dep(x.Left, depth+1)
	case *ast.AwaitExpression:
		return w.dep(x.Argument, depth+1)
	case *ast.BinaryExpression:
		return w.dep(x.Left, depth+1).or(w.dep(x.Right, depth+1))
	case *ast.UnaryExpression:
		return w.dep(x.Operand, depth+1)
	case *ast.ConditionalExpression:
		return w.dep(x.Consequent, depth+1).or(w.dep(x.Alternate, depth+1))
	case *ast.ArrayLiteral:
		var d dep
		for _, el := range x.Value {
			d = d.or(w.dep(el, depth+1))
		}
		return d
	case *ast.ObjectLiteral:
		var d dep
		for _, p := range x.Value {
			if pk, ok := p.(*ast.PropertyKeyed); ok {
				d = d.or(w.dep(pk.Value, depth+1))
			}
			if ps, ok := p.(*ast.PropertyShort); ok {
				d = d.or(w.dep(&ps.Name, depth+1))
			}
		}
		return d
	case *ast.AssignExpression:
		return w.dep(x.Right, depth+1)
	case *ast.SequenceExpression:
		if len(x.Sequence) > 0 {
			return w.dep(x.Sequence[len(x.Sequence)-1], depth+1)
		}
	case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
		var d dep
		for _, r := range w.c.info.ReturnValues(x) {
			d = d.or(w.dep(r, depth+1))
		}
		return d
	}
	return dep{}
}

// binding: a seed, a tf.variable, or a local whose values depend.
func (w *walk) binding(b *jsast.Binding, depth int) dep {
	if w.seeds[b] {
		return live
	}
	if v, ok := w.memo[b]; ok {
		return v
	}
	w.memo[b] = dep{} // a cycle reads as independent
	var d dep
	if w.weights && b.Init != nil && w.c.info.KindOf(b.Init) == tfapi.KindVariable {
		d = live
	} else if w.inside(b) {
		d = d.or(w.dep(b.Init, depth+1)).or(w.dep(b.Source, depth+1))
		for _, id := range b.Writes {
			if as, ok := w.c.info.File.Parent(id).(*ast.AssignExpression); ok && as.Left == ast.Expression(id) {
				d = d.or(w.dep(as.Right, depth+1))
			}
		}
	}
	w.memo[b] = d
	return d
}

// inside reports a binding declared within the loss function.
func (w *walk) inside(b *jsast.Binding) bool {
	if b.Ident == nil {
		return false
	}
	return w.fn.Idx0() <= b.Ident.Idx0() && b.Ident.Idx1() <= w.fn.Idx1()
}

func (w *walk) call(x *ast.CallExpression, depth int) dep {
	name, recv := w.opOf(x)
	operands := x.ArgumentList
	if recv != nil {
		operands = append([]ast.Expression{recv}, operands...)
	}
	all := func(es []ast.Expression) dep {
		var d dep
		for _, a := range es {
			d = d.or(w.dep(a, depth+1))
		}
		return d
	}
	switch {
	case throwing[name]:
		d := all(operands)
		if d.conn {
			w.names[x] = name
			w.throws = append(w.throws, x)
		}
		return dep{conn: d.conn}
	case zeroGrad[name], readbacks[name] && recv != nil:
		d := all(operands[:1])
		if d.diff {
			w.names[x] = name
			w.blocks = append(w.blocks, x)
		}
		if readbacks[name] {
			return dep{}
		}
		return dep{conn: d.conn}
	case w.weights && forward[name] && recv != nil:
		all(operands)
		return live
	}
	if w.weights && w.c.info.KindOf(x) == tfapi.KindVariable {
		return live
	}
	tfName := strings.HasPrefix(w.c.info.Name(x.Callee), "tf.")
	d := all(operands)
	if w.weights && !tfName && !d.conn && !plain[name] {
		if recv == nil || !tensorKind(w.c.info.KindOf(recv)) {
			w.unknown = true
		}
	}
	return d
}

// plain are array and Math methods: they compute on plain values.
var plain = map[string]bool{
	"map": true, "reduce": true, "filter": true, "forEach": true, "slice": true, "concat": true,
	"push": true, "join": true, "indexOf": true, "includes": true, "max": true, "min": true,
	"abs": true, "pow": true, "sqrt": true, "exp": true, "log": true,
}

func tensorKind(k tfapi.Kind) bool { return k == tfapi.KindTensor || k == tfapi.KindVariable }

// opOf names the tfjs op a call is: tf.argMax(x) gives "argMax" with no
// receiver; x.argMax() gives "argMax" with receiver x.
func (w *walk) opOf(x *ast.CallExpression) (string, ast.Expression) {
	if name, ok := strings.CutPrefix(w.c.info.Name(x.Callee), "tf."); ok && !strings.Contains(name, ".") {
		return name, nil
	}
	dot, ok := jsast.UnwrapOptional(x.Callee).(*ast.DotExpression)
	if !ok {
		return "", nil
	}
	return dot.Identifier.Name.String(), dot.Left
}
