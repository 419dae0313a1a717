package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/script"
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

// tensorsIn is tfjs's getTensorsInContainer (tensor_util.ts): a tensor is
// itself; any other object is walked with for…in — array indices and named
// properties of arrays, own and inherited enumerable properties of objects
// and class instances — each value visited once. Maps, Sets, functions and
// primitives hold nothing. The shim's own objects stand for what tfjs's
// would hold: a layer or model its weights (and a compiled model its
// optimizer's state), an optimizer its state.
func (s *Shim) tensorsIn(v sobek.Value) []*engine.Tensor {
	var out []*engine.Tensor
	seen := map[any]bool{}
	add := func(t *engine.Tensor) {
		if t != nil && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	var walk func(v sobek.Value, depth int)
	walk = func(v sobek.Value, depth int) {
		if t := s.tensorOf(v); t != nil {
			out = append(out, t)
			return
		}
		o := object(v)
		if o == nil || isFunction(v) || depth > 64 {
			return
		}
		if l := s.layerOf(v); l != nil {
			for _, w := range l.Weights() {
				add(w.V)
			}
			if l.model != nil && l.model.train != nil && l.model.train.optimizer != nil {
				l.model.train.optimizer.tensors(add)
			}
			return
		}
		if opt := s.optimizerOf(v); opt != nil {
			opt.tensors(add)
			return
		}
		switch o.Export().(type) {
		case sobek.ArrayBuffer, []float32, []float64, []int32, []uint8, []int8, []int16, []uint16, []uint32:
			return // typed arrays hold numbers only
		}
		for _, k := range s.forInKeys(o) {
			val := o.Get(k)
			key := any(val)
			if t := s.tensorOf(val); t != nil {
				key = t
			} else if obj := object(val); obj != nil {
				key = obj
			} else {
				continue
			}
			if !seen[key] {
				seen[key] = true
				walk(val, depth+1)
			}
		}
	}
	walk(v, 0)
	return out
}

// forInKeys is what `for (const k in o)` visits.
func (s *Shim) forInKeys(o *sobek.Object) []string {
	if s.forIn == nil {
		v, err := script.Run(s.rt, InternalPrefix+"forin.js", `(o) => { const keys = []; for (const k in o) keys.push(k); return keys; }`)
		if err != nil {
			panic(err)
		}
		s.forIn, _ = sobek.AssertFunction(v)
	}
	res, err := s.forIn(sobek.Undefined(), o)
	if err != nil {
		return nil
	}
	var keys []string
	for _, k := range s.arrayItems(res) {
		keys = append(keys, k.String())
	}
	return keys
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
