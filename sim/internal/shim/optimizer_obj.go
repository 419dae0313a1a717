package shim

import (
	"reflect"
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// optimizerClasses maps tfjs class names to getClassName() values.
var optimizerClasses = map[string]string{
	"SGDOptimizer": "SGD", "MomentumOptimizer": "Momentum", "AdamOptimizer": "Adam", "AdamaxOptimizer": "Adamax",
	"AdagradOptimizer": "Adagrad", "AdadeltaOptimizer": "Adadelta", "RMSPropOptimizer": "RMSProp",
}

// optimizerArgs reads the constructor arguments of class from args, with
// tf.train's defaults.
func (s *Shim) optimizerArgs(class string, args []sobek.Value) *Optimizer {
	num := func(i int, def float64) float64 {
		if i < len(args) && isNumber(args[i]) {
			return args[i].ToFloat()
		}
		return def
	}
	flag := func(i int) bool { return i < len(args) && !isNullish(args[i]) && args[i].ToBoolean() }
	const eps = 1e-7 // the CPU backend's epsilon()
	o := &Optimizer{}
	switch class {
	case "SGDOptimizer":
		o.lr = num(0, 0)
	case "MomentumOptimizer":
		o.lr, o.momentum, o.nesterov = num(0, 0), num(1, 0), flag(2)
	case "RMSPropOptimizer":
		o.lr, o.decay, o.momentum, o.eps, o.centered = num(0, 0), num(1, 0.9), num(2, 0), num(3, eps), flag(4)
	case "AdamOptimizer":
		o.lr, o.beta1, o.beta2, o.eps = num(0, 0.001), num(1, 0.9), num(2, 0.999), num(3, eps)
	case "AdadeltaOptimizer":
		o.lr, o.rho, o.eps = num(0, 0.001), num(1, 0.95), num(2, eps)
	case "AdamaxOptimizer":
		o.lr, o.beta1, o.beta2, o.eps, o.decay = num(0, 0.002), num(1, 0.9), num(2, 0.999), num(3, eps), num(4, 0)
	case "AdagradOptimizer":
		o.lr, o.initAccum = num(0, 0), num(1, 0.1)
	}
	return o
}

func (s *Shim) initOptimizers() {
	s.optimizerProto = s.rt.NewObject()
	base := s.class("Optimizer", s.optimizerProto, nil)
	_ = s.tf.Set("Optimizer", base)
	train := s.ns("train")
	factories := map[string]string{
		"sgd": "SGDOptimizer", "momentum": "MomentumOptimizer", "rmsprop": "RMSPropOptimizer", "adam": "AdamOptimizer",
		"adadelta": "AdadeltaOptimizer", "adamax": "AdamaxOptimizer", "adagrad": "AdagradOptimizer",
	}
	protos := map[string]*sobek.Object{}
	for _, class := range []string{"SGDOptimizer", "MomentumOptimizer", "RMSPropOptimizer", "AdamOptimizer", "AdadeltaOptimizer", "AdamaxOptimizer", "AdagradOptimizer"} {
		proto := s.rt.NewObject()
		_ = proto.SetPrototype(s.optimizerProto)
		protos[class] = proto
	}
	_ = protos["MomentumOptimizer"].SetPrototype(protos["SGDOptimizer"])
	s.optimizerProtos = protos
	for name, class := range factories {
		s.def(train, name, "tf.train."+name, func(c *call) sobek.Value {
			if class == "RMSPropOptimizer" && !isNumber(c.arg(0)) {
				c.failf(engine.ValueError, "learningRate for RMSPropOptimizer must be defined.")
			}
			o := s.newOptimizer(class, s.optimizerArgs(class, c.args), c.where())
			return o.obj
		})
		ctor := s.rt.ToValue(func(cc sobek.ConstructorCall) *sobek.Object {
			o := s.newOptimizer(class, s.optimizerArgs(class, cc.Arguments), s.host.Site("tf."+class))
			return o.obj
		}).ToObject(s.rt)
		_ = ctor.Set("prototype", protos[class])
		_ = protos[class].DefineDataProperty("constructor", ctor, sobek.FLAG_TRUE, sobek.FLAG_TRUE, sobek.FLAG_FALSE)
		_ = s.tf.Set(class, ctor)
		markImplemented("tf." + class)
	}
	s.optimizerMethods()
}

// optimizerObj backs an optimizer's JavaScript object.
type optimizerObj struct {
	o     *Optimizer
	extra map[string]sobek.Value
}

var optimizerObjType = reflect.TypeOf((*optimizerObj)(nil))

func (p *optimizerObj) Get(key string) sobek.Value {
	o, rt := p.o, p.o.s.rt
	switch key {
	case "learningRate":
		return rt.ToValue(o.lr)
	case "iterations", "iterations_":
		return rt.ToValue(o.iterations)
	case "momentum":
		if o.Class == "MomentumOptimizer" || o.Class == "RMSPropOptimizer" {
			return rt.ToValue(o.momentum)
		}
	case "beta1", "beta2", "epsilon":
		if strings.HasPrefix(o.Class, "Adam") {
			return rt.ToValue(map[string]float64{"beta1": o.beta1, "beta2": o.beta2, "epsilon": o.eps}[key])
		}
	}
	if v, ok := p.extra[key]; ok {
		return v
	}
	return nil
}

func (p *optimizerObj) Set(key string, val sobek.Value) bool {
	switch key {
	case "learningRate":
		p.o.lr = val.ToFloat()
		return true
	case "momentum":
		p.o.momentum = val.ToFloat()
		return true
	}
	if p.extra == nil {
		p.extra = map[string]sobek.Value{}
	}
	p.extra[key] = val
	return true
}

func (p *optimizerObj) Has(key string) bool { return p.Get(key) != nil }
func (p *optimizerObj) Delete(key string) bool {
	delete(p.extra, key)
	return true
}
func (p *optimizerObj) Keys() []string { return []string{"learningRate"} }

func (s *Shim) optimizerObject(o *Optimizer) *sobek.Object {
	obj := s.rt.NewDynamicObject(&optimizerObj{o: o})
	_ = obj.SetPrototype(s.optimizerProtos[o.Class])
	return obj
}

// optimizerOf returns the optimizer behind a JavaScript value, or nil.
func (s *Shim) optimizerOf(v sobek.Value) *Optimizer {
	obj := object(v)
	if obj == nil || obj.ExportType() != optimizerObjType {
		return nil
	}
	return obj.Export().(*optimizerObj).o
}

func (s *Shim) optimizerMethods() {
	p := s.optimizerProto
	this := func(c sobek.FunctionCall) *Optimizer {
		o := s.optimizerOf(c.This)
		if o == nil {
			s.throwf("not an optimizer")
		}
		return o
	}
	s.set(p, "minimize", func(c sobek.FunctionCall) sobek.Value {
		o := this(c)
		site := s.host.Site("Optimizer.minimize")
		if !isFunction(c.Argument(0)) {
			s.throwf("The f passed in variableGrads(f) must be a function")
		}
		returnCost := c.Argument(1).ToBoolean()
		var list []*engine.Tensor
		explicit := !isNullish(c.Argument(2))
		if explicit {
			list = s.variableList(c.Argument(2), "The varList passed in variableGrads(f, varList) must be an array of variables")
		}
		if !s.host.Training(site) {
			s.host.Skipped("Optimizer.minimize", site)
			if returnCost {
				return s.wrap(s.E.NewTensor([]int{}, engine.Float32, site))
			}
			return sobek.Null()
		}
		f := c.Argument(0)
		value, err := o.minimize(func() (*engine.Tensor, error) {
			res, err := s.call(f, nil)
			if err != nil {
				return nil, err
			}
			return s.tensorOf(res), nil
		}, returnCost, list, explicit, site)
		if err != nil {
			s.throw(err, site)
		}
		if value == nil {
			return sobek.Null()
		}
		return s.wrap(value)
	})
	s.set(p, "computeGradients", func(c sobek.FunctionCall) sobek.Value {
		site := s.host.Site("Optimizer.computeGradients")
		var list []*engine.Tensor
		explicit := !isNullish(c.Argument(1))
		if explicit {
			list = s.variableList(c.Argument(1), "The varList passed in variableGrads(f, varList) must be an array of variables")
		}
		value, grads, err := s.variableGrads(c.Argument(0), list, explicit, site)
		if err != nil {
			s.throw(err, site)
		}
		return s.gradsResult(value, grads)
	})
	s.set(p, "applyGradients", func(c sobek.FunctionCall) sobek.Value {
		o := this(c)
		site := s.host.Site("Optimizer.applyGradients")
		if !s.host.Training(site) {
			s.host.Skipped("Optimizer.applyGradients", site)
			return sobek.Undefined()
		}
		if err := o.applyGradients(s.gradList(c.Argument(0))); err != nil {
			s.throw(err, site)
		}
		s.host.Step(site)
		return sobek.Undefined()
	})
	s.set(p, "dispose", func(c sobek.FunctionCall) sobek.Value {
		this(c).dispose()
		return sobek.Undefined()
	})
	s.set(p, "getClassName", func(c sobek.FunctionCall) sobek.Value {
		return s.rt.ToValue(optimizerClasses[this(c).Class])
	})
	s.set(p, "getConfig", func(c sobek.FunctionCall) sobek.Value {
		o := this(c)
		return s.rt.ToValue(map[string]any{"learningRate": o.lr})
	})
	s.set(p, "setLearningRate", func(c sobek.FunctionCall) sobek.Value {
		o := this(c)
		if o.Class != "SGDOptimizer" && o.Class != "MomentumOptimizer" {
			s.throwf("optimizer.setLearningRate is not a function")
		}
		o.setLearningRate(c.Argument(0).ToFloat(), s.host.Site("SGDOptimizer.setLearningRate"))
		return sobek.Undefined()
	})
	s.set(p, "setMomentum", func(c sobek.FunctionCall) sobek.Value {
		this(c).momentum = c.Argument(0).ToFloat()
		return sobek.Undefined()
	})
	s.set(p, "getWeights", func(c sobek.FunctionCall) sobek.Value {
		o := this(c)
		site := s.host.Site("Optimizer.getWeights")
		iter := s.E.NewTensor([]int{}, engine.Int32, site)
		items := []sobek.Value{s.namedTensor("iter", iter)}
		for k := range o.slotKinds() {
			for _, row := range o.slots {
				if k < len(row) && row[k] != nil {
					items = append(items, s.namedTensor(row[k].Var.Name, row[k]))
				}
			}
		}
		return s.resolved(s.array(items))
	})
	s.set(p, "setWeights", func(c sobek.FunctionCall) sobek.Value {
		s.host.Note("Optimizer.setWeights is not simulated")
		return s.resolved(sobek.Undefined())
	})
	for _, m := range []string{"minimize", "computeGradients", "applyGradients", "dispose", "getClassName", "getConfig", "getWeights", "setWeights"} {
		markImplemented("Optimizer." + m)
	}
	markImplemented("SGDOptimizer.setLearningRate")
	markImplemented("MomentumOptimizer.setMomentum")
}

func (s *Shim) namedTensor(name string, t *engine.Tensor) sobek.Value {
	o := s.rt.NewObject()
	_ = o.Set("name", name)
	_ = o.Set("tensor", s.wrap(t))
	return o
}

// gradList reads the argument of applyGradients: an array of {name,
// tensor} or a {name: tensor} map, in JavaScript key order.
func (s *Shim) gradList(v sobek.Value) []namedGrad {
	if isArray(v) {
		var out []namedGrad
		for _, it := range s.arrayItems(v) {
			cf := s.config(it)
			out = append(out, namedGrad{name: cf.str("name", ""), grad: s.tensorOf(cf.get("tensor")), set: true})
		}
		return out
	}
	o := object(v)
	if o == nil {
		s.throwf("Cannot convert undefined or null to object")
	}
	var out []namedGrad
	for _, k := range o.Keys() {
		out = append(out, namedGrad{name: k, grad: s.tensorOf(o.Get(k)), set: true})
	}
	return out
}

// minimize is Optimizer.minimize: gradients of f, applyGradients (one
// step), then the gradients are disposed and the cost returned or disposed.
func (o *Optimizer) minimize(f func() (*engine.Tensor, error), returnCost bool, list []*engine.Tensor, explicit bool, site *engine.Site) (*engine.Tensor, error) {
	s := o.s
	value, grads, err := s.variableGradsFn(f, list, explicit, site)
	if err != nil {
		return nil, err
	}
	apply := grads
	if explicit {
		byName := map[string]*engine.Tensor{}
		for _, g := range grads {
			byName[g.name] = g.grad
		}
		apply = make([]namedGrad, len(list))
		for i, v := range list {
			apply[i] = namedGrad{name: v.Var.Name, grad: byName[v.Var.Name], set: true}
		}
	}
	if err := o.applyGradients(apply); err != nil {
		return nil, err
	}
	s.host.Step(site)
	for _, g := range grads {
		if g.grad != nil {
			s.E.Dispose(g.grad)
		}
	}
	if returnCost {
		return value, nil
	}
	s.E.Dispose(value)
	return nil, nil
}
