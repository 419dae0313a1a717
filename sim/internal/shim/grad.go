package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

func (s *Shim) initGradients() {
	s.def(s.tf, "grad", "tf.grad", func(c *call) sobek.Value {
		f := c.fnArg(0, "The f passed in grad(f) must be a function")
		return s.fn(func(fc sobek.FunctionCall) sobek.Value {
			site := s.host.Site("tf.grad")
			x := s.convertArg(fc.Argument(0), "x", "tf.grad", site)
			dy := s.optConvert(fc.Argument(1), "dy", "tf.grad", site)
			res, err := s.E.Tidy("", func() ([]*engine.Tensor, error) {
				_, grads, err := s.gradients(f, []*engine.Tensor{x}, dy, false, site, func() []sobek.Value { return []sobek.Value{s.wrap(x)} })
				if err != nil {
					return nil, err
				}
				return grads, nil
			})
			if err != nil {
				s.throw(err, site)
			}
			return s.wrap(res[0])
		})
	})
	s.def(s.tf, "grads", "tf.grads", func(c *call) sobek.Value {
		f := c.fnArg(0, "The f passed in grads(f) must be a function")
		return s.fn(func(fc sobek.FunctionCall) sobek.Value {
			site := s.host.Site("tf.grads")
			if !isArray(fc.Argument(0)) {
				s.throwf("The args passed in grads(f)(args) must be an array of `Tensor`s or `TensorLike`s")
			}
			xs := s.convertList(fc.Argument(0), "args", "tf.grads", site)
			dy := s.optConvert(fc.Argument(1), "dy", "tf.grads", site)
			res, err := s.E.Tidy("", func() ([]*engine.Tensor, error) {
				_, grads, err := s.gradients(f, xs, dy, false, site, func() []sobek.Value { return s.wrapEach(xs) })
				return grads, err
			})
			if err != nil {
				s.throw(err, site)
			}
			return s.wrapAll(res)
		})
	})
	s.def(s.tf, "valueAndGrad", "tf.valueAndGrad", func(c *call) sobek.Value {
		f := c.fnArg(0, "The f passed in valueAndGrad(f) must be a function")
		return s.fn(func(fc sobek.FunctionCall) sobek.Value {
			site := s.host.Site("tf.valueAndGrad")
			x := s.tensorOf(fc.Argument(0))
			if x == nil {
				s.throwf("The x passed in valueAndGrad(f)(x) must be a tensor")
			}
			dy := s.tensorOf(fc.Argument(1))
			value, grads, err := s.gradients(f, []*engine.Tensor{x}, dy, false, site, func() []sobek.Value { return []sobek.Value{s.wrap(x)} })
			if err != nil {
				s.throw(err, site)
			}
			o := s.rt.NewObject()
			_ = o.Set("grad", s.wrap(grads[0]))
			_ = o.Set("value", s.wrap(value))
			return o
		})
	})
	s.def(s.tf, "valueAndGrads", "tf.valueAndGrads", func(c *call) sobek.Value {
		f := c.fnArg(0, "The f passed in valueAndGrads(f) must be a function")
		return s.fn(func(fc sobek.FunctionCall) sobek.Value {
			site := s.host.Site("tf.valueAndGrads")
			var xs []*engine.Tensor
			for _, it := range s.arrayItems(fc.Argument(0)) {
				t := s.tensorOf(it)
				if t == nil {
					s.throwf("The args passed in valueAndGrads(f)(args) must be array of tensors")
				}
				xs = append(xs, t)
			}
			dy := s.tensorOf(fc.Argument(1))
			value, grads, err := s.gradients(f, xs, dy, false, site, func() []sobek.Value { return s.wrapEach(xs) })
			if err != nil {
				s.throw(err, site)
			}
			o := s.rt.NewObject()
			_ = o.Set("grads", s.wrapAll(grads))
			_ = o.Set("value", s.wrap(value))
			return o
		})
	})
	s.def(s.tf, "variableGrads", "tf.variableGrads", func(c *call) sobek.Value {
		f := c.fnArg(0, "The f passed in variableGrads(f) must be a function")
		var list []*engine.Tensor
		if c.has(1) {
			list = s.variableList(c.arg(1), "The varList passed in variableGrads(f, varList) must be an array of variables")
		}
		value, grads, err := s.variableGrads(f, list, c.has(1), c.where())
		if err != nil {
			c.fail(err)
		}
		return s.gradsResult(value, grads)
	})
	s.def(s.tf, "customGrad", "tf.customGrad", func(c *call) sobek.Value {
		f := c.fnArg(0, "The f passed in customGrad(f) must be a function.")
		return s.fn(func(fc sobek.FunctionCall) sobek.Value {
			site := s.host.Site("tf.customGrad")
			var inputs []*engine.Tensor
			for _, a := range fc.Arguments {
				t := s.tensorOf(a)
				if t == nil {
					s.throwf("The args passed in customGrad(f)(x1, x2,...) must all be tensors")
				}
				inputs = append(inputs, t)
			}
			save := s.fn(func(sobek.FunctionCall) sobek.Value { return sobek.Undefined() })
			var out *engine.Tensor
			_, err := s.E.Tidy("customGrad", func() ([]*engine.Tensor, error) {
				res, err := s.call(f, nil, append(append([]sobek.Value{}, fc.Arguments...), save)...)
				if err != nil {
					return nil, err
				}
				out = s.tensorOf(s.config(res).get("value"))
				if out == nil {
					return nil, engine.Errorf(engine.ValueError, "The function f passed in customGrad(f) must return an object where `obj.value` is a tensor")
				}
				return []*engine.Tensor{out}, nil
			})
			if err != nil {
				s.throw(err, site)
			}
			s.E.Record("customGrad", inputs, []*engine.Tensor{out}, nil, "")
			return s.wrap(out)
		})
	})
}

// fnArg reads a function argument.
func (c *call) fnArg(i int, msg string) sobek.Value {
	if !isFunction(c.arg(i)) {
		c.failf(engine.ValueError, "%s", msg)
	}
	return c.arg(i)
}

func (s *Shim) wrapEach(ts []*engine.Tensor) []sobek.Value {
	out := make([]sobek.Value, len(ts))
	for i, t := range ts {
		out[i] = s.wrap(t)
	}
	return out
}

// convertArg converts a TensorLike outside of an op scope, as tf.grad does.
func (s *Shim) convertArg(v sobek.Value, arg, fn string, site *engine.Site) *engine.Tensor {
	t, err := s.convert(v, arg, fn, false, site)
	if err != nil {
		s.throw(err, site)
	}
	return t
}

func (s *Shim) optConvert(v sobek.Value, arg, fn string, site *engine.Site) *engine.Tensor {
	if isNullish(v) {
		return nil
	}
	return s.convertArg(v, arg, fn, site)
}

func (s *Shim) convertList(v sobek.Value, arg, fn string, site *engine.Site) []*engine.Tensor {
	var out []*engine.Tensor
	for i, it := range s.arrayItems(v) {
		out = append(out, s.convertArg(it, arg+"["+itoa(i)+"]", fn, site))
	}
	return out
}

// gradients is engine.gradients around a JavaScript f called with args().
func (s *Shim) gradients(f sobek.Value, xs []*engine.Tensor, dy *engine.Tensor, allowNone bool, site *engine.Site, args func() []sobek.Value) (*engine.Tensor, []*engine.Tensor, error) {
	value, grads, err := s.E.Gradients(func() (*engine.Tensor, error) {
		res, err := s.call(f, nil, args()...)
		if err != nil {
			return nil, err
		}
		return s.tensorOf(res), nil
	}, xs, dy, allowNone, site)
	if err != nil {
		return nil, nil, err
	}
	if !allowNone {
		for _, g := range grads {
			if g == nil {
				return nil, nil, engine.Errorf(engine.ValueError, "Cannot compute gradient of y=f(x) with respect to x. Make sure that\n    the f you passed encloses all operations that lead from x to y.")
			}
		}
	}
	return value, grads, nil
}

// variableList reads an array of variables.
func (s *Shim) variableList(v sobek.Value, msg string) []*engine.Tensor {
	if !isArray(v) {
		s.throwf("%s", msg)
	}
	var out []*engine.Tensor
	for _, it := range s.arrayItems(v) {
		t := s.tensorOf(it)
		if t == nil || t.Var == nil {
			s.throwf("%s", msg)
		}
		out = append(out, t)
	}
	return out
}

// namedGrad is one entry of a gradient map: a variable name and its
// gradient (nil when the loss does not depend on it).
type namedGrad struct {
	name string
	grad *engine.Tensor
	set  bool // present in the map (with a nil value for non-trainable variables)
}

// variableGrads is tf.variableGrads: gradients of the scalar f() with
// respect to the trainable variables of list (all registered ones when
// explicit is false), in the order of a JavaScript object's keys.
func (s *Shim) variableGrads(f sobek.Value, list []*engine.Tensor, explicit bool, site *engine.Site) (*engine.Tensor, []namedGrad, error) {
	return s.variableGradsFn(func() (*engine.Tensor, error) {
		res, err := s.call(f, nil)
		if err != nil {
			return nil, err
		}
		return s.tensorOf(res), nil
	}, list, explicit, site)
}

func (s *Shim) variableGradsFn(f func() (*engine.Tensor, error), list []*engine.Tensor, explicit bool, site *engine.Site) (*engine.Tensor, []namedGrad, error) {
	if !explicit {
		list = s.E.Variables()
	}
	var trainable, frozen []*engine.Tensor
	for _, v := range list {
		if v.Var.Trainable {
			trainable = append(trainable, v)
		} else {
			frozen = append(frozen, v)
		}
	}
	if len(trainable) == 0 {
		return nil, nil, engine.Errorf(engine.ValueError, "variableGrads() expects at least one of the input variables to be trainable, but none of the %d variables is trainable.", len(list))
	}
	value, grads, err := s.E.Gradients(f, trainable, nil, true, site)
	if err != nil {
		return nil, nil, err
	}
	any := false
	for _, g := range grads {
		any = any || g != nil
	}
	if !any {
		return nil, nil, engine.Errorf(engine.ValueError, "Cannot find a connection between any variable and the result of the loss function y=f(x). Please make sure the operations that use variables are inside the function f passed to minimize().")
	}
	if value.Rank() != 0 {
		return nil, nil, engine.Errorf(engine.ValueError, "The f passed in variableGrads(f) must return a scalar, but it returned a rank-%d tensor", value.Rank())
	}
	var named []namedGrad
	for i, v := range trainable {
		if grads[i] != nil {
			named = append(named, namedGrad{name: v.Var.Name, grad: grads[i], set: true})
		}
	}
	if explicit {
		for _, v := range frozen {
			named = append(named, namedGrad{name: v.Var.Name, set: true})
		}
	}
	return value, jsKeyOrder(named), nil
}

// jsKeyOrder orders map entries as a JavaScript object's keys: integer-like
// names ascending first, then the others in insertion order; a repeated
// name keeps its first position and its last value.
func jsKeyOrder(in []namedGrad) []namedGrad {
	pos := map[string]int{}
	var ints, strs []namedGrad
	for _, g := range in {
		if i, ok := pos[g.name]; ok {
			if isArrayIndexName(g.name) {
				ints[i] = g
			} else {
				strs[i] = g
			}
			continue
		}
		if isArrayIndexName(g.name) {
			pos[g.name] = len(ints)
			ints = append(ints, g)
		} else {
			pos[g.name] = len(strs)
			strs = append(strs, g)
		}
	}
	sortByIndex(ints)
	return append(ints, strs...)
}

// gradsResult makes {value, grads: {name: tensor}}.
func (s *Shim) gradsResult(value *engine.Tensor, grads []namedGrad) sobek.Value {
	g := s.rt.NewObject()
	for _, n := range grads {
		if n.grad == nil {
			_ = g.Set(n.name, sobek.Null())
		} else {
			_ = g.Set(n.name, s.wrap(n.grad))
		}
	}
	o := s.rt.NewObject()
	_ = o.Set("value", s.wrap(value))
	_ = o.Set("grads", g)
	return o
}
