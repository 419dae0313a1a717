package sgd

import (
	"fmt"

	"github.com/grafana/sobek/ast"
	"github.com/grafana/sobek/token"

	"github.com/tfjslint/tfjslint/jsast"
)

// evidence is what makes SGD a poor choice for a model: a hidden layer (or
// op) with a non-linear activation that feeds a later weighted layer.
type evidence struct {
	node    ast.Node
	desc    string // "dense layer with activation 'relu'"; "" for none
	subject string // what SGD trains; "" for "a model with a hidden non-linear layer"
	// weights is the model's trainable weight count when every layer's
	// size is known from its config (dense layers only), else 0.
	weights int
}

// layerKind classifies a tf.layers factory for the hidden-layer test.
type layerKind int

const (
	kindOther      layerKind = iota // no weights, no activation: flatten, dropout, pooling, merges …
	kindWeighted                    // dense, conv*, rnn, embedding …
	kindActivation                  // activation, reLU, leakyReLU, elu, prelu, softmax …
)

// layer is one layer of a model as far as the hidden-layer test cares.
type layer struct {
	kind layerKind
	// nonlinear: its output goes through a non-linear function (a weighted
	// layer's activation, an RNN's gates, an activation layer).
	nonlinear bool
	node      ast.Node
	desc      string
	// units and in size a dense layer (0 when unknown: in comes from the
	// previous layer); passes is a weightless layer that keeps the width
	// (dropout, an activation).
	units, in int
	passes    bool
}

// weightedLayers are the layer factories with trainable kernels. The value
// is the activation the layer applies when its config names none: "" for
// linear, else a description of the built-in non-linearity.
var weightedLayers = map[string]string{
	"dense": "", "conv1d": "", "conv2d": "", "conv3d": "", "conv2dTranspose": "", "conv3dTranspose": "",
	"separableConv2d": "", "depthwiseConv2d": "", "embedding": "",
	"simpleRNN": "tanh", "gru": "gates", "lstm": "gates", "convLstm2d": "gates",
	"gruCell": "gates", "lstmCell": "gates", "simpleRNNCell": "tanh", "rnn": "gates",
}

// alwaysNonlinear are the weighted layers whose gates keep them
// non-linear whatever their activation.
var alwaysNonlinear = map[string]bool{
	"gru": true, "lstm": true, "convLstm2d": true, "gruCell": true, "lstmCell": true, "rnn": true,
}

// activationLayers apply a fixed non-linearity (activation names its own).
var activationLayers = map[string]bool{
	"activation": true, "reLU": true, "leakyReLU": true, "elu": true, "prelu": true,
	"thresholdedReLU": true, "softmax": true,
}

// state folds a path of layers from the input to the output: after a
// weighted layer and a non-linearity, a later weighted layer makes the
// non-linearity hidden.
type state struct {
	weighted bool      // a weighted layer was seen
	pending  *evidence // a non-linearity after a weighted layer, waiting for another weighted layer
	found    *evidence // a hidden non-linearity

	// width is the feature count flowing out so far and weights the
	// weights counted; unsized once a layer's size is not known.
	width, weights int
	unsized        bool
}

// size counts l's weights into s.
func (s state) size(l layer) state {
	switch {
	case s.unsized:
	case l.kind == kindWeighted && l.units > 0:
		in := l.in
		if in == 0 {
			in = s.width
		}
		if in <= 0 {
			s.unsized = true
			break
		}
		s.weights += (in + 1) * l.units
		s.width = l.units
	case l.kind == kindActivation || l.passes:
	default:
		s.unsized = true
	}
	return s
}

// result is the hidden non-linearity found, with the model's weight count
// when it is known.
func (s state) result() *evidence {
	if s.found == nil {
		return nil
	}
	ev := *s.found
	if !s.unsized && s.weights > 0 {
		ev.weights = s.weights
	}
	return &ev
}

func (s state) then(l layer) state {
	s = s.size(l)
	if s.found != nil {
		return s
	}
	switch l.kind {
	case kindWeighted:
		if s.pending != nil {
			s.found = s.pending
			return s
		}
		s.weighted = true
		s.pending = nil
		if l.nonlinear {
			s.pending = &evidence{node: l.node, desc: l.desc}
		}
	case kindActivation:
		if l.nonlinear && s.weighted {
			s.pending = &evidence{node: l.node, desc: l.desc}
		}
	}
	return s
}

func join(a, b state) state {
	if a.found == nil {
		a.found = b.found
	}
	if a.pending == nil {
		a.pending = b.pending
	}
	a.weighted = a.weighted || b.weighted
	a.unsized = true // a merge of paths (concatenate, multiple outputs): not counted
	return a
}

// layerOf classifies a layer expression: a tf.layers factory call, or a
// variable holding one. ok is false for anything else (custom layers,
// parameters), which the test skips.
func (a *checker) layerOf(e ast.Expression, depth int) (layer, bool) {
	if depth > maxDepth {
		return layer{}, false
	}
	switch x := e.(type) {
	case *ast.Identifier:
		vals, exact, ok := a.fl.Values(x)
		if !ok || !exact {
			return layer{}, false
		}
		return a.layerOf(vals[0], depth+1)
	case *ast.CallExpression:
		name := a.info.Name(x.Callee)
		const prefix = "tf.layers."
		if len(name) <= len(prefix) || name[:len(prefix)] != prefix {
			return layer{}, false
		}
		return a.classify(name[len(prefix):], x, depth)
	}
	return layer{}, false
}

func (a *checker) classify(factory string, call *ast.CallExpression, depth int) (layer, bool) {
	var cfg *ast.ObjectLiteral
	if len(call.ArgumentList) > 0 {
		cfg = a.ev.Object(call.ArgumentList[0])
	}
	switch {
	case factory == "timeDistributed" || factory == "bidirectional":
		if cfg == nil {
			return layer{kind: kindWeighted, node: call}, true
		}
		inner, ok := a.layerOf(property(cfg, "layer"), depth+1)
		if !ok {
			return layer{kind: kindWeighted, node: call}, true
		}
		inner.node = call
		inner.desc = factory + "(" + inner.desc + ")"
		return inner, true
	case activationLayers[factory]:
		l := layer{kind: kindActivation, nonlinear: true, node: call, desc: factory + " layer"}
		if factory == "activation" {
			act, known := a.activation(cfg)
			switch {
			case !known:
				return layer{kind: kindOther, node: call}, true
			case act == "" || act == "linear":
				l.nonlinear = false
			default:
				l.desc = "activation layer '" + act + "'"
			}
		}
		return l, true
	}
	builtin, weighted := weightedLayers[factory]
	if !weighted {
		return layer{kind: kindOther, node: call, passes: passThrough[factory]}, true
	}
	l := layer{kind: kindWeighted, node: call, desc: factory + " layer"}
	if factory == "dense" {
		l.units, l.in = a.denseSize(cfg)
	}
	act, known := a.activation(cfg)
	switch {
	case alwaysNonlinear[factory]:
		l.nonlinear = true
	case !known:
		// A weighted layer whose activation is not known can still be the
		// layer that makes an earlier non-linearity hidden.
	case act == "":
		if builtin != "" {
			l.nonlinear = true
			l.desc = fmt.Sprintf("%s layer (%s by default)", factory, builtin)
		}
	case act != "linear":
		l.nonlinear = true
		l.desc = fmt.Sprintf("%s layer with activation '%s'", factory, act)
	}
	return l, true
}

// passThrough are weightless layers that keep the feature width.
var passThrough = map[string]bool{
	"dropout": true, "alphaDropout": true, "gaussianDropout": true, "gaussianNoise": true,
}

// denseSize reads units and the input width (inputShape: [n], inputDim:
// n, batchInputShape: [null, n]) of a dense layer config; 0 for unknown.
func (a *checker) denseSize(cfg *ast.ObjectLiteral) (units, in int) {
	if cfg == nil {
		return 0, 0
	}
	units = a.count(property(cfg, "units"))
	if v := property(cfg, "inputDim"); v != nil {
		return units, a.count(v)
	}
	if arr, ok := property(cfg, "inputShape").(*ast.ArrayLiteral); ok && len(arr.Value) == 1 {
		return units, a.count(arr.Value[0])
	}
	if arr, ok := property(cfg, "batchInputShape").(*ast.ArrayLiteral); ok && len(arr.Value) == 2 {
		return units, a.count(arr.Value[1])
	}
	return units, 0
}

// count folds e to a positive integer, 0 when it is not one.
func (a *checker) count(e ast.Expression) int {
	if e == nil {
		return 0
	}
	v, ok := a.ev.Number(e)
	if !ok || v < 1 || v > 1e9 || v != float64(int(v)) {
		return 0
	}
	return int(v)
}

// activation returns the activation a layer config names ("" when it names
// none); known is false when the config or the value is not a constant.
func (a *checker) activation(cfg *ast.ObjectLiteral) (string, bool) {
	if cfg == nil {
		return "", false
	}
	for _, p := range cfg.Value {
		if _, spread := p.(*ast.SpreadElement); spread {
			return "", false
		}
	}
	v := property(cfg, "activation")
	if v == nil {
		return "", true
	}
	s, ok := a.ev.String(v)
	return s, ok
}

// modelKey names where a model lives: a variable, an undeclared global of
// a page, or a property of `this` in a class.
type modelKey struct {
	b      *jsast.Binding
	global string
	class  *ast.ClassLiteral
	field  string
}

func (a *checker) keyOf(e ast.Expression) (modelKey, bool) {
	switch x := e.(type) {
	case *ast.Identifier:
		if b := a.info.Scope.ObjectOf(x); b != nil {
			return modelKey{b: b}, true
		}
		return modelKey{global: x.Name.String()}, true
	case *ast.DotExpression:
		if _, this := x.Left.(*ast.ThisExpression); this {
			if cl := a.fl.ThisClass(x); cl != nil {
				return modelKey{class: cl, field: x.Identifier.Name.String()}, true
			}
		}
	}
	return modelKey{}, false
}

// def is one value stored in a model key: a declaration, an assignment or a
// class field.
type def struct {
	at    ast.Node // the declaring identifier or the assignment
	value ast.Expression
}

// addCall is a `key.add(layer)` call.
type addCall struct {
	call  *ast.CallExpression
	layer ast.Expression
}

// index collects, once per file, what every model key is assigned and the
// layers added to it.
func (a *checker) index() {
	if a.defs != nil {
		return
	}
	a.defs = map[modelKey][]def{}
	a.adds = map[modelKey][]addCall{}
	for id, b := range a.info.Scope.Defs {
		if b.Init != nil && b.Ident == id {
			a.defs[modelKey{b: b}] = append(a.defs[modelKey{b: b}], def{at: id, value: b.Init})
		}
	}
	types := []ast.Node{(*ast.AssignExpression)(nil), (*ast.CallExpression)(nil), (*ast.FieldDefinition)(nil)}
	a.f.Inspector().Preorder(types, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignExpression:
			if n.Operator != token.ASSIGN {
				return
			}
			if k, ok := a.keyOf(n.Left); ok {
				a.defs[k] = append(a.defs[k], def{at: n, value: n.Right})
			}
		case *ast.FieldDefinition:
			k, ok := n.Key.(*ast.StringLiteral)
			if !ok || n.Computed || n.Static || n.Initializer == nil {
				return
			}
			if cl, ok := a.f.Parent(n).(*ast.ClassLiteral); ok {
				key := modelKey{class: cl, field: k.Value.String()}
				a.defs[key] = append(a.defs[key], def{at: n, value: n.Initializer})
			}
		case *ast.CallExpression:
			dot, ok := n.Callee.(*ast.DotExpression)
			if !ok || dot.Identifier.Name != "add" || len(n.ArgumentList) != 1 {
				return
			}
			if k, ok := a.keyOf(dot.Left); ok {
				a.adds[k] = append(a.adds[k], addCall{call: n, layer: n.ArgumentList[0]})
			}
		}
	})
	// Declarations come from a map: put every key's definitions in source order.
	for k, ds := range a.defs {
		sortDefs(ds)
		a.defs[k] = ds
	}
}

func sortDefs(ds []def) {
	for i := 1; i < len(ds); i++ {
		for j := i; j > 0 && ds[j].at.Idx0() < ds[j-1].at.Idx0(); j-- {
			ds[j], ds[j-1] = ds[j-1], ds[j]
		}
	}
}

// enclosingFunction returns the function, arrow or program around n.
func (a *checker) enclosingFunction(n ast.Node) ast.Node {
	for p := a.f.Parent(n); p != nil; n, p = p, a.f.Parent(p) {
		switch p.(type) {
		case *ast.FunctionLiteral, *ast.ArrowFunctionLiteral:
			return p
		}
	}
	return n
}

// modelAt returns what is known of the model e holds at site. Where e may
// hold several models, see combine.
func (a *checker) modelAt(e ast.Expression, site ast.Node, depth int) model {
	if depth > maxDepth || e == nil {
		return model{}
	}
	if !a.trail.Enter(e) {
		return model{}
	}
	defer a.trail.Leave(e)
	switch x := e.(type) {
	case *ast.AwaitExpression:
		return a.modelAt(x.Argument, site, depth+1)
	case *ast.CallExpression:
		return a.valueModel(x, modelKey{}, nil, depth+1)
	}
	k, ok := a.keyOf(e)
	if !ok {
		return model{}
	}
	if k.b != nil && k.b.Kind == jsast.Param {
		id, _ := e.(*ast.Identifier)
		if args, ok := a.fl.Args(id); ok {
			return combine(len(args), func(i int) model { return a.modelAt(args[i], args[i], depth+1) })
		}
		return a.fileModels(depth + 1)
	}
	a.index()
	ds := a.defs[k]
	if cands := a.reaching(ds, site); cands != nil {
		ds = cands
	}
	return combine(len(ds), func(i int) model { return a.valueModel(ds[i].value, k, &ds[i], depth+1) })
}

// reaching returns the definitions that may reach site within its
// function: the last one before it there, and the ones before that while
// the later ones sit under a condition or in a loop (they may not run); nil
// when none of ds is in that function.
func (a *checker) reaching(ds []def, site ast.Node) []def {
	fn := a.enclosingFunction(site)
	var out []def
	for i := len(ds) - 1; i >= 0; i-- {
		d := ds[i]
		if d.at.Idx0() >= site.Idx0() || a.enclosingFunction(d.at) != fn {
			continue
		}
		out = append(out, d)
		if a.certain(d.at, fn, site) {
			return out
		}
	}
	return nil // none surely runs before site here: every definition may reach it
}

// model is what is known of a model: found is its hidden non-linearity;
// built says the value was traced to where it is built (tf.sequential,
// tf.model), so that a nil found means it has none.
type model struct {
	found *evidence
	built bool
}

// combine merges the models a value may hold: a hidden non-linearity in
// one of them counts unless another is built without one (a linear model
// on one path keeps the rule silent; a loaded model does not).
func combine(n int, f func(int) model) model {
	var out model
	for i := range n {
		m := f(i)
		switch {
		case m.built && m.found == nil:
			return model{built: true}
		case m.found != nil && out.found == nil:
			out = m
		}
	}
	return out
}

// fileModels is the fallback for a model handed in by unknown callers (an
// exported train(model)): the models the file builds, when there are some
// and every one of them has a hidden non-linearity.
func (a *checker) fileModels(depth int) model {
	if a.builtDone {
		return a.built
	}
	a.builtDone = true
	var creations []*ast.CallExpression
	for _, c := range a.info.Calls {
		if call, ok := c.Node.(*ast.CallExpression); ok && (c.API.Name == "tf.sequential" || c.API.Name == "tf.model") {
			creations = append(creations, call)
		}
	}
	a.index()
	a.built = combine(len(creations), func(i int) model {
		c := creations[i]
		k, d := a.ownerOf(c)
		return a.valueModel(c, k, d, depth)
	})
	return a.built
}

// ownerOf finds the key and definition a model creation is stored with.
func (a *checker) ownerOf(c *ast.CallExpression) (modelKey, *def) {
	for k, ds := range a.defs {
		for i := range ds {
			if ds[i].value == ast.Expression(c) {
				return k, &ds[i]
			}
		}
	}
	return modelKey{}, nil
}

// valueModel evaluates one value stored in a model key: a tf.sequential
// with its layers (config and key.add calls), a tf.model graph, or what a
// local function returns.
func (a *checker) valueModel(v ast.Expression, k modelKey, d *def, depth int) model {
	if depth > maxDepth {
		return model{}
	}
	switch x := v.(type) {
	case *ast.AwaitExpression:
		return a.valueModel(x.Argument, k, d, depth+1)
	case *ast.Identifier:
		return a.modelAt(x, x, depth+1)
	case *ast.CallExpression:
		switch a.info.Name(x.Callee) {
		case "tf.sequential":
			return model{found: a.sequential(x, k, d, depth), built: true}
		case "tf.model":
			return model{found: a.functional(x, depth), built: true}
		}
		if fn := a.fl.Callee(x); fn != nil {
			rets, _ := flowReturns(fn)
			return combine(len(rets), func(i int) model { return a.modelAt(rets[i], rets[i], depth+1) })
		}
	}
	return model{}
}

// sequential evaluates a tf.sequential model: the layers of its config,
// then the layers added to its key. Adds in one function run in source
// order; adds in different functions are not ordered, so each function's
// adds are folded on their own. Adds under a condition or in a loop may not
// run and are skipped.
func (a *checker) sequential(call *ast.CallExpression, k modelKey, d *def, depth int) *evidence {
	var s state
	if len(call.ArgumentList) > 0 {
		if cfg := a.ev.Object(call.ArgumentList[0]); cfg != nil {
			if arr, ok := property(cfg, "layers").(*ast.ArrayLiteral); ok {
				for _, el := range arr.Value {
					if l, ok := a.layerOf(el, depth+1); ok {
						s = s.then(l)
					} else {
						s.unsized = true
					}
				}
			}
		}
	}
	if d == nil {
		return s.result()
	}
	a.index()
	home := a.enclosingFunction(d.at)
	single := len(a.defs[k]) == 1
	groups := map[ast.Node]state{home: s}
	// The first group to find a hidden non-linearity is the evidence; the
	// weights are counted only when all layers are added in one function.
	var firstFn ast.Node
	if s.found != nil {
		firstFn = home
	}
	used := map[ast.Node]bool{}
	if s.weighted || s.width != 0 || s.unsized {
		used[home] = true
	}
	for _, add := range a.adds[k] {
		fn := a.enclosingFunction(add.call)
		if fn == home {
			if add.call.Idx0() < d.at.Idx0() || a.redefinedBetween(k, d, add.call) {
				continue
			}
		} else if !single {
			continue
		}
		var l layer
		unsure := func() { // a layer that may be missing or whose size is not known
			g := groups[fn]
			g.unsized = true
			groups[fn] = g
		}
		if sw, alt, first := a.alternative(add, k, depth); sw != nil {
			if !first || !a.certain(sw, fn, d.at) {
				unsure()
				continue
			}
			l = alt
			l.units = 0 // the cases may differ in size
		} else {
			if !a.certain(add.call, fn, d.at) {
				unsure()
				continue
			}
			var ok bool
			if l, ok = a.layerOf(add.layer, depth+1); !ok {
				unsure()
				continue
			}
		}
		used[fn] = true
		g := groups[fn].then(l)
		if g.found != nil && firstFn == nil {
			firstFn = fn
		}
		groups[fn] = g
	}
	if firstFn == nil {
		return nil
	}
	g := groups[firstFn]
	if len(used) > 1 {
		g.unsized = true
	}
	return g.result()
}

// alternative handles an add that is one case of a switch in which every
// case adds one layer to the model or throws (a layer type picked by
// name): one of those layers runs. When they all classify alike, the add of
// the first case stands for them (first); the others are skipped. sw is nil
// for an add that is not such a case.
func (a *checker) alternative(add addCall, k modelKey, depth int) (sw *ast.SwitchStatement, l layer, first bool) {
	stmt, ok := a.f.Parent(add.call).(*ast.ExpressionStatement)
	if !ok {
		return nil, layer{}, false
	}
	cs, ok := a.f.Parent(stmt).(*ast.CaseStatement)
	if !ok {
		return nil, layer{}, false
	}
	sw, ok = a.f.Parent(cs).(*ast.SwitchStatement)
	if !ok || sw.Default < 0 {
		return nil, layer{}, false
	}
	var adds []*ast.CallExpression
	for _, c := range sw.Body {
		var found *ast.CallExpression
		throws := false
		for _, st := range c.Consequent {
			switch st := st.(type) {
			case *ast.ExpressionStatement:
				if call, ok := st.Expression.(*ast.CallExpression); ok && a.isAdd(call, k) {
					if found != nil {
						return nil, layer{}, false
					}
					found = call
				}
			case *ast.ThrowStatement:
				throws = true
			}
		}
		switch {
		case found != nil:
			adds = append(adds, found)
		case !throws:
			return nil, layer{}, false
		}
	}
	for i, call := range adds {
		li, ok := a.layerOf(call.ArgumentList[0], depth+1)
		if !ok || i > 0 && (li.kind != l.kind || li.nonlinear != l.nonlinear) {
			return nil, layer{}, false
		}
		if i == 0 {
			l = li
		}
	}
	if len(adds) == 0 {
		return nil, layer{}, false
	}
	l.node = add.call
	return sw, l, adds[0] == add.call
}

// isAdd reports a key.add(layer) call.
func (a *checker) isAdd(call *ast.CallExpression, k modelKey) bool {
	for _, add := range a.adds[k] {
		if add.call == call {
			return true
		}
	}
	return false
}

// redefinedBetween reports another definition of k between d and n in d's function.
func (a *checker) redefinedBetween(k modelKey, d *def, n ast.Node) bool {
	fn := a.enclosingFunction(d.at)
	for _, o := range a.defs[k] {
		if o.at != d.at && o.at.Idx0() > d.at.Idx0() && o.at.Idx0() < n.Idx0() && a.enclosingFunction(o.at) == fn {
			return true
		}
	}
	return false
}

// certain reports whether n runs whenever its function body (or the block
// holding from, when from is in the same function) runs: no condition or
// loop sits in between.
func (a *checker) certain(n ast.Node, fn ast.Node, from ast.Node) bool {
	for p := a.f.Parent(n); p != nil && p != fn; p = a.f.Parent(p) {
		if from != nil && p.Idx0() <= from.Idx0() && from.Idx1() <= p.Idx1() {
			return true // the block that also holds the definition
		}
		switch p.(type) {
		case *ast.IfStatement, *ast.SwitchStatement, *ast.CaseStatement, *ast.ConditionalExpression,
			*ast.ForStatement, *ast.ForInStatement, *ast.ForOfStatement, *ast.WhileStatement, *ast.DoWhileStatement,
			*ast.TryStatement, *ast.CatchStatement:
			return false
		case *ast.BinaryExpression:
			switch p.(*ast.BinaryExpression).Operator {
			case token.LOGICAL_AND, token.LOGICAL_OR, token.COALESCE:
				return false
			}
		}
	}
	return true
}

// functional evaluates tf.model({inputs, outputs}) by walking back from the
// outputs through layer.apply(x) calls.
func (a *checker) functional(call *ast.CallExpression, depth int) *evidence {
	if len(call.ArgumentList) == 0 {
		return nil
	}
	cfg := a.ev.Object(call.ArgumentList[0])
	if cfg == nil {
		return nil
	}
	return a.tensorState(property(cfg, "outputs"), depth+1).result()
}

// tensorState folds the layers on the paths that lead to a symbolic tensor.
func (a *checker) tensorState(e ast.Expression, depth int) state {
	if e == nil || depth > maxDepth || !a.trail.Enter(e) {
		return state{unsized: true}
	}
	defer a.trail.Leave(e)
	switch x := e.(type) {
	case *ast.ArrayLiteral:
		if len(x.Value) == 0 {
			return state{unsized: true}
		}
		s := a.tensorState(x.Value[0], depth+1)
		for _, el := range x.Value[1:] {
			s = join(s, a.tensorState(el, depth+1))
		}
		return s
	case *ast.Identifier:
		vals, exact, ok := a.fl.Values(x)
		if !ok || !exact {
			return state{unsized: true}
		}
		return a.tensorState(vals[0], depth+1)
	case *ast.CallExpression:
		if a.info.Name(x.Callee) == "tf.input" && len(x.ArgumentList) == 1 {
			// tf.input({shape: [n]}) starts a path n features wide.
			if cfg := a.ev.Object(x.ArgumentList[0]); cfg != nil {
				if arr, ok := property(cfg, "shape").(*ast.ArrayLiteral); ok && len(arr.Value) == 1 {
					if n := a.count(arr.Value[0]); n > 0 {
						return state{width: n}
					}
				}
			}
			return state{unsized: true}
		}
		dot, ok := x.Callee.(*ast.DotExpression)
		if !ok || dot.Identifier.Name != "apply" || len(x.ArgumentList) == 0 {
			return state{unsized: true}
		}
		in := a.tensorState(x.ArgumentList[0], depth+1)
		l, ok := a.layerOf(dot.Left, depth+1)
		if !ok {
			in.unsized = true
			return in
		}
		return in.then(l)
	}
	return state{unsized: true}
}

func property(obj *ast.ObjectLiteral, key string) ast.Expression {
	if obj == nil {
		return nil
	}
	for _, p := range obj.Value {
		if _, spread := p.(*ast.SpreadElement); spread {
			return nil
		}
	}
	return constantProperty(obj, key)
}
