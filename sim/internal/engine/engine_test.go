package engine

import "testing"

func TestScopesCountLikeTfjs(t *testing.T) {
	e := New()
	a := e.NewTensor([]int{2, 3}, Float32, nil)
	res, err := e.Tidy("outer", func() ([]*Tensor, error) {
		b := e.NewTensor([]int{2, 3}, Float32, nil)
		e.Share(b, []int{6}, Float32, nil) // a reshape: same buffer
		kept := e.Keep(e.NewTensor([]int{4}, Int32, nil))
		_ = kept
		return []*Tensor{e.NewTensor([]int{1}, Float32, nil)}, nil
	})
	if err != nil || len(res) != 1 {
		t.Fatal(res, err)
	}
	m := e.Memory()
	// a, the kept int32 and the result survive.
	if m.NumTensors != 3 || m.NumBytes != 24+16+4 || m.NumDataBuffers != 3 {
		t.Errorf("after tidy: %+v", m)
	}
	e.Dispose(a)
	e.Dispose(a) // twice is a no-op, as in tfjs
	if m := e.Memory(); m.NumTensors != 2 || m.NumBytes != 20 {
		t.Errorf("after dispose: %+v", m)
	}
}

func TestSharedBufferCountsPerTensor(t *testing.T) {
	e := New()
	a := e.NewTensor([]int{10}, Float32, nil)
	b := e.Share(a, []int{2, 5}, Float32, nil)
	// tfjs counts bytes per tensor but buffers once.
	if m := e.Memory(); m.NumTensors != 2 || m.NumBytes != 80 || m.NumDataBuffers != 1 {
		t.Errorf("shared: %+v", m)
	}
	e.Dispose(a)
	if m := e.Memory(); m.NumDataBuffers != 1 || m.NumBytes != 40 {
		t.Errorf("one view left: %+v", m)
	}
	e.Dispose(b)
	if m := e.Memory(); m.NumDataBuffers != 0 || m.NumTensors != 0 || m.NumBytes != 0 {
		t.Errorf("all gone: %+v", m)
	}
}

func TestVariablesSurviveScopes(t *testing.T) {
	e := New()
	var v *Tensor
	e.Tidy("t", func() ([]*Tensor, error) {
		init := e.NewTensor([]int{3}, Float32, nil)
		var err error
		v, err = e.MakeVariable(init, true, "w", Float32, nil)
		return nil, err
	})
	if v == nil || e.Variable("w") != v {
		t.Fatal("variable not registered")
	}
	if _, err := e.MakeVariable(e.NewTensor([]int{3}, Float32, nil), true, "w", Float32, nil); err == nil {
		t.Error("a second variable named w did not fail")
	}
	if m := e.Memory(); m.NumTensors < 1 {
		t.Errorf("the variable was disposed by the scope: %+v", m)
	}
}

func TestGradientsShapes(t *testing.T) {
	e := New()
	x := e.NewTensor([]int{4, 3}, Float32, nil)
	w := e.NewTensor([]int{3, 2}, Float32, nil)
	unused := e.NewTensor([]int{5}, Float32, nil)
	before := e.Memory()
	y, grads, err := e.Gradients(func() (*Tensor, error) {
		out := e.NewTensor([]int{4, 2}, Float32, nil)
		e.Record("MatMul", []*Tensor{x, w}, []*Tensor{out}, []*Tensor{x, w}, "")
		return out, nil
	}, []*Tensor{w, unused}, nil, true, nil)
	if err != nil {
		t.Fatal(err)
	}
	if grads[0] == nil || grads[0].Shape[0] != 3 || grads[0].Shape[1] != 2 {
		t.Errorf("grad of w: %+v", grads[0])
	}
	if grads[1] != nil {
		t.Error("a gradient for a tensor y does not depend on")
	}
	// y and one gradient survive; the saved tensors are gone.
	after := e.Memory()
	if after.NumTensors != before.NumTensors+2 {
		t.Errorf("tensors %d -> %d (y %v)", before.NumTensors, after.NumTensors, y.Shape)
	}
}

func TestGradientErrorOfOp(t *testing.T) {
	e := New()
	x := e.NewTensor([]int{1, 4, 4, 1}, Float32, nil)
	_, _, err := e.Gradients(func() (*Tensor, error) {
		out := e.NewTensor([]int{1, 2, 2, 1}, Float32, nil)
		e.Record("Conv2D", []*Tensor{x}, []*Tensor{out}, nil, "no dilated gradients")
		return out, nil
	}, []*Tensor{x}, nil, false, nil)
	if err == nil || err.Error() != "no dilated gradients" {
		t.Errorf("err = %v", err)
	}
	if e.TapeOn() || e.ScopeDepth() != 0 {
		t.Error("the tape or a scope is left open after a failed gradient")
	}
}
