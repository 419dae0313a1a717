package shim

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shape"
)

// layerKind is what differs between layer classes: their weights and
// their output shapes. Everything else (naming, nodes, apply, weights
// bookkeeping) is the tfjs-layers Layer base class, in Layer.
type layerKind interface {
	// build creates the weights for the input shapes and may set the
	// layer's input spec.
	build(l *Layer, in [][]int) error
	// outputShapes is computeOutputShape.
	outputShapes(l *Layer, in [][]int) ([][]int, error)
}

// outDTyper is implemented by layers whose concrete output dtype is not
// float32 (InputLayer-like pass-through layers keep the input's).
type outDTyper interface {
	outDType(in []*engine.Tensor) engine.DType
}

// Layer is one tfjs-layers layer. Models are layers too (Model embeds one).
type Layer struct {
	s         *Shim
	id        int
	Name      string
	Class     string
	kind      layerKind
	args      cfg
	trainable bool
	built     bool
	// batchInputShape is set from inputShape/batchInputShape.
	batchInputShape []int
	dtype           engine.DType
	trainW, frozenW []*Weight
	specs           []inputSpec
	inbound         []*Node
	outbound        []*Node
	obj             *sobek.Object
	Site            *engine.Site
	disposed        bool
	model           *Model
	stateful        bool
}

// Weight is a LayerVariable.
type Weight struct {
	Name      string
	V         *engine.Tensor
	Trainable bool
}

// Node is one call of a layer on symbolic inputs.
type Node struct {
	id            int
	layer         *Layer
	inboundLayers []*Layer
	nodeIndices   []int
	tensorIndices []int
	inputs        []*Symbolic
	outputs       []*Symbolic
}

// Symbolic is a SymbolicTensor.
type Symbolic struct {
	Shape       []int
	DType       engine.DType
	Name        string
	layer       *Layer
	nodeIndex   int
	tensorIndex int
	obj         *sobek.Object
}

// inputSpec is tfjs-layers' InputSpec; zero fields are unset.
type inputSpec struct {
	ndim, minNDim, maxNDim int
	axes                   map[int]int
	shape                  []int
	set                    bool
}

// newLayer runs the Layer base constructor: name, trainable, batch input
// shape and dtype from the config.
func (s *Shim) newLayer(class string, kind layerKind, args cfg, site *engine.Site) *Layer {
	l := &Layer{s: s, id: s.nextLayerID, Class: class, kind: kind, args: args, trainable: args.bool("trainable", true), Site: site}
	s.nextLayerID++
	l.Name = args.str("name", "")
	if l.Name == "" {
		l.Name = toSnakeCase(class) + "_" + s.getUid(class)
	}
	if bis, ok := args.shape("batchInputShape"); ok {
		l.batchInputShape = bis
	} else if is, ok := args.appendedShape("inputShape"); ok {
		l.batchInputShape = append([]int{args.int("batchSize", engine.Unknown)}, is...)
	}
	l.dtype = engine.Float32
	if d, ok := engine.ParseDType(args.str("dtype", args.str("inputDType", "float32"))); ok {
		l.dtype = d
	}
	return l
}

var (
	snake1 = regexp.MustCompile(`(.)([A-Z][a-z0-9]+)`)
	snake2 = regexp.MustCompile(`([a-z])([A-Z])`)
)

// toSnakeCase is tfjs-layers' generic_utils.toSnakeCase.
func toSnakeCase(name string) string {
	s := snake1.ReplaceAllString(name, "${1}_${2}")
	s = strings.ToLower(snake2.ReplaceAllString(s, "${1}_${2}"))
	if strings.HasPrefix(s, "_") {
		return "private" + s
	}
	return s
}

// gradErrer is implemented by layers whose gradient tfjs cannot compute
// in some configurations (dilated convolutions).
type gradErrer interface {
	gradErr() string
}

// wrapper is implemented by layers that hold other layers' weights
// (Bidirectional, TimeDistributed).
type wrapper interface {
	subLayers() []*Layer
}

// Weights is layer.weights: trainable then non-trainable.
func (l *Layer) Weights() []*Weight {
	return append(l.TrainableWeights(), l.nonTrainableWeights()...)
}

// TrainableWeights is layer.trainableWeights.
func (l *Layer) TrainableWeights() []*Weight {
	if l.model != nil {
		return l.model.trainableWeights()
	}
	if w, ok := l.kind.(wrapper); ok {
		var out []*Weight
		for _, sub := range w.subLayers() {
			out = append(out, sub.TrainableWeights()...)
		}
		return out
	}
	if !l.trainable {
		return nil
	}
	var out []*Weight
	for _, w := range l.trainW {
		if w.Trainable {
			out = append(out, w)
		}
	}
	return out
}

// nonTrainableWeights is layer.nonTrainableWeights: the frozen weights, and
// every weight of a layer that is not trainable. A model nested in another
// model (Container) and a wrapper answer for the layers they hold.
func (l *Layer) nonTrainableWeights() []*Weight {
	if l.model != nil {
		return l.model.nonTrainableWeights()
	}
	if w, ok := l.kind.(wrapper); ok {
		var out []*Weight
		for _, sub := range w.subLayers() {
			out = append(out, sub.nonTrainableWeights()...)
		}
		return out
	}
	if !l.trainable {
		return append(append([]*Weight{}, l.trainW...), l.frozenW...)
	}
	var out []*Weight
	for _, w := range l.trainW {
		if !w.Trainable {
			out = append(out, w)
		}
	}
	return append(out, l.frozenW...)
}

// CountParams is layer.countParams().
func (l *Layer) CountParams() int {
	n := 0
	for _, w := range l.Weights() {
		n += w.V.Size()
	}
	return n
}

// setTrainable is the trainable setter, as tfjs has it per class: a layer
// flips its own trainable weights; a model (Container) flips the own
// trainable weights of each of its layers, not those of a model nested in
// it, and keeps its layers' trainable flags; a wrapper sets its inner
// layers' trainable.
func (l *Layer) setTrainable(v bool) {
	if w, ok := l.kind.(wrapper); ok && l.model == nil {
		for _, sub := range w.subLayers() {
			sub.setTrainable(v)
		}
		l.trainable = v
		return
	}
	if l.model != nil {
		for _, sub := range l.model.layersForWeights() {
			sub.flipWeights(v)
		}
		l.trainable = v
		return
	}
	l.flipWeights(v)
	l.trainable = v
}

// flipWeights sets the trainable flag of the weights the layer made
// trainable (its _trainableWeights).
func (l *Layer) flipWeights(v bool) {
	for _, w := range l.trainW {
		w.Trainable = v
		w.V.Var.Trainable = v
	}
}

// addWeight is Layer.addWeight: a variable named layer/name (made unique),
// created from an initializer value that is disposed right after.
func (l *Layer) addWeight(name string, shape []int, dtype engine.DType, trainable bool) *Weight {
	e := l.s.E
	site := l.Site
	init := e.NewTensor(shape, dtype, site)
	vname := l.s.uniqueTensorName(l.Name + "/" + name)
	v, err := e.MakeVariable(init, trainable, vname, dtype, site)
	if err != nil {
		panic(err)
	}
	e.Dispose(init)
	w := &Weight{Name: vname, V: v, Trainable: trainable}
	if trainable {
		l.trainW = append(l.trainW, w)
	} else {
		l.frozenW = append(l.frozenW, w)
	}
	return w
}

func shapeErr(format string, args ...any) error {
	return engine.Errorf(engine.ShapeError, format, args...)
}

func valueErr(format string, args ...any) error {
	return engine.Errorf(engine.ValueError, format, args...)
}

// checkInputs is assertInputCompatibility.
func (l *Layer) checkInputs(shapes [][]int, dtypes []engine.DType) error {
	if len(l.specs) == 0 {
		return nil
	}
	if len(shapes) != len(l.specs) {
		return shapeErr("Layer %s expects %d inputs, but it received %d input tensors.", l.Name, len(l.specs), len(shapes))
	}
	for i, sh := range shapes {
		sp := l.specs[i]
		if !sp.set {
			continue
		}
		n := len(sh)
		if sp.ndim > 0 && n != sp.ndim {
			return shapeErr("Input %d is incompatible with layer %s: expected ndim=%d, found ndim=%d", i, l.Name, sp.ndim, n)
		}
		if sp.maxNDim > 0 && n > sp.maxNDim {
			return shapeErr("Input %d is incompatible with layer %s: expected max_ndim=%d, found ndim=%d", i, l.Name, sp.maxNDim, n)
		}
		if sp.minNDim > 0 && n < sp.minNDim {
			return shapeErr("Input %d is incompatible with layer %s: expected min_ndim=%d, found ndim=%d.", i, l.Name, sp.minNDim, n)
		}
		for axis, want := range sp.axes {
			a := axis
			if a < 0 {
				a += n
			}
			if a < 0 || a >= n {
				continue
			}
			if got := sh[a]; got >= 0 && got != want {
				return shapeErr("Input %d is incompatible with layer %s: expected axis %d of input shape to have value %d but got shape %s.", i, l.Name, axis, want, engine.FormatShape(sh))
			}
		}
		for j, want := range sp.shape {
			if j < n && want >= 0 && sh[j] >= 0 && want != sh[j] {
				return shapeErr("Input %d is incompatible with layer %s: expected shape=%s, found shape=%s.", i, l.Name, engine.FormatShape(sp.shape), engine.FormatShape(sh))
			}
		}
	}
	return nil
}

// ensureBuilt builds the layer on first use, as Layer.apply does.
func (l *Layer) ensureBuilt(shapes [][]int, dtypes []engine.DType) error {
	if l.disposed {
		return valueErr("Layer '%s' is already disposed.", l.Name)
	}
	if !l.built {
		if err := l.checkInputs(shapes, dtypes); err != nil {
			return err
		}
		if err := l.kind.build(l, shapes); err != nil {
			return err
		}
		l.built = true
	}
	return l.checkInputs(shapes, dtypes)
}

// applySymbolic is Layer.apply on symbolic inputs: build, compute output
// shapes, make the output symbolic tensors and the inbound node.
func (l *Layer) applySymbolic(inputs []*Symbolic) ([]*Symbolic, error) {
	shapes := make([][]int, len(inputs))
	dtypes := make([]engine.DType, len(inputs))
	for i, x := range inputs {
		shapes[i], dtypes[i] = x.Shape, x.DType
	}
	if err := l.ensureBuilt(shapes, dtypes); err != nil {
		return nil, err
	}
	outShapes, err := l.kind.outputShapes(l, shapes)
	if err != nil {
		return nil, err
	}
	n := &Node{id: l.s.nextNodeID(), layer: l, inputs: inputs}
	for _, x := range inputs {
		n.inboundLayers = append(n.inboundLayers, x.layer)
		n.nodeIndices = append(n.nodeIndices, x.nodeIndex)
		n.tensorIndices = append(n.tensorIndices, x.tensorIndex)
	}
	for i, sh := range outShapes {
		n.outputs = append(n.outputs, &Symbolic{Shape: sh, DType: dtypes[0], Name: l.s.uniqueTensorName(l.Name + "/" + l.Name), layer: l, nodeIndex: len(l.inbound), tensorIndex: i})
	}
	for _, in := range n.inboundLayers {
		in.outbound = append(in.outbound, n)
	}
	l.inbound = append(l.inbound, n)
	return n.outputs, nil
}

// applyConcrete is Layer.apply on tensors: build, then allocate the
// outputs of the call (the forward pass computes no values) and record
// the call for gradients, with the layer's weights as inputs.
func (l *Layer) applyConcrete(inputs []*engine.Tensor, site *engine.Site) ([]*engine.Tensor, error) {
	if l.model != nil {
		return l.model.forward(inputs, false, site)
	}
	shapes := make([][]int, len(inputs))
	dtypes := make([]engine.DType, len(inputs))
	for i, x := range inputs {
		shapes[i], dtypes[i] = x.Shape, x.DType
	}
	if err := l.ensureBuilt(shapes, dtypes); err != nil {
		return nil, err
	}
	outShapes, err := l.kind.outputShapes(l, shapes)
	if err != nil {
		return nil, err
	}
	dt := engine.Float32
	if d, ok := l.kind.(outDTyper); ok {
		dt = d.outDType(inputs)
	}
	outs := make([]*engine.Tensor, len(outShapes))
	for i, sh := range outShapes {
		for _, d := range sh {
			if d < 0 {
				return nil, shapeErr("Layer %s produced an output with an unknown dimension: %s", l.Name, shape.String(sh))
			}
		}
		outs[i] = l.s.E.NewTensor(sh, dt, site)
	}
	ins := append([]*engine.Tensor{}, inputs...)
	for _, w := range l.Weights() {
		ins = append(ins, w.V)
	}
	gradErr := ""
	if g, ok := l.kind.(gradErrer); ok {
		gradErr = g.gradErr()
	}
	l.s.E.Record(l.Class, ins, outs, inputs, gradErr)
	return outs, nil
}

// outputShape is the layer.outputShape property: the shapes of its one
// inbound node (or of all nodes when they agree).
func (l *Layer) outputShape() ([][]int, error) {
	if len(l.inbound) == 0 {
		return nil, valueErr("The layer %s has never been called and thus has no defined output shape.", l.Name)
	}
	first := l.inbound[0].outputs
	for _, n := range l.inbound[1:] {
		for i, o := range n.outputs {
			if i >= len(first) || !sameShape(o.Shape, first[i].Shape) {
				return nil, valueErr("The layer %s has multiple inbound nodes with different output shapes. Hence the notion of \"output shape\" is ill-defined for the layer.", l.Name)
			}
		}
	}
	out := make([][]int, len(first))
	for i, o := range first {
		out[i] = o.Shape
	}
	return out, nil
}

// OutputShapes is the layer's output shape(s) for reports; nil when
// ill-defined.
func (l *Layer) OutputShapes() [][]int {
	sh, err := l.outputShape()
	if err != nil {
		return nil
	}
	return sh
}

func (s *Shim) nextNodeID() int {
	s.nodeIDs++
	return s.nodeIDs
}

// dispose is Layer.dispose: the weights go once no model holds the layer.
func (l *Layer) dispose() {
	if l.disposed {
		return
	}
	for _, w := range l.Weights() {
		l.s.E.Dispose(w.V)
	}
	l.disposed = true
}

func (l *Layer) String() string { return fmt.Sprintf("%s (%s)", l.Name, l.Class) }
