package modeldesc

import (
	"github.com/grafana/sobek/ast"
)

// Layer is one layer construction, tf.layers.X({…}), as far as its config
// is known.
type Layer struct {
	Class string              // the factory: "dense", "conv2d", "timeDistributed" …
	Call  *ast.CallExpression // the factory call
	// Node is where the layer enters the model: the factory call, or the
	// add call of a layer picked by a switch (see Alts).
	Node   ast.Node
	Config *ast.ObjectLiteral // nil when the config is not a literal (or a constant holding one)
	// Known is set when the config has no spread: an absent property is
	// then the layer's default.
	Known bool
	// Activation is the activation the config names, "" for none (the
	// layer's default); ActivationKnown is false when it is not a constant.
	Activation      string
	ActivationKnown bool
	// Units is the units (dense, RNN) or filters (conv) of the layer, 0 when
	// unknown or absent.
	Units      int
	KernelSize []int // nil when unknown or absent
	// InputShape is the input shape the config declares without the batch
	// dimension (inputShape, inputDim, batchInputShape); nil when unknown
	// or absent.
	InputShape []int
	KernelInit string // kernelInitializer when a constant string, else ""
	// Inner is the layer a timeDistributed or bidirectional wrapper holds.
	Inner *Layer
	// Alts are the layers of a switch whose every case adds one layer (a
	// layer type picked by name): one of them runs. Alts[0] is this layer.
	Alts []Layer
}

// Weighted are the layer factories with trainable kernels. The value is the
// non-linearity the layer applies when its config names no activation: ""
// for linear, else a description.
var Weighted = map[string]string{
	"dense": "", "conv1d": "", "conv2d": "", "conv3d": "", "conv2dTranspose": "", "conv3dTranspose": "",
	"separableConv2d": "", "depthwiseConv2d": "", "embedding": "",
	"simpleRNN": "tanh", "gru": "gates", "lstm": "gates", "convLstm2d": "gates",
	"gruCell": "gates", "lstmCell": "gates", "simpleRNNCell": "tanh", "rnn": "gates",
}

// Gated are the weighted layers whose gates keep them non-linear whatever
// their activation.
var Gated = map[string]bool{
	"gru": true, "lstm": true, "convLstm2d": true, "gruCell": true, "lstmCell": true, "rnn": true,
}

// ActivationLayers apply a fixed non-linearity (activation names its own).
var ActivationLayers = map[string]bool{
	"activation": true, "reLU": true, "leakyReLU": true, "elu": true, "prelu": true,
	"thresholdedReLU": true, "softmax": true,
}

// LayerOf resolves a layer expression to its construction: a tf.layers
// factory call, or a variable that surely holds one. ok is false for
// anything else (custom layers, parameters).
func (r *Reader) LayerOf(e ast.Expression) (Layer, bool) { return r.layerOf(e, 0) }

func (r *Reader) layerOf(e ast.Expression, depth int) (Layer, bool) {
	if depth > maxDepth {
		return Layer{}, false
	}
	switch x := e.(type) {
	case *ast.Identifier:
		vals, exact, ok := r.Flow.Values(x)
		if !ok || !exact {
			return Layer{}, false
		}
		return r.layerOf(vals[0], depth+1)
	case *ast.CallExpression:
		name := r.Info.Name(x.Callee)
		const prefix = "tf.layers."
		if len(name) <= len(prefix) || name[:len(prefix)] != prefix {
			return Layer{}, false
		}
		return r.describe(name[len(prefix):], x, depth), true
	}
	return Layer{}, false
}

func (r *Reader) describe(class string, call *ast.CallExpression, depth int) Layer {
	l := Layer{Class: class, Call: call, Node: call}
	if len(call.ArgumentList) > 0 {
		l.Config = r.Eval.Object(call.ArgumentList[0])
	}
	if l.Config == nil {
		if len(call.ArgumentList) == 0 {
			// No config: every property has its default (flatten()).
			l.Known, l.ActivationKnown = true, true
		}
		return l
	}
	l.Known = true
	for _, p := range l.Config.Value {
		if _, spread := p.(*ast.SpreadElement); spread {
			l.Known = false
		}
	}
	if !l.Known {
		return l
	}
	if v := Property(l.Config, "activation"); v == nil {
		l.ActivationKnown = true
	} else {
		l.Activation, l.ActivationKnown = r.Eval.String(v)
	}
	for _, key := range []string{"units", "filters"} {
		if n, ok := r.Eval.Number(Property(l.Config, key)); ok && n >= 1 && n == float64(int(n)) {
			l.Units = int(n)
		}
	}
	l.KernelSize = r.ints(Property(l.Config, "kernelSize"))
	l.InputShape = r.inputShape(l.Config)
	if s, ok := r.Eval.String(Property(l.Config, "kernelInitializer")); ok {
		l.KernelInit = s
	}
	if class == "timeDistributed" || class == "bidirectional" {
		if inner, ok := r.layerOf(Property(l.Config, "layer"), depth+1); ok {
			l.Inner = &inner
		}
	}
	return l
}

// ints evaluates a kernel size: a number or an array of numbers.
func (r *Reader) ints(e ast.Expression) []int {
	if e == nil {
		return nil
	}
	if n, ok := r.Eval.Number(e); ok {
		return []int{int(n)}
	}
	arr, ok := e.(*ast.ArrayLiteral)
	if !ok {
		return nil
	}
	var out []int
	for _, el := range arr.Value {
		n, ok := r.Eval.Number(el)
		if !ok {
			return nil
		}
		out = append(out, int(n))
	}
	return out
}

// inputShape reads the input shape a layer config declares: inputShape:
// [n, …] or n, inputDim: n, or batchInputShape: [batch, n, …].
func (r *Reader) inputShape(cfg *ast.ObjectLiteral) []int {
	if v := Property(cfg, "inputDim"); v != nil {
		return r.dims([]ast.Expression{v})
	}
	switch v := Property(cfg, "inputShape").(type) {
	case *ast.ArrayLiteral:
		return r.dims(v.Value)
	case nil:
	default:
		// tfjs takes a bare number as a one-dimensional shape.
		if _, ok := r.Eval.Number(v); ok {
			return r.dims([]ast.Expression{v})
		}
	}
	if arr, ok := Property(cfg, "batchInputShape").(*ast.ArrayLiteral); ok && len(arr.Value) > 1 {
		return r.dims(arr.Value[1:])
	}
	return nil
}

// dims folds each of es to a positive integer; nil when one is not.
func (r *Reader) dims(es []ast.Expression) []int {
	out := make([]int, 0, len(es))
	for _, e := range es {
		n, ok := r.Eval.Number(e)
		if !ok || n < 1 || n > 1e9 || n != float64(int(n)) {
			return nil
		}
		out = append(out, int(n))
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
