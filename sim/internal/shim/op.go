package shim

import (
	"sync"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// call is one invocation of a simulated op. Like tfjs's op() wrapper it
// runs in its own scope (opened when the first TensorLike argument is
// converted), so temporaries die with the call and only the results stay.
type call struct {
	s       *Shim
	api     string
	args    []sobek.Value
	site    *engine.Site
	scoped  bool
	inputs  []*engine.Tensor
	gradErr string // what tfjs throws when it differentiates this call
}

// opFunc implements one op.
type opFunc func(c *call) sobek.Value

// implemented records the canonical names of the simulated APIs; every
// run's shim defines the same ones.
var (
	implMu      sync.Mutex
	implemented = map[string]bool{}
)

func markImplemented(name string) {
	implMu.Lock()
	implemented[name] = true
	implMu.Unlock()
}

// Implemented reports whether the shim simulates an API ("tf.add",
// "Tensor.add", "LayersModel.fit").
func Implemented(name string) bool {
	implMu.Lock()
	defer implMu.Unlock()
	return implemented[name]
}

// def defines fn as target[name] under the canonical API name api.
func (s *Shim) def(target *sobek.Object, name, api string, fn opFunc) {
	markImplemented(api)
	_ = target.Set(name, s.fn(func(fc sobek.FunctionCall) sobek.Value {
		return s.run(api, fc.Arguments, fn)
	}))
}

// op defines tf.name.
func (s *Shim) op(name string, fn opFunc) { s.def(s.tf, name, "tf."+name, fn) }

// opm defines tf.name and the Tensor method of the same name, which passes
// the tensor as the first argument.
func (s *Shim) opm(name string, fn opFunc) {
	s.op(name, fn)
	s.method(name, fn)
}

// method defines Tensor.prototype.name with this as the first argument.
func (s *Shim) method(name string, fn opFunc) {
	api := "Tensor." + name
	markImplemented(api)
	_ = s.tensorProto.Set(name, s.fn(func(fc sobek.FunctionCall) sobek.Value {
		args := make([]sobek.Value, 0, len(fc.Arguments)+1)
		args = append(args, fc.This)
		args = append(args, fc.Arguments...)
		return s.run(api, args, fn)
	}))
}

// nsOp defines tf.<ns>.name.
func (s *Shim) nsOp(ns, name string, fn opFunc) {
	s.def(s.ns(ns), name, "tf."+ns+"."+name, fn)
}

func (s *Shim) run(api string, args []sobek.Value, fn opFunc) sobek.Value {
	c := &call{s: s, api: api, args: args}
	defer func() {
		if r := recover(); r != nil {
			if c.scoped {
				c.scoped = false
				s.E.EndScope(nil)
			}
			panic(r)
		}
	}()
	return fn(c)
}

// where is the allocation site of this call.
func (c *call) where() *engine.Site {
	if c.site == nil {
		c.site = c.s.host.Site(c.api)
	}
	return c.site
}

func (c *call) arg(i int) sobek.Value {
	if i < len(c.args) {
		return c.args[i]
	}
	return sobek.Undefined()
}

func (c *call) has(i int) bool { return !isNullish(c.arg(i)) }

// fail throws err (reporting shape errors at this call).
func (c *call) fail(err error) {
	if c.scoped {
		c.scoped = false
		c.s.E.EndScope(nil)
	}
	c.s.throw(err, c.where())
}

func (c *call) failf(kind engine.ErrorKind, format string, args ...any) {
	c.fail(engine.Errorf(kind, format, args...))
}

// tensor converts argument i (named name for errors) to a numeric tensor.
func (c *call) tensor(i int, name string) *engine.Tensor {
	return c.tensorAs(i, name, true)
}

// anyTensor converts argument i, strings allowed.
func (c *call) anyTensor(i int, name string) *engine.Tensor {
	return c.tensorAs(i, name, false)
}

func (c *call) tensorAs(i int, name string, numeric bool) *engine.Tensor {
	v := c.arg(i)
	if t := c.s.tensorOf(v); t == nil && !c.scoped {
		c.scoped = true
		c.s.E.StartScope(c.api)
	}
	t, err := c.s.convert(v, name, c.api, numeric, c.where())
	if err != nil {
		c.fail(err)
	}
	c.inputs = append(c.inputs, t)
	return t
}

// optTensor converts argument i when present.
func (c *call) optTensor(i int, name string) *engine.Tensor {
	if !c.has(i) {
		return nil
	}
	return c.tensor(i, name)
}

// tensorList converts an array argument of TensorLikes.
func (c *call) tensorList(i int, name string) []*engine.Tensor {
	v := c.arg(i)
	if !isArray(v) {
		c.failf(engine.ValueError, "Argument '%s' passed to '%s' must be a `Tensor[]` or `TensorLike[]`", name, c.api)
	}
	items := c.s.arrayItems(v)
	out := make([]*engine.Tensor, len(items))
	for j, it := range items {
		if t := c.s.tensorOf(it); t == nil && !c.scoped {
			c.scoped = true
			c.s.E.StartScope(c.api)
		}
		t, err := c.s.convert(it, name+"["+itoa(j)+"]", c.api, true, c.where())
		if err != nil {
			c.fail(err)
		}
		out[j] = t
	}
	c.inputs = append(c.inputs, out...)
	return out
}

// int reads argument i as an integer, def when absent.
func (c *call) int(i int, def int) int {
	if n, ok := intOf(c.arg(i)); ok {
		return n
	}
	return def
}

func (c *call) float(i int, def float64) float64 {
	v := c.arg(i)
	if isNumber(v) {
		return v.ToFloat()
	}
	return def
}

func (c *call) bool(i int, def bool) bool {
	v := c.arg(i)
	if isNullish(v) {
		return def
	}
	return v.ToBoolean()
}

func (c *call) str(i int, def string) string {
	v := c.arg(i)
	if isNullish(v) {
		return def
	}
	return v.String()
}

// ints reads argument i as a number or number array.
func (c *call) ints(i int, name string) []int {
	v, ok := c.s.ints(c.arg(i))
	if !ok {
		c.failf(engine.ValueError, "Argument '%s' passed to '%s' must be a number or an array of numbers", name, c.api)
	}
	return v
}

// dtype reads a dtype argument.
func (c *call) dtype(i int, def engine.DType) engine.DType {
	v := c.arg(i)
	if isNullish(v) {
		return def
	}
	d, ok := engine.ParseDType(v.String())
	if !ok {
		c.failf(engine.ValueError, "Unknown data type %s", v.String())
	}
	return d
}

// out allocates a result tensor.
func (c *call) out(shape []int, dtype engine.DType) *engine.Tensor {
	return c.s.E.NewTensor(shape, dtype, c.where())
}

// view allocates a result sharing src's data (reshape, clone).
func (c *call) view(src *engine.Tensor, shape []int, dtype engine.DType) *engine.Tensor {
	return c.s.E.Share(src, shape, dtype, c.where())
}

// finish ends the op: it records the op for gradients, closes the scope
// keeping outs, and returns them (one tensor, or an array when list).
func (c *call) finish(list bool, outs ...*engine.Tensor) sobek.Value {
	c.s.E.Record(c.api, c.inputs, outs, c.inputs, c.gradErr)
	if c.scoped {
		c.scoped = false
		c.s.E.EndScope(outs)
	}
	if list {
		return c.s.wrapAll(outs)
	}
	if len(outs) == 0 {
		return sobek.Undefined()
	}
	return c.s.wrap(outs[0])
}

// done returns one result tensor.
func (c *call) done(t *engine.Tensor) sobek.Value { return c.finish(false, t) }
