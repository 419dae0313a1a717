package engine

// tapeNode is one op recorded while a gradient tape is on.
type tapeNode struct {
	id      int
	name    string
	inputs  []*Tensor
	outputs []*Tensor
	saved   []*Tensor
	gradErr string // the error tfjs's gradient of this op throws, if any
}

// TapeOn reports whether ops are being recorded for gradients.
func (e *Engine) TapeOn() bool { return e.gradientDepth > 0 }

// Record adds an op to the tape when it is on. Like tfjs's kernels, it saves
// kept clones of save for the backward pass; they live until the gradient
// computation ends. gradErr is the error tfjs throws when it
// differentiates the op (none when empty).
func (e *Engine) Record(name string, inputs, outputs, save []*Tensor, gradErr string) {
	if !e.TapeOn() {
		return
	}
	n := &tapeNode{id: e.nextTapeID, name: name, inputs: inputs, outputs: outputs, gradErr: gradErr}
	e.nextTapeID++
	for _, t := range save {
		c := e.Share(t, t.Shape, t.DType, t.Site)
		e.Keep(c)
		n.saved = append(n.saved, c)
	}
	e.tape = append(e.tape, n)
}

// Gradients is engine.gradients: run f with the tape on inside a "forward"
// tidy, then, inside a "backward" tidy, make one gradient per x that y
// depends on (nil for the others) and drop the tape's saved tensors. The
// gradients are float32 tensors shaped like their x. Every intermediate of
// the backward pass is allocated and disposed by the tidy, so the memory
// high-water mark sees them.
func (e *Engine) Gradients(f func() (*Tensor, error), xs []*Tensor, dy *Tensor, allowNoGradients bool, site *Site) (*Tensor, []*Tensor, error) {
	if len(xs) == 0 {
		return nil, nil, Errorf(ValueError, "gradients() received an empty list of xs.")
	}
	if dy != nil && dy.DType != Float32 {
		return nil, nil, Errorf(ValueError, "dy must have 'float32' dtype, but has '%s'", dy.DType)
	}
	if e.gradientDepth == 0 {
		e.tape = nil
		if e.OnGradients != nil {
			e.OnGradients()
		}
	}
	e.gradientDepth++
	var y *Tensor
	_, err := e.Tidy("forward", func() ([]*Tensor, error) {
		var err error
		y, err = f()
		if err != nil || y == nil {
			return nil, err
		}
		return []*Tensor{y}, nil
	})
	e.gradientDepth--
	if err != nil {
		e.dropTape()
		return nil, nil, err
	}
	if y == nil {
		e.dropTape()
		return nil, nil, Errorf(ValueError, "The result y returned by f() must be a tensor.")
	}
	filtered, fromX := filterTape(e.tape, xs, y)
	if !allowNoGradients && len(filtered) == 0 {
		e.dropTape()
		return nil, nil, Errorf(ValueError, "Cannot compute gradient of y=f(x) with respect to x. Make sure that the f you passed encloses all operations that lead from x to y.")
	}
	var grads []*Tensor
	_, err = e.Tidy("backward", func() ([]*Tensor, error) {
		acc := map[int]*Tensor{}
		if dy != nil {
			acc[y.ID] = dy
		} else {
			acc[y.ID] = e.NewTensor(y.Shape, Float32, site)
		}
		for i := len(filtered) - 1; i >= 0; i-- {
			n := filtered[i]
			if n.gradErr != "" {
				return nil, Errorf(NotImplemented, "%s", n.gradErr)
			}
			for _, in := range n.inputs {
				if !fromX[in.ID] {
					continue
				}
				dx := e.NewTensor(in.Shape, Float32, site)
				if cur := acc[in.ID]; cur != nil {
					sum := e.NewTensor(in.Shape, Float32, site)
					e.Dispose(cur)
					dx = sum
				}
				acc[in.ID] = dx
			}
		}
		grads = make([]*Tensor, len(xs))
		var keep []*Tensor
		for i, x := range xs {
			grads[i] = acc[x.ID]
			if grads[i] != nil {
				keep = append(keep, grads[i])
			}
		}
		if e.gradientDepth == 0 {
			e.dropTape()
		}
		return append(keep, y), nil
	})
	if err != nil {
		e.dropTape()
		return nil, nil, err
	}
	return y, grads, nil
}

// dropTape disposes the saved tensors and forgets the tape.
func (e *Engine) dropTape() {
	if e.gradientDepth > 0 {
		return
	}
	for _, n := range e.tape {
		for _, t := range n.saved {
			e.Dispose(t)
		}
	}
	e.tape = nil
}

// filterTape is tape.getFilteredNodesXToY: the nodes on a path from some x
// to y, and the tensors computed from an x.
func filterTape(tape []*tapeNode, xs []*Tensor, y *Tensor) ([]*tapeNode, map[int]bool) {
	fromX := map[int]bool{}
	for _, x := range xs {
		fromX[x.ID] = true
	}
	nodeFromX := map[int]bool{}
	for _, n := range tape {
		for _, in := range n.inputs {
			if fromX[in.ID] {
				for _, o := range n.outputs {
					fromX[o.ID] = true
				}
				nodeFromX[n.id] = true
				break
			}
		}
	}
	toY := map[int]bool{y.ID: true}
	nodeToY := map[int]bool{}
	for i := len(tape) - 1; i >= 0; i-- {
		n := tape[i]
		for _, o := range n.outputs {
			if toY[o.ID] {
				for _, in := range n.inputs {
					toY[in.ID] = true
					nodeToY[n.id] = true
				}
				break
			}
		}
	}
	var out []*tapeNode
	for _, n := range tape {
		if nodeFromX[n.id] && nodeToY[n.id] {
			out = append(out, n)
		}
	}
	return out, fromX
}
