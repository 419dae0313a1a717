package shim

import (
	"reflect"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// layerObj backs the JavaScript object of a layer or model.
type layerObj struct {
	l     *Layer
	extra map[string]sobek.Value
}

var layerObjType = reflect.TypeOf((*layerObj)(nil))

func (p *layerObj) Get(key string) sobek.Value {
	l, s := p.l, p.l.s
	if v, ok := p.extra[key]; ok {
		return v
	}
	switch key {
	case "name":
		return s.rt.ToValue(l.Name)
	case "trainable":
		return s.rt.ToValue(l.trainable)
	case "built":
		return s.rt.ToValue(l.built)
	case "id":
		return s.rt.ToValue(l.id)
	case "weights":
		return s.weightObjects(l.Weights())
	case "trainableWeights":
		return s.weightObjects(l.TrainableWeights())
	case "nonTrainableWeights":
		return s.weightObjects(l.nonTrainableWeights())
	case "batchInputShape":
		if l.batchInputShape != nil {
			return s.shapeValue(l.batchInputShape)
		}
		return sobek.Undefined()
	case "dtype":
		return s.rt.ToValue(l.dtype.String())
	case "outputShape":
		sh, err := l.outputShape()
		if err != nil {
			s.throw(err, nil)
		}
		return s.shapesValue(sh)
	case "inputShape", "input", "output":
		return s.layerIO(l, key)
	case "inboundNodes", "outboundNodes":
		nodes := l.inbound
		if key == "outboundNodes" {
			nodes = l.outbound
		}
		items := make([]sobek.Value, len(nodes))
		for i := range nodes {
			items[i] = s.rt.NewObject()
		}
		return s.array(items)
	case "stateful":
		return s.rt.ToValue(l.stateful)
	}
	if l.model != nil {
		if v := l.model.get(key); v != nil {
			return v
		}
	}
	return l.args.get(key)
}

func (p *layerObj) Set(key string, val sobek.Value) bool {
	switch key {
	case "trainable":
		p.l.setTrainable(val.ToBoolean())
		return true
	case "name":
		p.l.Name = val.String()
		return true
	}
	if p.l.model != nil && p.l.model.set(key, val) {
		return true
	}
	if p.extra == nil {
		p.extra = map[string]sobek.Value{}
	}
	p.extra[key] = val
	return true
}

func (p *layerObj) Has(key string) bool { return p.Get(key) != nil }
func (p *layerObj) Delete(key string) bool {
	delete(p.extra, key)
	return true
}
func (p *layerObj) Keys() []string {
	keys := []string{"name", "trainable"}
	for k := range p.extra {
		keys = append(keys, k)
	}
	return keys
}

// layerObject returns the JavaScript object of l.
func (s *Shim) layerObject(l *Layer) *sobek.Object {
	if l.obj != nil {
		return l.obj
	}
	o := s.rt.NewDynamicObject(&layerObj{l: l})
	proto := s.layerProto
	if l.model != nil {
		proto = s.modelProto
		if l.model.sequential {
			proto = s.seqProto
		}
	}
	_ = o.SetPrototype(proto)
	l.obj = o
	return o
}

// layerOf returns the layer behind a JavaScript value, or nil.
func (s *Shim) layerOf(v sobek.Value) *Layer {
	o := object(v)
	if o == nil || o.ExportType() != layerObjType {
		return nil
	}
	return o.Export().(*layerObj).l
}

func (s *Shim) shapesValue(sh [][]int) sobek.Value {
	if len(sh) == 1 {
		return s.shapeValue(sh[0])
	}
	items := make([]sobek.Value, len(sh))
	for i, x := range sh {
		items[i] = s.shapeValue(x)
	}
	return s.array(items)
}

// layerIO is layer.input, layer.output and layer.inputShape.
func (s *Shim) layerIO(l *Layer, key string) sobek.Value {
	if len(l.inbound) == 0 {
		s.throwf("The layer %s has never been called and thus has no defined %s.", l.Name, key)
	}
	n := l.inbound[0]
	syms := n.outputs
	if key != "output" {
		syms = n.inputs
	}
	if key == "inputShape" {
		sh := make([][]int, len(syms))
		for i, x := range syms {
			sh[i] = x.Shape
		}
		return s.shapesValue(sh)
	}
	if len(syms) == 1 {
		return s.symbolicValue(syms[0])
	}
	items := make([]sobek.Value, len(syms))
	for i, x := range syms {
		items[i] = s.symbolicValue(x)
	}
	return s.array(items)
}

// weightObjects makes LayerVariable objects.
func (s *Shim) weightObjects(ws []*Weight) sobek.Value {
	items := make([]sobek.Value, len(ws))
	for i, w := range ws {
		o := s.rt.NewObject()
		_ = o.Set("name", w.Name)
		_ = o.Set("originalName", w.Name)
		_ = o.Set("shape", s.shapeValue(w.V.Shape))
		_ = o.Set("dtype", w.V.DType.String())
		_ = o.Set("trainable", w.Trainable)
		_ = o.Set("val", s.wrap(w.V))
		s.set(o, "read", func(sobek.FunctionCall) sobek.Value { return s.wrap(w.V) })
		s.set(o, "write", func(c sobek.FunctionCall) sobek.Value {
			if t := s.tensorOf(c.Argument(0)); t != nil {
				if err := s.E.Assign(w.V, t); err != nil {
					s.throw(err, s.host.Site("LayerVariable.write"))
				}
			}
			return o
		})
		s.set(o, "dispose", func(sobek.FunctionCall) sobek.Value {
			s.E.Dispose(w.V)
			return sobek.Undefined()
		})
		items[i] = o
	}
	return s.array(items)
}

// symbolicObj backs a SymbolicTensor object.
type symbolicObj struct {
	s *Shim
	x *Symbolic
}

var symbolicObjType = reflect.TypeOf((*symbolicObj)(nil))

func (p *symbolicObj) Get(key string) sobek.Value {
	s, x := p.s, p.x
	switch key {
	case "shape":
		return s.shapeValue(x.Shape)
	case "dtype":
		return s.rt.ToValue(x.DType.String())
	case "name":
		return s.rt.ToValue(x.Name)
	case "rank":
		return s.rt.ToValue(len(x.Shape))
	case "sourceLayer":
		return s.layerObject(x.layer)
	case "nodeIndex":
		return s.rt.ToValue(x.nodeIndex)
	case "tensorIndex":
		return s.rt.ToValue(x.tensorIndex)
	}
	return nil
}
func (p *symbolicObj) Set(string, sobek.Value) bool { return false }
func (p *symbolicObj) Has(key string) bool          { return p.Get(key) != nil }
func (p *symbolicObj) Delete(string) bool           { return false }
func (p *symbolicObj) Keys() []string               { return []string{"dtype", "shape", "name"} }

func (s *Shim) symbolicValue(x *Symbolic) sobek.Value {
	if x.obj != nil {
		return x.obj
	}
	o := s.rt.NewDynamicObject(&symbolicObj{s: s, x: x})
	_ = o.SetPrototype(s.symbolicProto)
	x.obj = o
	return o
}

func (s *Shim) symbolicOf(v sobek.Value) *Symbolic {
	o := object(v)
	if o == nil || o.ExportType() != symbolicObjType {
		return nil
	}
	return o.Export().(*symbolicObj).x
}

func (s *Shim) initLayerClasses() {
	s.layerProto = s.rt.NewObject()
	s.symbolicProto = s.rt.NewObject()
	layers := s.ns("layers")
	_ = layers.Set("Layer", s.class("Layer", s.layerProto, nil))
	_ = s.tf.Set("SymbolicTensor", s.class("SymbolicTensor", s.symbolicProto, nil))
	this := func(c sobek.FunctionCall) *Layer {
		l := s.layerOf(c.This)
		if l == nil {
			s.throwf("not a layer")
		}
		return l
	}
	s.set(s.layerProto, "apply", func(c sobek.FunctionCall) sobek.Value {
		l := this(c)
		return s.applyLayer(l, c.Argument(0), s.host.Site("Layer.apply"))
	})
	s.set(s.layerProto, "countParams", func(c sobek.FunctionCall) sobek.Value {
		l := this(c)
		if !l.built && l.model == nil {
			s.throwf("You tried to call countParams() on %s, but the layer is not built yet. Build it first by calling build(batchInputShape).", l.Name)
		}
		if l.model != nil {
			if err := l.model.ensureBuilt(); err != nil {
				s.throw(err, nil)
			}
		}
		return s.rt.ToValue(l.CountParams())
	})
	s.set(s.layerProto, "getWeights", func(c sobek.FunctionCall) sobek.Value {
		l := this(c)
		ws := l.Weights()
		if c.Argument(0).ToBoolean() {
			ws = l.TrainableWeights()
		}
		vals := make([]sobek.Value, len(ws))
		for i, w := range ws {
			vals[i] = s.wrap(w.V)
		}
		return s.array(vals)
	})
	s.set(s.layerProto, "setWeights", func(c sobek.FunctionCall) sobek.Value {
		l := this(c)
		site := s.host.Site("Layer.setWeights")
		ws := l.Weights()
		items := s.arrayItems(c.Argument(0))
		if len(items) != len(ws) {
			s.throw(valueErr("You called setWeights(weights) on layer \"%s\" with a weight list of length %d, but the layer was expecting %d weights.", l.Name, len(items), len(ws)), site)
		}
		for i, it := range items {
			t := s.tensorOf(it)
			if t == nil {
				s.throwf("setWeights expects tensors")
			}
			if !sameShape(t.Shape, ws[i].V.Shape) {
				s.throw(shapeErr("Layer weight shape %s not compatible with provided weight shape %s", shapeJSON(ws[i].V.Shape), shapeJSON(t.Shape)), site)
			}
			if err := s.E.Assign(ws[i].V, t); err != nil {
				s.throw(err, site)
			}
		}
		return sobek.Undefined()
	})
	s.set(s.layerProto, "getClassName", func(c sobek.FunctionCall) sobek.Value {
		return s.rt.ToValue(this(c).Class)
	})
	s.set(s.layerProto, "getConfig", func(c sobek.FunctionCall) sobek.Value {
		l := this(c)
		o := s.rt.NewObject()
		if l.args.o != nil {
			for _, k := range l.args.o.Keys() {
				_ = o.Set(k, l.args.o.Get(k))
			}
		}
		_ = o.Set("name", l.Name)
		_ = o.Set("trainable", l.trainable)
		return o
	})
	s.set(s.layerProto, "computeOutputShape", func(c sobek.FunctionCall) sobek.Value {
		l := this(c)
		in := s.shapeArgs(c.Argument(0))
		out, err := l.kind.outputShapes(l, in)
		if err != nil {
			s.throw(err, s.host.Site("Layer.computeOutputShape"))
		}
		return s.shapesValue(out)
	})
	s.set(s.layerProto, "build", func(c sobek.FunctionCall) sobek.Value {
		l := this(c)
		if !l.built {
			if err := l.kind.build(l, s.shapeArgs(c.Argument(0))); err != nil {
				s.throw(err, s.host.Site("Layer.build"))
			}
			l.built = true
		}
		return sobek.Undefined()
	})
	s.set(s.layerProto, "dispose", func(c sobek.FunctionCall) sobek.Value {
		l := this(c)
		if l.model != nil {
			l.model.dispose()
		} else {
			l.dispose()
		}
		return s.rt.ToValue(map[string]any{"refCountAfterDispose": 0, "numDisposedVariables": len(l.Weights())})
	})
	s.set(s.layerProto, "getInputAt", func(c sobek.FunctionCall) sobek.Value { return s.layerIO(this(c), "input") })
	s.set(s.layerProto, "getOutputAt", func(c sobek.FunctionCall) sobek.Value { return s.layerIO(this(c), "output") })
	s.set(s.layerProto, "resetStates", func(c sobek.FunctionCall) sobek.Value { return sobek.Undefined() })
	for _, m := range []string{"apply", "countParams", "getWeights", "setWeights", "getClassName", "getConfig", "computeOutputShape", "build", "dispose", "getInputAt", "getOutputAt", "resetStates"} {
		markImplemented("Layer." + m)
		markImplemented("LayersModel." + m)
	}
	markImplemented("LayerVariable.read")
	markImplemented("LayerVariable.write")
	markImplemented("LayerVariable.dispose")
}

// shapeArgs reads one shape or an array of shapes.
func (s *Shim) shapeArgs(v sobek.Value) [][]int {
	items := s.arrayItems(v)
	if len(items) > 0 && isArray(items[0]) {
		out := make([][]int, len(items))
		for i, it := range items {
			out[i], _ = s.shapeOf(it)
		}
		return out
	}
	sh, _ := s.shapeOf(v)
	return [][]int{sh}
}

// applyLayer is layer.apply(inputs): symbolic inputs build the graph,
// tensors run the layer.
func (s *Shim) applyLayer(l *Layer, v sobek.Value, site *engine.Site) sobek.Value {
	vals := []sobek.Value{v}
	list := isArray(v)
	if list {
		vals = s.arrayItems(v)
	}
	var syms []*Symbolic
	var ts []*engine.Tensor
	for _, it := range vals {
		if x := s.symbolicOf(it); x != nil {
			syms = append(syms, x)
		} else if t := s.tensorOf(it); t != nil {
			ts = append(ts, t)
		}
	}
	if len(syms) > 0 && len(ts) > 0 || len(syms)+len(ts) != len(vals) {
		s.throw(valueErr("Arguments to apply() must be all SymbolicTensors or all Tensors"), site)
	}
	if len(syms) > 0 {
		var outs []*Symbolic
		var err error
		if l.model != nil {
			outs, err = l.model.applySymbolic(syms)
		} else {
			outs, err = l.applySymbolic(syms)
		}
		if err != nil {
			s.throw(err, site)
		}
		if len(outs) == 1 {
			return s.symbolicValue(outs[0])
		}
		items := make([]sobek.Value, len(outs))
		for i, x := range outs {
			items[i] = s.symbolicValue(x)
		}
		return s.array(items)
	}
	outs, err := l.applyConcrete(ts, site)
	if err != nil {
		s.throw(err, site)
	}
	if len(outs) == 1 {
		return s.wrap(outs[0])
	}
	return s.wrapAll(outs)
}
