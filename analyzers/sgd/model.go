package sgd

import (
	"fmt"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/modeldesc"
)

// evidence is what makes SGD a poor choice for a model: a hidden layer (or
// op) with a non-linear activation that feeds a later weighted layer.
type evidence struct {
	node    ast.Node
	desc    string // "dense layer with activation 'relu'"; "" for none
	subject string // what SGD trains; "" for "a model with a hidden non-linear layer"
	// weights is the model's trainable weight count when every layer's
	// size is known from its config (dense layers only), else 0; dense is
	// then the number of its dense layers.
	weights, dense int
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
}

// state folds a path of layers from the input to the output: after a
// weighted layer and a non-linearity, a later weighted layer makes the
// non-linearity hidden.
type state struct {
	weighted bool      // a weighted layer was seen
	pending  *evidence // a non-linearity after a weighted layer, waiting for another weighted layer
	found    *evidence // a hidden non-linearity
}

func (s state) then(l layer) state {
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
	return a
}

// classify maps a described layer to what the hidden-layer test needs.
func classify(d modeldesc.Layer) layer {
	switch {
	case d.Class == "timeDistributed" || d.Class == "bidirectional":
		if d.Inner == nil {
			return layer{kind: kindWeighted, node: d.Node}
		}
		inner := classify(*d.Inner)
		inner.node = d.Node
		inner.desc = d.Class + "(" + inner.desc + ")"
		return inner
	case modeldesc.ActivationLayers[d.Class]:
		l := layer{kind: kindActivation, nonlinear: true, node: d.Node, desc: d.Class + " layer"}
		if d.Class == "activation" {
			switch act := d.Activation; {
			case !d.ActivationKnown:
				return layer{kind: kindOther, node: d.Node}
			case act == "" || act == "linear":
				l.nonlinear = false
			default:
				l.desc = "activation layer '" + act + "'"
			}
		}
		return l
	}
	builtin, weighted := modeldesc.Weighted[d.Class]
	if !weighted {
		return layer{kind: kindOther, node: d.Node}
	}
	l := layer{kind: kindWeighted, node: d.Node, desc: d.Class + " layer"}
	act := d.Activation
	switch {
	case modeldesc.Gated[d.Class]:
		l.nonlinear = true
	case !d.ActivationKnown:
		// A weighted layer whose activation is not known can still be the
		// layer that makes an earlier non-linearity hidden.
	case act == "":
		if builtin != "" {
			l.nonlinear = true
			l.desc = fmt.Sprintf("%s layer (%s by default)", d.Class, builtin)
		}
	case act != "linear":
		l.nonlinear = true
		l.desc = fmt.Sprintf("%s layer with activation '%s'", d.Class, act)
	}
	return l
}

// pick classifies a layer of a sequential model; a layer picked by a switch
// counts only when every alternative classifies alike.
func pick(d modeldesc.Layer) (layer, bool) {
	l := classify(d)
	for _, alt := range d.Alts {
		o := classify(alt)
		if o.kind != l.kind || o.nonlinear != l.nonlinear {
			return layer{}, false
		}
	}
	return l, true
}

// model is what is known of a model: found is its hidden non-linearity;
// built says the value was traced to where it is built (tf.sequential,
// tf.model), so that a nil found means it has none.
type model struct {
	found *evidence
	built bool
}

// modelAt returns what is known of the model e holds at site.
func (a *checker) modelAt(e ast.Expression, site ast.Node) model {
	return combine(a.r.ModelAt(e, site))
}

// combine merges the models a value may hold: a hidden non-linearity in
// one of them counts unless another is built without one (a linear model
// on one path keeps the rule silent; a loaded model does not).
func combine(ms []*modeldesc.Model) model {
	var out model
	for _, m := range ms {
		ev := hidden(m)
		switch {
		case ev == nil:
			return model{built: true}
		case out.found == nil:
			out = model{found: ev, built: true}
		}
	}
	return out
}

// hidden returns a model's hidden non-linearity: along each group of a
// sequential model's layers, or each path to a functional model's outputs.
func hidden(m *modeldesc.Model) *evidence {
	ev := hiddenLayer(m)
	if ev != nil {
		ev.weights, ev.dense = weights(m)
	}
	return ev
}

func hiddenLayer(m *modeldesc.Model) *evidence {
	if m.Kind == modeldesc.Sequential {
		for _, g := range m.Groups {
			var s state
			for _, d := range g {
				if l, ok := pick(d); ok {
					if s = s.then(l); s.found != nil {
						return s.found
					}
				}
			}
		}
		return nil
	}
	for _, o := range m.Outputs {
		if s := nodeState(o, 0); s.found != nil {
			return s.found
		}
	}
	return nil
}

// nodeState folds the layers on the paths that lead to a symbolic tensor.
func nodeState(n *modeldesc.Node, depth int) state {
	if n == nil || depth > 4*maxDepth {
		return state{}
	}
	var in state
	for _, i := range n.Inputs {
		in = join(in, nodeState(i, depth+1))
	}
	if n.Layer == nil {
		return in
	}
	return in.then(classify(*n.Layer))
}

// passThrough are weightless layers that keep the feature width.
var passThrough = map[string]bool{
	"dropout": true, "alphaDropout": true, "gaussianDropout": true, "gaussianNoise": true,
}

// size is the width of the features flowing out of the layers so far and
// the weights counted; ok is false once a layer's size is not known.
type size struct {
	width, weights int
	dense          int // dense layers counted
	ok             bool
}

// then counts l's weights into s: a dense layer with known units and input
// width, or a weightless layer that keeps the width.
func (s size) then(l modeldesc.Layer) size {
	if !s.ok {
		return s
	}
	switch {
	case len(l.Alts) > 1:
		// The cases of a switch may differ in size.
		s.ok = false
	case l.Class == "dense" && l.Units > 0:
		in := 0
		if len(l.InputShape) == 1 {
			in = l.InputShape[0]
		}
		if in == 0 {
			in = s.width
		}
		if in <= 0 {
			s.ok = false
			break
		}
		s.weights += (in + 1) * l.Units
		s.dense++
		s.width = l.Units
	case classify(l).kind == kindActivation || passThrough[l.Class]:
	default:
		s.ok = false
	}
	return s
}

// weights counts a model's trainable weights: 0 unless every layer is
// known and sized (dense layers, weightless layers that keep the width) on
// a single path: an exact sequential stack, or a functional model with one
// output whose chain starts at a tf.input of a known width.
func weights(m *modeldesc.Model) (weights, dense int) {
	var s size
	switch m.Kind {
	case modeldesc.Sequential:
		if !m.Exact {
			return 0, 0
		}
		s.ok = true
		for _, l := range m.Layers() {
			s = s.then(l)
		}
	case modeldesc.Functional:
		if len(m.Outputs) != 1 {
			return 0, 0
		}
		s = nodeSize(m.Outputs[0], 0)
	}
	if !s.ok {
		return 0, 0
	}
	return s.weights, s.dense
}

// nodeSize counts the weights on the chain of applies that leads to a
// symbolic tensor; a merge of paths is not counted.
func nodeSize(n *modeldesc.Node, depth int) size {
	switch {
	case n == nil || depth > 4*maxDepth || len(n.Inputs) > 1:
		return size{}
	case n.Input != nil:
		if len(n.Shape) != 1 {
			return size{}
		}
		return size{width: n.Shape[0], ok: true}
	case len(n.Inputs) == 0:
		return size{}
	case n.At == nil:
		return nodeSize(n.Inputs[0], depth+1) // a list of one tensor
	case n.Layer == nil:
		return size{}
	}
	return nodeSize(n.Inputs[0], depth+1).then(*n.Layer)
}
