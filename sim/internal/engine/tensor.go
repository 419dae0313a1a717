package engine

// Site is where a tensor was allocated. Op names the API ("tf.add",
// "LayersModel.predict"); Where is an opaque position the caller resolves
// (the user's stack frame). Internal marks tfjs's own bookkeeping tensors
// (fit's logs and running totals): they come and go with the training call
// and are never a leak of the user's code.
type Site struct {
	Op       string
	Where    any
	Internal bool
}

// dataBuf is one backend data buffer, shared by the tensors that view it
// (reshape, clone, variables and the value they were made from).
type dataBuf struct {
	refs  int
	bytes int64 // what tfjs's tensorInfo records: size*bytesPerElement, or encoded bytes of strings
}

// VarInfo makes a tensor a tf.Variable.
type VarInfo struct {
	Name      string
	Trainable bool
}

// Tensor is one tfjs Tensor object: it has an identity, a shape, a dtype
// and a data buffer, but no values.
type Tensor struct {
	ID    int
	Shape []int
	DType DType
	Var   *VarInfo // non-nil for variables
	Site  *Site
	// Ref is the caller's handle on this tensor (its JavaScript object).
	Ref any

	data     *dataBuf
	kept     bool
	scopeID  int
	disposed bool
	// background: allocated while Engine.Background was set.
	background bool
	// watch is 1 + the tensor's index in Engine.watched, 0 when unwatched.
	watch int
}

// Size is the number of elements.
func (t *Tensor) Size() int { return SizeOf(t.Shape) }

// Rank is the number of dimensions.
func (t *Tensor) Rank() int { return len(t.Shape) }

// Bytes is what this tensor adds to tf.memory().numBytes.
func (t *Tensor) Bytes() int64 {
	if t.DType == Complex64 || t.DType == String {
		return 0
	}
	return int64(t.Size()) * int64(t.DType.BytesPerElement())
}

// IsDisposed reports tensor.isDisposed.
func (t *Tensor) IsDisposed() bool { return t.disposed }

// Kept reports whether tf.keep exempted the tensor from scopes.
func (t *Tensor) Kept() bool { return t.kept }

// SharesData reports whether a and b view the same data buffer.
func SharesData(a, b *Tensor) bool { return a.data == b.data }

// SizeOf is tfjs's util.sizeFromShape.
func SizeOf(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}
