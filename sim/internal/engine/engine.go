package engine

import (
	"slices"
	"strconv"
)

// Engine holds the state of tfjs's ENGINE for one simulated run.
type Engine struct {
	numTensors       int
	numStringTensors int
	numDataBuffers   int
	numBytes         int64

	scopes      []*scope
	nextScopeID int

	nextTensorID   int
	nextVariableID int
	vars           map[string]*Tensor
	varOrder       []string

	gradientDepth int
	tape          []*tapeNode
	nextTapeID    int

	sites map[*Site]*SiteCount
	peak  int64

	// OnGradients, when set, is called as an outermost gradient
	// computation starts: the simulator opens a step's memory window there.
	OnGradients func()

	// Background, while set, marks the tensors allocated as a background
	// callback's (SiteCount.Background): the simulator sets it for the
	// ticks of a page's interval or animation loop while it measures what
	// a UI event adds, so that the loop's own growth is not the event's.
	Background bool

	// watching and watched: see Watch.
	watching bool
	watched  []watched
}

// New returns an engine with no tensors.
func New() *Engine {
	return &Engine{vars: map[string]*Tensor{}, sites: map[*Site]*SiteCount{}}
}

// Memory is what tf.memory() reports.
type Memory struct {
	NumTensors     int
	NumDataBuffers int
	NumBytes       int64
	// Strings reports string tensors, whose bytes tfjs only approximates.
	Strings bool
}

// Memory returns the current counters.
func (e *Engine) Memory() Memory {
	return Memory{NumTensors: e.numTensors, NumDataBuffers: e.numDataBuffers, NumBytes: e.numBytes, Strings: e.numStringTensors > 0}
}

// NewTensor makes a tensor with a new data buffer (engine.makeTensor) and
// tracks it in the active scope.
func (e *Engine) NewTensor(shape []int, dtype DType, site *Site) *Tensor {
	t := e.newTensor(shape, dtype, site, &dataBuf{})
	t.data.bytes = t.Bytes()
	e.trackTensor(t)
	return t
}

// NewStringTensor makes a string tensor whose values encode to bytes bytes.
func (e *Engine) NewStringTensor(shape []int, bytes int64, site *Site) *Tensor {
	t := e.newTensor(shape, String, site, &dataBuf{})
	e.trackTensor(t)
	t.data.bytes = bytes
	e.numBytes += bytes
	e.notePeak()
	return t
}

// Share makes a tensor viewing src's data buffer with another shape or
// dtype (reshape, clone, a cast that loses nothing), as the backends' kernels
// do with incRef.
func (e *Engine) Share(src *Tensor, shape []int, dtype DType, site *Site) *Tensor {
	t := e.newTensor(shape, dtype, site, src.data)
	e.trackTensor(t)
	return t
}

func (e *Engine) newTensor(shape []int, dtype DType, site *Site, d *dataBuf) *Tensor {
	t := &Tensor{ID: e.nextTensorID, Shape: slices.Clone(shape), DType: dtype, Site: site, data: d, scopeID: -1}
	e.nextTensorID++
	return t
}

// trackTensor is engine.trackTensor: count the tensor and its bytes, count
// a new data buffer, and track non-variables in the active scope.
func (e *Engine) trackTensor(t *Tensor) {
	e.numTensors++
	if t.DType == String {
		e.numStringTensors++
	}
	e.numBytes += t.Bytes()
	if t.data.refs == 0 {
		e.numDataBuffers++
	}
	t.data.refs++
	if t.Var == nil {
		e.track(t)
	}
	e.siteAdd(t)
	e.noteWatch(t)
	e.notePeak()
}

// track adds t to the active scope, if any.
func (e *Engine) track(t *Tensor) {
	if n := len(e.scopes); n > 0 {
		s := e.scopes[n-1]
		t.scopeID = s.id
		s.track = append(s.track, t)
	}
}

// Dispose is tensor.dispose(): a no-op on a disposed tensor; a variable is
// also unregistered.
func (e *Engine) Dispose(t *Tensor) {
	if t.Var != nil {
		e.disposeTensor(t)
		if e.vars[t.Var.Name] == t {
			delete(e.vars, t.Var.Name)
			e.varOrder = slices.DeleteFunc(e.varOrder, func(n string) bool { return n == t.Var.Name })
		}
		t.disposed = true
		return
	}
	if t.disposed {
		return
	}
	e.disposeTensor(t)
	t.disposed = true
}

// disposeTensor is engine.disposeTensor. Like tfjs it does nothing once the
// data buffer is gone, which makes disposing a variable twice harmless.
func (e *Engine) disposeTensor(t *Tensor) {
	e.noteDisposed(t)
	if t.data.refs == 0 {
		return
	}
	e.numTensors--
	if t.DType == String {
		e.numStringTensors--
		e.numBytes -= t.data.bytes
	}
	e.numBytes -= t.Bytes()
	t.data.refs--
	if t.data.refs == 0 {
		e.numDataBuffers--
	}
	e.siteRemove(t)
}

// Keep is tf.keep.
func (e *Engine) Keep(t *Tensor) *Tensor {
	t.kept = true
	return t
}

// MakeVariable is engine.makeVariable: a variable viewing init's data
// (cast first when dtype differs), registered under name (the next
// variable id when empty). It is not tracked by any scope.
func (e *Engine) MakeVariable(init *Tensor, trainable bool, name string, dtype DType, site *Site) (*Tensor, error) {
	if name == "" {
		name = strconv.Itoa(e.nextVariableID)
		e.nextVariableID++
	}
	if dtype != init.DType {
		init = e.NewTensor(init.Shape, dtype, init.Site)
	}
	if _, dup := e.vars[name]; dup {
		return nil, Errorf(ValueError, "Variable with name %s was already registered", name)
	}
	v := e.newTensor(init.Shape, init.DType, site, init.data)
	v.Var = &VarInfo{Name: name, Trainable: trainable}
	e.vars[name] = v
	e.varOrder = append(e.varOrder, name)
	e.trackTensor(v)
	return v, nil
}

// Assign is variable.assign: the variable lets go of its buffer and views
// the new value's.
func (e *Engine) Assign(v, value *Tensor) error {
	if value.DType != v.DType {
		return Errorf(ValueError, "dtype of the new value (%s) and previous value (%s) must match", value.DType, v.DType)
	}
	if !slices.Equal(value.Shape, v.Shape) {
		return Errorf(ShapeError, "shape of the new value (%s) and previous value (%s) must match", FormatShape(value.Shape), FormatShape(v.Shape))
	}
	e.disposeTensor(v)
	v.data = value.data
	e.trackTensor(v)
	return nil
}

// Variable returns the registered variable of that name.
func (e *Engine) Variable(name string) *Tensor { return e.vars[name] }

// Variables returns the registered variables in the order a JavaScript
// for-in over ENGINE.registeredVariables visits them: integer-like names
// ascending, then the others in insertion order.
func (e *Engine) Variables() []*Tensor {
	var ints, strs []string
	for _, n := range e.varOrder {
		if isArrayIndex(n) {
			ints = append(ints, n)
		} else {
			strs = append(strs, n)
		}
	}
	slices.SortFunc(ints, func(a, b string) int {
		x, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return x - y
	})
	out := make([]*Tensor, 0, len(e.varOrder))
	for _, n := range append(ints, strs...) {
		out = append(out, e.vars[n])
	}
	return out
}

func isArrayIndex(s string) bool {
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return false
	}
	n, err := strconv.ParseUint(s, 10, 32)
	return err == nil && n < 1<<32-1
}

// DisposeVariables is tf.disposeVariables.
func (e *Engine) DisposeVariables() {
	for _, v := range e.Variables() {
		e.Dispose(v)
	}
}
