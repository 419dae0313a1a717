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
