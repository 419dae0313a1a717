package shim

import (
	"slices"
	"sort"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// Model is a LayersModel (functional or Sequential): a layer made of
// layers, with the training state of compile().
type Model struct {
	*Layer
	s          *Shim
	sequential bool
	seqLayers  []*Layer // Sequential's own list, in add order
	inputs     []*Symbolic
	outputs    []*Symbolic
	graph      *graph

	train *training // set by compile
	// Loaded tells a model tf.loadLayersModel read from the project's
	// model.json: what a page downloads.
	Loaded bool
}

// graph is a container's layers and nodes in tfjs's order.
type graph struct {
	layers []*Layer
	nodes  []*Node // in execution order (decreasing depth)
}

// newModel is the Container constructor on symbolic inputs and outputs.
func (s *Shim) newModel(name string, inputs, outputs []*Symbolic, site *engine.Site) (*Model, error) {
	l := &Layer{s: s, id: s.nextLayerID, Class: "Model", kind: identityLayer{}, trainable: true, built: true, Site: site, dtype: engine.Float32}
	s.nextLayerID++
	s.getUid("Model") // the Layer constructor names the model with a uid first
	if name == "" {
		name = s.getUid("model")
	}
	l.Name = name
	m := &Model{Layer: l, s: s, inputs: inputs, outputs: outputs}
	l.model = m
	for _, x := range inputs {
		if x.layer.Class != "InputLayer" {
			return nil, engine.Errorf(engine.TypeError, "Input layers to a LayersModel must be InputLayer objects. Input 0 (0-based) originates from layer type %s.", x.layer.Class)
		}
	}
	g, err := buildGraph(inputs, outputs)
	if err != nil {
		return nil, err
	}
	m.graph = g
	return m, nil
}

// buildGraph is the graph walk of the Container constructor: every node
// that leads to the outputs, layers ordered by decreasing depth and then
// by discovery order.
func buildGraph(inputs, outputs []*Symbolic) (*graph, error) {
	var order []*Node
	finished := map[*Node]bool{}
	inProgress := map[*Node]bool{}
	layerIndex := map[*Layer]int{}
	var visit func(l *Layer, nodeIndex int) error
	visit = func(l *Layer, nodeIndex int) error {
		if nodeIndex >= len(l.inbound) {
			return valueErr("Graph disconnected: layer %s has no node %d", l.Name, nodeIndex)
		}
		n := l.inbound[nodeIndex]
		if inProgress[n] {
			return valueErr("The tensor at layer \"%s\" is part of a cycle.", l.Name)
		}
		if finished[n] {
			return nil
		}
		if _, ok := layerIndex[l]; !ok {
			layerIndex[l] = len(layerIndex)
		}
		inProgress[n] = true
		for i, in := range n.inboundLayers {
			if err := visit(in, n.nodeIndices[i]); err != nil {
				return err
			}
		}
		finished[n] = true
		delete(inProgress, n)
		order = append(order, n)
		return nil
	}
	for _, x := range outputs {
		if err := visit(x.layer, x.nodeIndex); err != nil {
			return nil, err
		}
	}
	nodeDepth := map[*Node]int{}
	layerDepth := map[*Layer]int{}
	for i := len(order) - 1; i >= 0; i-- {
		n := order[i]
		d := max(nodeDepth[n], layerDepth[n.layer])
		layerDepth[n.layer] = d
		nodeDepth[n] = d
		for j, in := range n.inboundLayers {
			prev := in.inbound[n.nodeIndices[j]]
			nodeDepth[prev] = max(d+1, nodeDepth[prev])
		}
	}
	g := &graph{}
	for l := range layerDepth {
		g.layers = append(g.layers, l)
	}
	sort.SliceStable(g.layers, func(i, j int) bool {
		a, b := g.layers[i], g.layers[j]
		if layerDepth[a] != layerDepth[b] {
			return layerDepth[a] > layerDepth[b]
		}
		return layerIndex[a] < layerIndex[b]
	})
	g.nodes = append([]*Node{}, order...)
	sort.SliceStable(g.nodes, func(i, j int) bool { return nodeDepth[g.nodes[i]] > nodeDepth[g.nodes[j]] })
	computable := map[*Symbolic]bool{}
	for _, x := range inputs {
		computable[x] = true
	}
	for _, n := range g.nodes {
		if n.layer.Class == "InputLayer" {
			if !slices.Contains(inputs, n.outputs[0]) {
				return nil, valueErr("Graph disconnected: cannot obtain value for tensor %s at layer \"%s\". The following previous layers were accessed without issue: []", n.outputs[0].Name, n.layer.Name)
			}
			continue
		}
		for _, x := range n.inputs {
			if !computable[x] {
				return nil, valueErr("Graph disconnected: cannot obtain value for tensor %s at layer \"%s\".", x.Name, n.layer.Name)
			}
		}
		for _, x := range n.outputs {
			computable[x] = true
		}
	}
	return g, nil
}

// OwnSites are the allocation sites of the model's own tensors: its
// weights, and the state its optimizer allocated when it was constructed
// (nil when it has none).
func (m *Model) OwnSites() (weights []*engine.Site, optimizer *engine.Site) {
	for _, w := range m.Weights() {
		if w.V != nil && w.V.Site != nil {
			weights = append(weights, w.V.Site)
		}
	}
	if m.train != nil && m.train.optimizer != nil {
		optimizer = m.train.optimizer.site
	}
	return weights, optimizer
}

// Layers is model.layers.
func (m *Model) Layers() []*Layer {
	if m.sequential {
		return m.seqLayers
	}
	return m.graph.layers
}

// layers is the layers holding the model's weights.
func (m *Model) layersForWeights() []*Layer {
	if m.graph != nil {
		return m.graph.layers
	}
	return m.seqLayers
}

// weights is the Container's weights: trainable then non-trainable.
func (m *Model) weights() []*Weight {
	return append(m.trainableWeights(), m.nonTrainableWeights()...)
}

// nonTrainableWeights is the Container's: its layers' non-trainable weights,
// after all their trainable ones when the model itself is frozen.
func (m *Model) nonTrainableWeights() []*Weight {
	var frozen []*Weight
	for _, l := range m.layersForWeights() {
		frozen = append(frozen, l.nonTrainableWeights()...)
	}
	if m.trainable {
		return frozen
	}
	var train []*Weight
	for _, l := range m.layersForWeights() {
		train = append(train, l.TrainableWeights()...)
	}
	return append(train, frozen...)
}

func (m *Model) trainableWeights() []*Weight {
	if !m.trainable {
		return nil
	}
	var out []*Weight
	for _, l := range m.layersForWeights() {
		out = append(out, l.TrainableWeights()...)
	}
	return out
}

// ensureBuilt makes a Sequential's graph (tfjs builds an inner model).
func (m *Model) ensureBuilt() error {
	if m.graph != nil {
		return nil
	}
	if len(m.inputs) == 0 || len(m.outputs) == 0 {
		return engine.Errorf(engine.TypeError, "Sequential model cannot be built: model is empty. Add some layers first.")
	}
	g, err := buildGraph(m.inputs, m.outputs)
	if err != nil {
		return err
	}
	m.s.getUid("Model") // the inner LayersModel's Layer constructor
	m.graph = g
	return nil
}

// applySymbolic calls the model as a layer on symbolic inputs.
func (m *Model) applySymbolic(inputs []*Symbolic) ([]*Symbolic, error) {
	if err := m.ensureBuilt(); err != nil {
		return nil, err
	}
	if len(inputs) != len(m.inputs) {
		return nil, valueErr("Layer %s expects %d inputs, but it received %d input tensors.", m.Name, len(m.inputs), len(inputs))
	}
	n := &Node{id: m.s.nextNodeID(), layer: m.Layer, inputs: inputs}
	for _, x := range inputs {
		n.inboundLayers = append(n.inboundLayers, x.layer)
		n.nodeIndices = append(n.nodeIndices, x.nodeIndex)
		n.tensorIndices = append(n.tensorIndices, x.tensorIndex)
	}
	for i, o := range m.outputs {
		sh := clone(o.Shape)
		if len(sh) > 0 && len(inputs[0].Shape) > 0 {
			sh[0] = inputs[0].Shape[0]
		}
		n.outputs = append(n.outputs, &Symbolic{Shape: sh, DType: o.DType, Name: m.s.uniqueTensorName(m.Name + "/" + m.Name), layer: m.Layer, nodeIndex: len(m.inbound), tensorIndex: i})
	}
	for _, in := range n.inboundLayers {
		in.outbound = append(in.outbound, n)
	}
	m.inbound = append(m.inbound, n)
	m.kind = modelKind{m}
	return n.outputs, nil
}

// modelKind lets a model nested in another model compute its shapes.
type modelKind struct{ m *Model }

func (k modelKind) build(*Layer, [][]int) error { return nil }
func (k modelKind) outputShapes(_ *Layer, in [][]int) ([][]int, error) {
	out := make([][]int, len(k.m.outputs))
	for i, o := range k.m.outputs {
		out[i] = clone(o.Shape)
		if len(out[i]) > 0 && len(in) > 0 && len(in[0]) > 0 {
			out[i][0] = in[0][0]
		}
	}
	return out, nil
}

// forward runs the model on tensors: every node in depth order allocates
// its outputs (no values are computed); the tensors stay in the caller's
// scope, so a tidy around the call frees what the model made.
func (m *Model) forward(inputs []*engine.Tensor, training bool, site *engine.Site) ([]*engine.Tensor, error) {
	if err := m.ensureBuilt(); err != nil {
		return nil, err
	}
	if len(inputs) != len(m.inputs) {
		return nil, valueErr("The number of inputs provided (%d) does not match the number of inputs of this model (%d).", len(inputs), len(m.inputs))
	}
	vals := map[*Symbolic]*engine.Tensor{}
	for i, x := range m.inputs {
		vals[x] = inputs[i]
	}
	for _, n := range m.graph.nodes {
		if n.layer.Class == "InputLayer" {
			continue
		}
		ins := make([]*engine.Tensor, len(n.inputs))
		for i, x := range n.inputs {
			ins[i] = vals[x]
			if ins[i] == nil {
				return nil, valueErr("Graph disconnected at layer %s", n.layer.Name)
			}
		}
		outs, err := n.layer.applyConcrete(ins, site)
		if err != nil {
			return nil, err
		}
		for i, x := range n.outputs {
			if i < len(outs) {
				vals[x] = outs[i]
			}
		}
	}
	res := make([]*engine.Tensor, len(m.outputs))
	for i, x := range m.outputs {
		res[i] = vals[x]
	}
	return res, nil
}

// dispose is LayersModel.dispose: the layers' weights, and the optimizer
// when compile made it from a string.
func (m *Model) dispose() {
	for _, l := range m.layersForWeights() {
		if l.model != nil {
			l.model.dispose()
			continue
		}
		l.dispose()
	}
	if m.train != nil && m.train.optimizerOwned && m.train.optimizer != nil {
		m.train.optimizer.dispose()
	}
	m.disposed = true
}

// get and set are the model-only properties of its JavaScript object.
func (m *Model) get(key string) sobek.Value {
	s := m.s
	switch key {
	case "layers":
		items := make([]sobek.Value, 0)
		for _, l := range m.Layers() {
			items = append(items, s.layerObject(l))
		}
		return s.array(items)
	case "inputs", "outputs":
		syms := m.inputs
		if key == "outputs" {
			syms = m.outputs
		}
		items := make([]sobek.Value, len(syms))
		for i, x := range syms {
			items[i] = s.symbolicValue(x)
		}
		return s.array(items)
	case "inputNames", "outputNames":
		syms := m.inputs
		if key == "outputNames" {
			syms = m.outputs
		}
		items := make([]sobek.Value, len(syms))
		for i, x := range syms {
			items[i] = s.rt.ToValue(x.layer.Name)
		}
		return s.array(items)
	case "optimizer":
		if m.train != nil && m.train.optimizer != nil {
			return m.train.optimizer.obj
		}
		return sobek.Undefined()
	case "stopTraining":
		return s.rt.ToValue(m.train != nil && m.train.stop)
	case "metricsNames":
		if m.train == nil {
			return sobek.Undefined()
		}
		items := make([]sobek.Value, len(m.train.metricsNames))
		for i, n := range m.train.metricsNames {
			items[i] = s.rt.ToValue(n)
		}
		return s.array(items)
	case "isTraining":
		return s.rt.ToValue(m.train != nil && m.train.running)
	case "history":
		if m.train != nil && m.train.history != nil {
			return m.train.history
		}
	}
	return nil
}

func (m *Model) set(key string, val sobek.Value) bool {
	switch key {
	case "stopTraining":
		if m.train == nil {
			m.train = &training{}
		}
		m.train.stop = val.ToBoolean()
		return true
	case "optimizer":
		if o := m.s.optimizerOf(val); o != nil {
			if m.train == nil {
				m.train = &training{}
			}
			if m.train.optimizer != o {
				m.train.optimizer, m.train.optimizerOwned = o, false
			}
			return true
		}
	}
	return false
}
