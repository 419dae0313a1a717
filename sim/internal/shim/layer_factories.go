package shim

import (
	"fmt"
	"slices"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// activations are the names getActivation accepts.
var activations = []string{"elu", "selu", "relu", "relu6", "linear", "sigmoid", "hardSigmoid", "softplus",
	"softsign", "tanh", "softmax", "logSoftmax", "gelu", "gelu_new", "mish", "swish"}

// layerFactory makes the kind of a layer class from its config.
type layerFactory struct {
	class string
	make  func(s *Shim, a cfg) (layerKind, error)
}

// ints normalizes a number-or-array argument to n values (normalizeArray).
func (a cfg) normalized(key string, n, def int) ([]int, error) {
	v := a.get(key)
	if v == nil {
		out := make([]int, n)
		for i := range out {
			out[i] = def
		}
		return out, nil
	}
	vals, ok := a.s.ints(v)
	if !ok {
		return nil, valueErr("The %s argument must be an integer or tuple of %d integers. Received: %s", key, n, v.String())
	}
	if len(vals) == 1 && isNumber(v) {
		out := make([]int, n)
		for i := range out {
			out[i] = vals[0]
		}
		return out, nil
	}
	if len(vals) != n {
		return nil, valueErr("The %s argument must be an integer or tuple of %d integers. Received: %d elements.", key, n, len(vals))
	}
	return vals, nil
}

func (a cfg) positive(key string) (int, error) {
	n, ok := intOf(a.get(key))
	if !ok || n <= 0 {
		return 0, valueErr("Expected %s to be a positive integer, but got %v.", key, a.get(key))
	}
	return n, nil
}

func (a cfg) activation() error {
	v := a.get("activation")
	if v == nil {
		return nil
	}
	if _, ok := v.Export().(string); !ok {
		return nil
	}
	if !slices.Contains(activations, v.String()) {
		return valueErr("Unknown activation: %s. This may be due to one of the following reasons:\n1. The activation is defined in Python, in which case it needs to be ported to TensorFlow.js or your JavaScript code.\n2. The custom activation is defined in JavaScript, but is not registered properly with tf.serialization.registerClass().", v.String())
	}
	return nil
}

func (a cfg) padding() (string, error) {
	p := a.str("padding", "valid")
	if p != "valid" && p != "same" && p != "causal" {
		return "", valueErr("Invalid PaddingMode: %s", p)
	}
	return p, nil
}

func (a cfg) channelsFirst() (bool, error) {
	f := a.str("dataFormat", "channelsLast")
	if f != "channelsLast" && f != "channelsFirst" {
		return false, valueErr("Invalid DataFormat: %s", f)
	}
	return f == "channelsFirst", nil
}

func convFactory(rank int, separable, transpose bool) func(s *Shim, a cfg) (layerKind, error) {
	return func(s *Shim, a cfg) (layerKind, error) {
		if !a.has("kernelSize") {
			return nil, valueErr("required key 'kernelSize' not in config")
		}
		c := &conv{rank: rank, separable: separable, transpose: transpose, useBias: a.bool("useBias", true)}
		var err error
		if c.kernel, err = a.normalized("kernelSize", rank, 1); err != nil {
			return nil, err
		}
		if c.strides, err = a.normalized("strides", rank, 1); err != nil {
			return nil, err
		}
		if c.dil, err = a.normalized("dilationRate", rank, 1); err != nil {
			return nil, err
		}
		if c.padding, err = a.padding(); err != nil {
			return nil, err
		}
		if c.channelsFirst, err = a.channelsFirst(); err != nil {
			return nil, err
		}
		if err := a.activation(); err != nil {
			return nil, err
		}
		if c.filters, err = a.positive("filters"); err != nil {
			return nil, err
		}
		c.depthMultiplier = a.int("depthMultiplier", 1)
		return c, nil
	}
}

func poolFactory(rank int) func(s *Shim, a cfg) (layerKind, error) {
	return func(s *Shim, a cfg) (layerKind, error) {
		p := &pooling{rank: rank}
		var err error
		if p.pool, err = a.normalized("poolSize", rank, 2); err != nil {
			return nil, err
		}
		if a.has("strides") {
			if p.strides, err = a.normalized("strides", rank, 1); err != nil {
				return nil, err
			}
		} else {
			p.strides = p.pool
		}
		if p.padding, err = a.padding(); err != nil {
			return nil, err
		}
		if p.channelsFirst, err = a.channelsFirst(); err != nil {
			return nil, err
		}
		return p, nil
	}
}

func rnnFactory(cell string, gates int) func(s *Shim, a cfg) (layerKind, error) {
	return func(s *Shim, a cfg) (layerKind, error) {
		units, err := a.positive("units")
		if err != nil {
			return nil, err
		}
		if a.bool("stateful", false) {
			s.host.Note("stateful recurrent layers are not simulated")
		}
		s.getUid(cell) // the cell is a layer of its own
		return &rnn{cellClass: cell, gates: gates, units: units, useBias: a.bool("useBias", true),
			returnSeq: a.bool("returnSequences", false), returnState: a.bool("returnState", false)}, nil
	}
}

func identity(s *Shim, a cfg) (layerKind, error) { return identityLayer{}, nil }

// pads2D reads ZeroPadding2D's padding / Cropping2D's cropping.
func pads2D(a cfg, key string, def int) ([4]int, error) {
	v := a.get(key)
	if v == nil {
		return [4]int{def, def, def, def}, nil
	}
	if n, ok := intOf(v); ok {
		return [4]int{n, n, n, n}, nil
	}
	items := a.s.arrayItems(v)
	if len(items) != 2 {
		return [4]int{}, valueErr("`%s` should have two elements. Found: %s", key, v.String())
	}
	var out [4]int
	for i, it := range items {
		if n, ok := intOf(it); ok {
			out[2*i], out[2*i+1] = n, n
			continue
		}
		p, ok := a.s.ints(it)
		if !ok || len(p) != 2 {
			return [4]int{}, valueErr("`%s` should be a number, [a, b] or [[a, b], [c, d]]. Found: %s", key, v.String())
		}
		out[2*i], out[2*i+1] = p[0], p[1]
	}
	return out, nil
}

var layerFactories = map[string]layerFactory{
	"inputLayer": {"InputLayer", nil},
	"dense": {"Dense", func(s *Shim, a cfg) (layerKind, error) {
		units, err := a.positive("units")
		if err != nil {
			return nil, err
		}
		return &dense{units: units, useBias: a.bool("useBias", true)}, a.activation()
	}},
	"activation": {"Activation", func(s *Shim, a cfg) (layerKind, error) {
		if !a.has("activation") {
			return nil, valueErr("activation is required")
		}
		return identityLayer{}, a.activation()
	}},
	"dropout": {"Dropout", func(s *Shim, a cfg) (layerKind, error) {
		if r := a.float("rate", 0); r < 0 || r >= 1 {
			return nil, valueErr("Invalid value received for argument `rate`. Expected a float in range [0, 1), got %v", r)
		}
		return identityLayer{}, nil
	}},
	"spatialDropout1d": {"SpatialDropout1D", identity},
	"gaussianNoise":    {"GaussianNoise", identity},
	"gaussianDropout":  {"GaussianDropout", identity},
	"alphaDropout":     {"AlphaDropout", identity},
	"masking":          {"Masking", identity},
	"rescaling":        {"Rescaling", identity},
	"randomWidth":      {"RandomWidth", identity},
	"reLU":             {"ReLU", identity},
	"leakyReLU":        {"LeakyReLU", identity},
	"elu":              {"ELU", identity},
	"thresholdedReLU":  {"ThresholdedReLU", identity},
	"softmax":          {"Softmax", identity},
	"prelu": {"PReLU", func(s *Shim, a cfg) (layerKind, error) {
		shared, _ := a.ints("sharedAxes")
		return prelu{sharedAxes: shared}, nil
	}},
	"flatten": {"Flatten", func(s *Shim, a cfg) (layerKind, error) { return flatten{}, nil }},
	"reshape": {"Reshape", func(s *Shim, a cfg) (layerKind, error) {
		t, ok := a.shape("targetShape")
		if !ok {
			return nil, valueErr("Reshape requires a targetShape")
		}
		return reshapeLayer{target: t}, nil
	}},
	"permute": {"Permute", func(s *Shim, a cfg) (layerKind, error) {
		d, ok := a.ints("dims")
		if !ok {
			return nil, valueErr("Required configuration field `dims` is missing during Permute constructor call.")
		}
		sorted := slices.Sorted(slices.Values(d))
		for i, v := range sorted {
			if v != i+1 {
				return nil, valueErr("Invalid permutation `dims`: %s `dims` must contain consecutive integers starting from 1.", shapeJSON(d))
			}
		}
		return permute{dims: d}, nil
	}},
	"repeatVector": {"RepeatVector", func(s *Shim, a cfg) (layerKind, error) {
		return repeatVector{n: a.int("n", 1)}, nil
	}},
	"embedding": {"Embedding", func(s *Shim, a cfg) (layerKind, error) {
		in, err := a.positive("inputDim")
		if err != nil {
			return nil, err
		}
		out, err := a.positive("outputDim")
		if err != nil {
			return nil, err
		}
		e := &embedding{inputDim: in, outputDim: out}
		if v := a.get("inputLength"); v != nil {
			if n, ok := intOf(v); ok {
				e.inputLength = []int{n}
			} else if sh, ok := a.s.shapeOf(v); ok {
				e.inputLength = sh
			}
		}
		return e, nil
	}},
	"conv1d":          {"Conv1D", convFactory(1, false, false)},
	"conv2d":          {"Conv2D", convFactory(2, false, false)},
	"conv3d":          {"Conv3D", convFactory(3, false, false)},
	"conv2dTranspose": {"Conv2DTranspose", convFactory(2, false, true)},
	"separableConv2d": {"SeparableConv2D", convFactory(2, true, false)},
	"depthwiseConv2d": {"DepthwiseConv2D", func(s *Shim, a cfg) (layerKind, error) {
		d := &depthwise{useBias: a.bool("useBias", true), depthMultiplier: a.int("depthMultiplier", 1)}
		var err error
		if d.kernel, err = a.normalized("kernelSize", 2, 1); err != nil {
			return nil, err
		}
		if d.strides, err = a.normalized("strides", 2, 1); err != nil {
			return nil, err
		}
		if d.padding, err = a.padding(); err != nil {
			return nil, err
		}
		d.channelsFirst, err = a.channelsFirst()
		return d, err
	}},
	"upSampling2d": {"UpSampling2D", func(s *Shim, a cfg) (layerKind, error) {
		size, err := a.normalized("size", 2, 2)
		if err != nil {
			return nil, err
		}
		cf, err := a.channelsFirst()
		return &spatial2D{sh: size[0], sw: size[1], channelsFirst: cf, name: "UpSampling2D"}, err
	}},
	"zeroPadding2d": {"ZeroPadding2D", func(s *Shim, a cfg) (layerKind, error) {
		p, err := pads2D(a, "padding", 1)
		if err != nil {
			return nil, err
		}
		cf, err := a.channelsFirst()
		return &spatial2D{sh: 1, sw: 1, top: p[0], bottom: p[1], left: p[2], right: p[3], channelsFirst: cf, name: "ZeroPadding2D"}, err
	}},
	"cropping2D": {"Cropping2D", func(s *Shim, a cfg) (layerKind, error) {
		p, err := pads2D(a, "cropping", 0)
		if err != nil {
			return nil, err
		}
		cf, err := a.channelsFirst()
		return &spatial2D{sh: 1, sw: 1, top: -p[0], bottom: -p[1], left: -p[2], right: -p[3], channelsFirst: cf, name: "Cropping2D"}, err
	}},
	"maxPooling1d":           {"MaxPooling1D", poolFactory(1)},
	"maxPooling2d":           {"MaxPooling2D", poolFactory(2)},
	"maxPooling3d":           {"MaxPooling3D", poolFactory(3)},
	"averagePooling1d":       {"AveragePooling1D", poolFactory(1)},
	"averagePooling2d":       {"AveragePooling2D", poolFactory(2)},
	"averagePooling3d":       {"AveragePooling3D", poolFactory(3)},
	"globalAveragePooling1d": {"GlobalAveragePooling1D", func(s *Shim, a cfg) (layerKind, error) { return globalPooling{rank: 1}, nil }},
	"globalMaxPooling1d":     {"GlobalMaxPooling1D", func(s *Shim, a cfg) (layerKind, error) { return globalPooling{rank: 1}, nil }},
	"globalAveragePooling2d": {"GlobalAveragePooling2D", func(s *Shim, a cfg) (layerKind, error) {
		cf, err := a.channelsFirst()
		return globalPooling{rank: 2, channelsFirst: cf}, err
	}},
	"globalMaxPooling2d": {"GlobalMaxPooling2D", func(s *Shim, a cfg) (layerKind, error) {
		cf, err := a.channelsFirst()
		return globalPooling{rank: 2, channelsFirst: cf}, err
	}},
	"batchNormalization": {"BatchNormalization", func(s *Shim, a cfg) (layerKind, error) {
		return &batchNorm{axis: a.int("axis", -1), center: a.bool("center", true), scale: a.bool("scale", true)}, nil
	}},
	"layerNormalization": {"LayerNormalization", func(s *Shim, a cfg) (layerKind, error) {
		axes, ok := a.ints("axis")
		if !ok {
			axes = []int{-1}
		}
		return &layerNorm{axes: axes, center: a.bool("center", true), scale: a.bool("scale", true)}, nil
	}},
	"simpleRNN": {"SimpleRNN", rnnFactory("SimpleRNNCell", 1)},
	"lstm":      {"LSTM", rnnFactory("LSTMCell", 4)},
	"gru":       {"GRU", rnnFactory("GRUCell", 3)},
	"add":       {"Add", func(s *Shim, a cfg) (layerKind, error) { return merge{"Add"}, nil }},
	"multiply":  {"Multiply", func(s *Shim, a cfg) (layerKind, error) { return merge{"Multiply"}, nil }},
	"average":   {"Average", func(s *Shim, a cfg) (layerKind, error) { return merge{"Average"}, nil }},
	"maximum":   {"Maximum", func(s *Shim, a cfg) (layerKind, error) { return merge{"Maximum"}, nil }},
	"minimum":   {"Minimum", func(s *Shim, a cfg) (layerKind, error) { return merge{"Minimum"}, nil }},
	"concatenate": {"Concatenate", func(s *Shim, a cfg) (layerKind, error) {
		return concatenate{axis: a.int("axis", -1)}, nil
	}},
	"dot": {"Dot", func(s *Shim, a cfg) (layerKind, error) {
		axes, ok := a.ints("axes")
		if !ok {
			return nil, valueErr("Dot requires axes")
		}
		if len(axes) == 1 {
			axes = append(axes, axes[0])
		}
		return dotLayer{axes: [2]int{axes[0], axes[1]}}, nil
	}},
	"resizing": {"Resizing", func(s *Shim, a cfg) (layerKind, error) {
		return resizing{h: a.int("height", 1), w: a.int("width", 1)}, nil
	}},
	"centerCrop": {"CenterCrop", func(s *Shim, a cfg) (layerKind, error) {
		return resizing{h: a.int("height", 1), w: a.int("width", 1)}, nil
	}},
	"categoryEncoding": {"CategoryEncoding", func(s *Shim, a cfg) (layerKind, error) {
		return categoryEncoding{numTokens: a.int("numTokens", 1)}, nil
	}},
}

// layerAliases are the other names tf.layers exports for a class.
var layerAliases = map[string]string{
	"avgPool1d": "averagePooling1d", "avgPooling1d": "averagePooling1d",
	"avgPool2d": "averagePooling2d", "avgPooling2d": "averagePooling2d",
	"avgPool3d": "averagePooling3d", "avgPooling3d": "averagePooling3d",
	"maxPool1d": "maxPooling1d", "maxPool2d": "maxPooling2d",
	"globalMaxPool1d": "globalMaxPooling1d", "globalMaxPool2d": "globalMaxPooling2d",
}

func (s *Shim) initLayers() {
	s.initLayerClasses()
	layers := s.ns("layers")
	for name, f := range layerFactories {
		s.def(layers, name, "tf.layers."+name, s.layerCtor(name, f))
	}
	for alias, name := range layerAliases {
		s.def(layers, alias, "tf.layers."+alias, s.layerCtor(name, layerFactories[name]))
	}
	s.def(layers, "bidirectional", "tf.layers.bidirectional", func(c *call) sobek.Value {
		a := s.config(c.arg(0))
		inner := s.layerOf(a.get("layer"))
		if inner == nil {
			c.failf(engine.ValueError, "Bidirectional requires a `layer` that is an RNN layer")
		}
		r, ok := inner.kind.(*rnn)
		if !ok {
			c.failf(engine.ValueError, "Bidirectional requires a recurrent layer, got %s", inner.Class)
		}
		mode := a.str("mergeMode", "concat")
		if v := a.get("mergeMode"); v == nil && a.o != nil && a.o.Get("mergeMode") != nil && sobek.IsNull(a.o.Get("mergeMode")) {
			mode = ""
		}
		copyOf := func(prefix string) *Layer {
			s.getUid(r.cellClass)
			cp := *r
			l := &Layer{s: s, id: s.nextLayerID, Name: prefix + inner.Name, Class: inner.Class, kind: &cp, args: inner.args, trainable: true, Site: c.where(), dtype: engine.Float32}
			s.nextLayerID++
			return l
		}
		b := &bidirectional{fwd: copyOf("forward_"), bwd: copyOf("backward_"), inner: r, mergeMode: mode}
		return s.layerObject(s.newLayer("Bidirectional", b, a, c.where()))
	})
	s.def(layers, "timeDistributed", "tf.layers.timeDistributed", func(c *call) sobek.Value {
		a := s.config(c.arg(0))
		inner := s.layerOf(a.get("layer"))
		if inner == nil {
			c.failf(engine.ValueError, "TimeDistributed requires a `layer`")
		}
		return s.layerObject(s.newLayer("TimeDistributed", &timeDistributed{inner: inner}, a, c.where()))
	})
	s.def(layers, "input", "tf.layers.input", s.inputFn)
	s.def(s.tf, "input", "tf.input", s.inputFn)
}

// layerCtor is the tf.layers.<name> factory.
func (s *Shim) layerCtor(name string, f layerFactory) opFunc {
	return func(c *call) sobek.Value {
		a := s.config(c.arg(0))
		if name == "inputLayer" {
			l, err := s.newInputLayer(a, c.where())
			if err != nil {
				c.fail(err)
			}
			return s.layerObject(l)
		}
		kind, err := f.make(s, a)
		if err != nil {
			c.fail(err)
		}
		l := s.newLayer(f.class, kind, a, c.where())
		if l.batchInputShape == nil {
			switch k := kind.(type) {
			case *dense:
				if dim, ok := intOf(a.get("inputDim")); ok {
					l.batchInputShape = []int{a.int("batchSize", engine.Unknown), dim}
				}
				_ = k
			case *embedding:
				l.batchInputShape = append([]int{a.int("batchSize", engine.Unknown)}, k.inputLength...)
				if k.inputLength == nil {
					l.batchInputShape = []int{a.int("batchSize", engine.Unknown), engine.Unknown}
				}
			}
		}
		return s.layerObject(l)
	}
}

// newInputLayer is the InputLayer constructor.
func (s *Shim) newInputLayer(a cfg, site *engine.Site) (*Layer, error) {
	name := a.str("name", "")
	if name == "" {
		name = s.getUid("input")
	}
	bis, hasBatch := a.shape("batchInputShape")
	is, hasShape := a.appendedShape("inputShape")
	switch {
	case hasBatch && hasShape:
		return nil, valueErr("Only provide the inputShape OR batchInputShape argument to inputLayer, not both at the same time.")
	case !hasBatch && !hasShape:
		return nil, valueErr("An InputLayer should be passed either a `batchInputShape` or an `inputShape`.")
	case hasShape:
		bis = append([]int{a.int("batchSize", engine.Unknown)}, is...)
	}
	l := &Layer{s: s, id: s.nextLayerID, Name: name, Class: "InputLayer", kind: inputLayer{}, args: a, built: true, batchInputShape: bis, dtype: engine.Float32, Site: site}
	s.nextLayerID++
	if d, ok := engine.ParseDType(a.str("dtype", "float32")); ok {
		l.dtype = d
	}
	l.specs = []inputSpec{{shape: bis, set: true}}
	x := &Symbolic{Shape: clone(bis), DType: l.dtype, Name: s.uniqueTensorName(name), layer: l}
	l.inbound = []*Node{{id: s.nextNodeID(), layer: l, inputs: []*Symbolic{x}, outputs: []*Symbolic{x}}}
	return l, nil
}

// inputFn is tf.input(config).
func (s *Shim) inputFn(c *call) sobek.Value {
	a := s.config(c.arg(0))
	batch, hasBatch := a.shape("batchShape")
	sh, hasShape := a.appendedShape("shape")
	if !hasBatch && !hasShape {
		c.failf(engine.ValueError, "Please provide to Input either a `shape` or a `batchShape` argument. Note that `shape` does not include the batch dimension.")
	}
	if hasBatch && hasShape {
		c.failf(engine.ValueError, "Please provide either a `shape` or `batchShape` argument to Input, but not both.")
	}
	if hasShape {
		batch = append([]int{engine.Unknown}, sh...)
	}
	o := s.rt.NewObject()
	_ = o.Set("batchInputShape", s.shapeValue(batch))
	if name := a.str("name", ""); name != "" {
		_ = o.Set("name", name)
	}
	_ = o.Set("dtype", a.str("dtype", "float32"))
	l, err := s.newInputLayer(s.config(o), c.where())
	if err != nil {
		c.fail(err)
	}
	s.layerObject(l)
	return s.symbolicValue(l.inbound[0].outputs[0])
}

var _ = fmt.Sprint
