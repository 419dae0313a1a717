package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

func (s *Shim) initMemory() {
	s.def(s.tf, "tidy", "tf.tidy", func(c *call) sobek.Value {
		name, fn := "", c.arg(0)
		if !isFunction(fn) {
			if !isFunction(c.arg(1)) {
				c.failf(engine.ValueError, "Please provide a function to tidy()")
			}
			name, fn = c.arg(0).String(), c.arg(1)
		}
		return s.tidy(name, fn)
	})
	s.def(s.tf, "keep", "tf.keep", func(c *call) sobek.Value {
		if t := s.tensorOf(c.arg(0)); t != nil {
			s.E.Keep(t)
		}
		return c.arg(0)
	})
	s.def(s.tf, "dispose", "tf.dispose", func(c *call) sobek.Value {
		for _, t := range s.tensorsIn(c.arg(0)) {
			s.E.Dispose(t)
		}
		return sobek.Undefined()
	})
	s.def(s.tf, "disposeVariables", "tf.disposeVariables", func(c *call) sobek.Value {
		s.E.DisposeVariables()
		return sobek.Undefined()
	})
	s.def(s.tf, "memory", "tf.memory", func(c *call) sobek.Value { return s.memoryValue() })
	s.def(s.tf, "engine", "tf.engine", func(c *call) sobek.Value { return s.engineObject() })
}

// tidy is tf.tidy(name, fn): fn runs in a scope and only the tensors in
// what it returns survive it.
func (s *Shim) tidy(name string, fn sobek.Value) sobek.Value {
	s.E.StartScope(name)
	res, err := s.call(fn, nil)
	if err != nil {
		s.E.EndScope(nil)
		s.throw(err, nil)
	}
	s.E.EndScope(s.tensorsIn(res))
	return res
}

// tensorsIn is tfjs's getTensorsInContainer: the tensors in a value,
// arrays and objects walked recursively.
func (s *Shim) tensorsIn(v sobek.Value) []*engine.Tensor {
	var out []*engine.Tensor
	seen := map[*sobek.Object]bool{}
	var walk func(v sobek.Value, depth int)
	walk = func(v sobek.Value, depth int) {
		if t := s.tensorOf(v); t != nil {
			out = append(out, t)
			return
		}
		o := object(v)
		if o == nil || seen[o] || depth > 64 {
			return
		}
		seen[o] = true
		if isArray(v) {
			for _, it := range s.arrayItems(v) {
				walk(it, depth+1)
			}
			return
		}
		if o.ClassName() != "Object" || isFunction(v) {
			return
		}
		if _, ok := o.Export().(*sobek.Promise); ok {
			return
		}
		for _, k := range o.Keys() {
			walk(o.Get(k), depth+1)
		}
	}
	walk(v, 0)
	return out
}

func (s *Shim) memoryValue() sobek.Value {
	m := s.E.Memory()
	reasons := []any{"The reported memory is an upper bound. Due to automatic garbage collection, the true allocated memory may be less."}
	if m.Strings {
		reasons = append(reasons, "Memory usage by string tensors is approximate (2 bytes per character)")
	}
	o := s.rt.NewObject()
	_ = o.Set("unreliable", true)
	_ = o.Set("reasons", s.rt.NewArray(reasons...))
	_ = o.Set("numTensors", m.NumTensors)
	_ = o.Set("numDataBuffers", m.NumDataBuffers)
	_ = o.Set("numBytes", m.NumBytes)
	return o
}

// engineObject is tf.engine(): scopes, memory and the variable registry.
func (s *Shim) engineObject() sobek.Value {
	o := s.rt.NewObject()
	s.set(o, "startScope", func(c sobek.FunctionCall) sobek.Value {
		name := ""
		if !isNullish(c.Argument(0)) {
			name = c.Argument(0).String()
		}
		s.E.StartScope(name)
		return sobek.Undefined()
	})
	s.set(o, "endScope", func(c sobek.FunctionCall) sobek.Value {
		s.E.EndScope(s.tensorsIn(c.Argument(0)))
		return sobek.Undefined()
	})
	s.set(o, "keep", func(c sobek.FunctionCall) sobek.Value {
		if t := s.tensorOf(c.Argument(0)); t != nil {
			s.E.Keep(t)
		}
		return c.Argument(0)
	})
	s.set(o, "tidy", func(c sobek.FunctionCall) sobek.Value {
		if isFunction(c.Argument(0)) {
			return s.tidy("", c.Argument(0))
		}
		return s.tidy(c.Argument(0).String(), c.Argument(1))
	})
	s.set(o, "memory", func(c sobek.FunctionCall) sobek.Value { return s.memoryValue() })
	s.set(o, "disposeVariables", func(c sobek.FunctionCall) sobek.Value {
		s.E.DisposeVariables()
		return sobek.Undefined()
	})
	vars := s.rt.NewObject()
	for _, v := range s.E.Variables() {
		_ = vars.Set(v.Var.Name, s.wrap(v))
	}
	_ = o.Set("registeredVariables", vars)
	_ = o.Set("backendName", "cpu")
	state := s.rt.NewObject()
	m := s.E.Memory()
	_ = state.Set("numTensors", m.NumTensors)
	_ = state.Set("numBytes", m.NumBytes)
	_ = state.Set("numDataBuffers", m.NumDataBuffers)
	_ = o.Set("state", state)
	return o
}
