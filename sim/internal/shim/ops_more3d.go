package shim

import (
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shape"
)

// triple reads a number or [d, h, w] argument.
func (c *call) triple(i int, name string, def int) [3]int {
	if !c.has(i) {
		return [3]int{def, def, def}
	}
	v := c.ints(i, name)
	switch len(v) {
	case 1:
		return [3]int{v[0], v[0], v[0]}
	case 3:
		return [3]int{v[0], v[1], v[2]}
	}
	c.failf(engine.ValueError, "Argument '%s' passed to '%s' must be a number or three numbers", name, c.api)
	return [3]int{}
}

// spatial3D is the output depth, height and width of a 3-D conv or pool.
func (c *call) spatial3D(in []int, f, s [3]int, pad shape.Padding) [3]int {
	var out [3]int
	for i := range 3 {
		var err error
		if out[i], _, err = shape.Spatial2D(in[i], 1, f[i], 1, s[i], 1, pad, ""); err != nil {
			c.fail(err)
		}
	}
	return out
}

func (s *Shim) initMoreOps3D() {
	batched5 := func(c *call, x *engine.Tensor, op string) ([]int, bool) {
		switch x.Rank() {
		case 5:
			return x.Shape, false
		case 4:
			return append([]int{1}, x.Shape...), true
		}
		c.failf(engine.ShapeError, "Error in %s: input must be rank 5, but got rank %d.", op, x.Rank())
		return nil, false
	}
	s.op("conv3d", func(c *call) sobek.Value {
		x, f := c.tensor(0, "x"), c.tensor(1, "filter")
		in, was4 := batched5(c, x, "conv3d")
		if f.Rank() != 5 || in[4] != f.Shape[3] {
			c.failf(engine.ShapeError, "Error in conv3d: depth of input (%d) must match input depth for filter %d.", in[4], f.Shape[min(3, f.Rank()-1)])
		}
		out := c.spatial3D(in[1:4], [3]int{f.Shape[0], f.Shape[1], f.Shape[2]}, c.triple(2, "strides", 1), c.padArg(3))
		return c.done(c.out(unbatch([]int{in[0], out[0], out[1], out[2], f.Shape[4]}, was4), engine.Float32))
	})
	s.op("conv3dTranspose", func(c *call) sobek.Value {
		x, f := c.tensor(0, "x"), c.tensor(1, "filter")
		out := c.ints(2, "outputShape")
		_, was4 := batched5(c, x, "conv3dTranspose")
		if len(out) == 4 {
			out = append([]int{1}, out...)
		}
		if f.Rank() != 5 || len(out) != 5 {
			c.failf(engine.ShapeError, "Error in conv3dDerInput: filter must be rank 5 and outputShape length 5")
		}
		return c.done(c.out(unbatch(out, was4), engine.Float32))
	})
	pool3d := func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		in, was4 := batched5(c, x, c.api)
		out := c.spatial3D(in[1:4], c.triple(1, "filterSize", 1), c.triple(2, "strides", 1), c.padArg(3))
		return c.done(c.out(unbatch([]int{in[0], out[0], out[1], out[2], in[4]}, was4), engine.Float32))
	}
	s.op("maxPool3d", pool3d)
	s.op("avgPool3d", pool3d)
	s.opx("dilation2d", func(c *call) sobek.Value {
		x, f := c.tensor(0, "x"), c.tensor(1, "filter")
		in, was3 := c.batched4(x, "dilation2d")
		if f.Rank() != 3 || f.Shape[2] != in[3] {
			c.failf(engine.ShapeError, "Error in dilation2d: input and filter must have the same depth: %d vs %d", in[3], f.Shape[min(2, f.Rank()-1)])
		}
		sh, sw := c.pair2(2, "strides", 1)
		dh, dw := c.pair2(5, "dilations", 1)
		oh, ow, err := shape.Spatial2D(in[1], in[2], shape.EffectiveFilter(f.Shape[0], dh), shape.EffectiveFilter(f.Shape[1], dw), sh, sw, c.padArg(3), "")
		if err != nil {
			c.fail(err)
		}
		return c.done(c.out(unbatch([]int{in[0], oh, ow, in[3]}, was3), x.DType))
	})
	s.op("einsum", func(c *call) sobek.Value {
		eq := c.str(0, "")
		var ts []*engine.Tensor
		for i := 1; i < len(c.args); i++ {
			ts = append(ts, c.tensor(i, "tensors"))
		}
		out, err := einsumShape(eq, ts)
		if err != nil {
			c.fail(err)
		}
		return c.done(c.out(out, engine.Float32))
	})
	s.op("inTopKAsync", func(c *call) sobek.Value {
		p := c.tensor(0, "predictions")
		c.tensor(1, "targets")
		if p.Rank() < 1 {
			c.failf(engine.ValueError, "inTopK() expects the predictions to be of rank 1 or higher")
		}
		t := c.out(p.Shape[:p.Rank()-1], engine.Bool)
		v := c.done(t)
		return s.async(func(*async.Task) (sobek.Value, error) { return v, nil })
	})
	s.nsOp("linalg", "gramSchmidt", func(c *call) sobek.Value {
		if isArray(c.arg(0)) {
			xs := c.tensorList(0, "xs")
			outs := make([]*engine.Tensor, len(xs))
			for i, x := range xs {
				outs[i] = c.out(x.Shape, engine.Float32)
			}
			return c.finish(true, outs...)
		}
		x := c.tensor(0, "xs")
		return c.done(c.out(x.Shape, engine.Float32))
	})
}

// einsumShape is the output shape of an explicit einsum equation
// ("ij,jk->ik"); every label must have one size.
func einsumShape(eq string, ts []*engine.Tensor) ([]int, error) {
	lhs, rhs, ok := strings.Cut(strings.ReplaceAll(eq, " ", ""), "->")
	if !ok || strings.Contains(eq, "...") {
		return nil, engine.Errorf(engine.NotImplemented, "Equations without an arrow are not supported.")
	}
	terms := strings.Split(lhs, ",")
	if len(terms) != len(ts) {
		return nil, engine.Errorf(engine.ValueError, "Expected %d input tensors, received %d", len(terms), len(ts))
	}
	size := map[rune]int{}
	for i, term := range terms {
		if len([]rune(term)) != ts[i].Rank() {
			return nil, engine.Errorf(engine.ShapeError, "Expected %d dimensions in input %d, but the tensor has rank %d", len(term), i, ts[i].Rank())
		}
		for j, r := range []rune(term) {
			if d, ok := size[r]; ok && d != ts[i].Shape[j] {
				return nil, engine.Errorf(engine.ShapeError, "Expected dimension %d at axis %d of input shaped %s, but got dimension %d", d, j, shape.String(ts[i].Shape), ts[i].Shape[j])
			}
			size[r] = ts[i].Shape[j]
		}
	}
	out := []int{}
	for _, r := range rhs {
		d, ok := size[r]
		if !ok {
			return nil, engine.Errorf(engine.ValueError, "Output subscripts contain the label %c not present in the input subscripts.", r)
		}
		out = append(out, d)
	}
	return out, nil
}
