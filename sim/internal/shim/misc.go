package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// Version is the tfjs version the shim simulates.
const Version = "4.22.0"

func (s *Shim) initMisc() {
	resolvedTrue := func(c *call) sobek.Value { return s.resolved(s.rt.ToValue(true)) }
	s.op("ready", resolvedTrue)
	s.op("setBackend", resolvedTrue)
	s.op("getBackend", func(c *call) sobek.Value { return s.rt.ToValue("cpu") })
	s.op("backend", func(c *call) sobek.Value {
		o := s.rt.NewObject()
		s.set(o, "numDataIds", func(sobek.FunctionCall) sobek.Value { return s.rt.ToValue(s.E.Memory().NumDataBuffers) })
		s.set(o, "epsilon", func(sobek.FunctionCall) sobek.Value { return s.rt.ToValue(1e-7) })
		s.set(o, "memory", func(sobek.FunctionCall) sobek.Value { return s.rt.ToValue(map[string]any{"unreliable": true}) })
		return o
	})
	s.op("findBackend", func(c *call) sobek.Value { return sobek.Null() })
	s.op("findBackendFactory", func(c *call) sobek.Value { return sobek.Null() })
	s.op("env", func(c *call) sobek.Value { return s.envObject() })
	s.op("nextFrame", func(c *call) sobek.Value { return s.host.NextFrame() })
	s.op("print", func(c *call) sobek.Value {
		if t := s.tensorOf(c.arg(0)); t != nil {
			s.host.Print(s.describe(t))
		}
		return sobek.Undefined()
	})
	s.op("time", func(c *call) sobek.Value {
		f := c.fnArg(0, "tf.time expects a function")
		return s.async(func(t *async.Task) (sobek.Value, error) {
			if _, err := s.call(f, nil); err != nil {
				return nil, err
			}
			return s.rt.ToValue(map[string]any{"kernelMs": 0, "wallMs": 0}), nil
		})
	})
	s.op("profile", func(c *call) sobek.Value {
		f := c.fnArg(0, "tf.profile expects a function")
		before := s.E.Memory()
		s.E.ResetPeak()
		return s.async(func(t *async.Task) (sobek.Value, error) {
			res, err := s.call(f, nil)
			if err != nil {
				return nil, err
			}
			if res, err = t.Await(res); err != nil {
				return nil, err
			}
			after := s.E.Memory()
			return s.rt.ToValue(map[string]any{"newBytes": after.NumBytes - before.NumBytes, "newTensors": after.NumTensors - before.NumTensors,
				"peakBytes": s.E.Peak(), "kernels": []any{}, "kernelNames": []any{}, "result": res}), nil
		})
	})
	for _, name := range []string{"enableProdMode", "enableDebugMode", "disableDeprecationWarnings", "deprecationWarn",
		"setPlatform", "registerBackend", "removeBackend", "registerKernel", "unregisterKernel", "registerGradient",
		"unregisterGradient", "copyRegisteredKernels", "registerOp", "deregisterOp", "setWebGLContext", "forceHalfFloat",
		"registerCallbackConstructor"} {
		s.op(name, func(c *call) sobek.Value { return sobek.Undefined() })
	}
	s.op("getKernel", func(c *call) sobek.Value { return sobek.Null() })
	s.op("getGradient", func(c *call) sobek.Value { return sobek.Null() })
	s.op("getKernelsForBackend", func(c *call) sobek.Value { return s.rt.NewArray() })
	s.op("upcastType", func(c *call) sobek.Value {
		a, _ := engine.ParseDType(c.str(0, "float32"))
		b, _ := engine.ParseDType(c.str(1, "float32"))
		d, err := engine.Upcast(a, b)
		if err != nil {
			c.fail(err)
		}
		return s.rt.ToValue(d.String())
	})
	s.op("sumOutType", func(c *call) sobek.Value {
		a, _ := engine.ParseDType(c.str(0, "float32"))
		return s.rt.ToValue(engine.SumOutType(a).String())
	})
	ver := s.rt.NewObject()
	for _, k := range []string{"tfjs-core", "tfjs-backend-cpu", "tfjs-backend-webgl", "tfjs-data", "tfjs-layers", "tfjs-converter", "tfjs"} {
		_ = ver.Set(k, Version)
	}
	_ = s.tf.Set("version", ver)
	_ = s.tf.Set("version_core", Version)
	_ = s.tf.Set("version_layers", Version)
	_ = s.tf.Set("version_converter", Version)
	_ = s.tf.Set("Rank", s.rt.ToValue(map[string]string{"R0": "R0", "R1": "R1", "R2": "R2", "R3": "R3", "R4": "R4", "R5": "R5", "R6": "R6"}))
	s.initUtil()
	s.initConfigObjects()
}

func (s *Shim) envObject() sobek.Value {
	flags := map[string]any{"IS_BROWSER": false, "IS_NODE": false, "DEBUG": false, "PROD": true, "IS_TEST": false,
		"WEBGL_VERSION": 0, "WEBGL_PACK": false, "EPSILON": 1e-7}
	o := s.rt.NewObject()
	get := func(c sobek.FunctionCall) sobek.Value {
		if v, ok := flags[c.Argument(0).String()]; ok {
			return s.rt.ToValue(v)
		}
		return sobek.Undefined()
	}
	s.set(o, "get", get)
	s.set(o, "getBool", get)
	s.set(o, "getNumber", get)
	s.set(o, "getFlags", func(sobek.FunctionCall) sobek.Value { return s.rt.ToValue(flags) })
	s.set(o, "set", func(c sobek.FunctionCall) sobek.Value {
		flags[c.Argument(0).String()] = c.Argument(1).Export()
		return sobek.Undefined()
	})
	s.set(o, "setFlags", func(sobek.FunctionCall) sobek.Value { return sobek.Undefined() })
	_ = o.Set("platformName", "sim")
	return o
}

func (s *Shim) initUtil() {
	util := s.ns("util")
	s.def(util, "sizeFromShape", "tf.util.sizeFromShape", func(c *call) sobek.Value {
		return s.rt.ToValue(engine.SizeOf(c.ints(0, "shape")))
	})
	s.def(util, "now", "tf.util.now", func(c *call) sobek.Value { return s.rt.ToValue(s.host.Now()) })
	s.def(util, "shuffle", "tf.util.shuffle", func(c *call) sobek.Value {
		s.shuffleArray(object(c.arg(0)))
		return sobek.Undefined()
	})
	s.def(util, "shuffleCombo", "tf.util.shuffleCombo", func(c *call) sobek.Value {
		a, b := object(c.arg(0)), object(c.arg(1))
		if a == nil || b == nil || a.Get("length").ToInteger() != b.Get("length").ToInteger() {
			c.failf(engine.ValueError, "Array sizes must match to be shuffled together First array length was %v Second array length was %v", c.arg(0), c.arg(1))
		}
		n := int(a.Get("length").ToInteger())
		for i := n - 1; i > 0; i-- {
			j := s.rand.IntN(i + 1)
			swap(a, i, j)
			swap(b, i, j)
		}
		return sobek.Undefined()
	})
	s.def(util, "createShuffledIndices", "tf.util.createShuffledIndices", func(c *call) sobek.Value {
		n := c.int(0, 0)
		arr, err := s.rt.New(s.rt.Get("Uint32Array"), s.rt.ToValue(n))
		if err != nil {
			c.fail(err)
		}
		for i := range n {
			_ = arr.Set(itoa(i), i)
		}
		s.shuffleArray(arr)
		return arr
	})
	s.def(util, "assert", "tf.util.assert", func(c *call) sobek.Value {
		if !c.arg(0).ToBoolean() {
			msg := c.arg(1)
			if isFunction(msg) {
				if v, err := s.call(msg, nil); err == nil {
					msg = v
				}
			}
			c.failf(engine.ValueError, "%s", msg.String())
		}
		return sobek.Undefined()
	})
	s.def(util, "arraysEqual", "tf.util.arraysEqual", func(c *call) sobek.Value {
		a, b := s.arrayItems(c.arg(0)), s.arrayItems(c.arg(1))
		if len(a) != len(b) {
			return s.rt.ToValue(false)
		}
		for i := range a {
			if !a[i].StrictEquals(b[i]) {
				return s.rt.ToValue(false)
			}
		}
		return s.rt.ToValue(true)
	})
	s.def(util, "isTypedArray", "tf.util.isTypedArray", func(c *call) sobek.Value {
		_, ok := typedArrayDType(c.arg(0))
		return s.rt.ToValue(ok)
	})
	s.def(util, "bytesPerElement", "tf.util.bytesPerElement", func(c *call) sobek.Value {
		d := c.dtype(0, engine.Float32)
		return s.rt.ToValue(d.BytesPerElement())
	})
	s.def(util, "flatten", "tf.util.flatten", func(c *call) sobek.Value {
		var out []sobek.Value
		var walk func(v sobek.Value)
		walk = func(v sobek.Value) {
			if isArray(v) {
				for _, it := range s.arrayItems(v) {
					walk(it)
				}
				return
			}
			out = append(out, v)
		}
		walk(c.arg(0))
		return s.array(out)
	})
	tu := s.ns("tensor_util")
	s.def(tu, "getTensorsInContainer", "tf.tensor_util.getTensorsInContainer", func(c *call) sobek.Value {
		return s.wrapAll(s.tensorsIn(c.arg(0)))
	})
	s.def(tu, "isTensorInList", "tf.tensor_util.isTensorInList", func(c *call) sobek.Value {
		t := s.tensorOf(c.arg(0))
		for _, x := range s.tensorsIn(c.arg(1)) {
			if x == t {
				return s.rt.ToValue(true)
			}
		}
		return s.rt.ToValue(false)
	})
	s.def(tu, "makeTypesMatch", "tf.tensor_util.makeTypesMatch", func(c *call) sobek.Value {
		a, b := c.tensor(0, "a"), c.tensor(1, "b")
		if a.DType == b.DType {
			return c.s.array([]sobek.Value{s.wrap(a), s.wrap(b)})
		}
		dt, err := engine.Upcast(a.DType, b.DType)
		if err != nil {
			c.fail(err)
		}
		return c.finish(true, c.castTo(a, dt), c.castTo(b, dt))
	})
}

func swap(o *sobek.Object, i, j int) {
	a, b := o.Get(itoa(i)), o.Get(itoa(j))
	_ = o.Set(itoa(i), b)
	_ = o.Set(itoa(j), a)
}

// shuffleArray is util.shuffle: Fisher-Yates in place (the simulator's
// seeded random numbers instead of Math.random's).
func (s *Shim) shuffleArray(o *sobek.Object) {
	if o == nil {
		return
	}
	for i := int(o.Get("length").ToInteger()) - 1; i > 0; i-- {
		swap(o, i, s.rand.IntN(i+1))
	}
}

// initConfigObjects defines the factories of configuration objects layers
// accept: initializers, regularizers, constraints, and serialization.
func (s *Shim) initConfigObjects() {
	make := func(ns, api string) {
		s.def(s.ns(ns), api, "tf."+ns+"."+api, func(c *call) sobek.Value {
			o := s.rt.NewObject()
			_ = o.Set("className", api)
			_ = o.Set("config", c.arg(0))
			s.set(o, "getClassName", func(sobek.FunctionCall) sobek.Value { return s.rt.ToValue(api) })
			s.set(o, "getConfig", func(sobek.FunctionCall) sobek.Value { return c.arg(0) })
			return o
		})
	}
	for _, a := range tfapi.All() {
		for _, ns := range []string{"initializers", "regularizers", "constraints"} {
			if prefix := "tf." + ns + "."; len(a.Name) > len(prefix) && a.Name[:len(prefix)] == prefix {
				make(ns, a.Name[len(prefix):])
			}
		}
	}
	ser := s.ns("serialization")
	s.def(ser, "registerClass", "tf.serialization.registerClass", func(c *call) sobek.Value { return sobek.Undefined() })
	s.def(ser, "getRegisteredName", "tf.serialization.getRegisteredName", func(c *call) sobek.Value {
		return s.config(c.arg(0)).get("className")
	})
}
