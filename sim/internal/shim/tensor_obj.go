package shim

import (
	"reflect"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// tensorObj backs the JavaScript object of one tensor: shape, dtype, size,
// rank, id and the variable fields are read from the engine tensor, and
// anything the script stores on the object is kept beside it.
type tensorObj struct {
	s     *Shim
	t     *engine.Tensor
	extra map[string]sobek.Value
}

var tensorObjType = reflect.TypeOf((*tensorObj)(nil))

func (o *tensorObj) Get(key string) sobek.Value {
	t := o.t
	switch key {
	case "shape":
		return o.s.shapeValue(t.Shape)
	case "dtype":
		return o.s.rt.ToValue(t.DType.String())
	case "size":
		return o.s.rt.ToValue(t.Size())
	case "rank":
		return o.s.rt.ToValue(t.Rank())
	case "rankType":
		if t.Rank() < 5 {
			return o.s.rt.ToValue(itoa(t.Rank()))
		}
		return o.s.rt.ToValue("higher")
	case "id":
		return o.s.rt.ToValue(t.ID)
	case "isDisposed", "isDisposedInternal":
		return o.s.rt.ToValue(t.IsDisposed())
	case "kept":
		return o.s.rt.ToValue(t.Kept())
	case "strides":
		return o.s.stridesValue(t.Shape)
	case "dataId":
		return o.s.rt.ToValue(map[string]any{"id": t.ID})
	}
	if t.Var != nil {
		switch key {
		case "name":
			return o.s.rt.ToValue(t.Var.Name)
		case "trainable":
			return o.s.rt.ToValue(t.Var.Trainable)
		}
	}
	if v, ok := o.extra[key]; ok {
		return v
	}
	return nil
}

func (o *tensorObj) Set(key string, val sobek.Value) bool {
	switch key {
	case "shape", "dtype", "size", "rank", "id", "isDisposed", "strides", "rankType":
		return false
	case "trainable":
		if o.t.Var != nil {
			o.t.Var.Trainable = val.ToBoolean()
			return true
		}
	}
	if o.extra == nil {
		o.extra = map[string]sobek.Value{}
	}
	o.extra[key] = val
	return true
}

func (o *tensorObj) Has(key string) bool { return o.Get(key) != nil }

func (o *tensorObj) Delete(key string) bool {
	delete(o.extra, key)
	return true
}

func (o *tensorObj) Keys() []string {
	keys := []string{"kept", "isDisposedInternal", "shape", "dtype", "size", "strides", "dataId", "id", "rankType"}
	if o.t.Var != nil {
		keys = append(keys, "trainable", "name")
	}
	for k := range o.extra {
		keys = append(keys, k)
	}
	return keys
}

func (s *Shim) stridesValue(shape []int) sobek.Value {
	if len(shape) < 2 {
		return s.rt.NewArray()
	}
	st := make([]any, len(shape)-1)
	acc := shape[len(shape)-1]
	for i := len(shape) - 2; i >= 0; i-- {
		st[i] = acc
		acc *= shape[i]
	}
	return s.rt.NewArray(st...)
}

// wrap returns the JavaScript object of t, the same one every time.
func (s *Shim) wrap(t *engine.Tensor) sobek.Value {
	if t == nil {
		return sobek.Null()
	}
	if o, ok := t.Ref.(*sobek.Object); ok {
		return o
	}
	o := s.rt.NewDynamicObject(&tensorObj{s: s, t: t})
	if t.Var != nil {
		_ = o.SetPrototype(s.variableProto)
	} else {
		_ = o.SetPrototype(s.tensorProto)
	}
	t.Ref = o
	return o
}

// wrapAll makes a JavaScript array of tensors.
func (s *Shim) wrapAll(ts []*engine.Tensor) sobek.Value {
	vals := make([]sobek.Value, len(ts))
	for i, t := range ts {
		vals[i] = s.wrap(t)
	}
	return s.array(vals)
}

// tensorOf returns the tensor behind a JavaScript value, or nil.
func (s *Shim) tensorOf(v sobek.Value) *engine.Tensor {
	o := object(v)
	if o == nil || o.ExportType() != tensorObjType {
		return nil
	}
	return o.Export().(*tensorObj).t
}

// isTensor reports a tensor object.
func (s *Shim) isTensor(v sobek.Value) bool { return s.tensorOf(v) != nil }
