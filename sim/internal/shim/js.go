package shim

import (
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

func itoa(i int) string { return strconv.Itoa(i) }

// jsError is a JavaScript value to throw, carried through Go as an error.
type jsError struct{ v sobek.Value }

func (e *jsError) Error() string        { return e.v.String() }
func (e *jsError) JSValue() sobek.Value { return e.v }
func (s *Shim) errValue(msg string) sobek.Value {
	o, err := s.errorCtor(nil, s.rt.ToValue(msg))
	if err != nil {
		return s.rt.ToValue(msg)
	}
	return o
}

// throw raises err in JavaScript. Shape errors are reported to the host
// at site first. It never returns.
func (s *Shim) throw(err error, site *engine.Site) {
	var ee *engine.Error
	if errors.As(err, &ee) && ee.Kind == engine.ShapeError {
		s.host.ShapeError(ee, site)
	}
	var je *jsError
	if errors.As(err, &je) {
		panic(je.v)
	}
	var ex *sobek.Exception
	if errors.As(err, &ex) {
		panic(ex)
	}
	var ie *sobek.InterruptedError
	if errors.As(err, &ie) {
		panic(ie)
	}
	panic(s.errValue(err.Error()))
}

// throwf raises a plain Error.
func (s *Shim) throwf(format string, args ...any) {
	panic(s.errValue(fmt.Sprintf(format, args...)))
}

func isNullish(v sobek.Value) bool {
	return v == nil || sobek.IsUndefined(v) || sobek.IsNull(v)
}

// object returns v as an object, or nil for primitives and nullish values.
func object(v sobek.Value) *sobek.Object {
	if isNullish(v) {
		return nil
	}
	o, ok := v.(*sobek.Object)
	if !ok {
		return nil
	}
	return o
}

// isArray reports a JavaScript Array.
func isArray(v sobek.Value) bool {
	o := object(v)
	return o != nil && o.ClassName() == "Array"
}

func isFunction(v sobek.Value) bool {
	_, ok := sobek.AssertFunction(v)
	return ok && object(v) != nil
}

// arrayItems returns the elements of an array-like object.
func (s *Shim) arrayItems(v sobek.Value) []sobek.Value {
	o := object(v)
	if o == nil {
		return nil
	}
	n := int(o.Get("length").ToInteger())
	if n < 0 || n > 1<<24 {
		return nil
	}
	out := make([]sobek.Value, n)
	for i := range out {
		out[i] = o.Get(itoa(i))
	}
	return out
}

func isNumber(v sobek.Value) bool {
	if isNullish(v) {
		return false
	}
	_, ok := v.Export().(int64)
	if ok {
		return true
	}
	_, ok = v.Export().(float64)
	return ok
}

// intOf reads a JavaScript number as an int; ok is false for non-numbers.
func intOf(v sobek.Value) (int, bool) {
	if !isNumber(v) {
		return 0, false
	}
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return int(f), true
}

// ints reads a number or an array of numbers.
func (s *Shim) ints(v sobek.Value) ([]int, bool) {
	if n, ok := intOf(v); ok {
		return []int{n}, true
	}
	if !isArray(v) {
		return nil, false
	}
	items := s.arrayItems(v)
	out := make([]int, len(items))
	for i, it := range items {
		n, ok := intOf(it)
		if !ok {
			return nil, false
		}
		out[i] = n
	}
	return out, true
}

// shapeOf reads a shape array; null dims become engine.Unknown.
func (s *Shim) shapeOf(v sobek.Value) ([]int, bool) {
	if !isArray(v) {
		return nil, false
	}
	items := s.arrayItems(v)
	out := make([]int, len(items))
	for i, it := range items {
		if isNullish(it) {
			out[i] = engine.Unknown
			continue
		}
		n, ok := intOf(it)
		if !ok {
			return nil, false
		}
		out[i] = n
	}
	return out, true
}

// shapeValue makes a JavaScript shape array (null for unknown dims).
func (s *Shim) shapeValue(shape []int) sobek.Value {
	items := make([]any, len(shape))
	for i, d := range shape {
		if d == engine.Unknown {
			items[i] = nil
		} else {
			items[i] = d
		}
	}
	return s.rt.NewArray(items...)
}

// array makes a JavaScript array of values.
func (s *Shim) array(vals []sobek.Value) *sobek.Object {
	items := make([]any, len(vals))
	for i, v := range vals {
		items[i] = v
	}
	return s.rt.NewArray(items...)
}

// fn wraps a Go function as a JavaScript function value.
func (s *Shim) fn(f func(c sobek.FunctionCall) sobek.Value) sobek.Value {
	return s.rt.ToValue(f)
}

// set defines a method on o.
func (s *Shim) set(o *sobek.Object, name string, f func(c sobek.FunctionCall) sobek.Value) {
	_ = o.Set(name, s.fn(f))
}

// ns returns (creating it) the sub-namespace tf.name.
func (s *Shim) ns(name string) *sobek.Object {
	if o := object(s.tf.Get(name)); o != nil {
		return o
	}
	o := s.rt.NewObject()
	_ = s.tf.Set(name, o)
	return o
}

// call invokes a JavaScript function.
func (s *Shim) call(fn sobek.Value, this sobek.Value, args ...sobek.Value) (sobek.Value, error) {
	f, ok := sobek.AssertFunction(fn)
	if !ok {
		return nil, fmt.Errorf("not a function")
	}
	if this == nil {
		this = sobek.Undefined()
	}
	return f(this, args...)
}

// cfg reads the fields of a JavaScript config object.
type cfg struct {
	s *Shim
	o *sobek.Object
}

func (s *Shim) config(v sobek.Value) cfg { return cfg{s: s, o: object(v)} }

func (c cfg) get(key string) sobek.Value {
	if c.o == nil {
		return nil
	}
	v := c.o.Get(key)
	if isNullish(v) {
		return nil
	}
	return v
}

func (c cfg) has(key string) bool { return c.get(key) != nil }

func (c cfg) int(key string, def int) int {
	if n, ok := intOf(c.get(key)); ok {
		return n
	}
	return def
}

func (c cfg) float(key string, def float64) float64 {
	v := c.get(key)
	if v == nil || !isNumber(v) {
		return def
	}
	return v.ToFloat()
}

func (c cfg) bool(key string, def bool) bool {
	v := c.get(key)
	if v == nil {
		return def
	}
	return v.ToBoolean()
}

func (c cfg) str(key, def string) string {
	v := c.get(key)
	if v == nil {
		return def
	}
	if _, ok := v.Export().(string); !ok {
		return def
	}
	return v.String()
}

func (c cfg) ints(key string) ([]int, bool) {
	v := c.get(key)
	if v == nil {
		return nil, false
	}
	return c.s.ints(v)
}

// appendedShape is a shape tfjs appends to the batch dimension with
// [batchSize].concat(value): an array of dims, or one number, which tfjs
// accepts as the only dimension (inputShape: 47 is [null, 47]).
func (c cfg) appendedShape(key string) ([]int, bool) {
	if v := c.get(key); v != nil && isNumber(v) {
		return c.s.shapeOf(c.s.rt.NewArray(v))
	}
	return c.shape(key)
}

func (c cfg) shape(key string) ([]int, bool) {
	v := c.get(key)
	if v == nil {
		return nil, false
	}
	return c.s.shapeOf(v)
}
