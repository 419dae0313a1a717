package shim

import (
	"reflect"
	"slices"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

var (
	typeF32 = reflect.TypeOf([]float32(nil))
	typeI32 = reflect.TypeOf([]int32(nil))
	typeU8  = reflect.TypeOf([]uint8(nil))
	typeF64 = reflect.TypeOf([]float64(nil))
	typeI8  = reflect.TypeOf([]int8(nil))
	typeI16 = reflect.TypeOf([]int16(nil))
	typeU16 = reflect.TypeOf([]uint16(nil))
	typeU32 = reflect.TypeOf([]uint32(nil))
)

// typedArrayDType tells whether v is a typed array and the dtype tfjs
// infers for it.
func typedArrayDType(v sobek.Value) (engine.DType, bool) {
	o := object(v)
	if o == nil {
		return 0, false
	}
	switch o.ExportType() {
	case typeF32, typeF64:
		return engine.Float32, true
	case typeI32, typeU8, typeI8, typeI16, typeU16, typeU32:
		return engine.Int32, true
	}
	return 0, false
}

// inferDType is tfjs's inferDtype.
func (s *Shim) inferDType(v sobek.Value) engine.DType {
	if d, ok := typedArrayDType(v); ok {
		return d
	}
	if isArray(v) {
		o := object(v)
		if o.Get("length").ToInteger() == 0 {
			return engine.Float32
		}
		return s.inferDType(o.Get("0"))
	}
	switch v.Export().(type) {
	case string:
		return engine.String
	case bool:
		return engine.Bool
	}
	return engine.Float32
}

// inferShape is tfjs's inferShape: it follows the first elements.
func (s *Shim) inferShape(v sobek.Value) []int {
	shape := []int{}
	for depth := 0; depth < 64; depth++ {
		o := object(v)
		if o == nil {
			return shape
		}
		if _, ok := typedArrayDType(v); !ok && !isArray(v) {
			return shape
		}
		n := int(o.Get("length").ToInteger())
		shape = append(shape, n)
		if n == 0 {
			return shape
		}
		v = o.Get("0")
	}
	return shape
}

// isTensorLike reports the values convertToTensor accepts.
func (s *Shim) isTensorLike(v sobek.Value) bool {
	if isNullish(v) {
		return false
	}
	if _, ok := typedArrayDType(v); ok || isArray(v) {
		return true
	}
	switch v.Export().(type) {
	case int64, float64, bool, string:
		return true
	}
	return false
}

// stringBytes is the UTF-8 size of every string in a (nested) array.
func (s *Shim) stringBytes(v sobek.Value) int64 {
	if isArray(v) {
		var n int64
		for _, it := range s.arrayItems(v) {
			n += s.stringBytes(it)
		}
		return n
	}
	return int64(len(v.String()))
}

// makeTensor is tfjs's makeTensor for TensorLike values: shape from the
// values unless given (then checked), dtype inferred unless given.
func (s *Shim) makeTensor(v sobek.Value, shape []int, dtype *engine.DType, site *engine.Site) (*engine.Tensor, error) {
	inferred := s.inferShape(v)
	dt := s.inferDType(v)
	if dtype != nil {
		if dt == engine.String && *dtype != engine.String || dt != engine.String && *dtype == engine.String {
			return nil, engine.Errorf(engine.ValueError, "Cannot construct a %s tensor from %s values", *dtype, dt)
		}
		dt = *dtype
	}
	if shape != nil {
		if err := checkProvidedShape(shape, inferred); err != nil {
			return nil, err
		}
	} else {
		shape = inferred
	}
	if dt == engine.String {
		return s.E.NewStringTensor(shape, s.stringBytes(v), site), nil
	}
	return s.E.NewTensor(shape, dt, site), nil
}

func checkProvidedShape(shape, inferred []int) error {
	provided, got := engine.SizeOf(shape), engine.SizeOf(inferred)
	if provided != got {
		return engine.Errorf(engine.ShapeError, "Based on the provided shape, [%s], the tensor should have %d values but has %d", engine.FormatShape(shape), provided, got)
	}
	for i, d := range inferred {
		flatMismatch := true
		if i == len(inferred)-1 {
			flatMismatch = d != engine.SizeOf(shape[min(i, len(shape)):])
		}
		if i >= len(shape) || d != shape[i] && flatMismatch {
			return engine.Errorf(engine.ShapeError, "Error creating a new Tensor. Inferred shape (%s) does not match the provided shape (%s). ", engine.FormatShape(inferred), engine.FormatShape(shape))
		}
	}
	return nil
}

// convert is tfjs's convertToTensor: a tensor as is, TensorLike values as a
// new tensor tracked in the current scope.
func (s *Shim) convert(v sobek.Value, arg, fn string, numeric bool, site *engine.Site) (*engine.Tensor, error) {
	if t := s.tensorOf(v); t != nil {
		if t.IsDisposed() {
			return nil, engine.Errorf(engine.ValueError, "Tensor is disposed.")
		}
		if numeric && t.DType == engine.String {
			return nil, engine.Errorf(engine.ValueError, "Argument '%s' passed to '%s' must be numeric tensor, but got string tensor", arg, fn)
		}
		return t, nil
	}
	if !s.isTensorLike(v) {
		kind := "undefined"
		if !sobek.IsUndefined(v) && v != nil {
			kind = "object"
			if sobek.IsNull(v) {
				kind = "null"
			}
		}
		return nil, engine.Errorf(engine.ValueError, "Argument '%s' passed to '%s' must be a Tensor or TensorLike, but got '%s'", arg, fn, kindName(v, kind))
	}
	dt := s.inferDType(v)
	if numeric && dt == engine.String {
		return nil, engine.Errorf(engine.ValueError, "Argument '%s' passed to '%s' must be numeric tensor, but got string tensor", arg, fn)
	}
	return s.makeTensor(v, nil, nil, site)
}

func kindName(v sobek.Value, def string) string {
	if o := object(v); o != nil {
		if c := o.Get("constructor"); c != nil {
			if n := object(c); n != nil {
				if name := n.Get("name"); name != nil && name.String() != "" {
					return name.String()
				}
			}
		}
	}
	return def
}

// sameShape reports equal shapes.
func sameShape(a, b []int) bool { return slices.Equal(a, b) }
