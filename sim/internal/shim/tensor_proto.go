package shim

import (
	"fmt"
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// class makes a constructor function whose prototype is proto. Calling it
// from scripts throws: tfjs's classes are made through factory functions.
func (s *Shim) class(name string, proto *sobek.Object, parent *sobek.Object) *sobek.Object {
	ctor := s.rt.ToValue(func(c sobek.ConstructorCall) *sobek.Object {
		s.host.Note("new tf." + name + "() is not simulated; use the tfjs factory functions")
		return c.This
	}).ToObject(s.rt)
	_ = ctor.DefineDataProperty("prototype", proto, sobek.FLAG_FALSE, sobek.FLAG_FALSE, sobek.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", ctor, sobek.FLAG_TRUE, sobek.FLAG_TRUE, sobek.FLAG_FALSE)
	_ = ctor.DefineDataProperty("name", s.rt.ToValue(name), sobek.FLAG_FALSE, sobek.FLAG_FALSE, sobek.FLAG_FALSE)
	if parent != nil {
		_ = proto.SetPrototype(parent)
	}
	return ctor
}

func (s *Shim) initTensorClasses() {
	s.tensorProto = s.rt.NewObject()
	s.variableProto = s.rt.NewObject()
	s.tensorCtor = s.class("Tensor", s.tensorProto, nil)
	s.variableCtor = s.class("Variable", s.variableProto, s.tensorProto)
	_ = s.tf.Set("Tensor", s.tensorCtor)
	_ = s.tf.Set("Variable", s.variableCtor)

	s.tensorMethod("dispose", func(t *engine.Tensor, c sobek.FunctionCall) sobek.Value {
		s.E.Dispose(t)
		return sobek.Undefined()
	})
	s.tensorMethod("throwIfDisposed", func(t *engine.Tensor, c sobek.FunctionCall) sobek.Value {
		s.alive(t)
		return sobek.Undefined()
	})
	s.tensorMethod("dataSync", func(t *engine.Tensor, c sobek.FunctionCall) sobek.Value {
		return s.readback(t)
	})
	s.tensorMethod("data", func(t *engine.Tensor, c sobek.FunctionCall) sobek.Value {
		return s.resolved(s.readback(t))
	})
	s.tensorMethod("arraySync", func(t *engine.Tensor, c sobek.FunctionCall) sobek.Value {
		return s.nested(t)
	})
	s.tensorMethod("array", func(t *engine.Tensor, c sobek.FunctionCall) sobek.Value {
		return s.resolved(s.nested(t))
	})
	s.tensorMethod("bufferSync", func(t *engine.Tensor, c sobek.FunctionCall) sobek.Value {
		return s.bufferObject(t.Shape, t.DType, s.readback(t))
	})
	s.tensorMethod("buffer", func(t *engine.Tensor, c sobek.FunctionCall) sobek.Value {
		return s.resolved(s.bufferObject(t.Shape, t.DType, s.readback(t)))
	})
	s.tensorMethod("print", func(t *engine.Tensor, c sobek.FunctionCall) sobek.Value {
		s.host.Print(s.describe(t))
		return sobek.Undefined()
	})
	s.tensorMethod("toString", func(t *engine.Tensor, c sobek.FunctionCall) sobek.Value {
		return s.rt.ToValue(s.describe(t))
	})
	s.tensorMethod("variable", func(t *engine.Tensor, c sobek.FunctionCall) sobek.Value {
		trainable := true
		if !isNullish(c.Argument(0)) {
			trainable = c.Argument(0).ToBoolean()
		}
		return s.makeVariable(t, trainable, c.Argument(1), c.Argument(2), s.host.Site("Tensor.variable"))
	})
	for _, m := range []string{"dispose", "throwIfDisposed", "dataSync", "data", "arraySync", "array", "bufferSync", "buffer", "print", "toString", "variable"} {
		markImplemented("Tensor." + m)
	}

	s.set(s.variableProto, "assign", func(c sobek.FunctionCall) sobek.Value {
		v := s.tensorOf(c.This)
		if v == nil || v.Var == nil {
			s.throwf("assign() must be called on a variable")
		}
		site := s.host.Site("Variable.assign")
		val := s.tensorOf(c.Argument(0))
		if val == nil {
			s.throwf("Argument 'newValue' passed to 'assign' must be a Tensor")
		}
		if err := s.E.Assign(v, val); err != nil {
			s.throw(err, site)
		}
		return sobek.Undefined()
	})
	markImplemented("Variable.assign")
	markImplemented("TensorBuffer.toTensor")
	markImplemented("Variable.dispose")
}

// tensorMethod defines a Tensor method that needs a live receiver.
func (s *Shim) tensorMethod(name string, f func(t *engine.Tensor, c sobek.FunctionCall) sobek.Value) {
	s.set(s.tensorProto, name, func(c sobek.FunctionCall) sobek.Value {
		t := s.tensorOf(c.This)
		if t == nil {
			s.throwf("Tensor.%s called on a value that is not a tensor", name)
		}
		if name != "dispose" && name != "toString" {
			s.alive(t)
		}
		return f(t, c)
	})
}

func (s *Shim) alive(t *engine.Tensor) {
	if t.IsDisposed() {
		s.throwf("Tensor is disposed.")
	}
}

// makeVariable is tf.variable(initial, trainable, name, dtype).
func (s *Shim) makeVariable(init *engine.Tensor, trainable bool, name, dtype sobek.Value, site *engine.Site) sobek.Value {
	s.alive(init)
	dt := init.DType
	if !isNullish(dtype) {
		d, ok := engine.ParseDType(dtype.String())
		if !ok {
			s.throwf("Unknown data type %s", dtype.String())
		}
		dt = d
	}
	n := ""
	if !isNullish(name) {
		n = name.String()
	}
	v, err := s.E.MakeVariable(init, trainable, n, dt, site)
	if err != nil {
		s.throw(err, site)
	}
	return s.wrap(v)
}

// resolved is Promise.resolve(v).
func (s *Shim) resolved(v sobek.Value) sobek.Value {
	p, resolve, _ := s.rt.NewPromise()
	_ = resolve(v)
	return s.rt.ToValue(p)
}

// describe is what tensor.toString()/print() show: shape and dtype, since
// the simulator has no values.
func (s *Shim) describe(t *engine.Tensor) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Tensor\n    shape: [%s]\n    dtype: %s\n    values: (not simulated)", engine.FormatShape(t.Shape), t.DType)
	return b.String()
}

// bufferObject is a TensorBuffer stand-in with get/set/toTensor.
func (s *Shim) bufferObject(shape []int, dtype engine.DType, values sobek.Value) sobek.Value {
	o := s.rt.NewObject()
	_ = o.Set("shape", s.shapeValue(shape))
	_ = o.Set("dtype", dtype.String())
	_ = o.Set("size", engine.SizeOf(shape))
	_ = o.Set("values", values)
	s.set(o, "get", func(c sobek.FunctionCall) sobek.Value { return s.rt.ToValue(0) })
	s.set(o, "set", func(c sobek.FunctionCall) sobek.Value { return sobek.Undefined() })
	s.set(o, "toTensor", func(c sobek.FunctionCall) sobek.Value {
		return s.wrap(s.E.NewTensor(shape, dtype, s.host.Site("TensorBuffer.toTensor")))
	})
	return o
}
