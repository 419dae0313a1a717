package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

func (s *Shim) initModels() {
	s.initCallbacks()
	s.modelProto = s.rt.NewObject()
	_ = s.modelProto.SetPrototype(s.layerProto)
	s.seqProto = s.rt.NewObject()
	_ = s.seqProto.SetPrototype(s.modelProto)
	_ = s.tf.Set("LayersModel", s.class("LayersModel", s.modelProto, s.layerProto))
	_ = s.tf.Set("Sequential", s.class("Sequential", s.seqProto, s.modelProto))

	s.def(s.tf, "sequential", "tf.sequential", func(c *call) sobek.Value {
		a := s.config(c.arg(0))
		m := s.newSequential(a.str("name", ""), c.where())
		obj := s.layerObject(m.Layer)
		for _, lv := range s.arrayItems(a.get("layers")) {
			l := s.layerOf(lv)
			if l == nil {
				c.failf(engine.TypeError, "tf.sequential's layers must be layers")
			}
			if err := m.add(l); err != nil {
				c.fail(err)
			}
		}
		return obj
	})
	s.def(s.tf, "model", "tf.model", func(c *call) sobek.Value {
		a := s.config(c.arg(0))
		ins := s.symbolics(a.get("inputs"))
		outs := s.symbolics(a.get("outputs"))
		if len(ins) == 0 || len(outs) == 0 {
			c.failf(engine.ValueError, "tf.model requires `inputs` and `outputs` SymbolicTensors")
		}
		m, err := s.newModel(a.str("name", ""), ins, outs, c.where())
		if err != nil {
			c.fail(err)
		}
		return s.layerObject(m.Layer)
	})
	s.modelMethods()
}

// newSequential is tf.sequential(): the Layer, Container and Sequential
// constructors each take a name counter.
func (s *Shim) newSequential(name string, site *engine.Site) *Model {
	l := &Layer{s: s, id: s.nextLayerID, Class: "Sequential", kind: identityLayer{}, trainable: true, Site: site, dtype: engine.Float32}
	s.nextLayerID++
	s.getUid("Sequential")
	s.getUid("sequential")
	if name == "" {
		name = s.getUid("sequential_")
	}
	l.Name = name
	m := &Model{Layer: l, s: s, sequential: true}
	l.model = m
	return m
}

// symbolics reads one SymbolicTensor or an array of them.
func (s *Shim) symbolics(v sobek.Value) []*Symbolic {
	if x := s.symbolicOf(v); x != nil {
		return []*Symbolic{x}
	}
	var out []*Symbolic
	for _, it := range s.arrayItems(v) {
		if x := s.symbolicOf(it); x != nil {
			out = append(out, x)
		}
	}
	return out
}

// add is Sequential.add.
func (m *Model) add(l *Layer) error {
	if len(m.outputs) == 0 {
		if len(l.inbound) == 0 {
			if l.batchInputShape == nil {
				return valueErr("The first layer in a Sequential model must get an `inputShape` or `batchInputShape` argument.")
			}
			o := m.s.rt.NewObject()
			_ = o.Set("batchInputShape", m.s.shapeValue(l.batchInputShape))
			_ = o.Set("name", l.Name+"_input")
			_ = o.Set("dtype", l.dtype.String())
			in, err := m.s.newInputLayer(m.s.config(o), l.Site)
			if err != nil {
				return err
			}
			m.s.layerObject(in)
			if l.model != nil {
				if _, err := l.model.applySymbolic(in.inbound[0].outputs); err != nil {
					return err
				}
			} else if _, err := l.applySymbolic(in.inbound[0].outputs); err != nil {
				return err
			}
		}
		if len(l.inbound) != 1 {
			return valueErr("A layer added to a Sequential model must not already be connected somewhere else. LayersModel received layer %s which has %d pre-existing inbound connections.", l.Name, len(l.inbound))
		}
		if len(l.inbound[0].outputs) != 1 {
			return valueErr("All layers in a Sequential model should have a single output tensor. For multi-output layers, use the functional API.")
		}
		if err := checkSeqShape(l); err != nil {
			return err
		}
		m.outputs = []*Symbolic{l.inbound[0].outputs[0]}
		m.inputs = sourceInputs(m.outputs[0])
	} else {
		var outs []*Symbolic
		var err error
		if l.model != nil {
			outs, err = l.model.applySymbolic(m.outputs)
		} else {
			outs, err = l.applySymbolic(m.outputs)
		}
		if err != nil {
			return err
		}
		if len(outs) != 1 {
			return engine.Errorf(engine.TypeError, "All layers in a Sequential model should have a single output tensor. For multi-output layers, use the functional API.")
		}
		if err := checkSeqShape(l); err != nil {
			return err
		}
		m.outputs = outs
	}
	m.seqLayers = append(m.seqLayers, l)
	m.graph = nil
	return nil
}

// checkSeqShape is Sequential.checkShape.
func checkSeqShape(l *Layer) error {
	n := l.inbound[0]
	for _, d := range n.outputs[0].Shape {
		if d < 0 && d != engine.Unknown {
			return shapeErr("Negative dimension size caused by adding layer %s with input shape [%s]", l.Name, engine.FormatShape(n.inputs[0].Shape))
		}
	}
	return nil
}

// sourceInputs is getSourceInputs: the input layers' tensors x comes from.
func sourceInputs(x *Symbolic) []*Symbolic {
	if x.layer.Class == "InputLayer" {
		return []*Symbolic{x}
	}
	n := x.layer.inbound[x.nodeIndex]
	var out []*Symbolic
	for _, in := range n.inputs {
		for _, src := range sourceInputs(in) {
			dup := false
			for _, o := range out {
				dup = dup || o == src
			}
			if !dup {
				out = append(out, src)
			}
		}
	}
	return out
}

// modelOf returns the model behind a JavaScript value.
func (s *Shim) modelOf(v sobek.Value) *Model {
	if l := s.layerOf(v); l != nil {
		return l.model
	}
	return nil
}

// async runs fn as an async API and returns its promise.
func (s *Shim) async(fn func(t *async.Task) (sobek.Value, error)) sobek.Value {
	return s.rt.ToValue(s.host.Tasks().Start(fn))
}

func (s *Shim) modelMethods() {
	p := s.modelProto
	this := func(c sobek.FunctionCall) *Model {
		m := s.modelOf(c.This)
		if m == nil {
			s.throwf("not a model")
		}
		return m
	}
	method := func(name string, f func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value) {
		markImplemented("LayersModel." + name)
		s.set(p, name, func(c sobek.FunctionCall) sobek.Value {
			m := this(c)
			return f(m, c, s.host.Site("LayersModel."+name))
		})
	}
	method("compile", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		if err := m.compile(s.config(c.Argument(0)), site); err != nil {
			s.throw(err, site)
		}
		if !containsModel(s.Models, m) {
			s.Models = append(s.Models, m)
		}
		return sobek.Undefined()
	})
	method("fit", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		x, y, args := c.Argument(0), c.Argument(1), s.config(c.Argument(2))
		return s.async(func(t *async.Task) (sobek.Value, error) {
			v, err := m.fit(t, x, y, args, site)
			if err != nil {
				s.reportShape(err, site)
			}
			return v, err
		})
	})
	method("fitDataset", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		ds, args := c.Argument(0), s.config(c.Argument(1))
		return s.async(func(t *async.Task) (sobek.Value, error) {
			v, err := m.fitDataset(t, ds, args, site)
			if err != nil {
				s.reportShape(err, site)
			}
			return v, err
		})
	})
	method("trainOnBatch", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		x, y := c.Argument(0), c.Argument(1)
		return s.async(func(t *async.Task) (sobek.Value, error) {
			v, err := m.trainOnBatch(t, x, y, site)
			if err != nil {
				s.reportShape(err, site)
			}
			return v, err
		})
	})
	method("predict", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		outs, err := m.predict(c.Argument(0), s.config(c.Argument(1)), site)
		if err != nil {
			s.throw(err, site)
		}
		return s.singletonOrArray(outs)
	})
	method("predictOnBatch", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		outs, err := m.predict(c.Argument(0), s.config(nil), site)
		if err != nil {
			s.throw(err, site)
		}
		return s.singletonOrArray(outs)
	})
	method("evaluate", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		outs, err := m.evaluate(c.Argument(0), c.Argument(1), s.config(c.Argument(2)), site)
		if err != nil {
			s.throw(err, site)
		}
		return s.singletonOrArray(outs)
	})
	method("execute", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		ins, err := m.tensorsArg(c.Argument(0), m.inputNames(), "input")
		if err != nil {
			s.throw(err, site)
		}
		outs, err := m.forward(ins, false, site)
		if err != nil {
			s.throw(err, site)
		}
		return s.singletonOrArray(outs)
	})
	method("summary", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		if err := m.ensureBuilt(); err != nil {
			s.throw(err, site)
		}
		printFn := c.Argument(2)
		for _, line := range m.summaryLines() {
			if isFunction(printFn) {
				if _, err := s.call(printFn, nil, s.rt.ToValue(line)); err != nil {
					s.throw(err, site)
				}
				continue
			}
			s.host.Print(line)
		}
		return sobek.Undefined()
	})
	method("getLayer", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		layers := m.Layers()
		if i, ok := intOf(c.Argument(1)); ok && isNullish(c.Argument(0)) {
			if i < 0 || i >= len(layers) {
				s.throw(valueErr("Was asked to retrieve layer at index %d, but model only has %d layer(s).", i, len(layers)), site)
			}
			return s.layerObject(layers[i])
		}
		if i, ok := intOf(c.Argument(0)); ok {
			if i < 0 || i >= len(layers) {
				s.throw(valueErr("Was asked to retrieve layer at index %d, but model only has %d layer(s).", i, len(layers)), site)
			}
			return s.layerObject(layers[i])
		}
		name := c.Argument(0).String()
		for _, l := range layers {
			if l.Name == name {
				return s.layerObject(l)
			}
		}
		s.throw(valueErr("No such layer: %s", name), site)
		return nil
	})
	method("save", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		return s.save(m, c.Argument(0), s.config(c.Argument(1)), site)
	})
	method("evaluateDataset", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		ds, args := c.Argument(0), s.config(c.Argument(1))
		return s.async(func(t *async.Task) (sobek.Value, error) {
			return m.evaluateDataset(t, ds, args, site)
		})
	})
	method("resetStates", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value { return sobek.Undefined() })
	method("getConfig", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		return s.rt.ToValue(map[string]any{"name": m.Name})
	})
	method("toJSON", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		return s.rt.ToValue(`{"class_name":"` + m.Class + `"}`)
	})
	method("setUserDefinedMetadata", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value { return sobek.Undefined() })
	method("getUserDefinedMetadata", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value { return sobek.Undefined() })

	seq := func(name string, f func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value) {
		markImplemented("Sequential." + name)
		s.set(s.seqProto, name, func(c sobek.FunctionCall) sobek.Value {
			return f(this(c), c, s.host.Site("Sequential."+name))
		})
	}
	seq("add", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		l := s.layerOf(c.Argument(0))
		if l == nil {
			s.throw(engine.Errorf(engine.TypeError, "Sequential.add expects a layer"), site)
		}
		if err := m.add(l); err != nil {
			s.throw(err, site)
		}
		return sobek.Undefined()
	})
	seq("pop", func(m *Model, c sobek.FunctionCall, site *engine.Site) sobek.Value {
		if len(m.seqLayers) == 0 {
			s.throw(engine.Errorf(engine.TypeError, "There are no layers in the model."), site)
		}
		m.seqLayers = m.seqLayers[:len(m.seqLayers)-1]
		if len(m.seqLayers) == 0 {
			m.outputs, m.inputs = nil, nil
		} else {
			last := m.seqLayers[len(m.seqLayers)-1]
			m.outputs = last.inbound[len(last.inbound)-1].outputs
		}
		m.graph = nil
		return sobek.Undefined()
	})
}

func containsModel(ms []*Model, m *Model) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// reportShape records a shape error of an async API at its call site.
func (s *Shim) reportShape(err error, site *engine.Site) {
	if ee, ok := err.(*engine.Error); ok && ee.Kind == engine.ShapeError {
		s.host.ShapeError(ee, site)
	}
}

// singletonOrArray returns one tensor or an array of them.
func (s *Shim) singletonOrArray(ts []*engine.Tensor) sobek.Value {
	if len(ts) == 1 {
		return s.wrap(ts[0])
	}
	return s.wrapAll(ts)
}
