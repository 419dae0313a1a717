package modeldesc

import (
	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/shuffle/flow"
	"github.com/tfjslint/tfjslint/jsast"
)

// Kind is a model's topology.
type Kind int

const (
	Sequential Kind = iota + 1 // tf.sequential: a stack
	Functional                 // tf.model: a graph of layer.apply calls
)

// Model is what a file says about one model it builds.
type Model struct {
	Kind Kind
	Call *ast.CallExpression // the tf.sequential or tf.model call
	// Groups are a sequential model's layers: the config's layers and the
	// adds in the function that creates it, then the adds of each other
	// function (adds in different functions are not ordered), in source
	// order. Layers that cannot be resolved or may not be added are left out.
	Groups [][]Layer
	// Outputs are a functional model's outputs, each the end of its apply chain.
	Outputs []*Node
	// Exact says the layers are all known and in one order: a sequential
	// model without skipped layers or adds from several functions, or a
	// functional model whose outputs all end in a known layer.
	Exact bool
}

// Node is a symbolic tensor of a functional model: the output of Layer
// applied to Inputs. Layer is nil for an apply of an unknown layer, for a
// list of tensors (At nil) and for a tf.input (Input set).
type Node struct {
	Layer  *Layer
	Inputs []*Node
	At     *ast.CallExpression // the apply call
	// Input is the tf.input({shape}) call the tensor is; Shape its shape
	// without the batch dimension, nil when not known.
	Input *ast.CallExpression
	Shape []int
}

// Layers returns a sequential model's layers in order; nil unless the model
// is Exact.
func (m *Model) Layers() []Layer {
	if m.Kind != Sequential || !m.Exact {
		return nil
	}
	var out []Layer
	for _, g := range m.Groups {
		out = append(out, g...)
	}
	return out
}

// Last returns the output layers of an exact model: the last layer of a
// sequential stack, the layer ending each output of a functional graph.
func (m *Model) Last() []Layer {
	if !m.Exact {
		return nil
	}
	if m.Kind == Sequential {
		ls := m.Layers()
		if len(ls) == 0 {
			return nil
		}
		return ls[len(ls)-1:]
	}
	var out []Layer
	for _, o := range m.Outputs {
		out = append(out, *o.Layer)
	}
	return out
}

// ModelAt returns the models e may hold at site: the definitions of its
// variable, global or field that reach site, the models a local function
// returns, the arguments given to a parameter (or, when its callers are not
// known, every model the file builds). Values that are not traced to a
// tf.sequential or tf.model (a loaded model) are left out.
func (r *Reader) ModelAt(e ast.Expression, site ast.Node) []*Model {
	return r.modelAt(e, site, 0)
}

func (r *Reader) modelAt(e ast.Expression, site ast.Node, depth int) []*Model {
	if depth > maxDepth || e == nil {
		return nil
	}
	if !r.trail.Enter(e) {
		return nil
	}
	defer r.trail.Leave(e)
	switch x := e.(type) {
	case *ast.AwaitExpression:
		return r.modelAt(x.Argument, site, depth+1)
	case *ast.CallExpression:
		return r.valueModels(x, Key{}, nil, depth+1)
	}
	k, ok := r.KeyOf(e)
	if !ok {
		return nil
	}
	if k.B != nil && k.B.Kind == jsast.Param {
		id, _ := e.(*ast.Identifier)
		if args, ok := r.Flow.Args(id); ok {
			var out []*Model
			for _, a := range args {
				out = append(out, r.modelAt(a, a, depth+1)...)
			}
			return out
		}
		return r.FileModels()
	}
	r.index()
	ds := r.defs[k]
	if cands := r.reaching(ds, site); cands != nil {
		ds = cands
	}
	var out []*Model
	for i := range ds {
		out = append(out, r.valueModels(ds[i].Value, k, &ds[i], depth+1)...)
	}
	return out
}

// FileModels returns every model the file builds, in source order.
func (r *Reader) FileModels() []*Model {
	if r.fileDone {
		return r.fileModel
	}
	r.fileDone = true
	r.index()
	for _, c := range r.Info.Calls {
		call, ok := c.Node.(*ast.CallExpression)
		if !ok || (c.API.Name != "tf.sequential" && c.API.Name != "tf.model") {
			continue
		}
		k, d := r.ownerOf(call)
		r.fileModel = append(r.fileModel, r.valueModels(call, k, d, 0)...)
	}
	return r.fileModel
}

// ownerOf finds the key and definition a model creation is stored with.
// Keys come from a map: the earliest definition wins.
func (r *Reader) ownerOf(c *ast.CallExpression) (Key, *Def) {
	r.index()
	o := r.owners[c]
	return o.key, o.def
}

// valueModels evaluates one value stored in a key: a tf.sequential with its
// layers (config and key.add calls), a tf.model graph, or what a local
// function returns.
func (r *Reader) valueModels(v ast.Expression, k Key, d *Def, depth int) []*Model {
	if depth > maxDepth {
		return nil
	}
	switch x := v.(type) {
	case *ast.AwaitExpression:
		return r.valueModels(x.Argument, k, d, depth+1)
	case *ast.Identifier:
		return r.modelAt(x, x, depth+1)
	case *ast.CallExpression:
		switch r.Info.Name(x.Callee) {
		case "tf.sequential":
			return []*Model{r.sequential(x, k, d, depth)}
		case "tf.model":
			return []*Model{r.functional(x, depth)}
		}
		if fn := r.Flow.Callee(x); fn != nil {
			rets, _ := flow.Returns(fn)
			var out []*Model
			for _, ret := range rets {
				out = append(out, r.modelAt(ret, ret, depth+1)...)
			}
			return out
		}
	}
	return nil
}

// sequential describes a tf.sequential model: the layers of its config,
// then the layers added to its key. Adds in one function run in source
// order; adds in different functions are not ordered, so each function's
// adds form a group of their own. Adds under a condition or in a loop may
// not run and are skipped.
func (r *Reader) sequential(call *ast.CallExpression, k Key, d *Def, depth int) *Model {
	sk := seqKey{call: call}
	if d != nil {
		sk.at = d.At
	}
	if m := r.seqs[sk]; m != nil {
		return m
	}
	m := &Model{Kind: Sequential, Call: call, Exact: true}
	r.seqs[sk] = m
	var home []Layer
	if len(call.ArgumentList) > 0 {
		cfg := r.Eval.Object(call.ArgumentList[0])
		switch arr, ok := Property(cfg, "layers").(*ast.ArrayLiteral); {
		case ok:
			for _, el := range arr.Value {
				if l, ok := r.layerOf(el, depth+1); ok {
					home = append(home, l)
				} else {
					m.Exact = false
				}
			}
		case cfg == nil || Property(cfg, "layers") != nil || hasSpread(cfg):
			m.Exact = false
		}
	}
	if d == nil {
		m.Groups = [][]Layer{home}
		return m
	}
	r.index()
	homeFn := r.EnclosingFunction(d.At)
	single := len(r.defs[k]) == 1
	order := []ast.Node{homeFn}
	groups := map[ast.Node][]Layer{homeFn: home}
	for _, add := range r.adds[k] {
		fn := r.EnclosingFunction(add.Call)
		if fn == homeFn {
			if add.Call.Idx0() < d.At.Idx0() || r.redefinedBetween(k, d, add.Call) {
				continue
			}
		} else if !single {
			continue
		}
		var l Layer
		if sw, alts, first := r.alternative(add, k, depth); sw != nil {
			if !first || !r.Certain(sw, fn, d.At) {
				if !first {
					continue
				}
				m.Exact = false
				continue
			}
			l = alts[0]
			l.Node = add.Call
			l.Alts = alts
		} else {
			if !r.Certain(add.Call, fn, d.At) {
				m.Exact = false
				continue
			}
			var ok bool
			if l, ok = r.layerOf(add.Layer, depth+1); !ok {
				m.Exact = false
				continue
			}
		}
		if _, seen := groups[fn]; !seen {
			order = append(order, fn)
		}
		groups[fn] = append(groups[fn], l)
	}
	adders := 0
	for i, fn := range order {
		m.Groups = append(m.Groups, groups[fn])
		if i > 0 || len(groups[fn]) > len(home) {
			adders++
		}
	}
	if adders > 1 {
		m.Exact = false
	}
	return m
}

func hasSpread(obj *ast.ObjectLiteral) bool {
	if obj == nil {
		return false
	}
	for _, p := range obj.Value {
		if _, spread := p.(*ast.SpreadElement); spread {
			return true
		}
	}
	return false
}

// alternative handles an add that is one case of a switch in which every
// case adds one layer to the model or throws (a layer type picked by
// name): one of those layers runs. alts are the layers of the cases; first
// says add is the first case's add. sw is nil for an add that is not such
// a case, or when a case's layer is not known.
func (r *Reader) alternative(add AddCall, k Key, depth int) (sw *ast.SwitchStatement, alts []Layer, first bool) {
	stmt, ok := r.File.Parent(add.Call).(*ast.ExpressionStatement)
	if !ok {
		return nil, nil, false
	}
	cs, ok := r.File.Parent(stmt).(*ast.CaseStatement)
	if !ok {
		return nil, nil, false
	}
	sw, ok = r.File.Parent(cs).(*ast.SwitchStatement)
	if !ok || sw.Default < 0 {
		return nil, nil, false
	}
	var adds []*ast.CallExpression
	for _, c := range sw.Body {
		var found *ast.CallExpression
		throws := false
		for _, st := range c.Consequent {
			switch st := st.(type) {
			case *ast.ExpressionStatement:
				if call, ok := st.Expression.(*ast.CallExpression); ok && r.isAdd(call, k) {
					if found != nil {
						return nil, nil, false
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
			return nil, nil, false
		}
	}
	if len(adds) == 0 {
		return nil, nil, false
	}
	for _, call := range adds {
		l, ok := r.layerOf(call.ArgumentList[0], depth+1)
		if !ok {
			return nil, nil, false
		}
		alts = append(alts, l)
	}
	return sw, alts, adds[0] == add.Call
}

// isAdd reports a key.add(layer) call.
func (r *Reader) isAdd(call *ast.CallExpression, k Key) bool {
	for _, add := range r.adds[k] {
		if add.Call == call {
			return true
		}
	}
	return false
}

// functional describes tf.model({inputs, outputs}) by walking back from the
// outputs through layer.apply(x) calls.
func (r *Reader) functional(call *ast.CallExpression, depth int) *Model {
	if m := r.built[call]; m != nil {
		return m
	}
	m := &Model{Kind: Functional, Call: call}
	r.built[call] = m
	if len(call.ArgumentList) == 0 {
		return m
	}
	cfg := r.Eval.Object(call.ArgumentList[0])
	if cfg == nil {
		return m
	}
	out := Property(cfg, "outputs")
	if arr, ok := out.(*ast.ArrayLiteral); ok {
		for _, el := range arr.Value {
			m.Outputs = append(m.Outputs, r.node(el, depth+1))
		}
	} else if out != nil {
		m.Outputs = []*Node{r.node(out, depth+1)}
	}
	m.Exact = len(m.Outputs) > 0
	for _, o := range m.Outputs {
		if o == nil || o.Layer == nil {
			m.Exact = false
		}
	}
	return m
}

// node follows a symbolic tensor back to the apply call that makes it. An
// array (the input of a merge layer) is a node without a layer whose inputs
// are its elements.
func (r *Reader) node(e ast.Expression, depth int) *Node {
	if e == nil || depth > maxDepth || !r.trail.Enter(e) {
		return nil
	}
	defer r.trail.Leave(e)
	switch x := e.(type) {
	case *ast.ArrayLiteral:
		n := &Node{}
		for _, el := range x.Value {
			if in := r.node(el, depth+1); in != nil {
				n.Inputs = append(n.Inputs, in)
			}
		}
		return n
	case *ast.Identifier:
		vals, exact, ok := r.Flow.Values(x)
		if !ok || !exact {
			return nil
		}
		return r.node(vals[0], depth+1)
	case *ast.CallExpression:
		if r.Info.Name(x.Callee) == "tf.input" {
			n := &Node{Input: x}
			if len(x.ArgumentList) == 1 {
				if arr, ok := Property(r.Eval.Object(x.ArgumentList[0]), "shape").(*ast.ArrayLiteral); ok {
					n.Shape = r.dims(arr.Value)
				}
			}
			return n
		}
		dot, ok := x.Callee.(*ast.DotExpression)
		if !ok || dot.Identifier.Name != "apply" || len(x.ArgumentList) == 0 {
			return nil
		}
		n := &Node{At: x}
		if in := r.node(x.ArgumentList[0], depth+1); in != nil {
			n.Inputs = []*Node{in}
		}
		if l, ok := r.layerOf(dot.Left, depth+1); ok {
			n.Layer = &l
		}
		return n
	}
	return nil
}
