package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shape"
)

func (s *Shim) initShapeOps() {
	s.opx("reshape", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		return c.done(c.reshape(x, c.ints(1, "shape")))
	})
	s.method("reshapeAs", func(c *call) sobek.Value {
		x, y := c.anyTensor(0, "x"), c.anyTensor(1, "x")
		return c.done(c.reshape(x, y.Shape))
	})
	s.method("flatten", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		return c.done(c.reshape(x, []int{x.Size()}))
	})
	s.method("asScalar", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		if x.Size() != 1 {
			c.failf(engine.ShapeError, "The size of the tensor must be 1 to be cast to a scalar")
		}
		return c.done(c.reshape(x, []int{}))
	})
	s.method("as1D", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		return c.done(c.reshape(x, []int{-1}))
	})
	for r := 2; r <= 5; r++ {
		s.method("as"+itoa(r)+"D", func(c *call) sobek.Value {
			x := c.anyTensor(0, "x")
			dims := make([]int, r)
			for i := range dims {
				dims[i] = c.int(i+1, 0)
			}
			return c.done(c.reshape(x, dims))
		})
	}
	s.opx("expandDims", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		out, err := shape.ExpandDims(x.Shape, c.int(1, 0))
		if err != nil {
			c.fail(err)
		}
		return c.done(c.view(x, out, x.DType))
	})
	s.opx("squeeze", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		out, err := shape.Squeeze(x.Shape, c.axisArg(1))
		if err != nil {
			c.fail(err)
		}
		return c.done(c.view(x, out, x.DType))
	})
	s.opx("transpose", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		var perm []int
		if c.has(1) {
			perm = c.ints(1, "perm")
		}
		out, err := shape.Transpose(x.Shape, perm)
		if err != nil {
			c.fail(err)
		}
		return c.done(c.out(out, x.DType))
	})
	concat := func(c *call) sobek.Value {
		ts := c.tensorList(0, "tensors")
		if len(ts) == 0 {
			c.failf(engine.ValueError, "Pass at least one tensor to concat")
		}
		if len(ts) == 1 {
			return c.done(c.view(ts[0], ts[0].Shape, ts[0].DType))
		}
		shapes := make([][]int, len(ts))
		dt := ts[0].DType
		for i, t := range ts {
			shapes[i] = t.Shape
			if t.DType != dt {
				c.failf(engine.ValueError, "The dtypes of the tensors in concat must match")
			}
		}
		out, err := shape.Concat(shapes, c.int(1, 0))
		if err != nil {
			c.fail(err)
		}
		return c.done(c.out(out, dt))
	}
	s.opx("concat", concat)
	for r := 1; r <= 4; r++ {
		s.op("concat"+itoa(r)+"d", concat)
	}
	s.opx("stack", func(c *call) sobek.Value {
		ts := c.tensorList(0, "tensors")
		shapes := make([][]int, len(ts))
		for i, t := range ts {
			shapes[i] = t.Shape
		}
		out, err := shape.Stack(shapes, c.int(1, 0))
		if err != nil {
			c.fail(err)
		}
		return c.done(c.out(out, ts[0].DType))
	})
	s.opx("unstack", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		axes, err := shape.Axes([]int{c.int(1, 0)}, x.Rank())
		if err != nil {
			c.fail(err)
		}
		a := axes[0]
		part := shape.Reduce(x.Shape, axes, false)
		outs := make([]*engine.Tensor, x.Shape[a])
		for i := range outs {
			outs[i] = c.out(part, x.DType)
		}
		return c.finish(true, outs...)
	})
	s.opx("split", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		axes, err := shape.Axes([]int{c.int(2, 0)}, x.Rank())
		if err != nil {
			c.fail(err)
		}
		a := axes[0]
		var sizes []int
		if n, ok := intOf(c.arg(1)); ok {
			if n <= 0 || x.Shape[a]%n != 0 {
				c.failf(engine.ShapeError, "Number of splits must evenly divide the axis.")
			}
			for range n {
				sizes = append(sizes, x.Shape[a]/n)
			}
		} else {
			sizes = c.ints(1, "numOrSizeSplits")
			sum, neg := 0, -1
			for i, v := range sizes {
				if v == -1 {
					neg = i
				} else {
					sum += v
				}
			}
			if neg >= 0 {
				sizes[neg] = x.Shape[a] - sum
				sum = x.Shape[a]
			}
			if sum != x.Shape[a] {
				c.failf(engine.ShapeError, "The sum of sizes must match the size of the axis dimension.")
			}
		}
		outs := make([]*engine.Tensor, len(sizes))
		for i, n := range sizes {
			sh := append([]int{}, x.Shape...)
			sh[a] = n
			outs[i] = c.out(sh, x.DType)
		}
		return c.finish(true, outs...)
	})
	slice := func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		begin := c.ints(1, "begin")
		var size []int
		if c.has(2) {
			size = c.ints(2, "size")
		}
		if len(begin) == 1 && x.Rank() > 1 {
			begin = append(begin, make([]int, x.Rank()-1)...)
		}
		_, out, err := shape.Slice(x.Shape, begin, size)
		if err != nil {
			c.fail(err)
		}
		return c.done(c.out(out, x.DType))
	}
	s.opx("slice", slice)
	for r := 1; r <= 4; r++ {
		s.op("slice"+itoa(r)+"d", slice)
	}
	s.opx("gather", func(c *call) sobek.Value {
		x, idx := c.anyTensor(0, "x"), c.tensor(1, "indices")
		out, err := shape.Gather(x.Shape, idx.Shape, c.int(2, 0), c.int(3, 0))
		if err != nil {
			c.fail(err)
		}
		return c.done(c.out(out, x.DType))
	})
	s.opx("tile", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		out, err := shape.Tile(x.Shape, c.ints(1, "reps"))
		if err != nil {
			c.fail(err)
		}
		return c.done(c.out(out, x.DType))
	})
	pad := func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		pairs := c.pairs(1, "paddings")
		if x.Rank() == 1 && len(pairs) == 0 {
			pairs = [][2]int{{c.int(1, 0), c.int(2, 0)}}
		}
		out, err := shape.Pad(x.Shape, pairs)
		if err != nil {
			c.fail(err)
		}
		return c.done(c.out(out, x.DType))
	}
	s.opx("pad", pad)
	s.opx("mirrorPad", pad)
	for r := 2; r <= 4; r++ {
		s.op("pad"+itoa(r)+"d", pad)
	}
	s.op("pad1d", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		p := c.ints(1, "paddings")
		if len(p) != 2 {
			c.failf(engine.ValueError, "Invalid number of paddings. Must be length of 2.")
		}
		return c.done(c.out([]int{x.Shape[0] + p[0] + p[1]}, x.DType))
	})
	reverse := func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		return c.done(c.out(x.Shape, x.DType))
	}
	s.opx("reverse", reverse)
	for r := 1; r <= 4; r++ {
		s.op("reverse"+itoa(r)+"d", reverse)
	}
	s.opx("broadcastTo", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		want := c.ints(1, "shape")
		in := x.Shape
		for len(in) < len(want) {
			in = append([]int{1}, in...)
		}
		if len(in) > len(want) {
			c.failf(engine.ShapeError, "broadcastTo(): shape.length=%d < input.rank=%d.", len(want), x.Rank())
		}
		for i := range in {
			if in[i] != want[i] && in[i] != 1 {
				c.failf(engine.ShapeError, "broadcastTo(): [%s] cannot be broadcast to [%s].", engine.FormatShape(x.Shape), engine.FormatShape(want))
			}
		}
		return c.done(c.out(want, x.DType))
	})
	s.opx("depthToSpace", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		b := c.int(1, 1)
		if x.Rank() != 4 || x.Shape[3]%(b*b) != 0 {
			c.failf(engine.ShapeError, "Dimension size must be evenly divisible by %d but is %d for depthToSpace with input shape %s", b*b, x.Shape[len(x.Shape)-1], shape.String(x.Shape))
		}
		return c.done(c.out([]int{x.Shape[0], x.Shape[1] * b, x.Shape[2] * b, x.Shape[3] / (b * b)}, x.DType))
	})
	s.opx("stridedSlice", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		begin, end := c.ints(1, "begin"), c.ints(2, "end")
		strides := make([]int, x.Rank())
		for i := range strides {
			strides[i] = 1
		}
		if c.has(3) {
			copy(strides, c.ints(3, "strides"))
		}
		beginMask, endMask := c.int(4, 0), c.int(5, 0)
		out := make([]int, x.Rank())
		for i := range out {
			b, e, st := 0, x.Shape[i], strides[i]
			if i < len(begin) && beginMask&(1<<i) == 0 {
				b = clampIndex(begin[i], x.Shape[i])
			}
			if i < len(end) && endMask&(1<<i) == 0 {
				e = clampIndex(end[i], x.Shape[i])
			}
			if st == 0 {
				c.failf(engine.ValueError, "strides[%d] must be non-zero", i)
			}
			n := (e - b + st - 1) / st
			if st < 0 {
				n = (b - e - st - 1) / -st
			}
			out[i] = max(n, 0)
		}
		return c.done(c.out(out, x.DType))
	})
}

func clampIndex(i, n int) int {
	if i < 0 {
		i += n
	}
	return min(max(i, 0), n)
}

// reshape makes a view of x with shape (one -1 allowed).
func (c *call) reshape(x *engine.Tensor, want []int) *engine.Tensor {
	out, err := shape.Reshape(x.Shape, want)
	if err != nil {
		c.fail(err)
	}
	return c.view(x, out, x.DType)
}

// pairs reads [[before, after], ...].
func (c *call) pairs(i int, name string) [][2]int {
	v := c.arg(i)
	if !isArray(v) {
		return nil
	}
	var out [][2]int
	for _, p := range c.s.arrayItems(v) {
		ns, ok := c.s.ints(p)
		if !ok || len(ns) != 2 {
			c.failf(engine.ValueError, "Argument '%s' passed to '%s' must be an array of [before, after] pairs", name, c.api)
		}
		out = append(out, [2]int{ns[0], ns[1]})
	}
	return out
}
