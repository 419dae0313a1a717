package shim

import (
	"fmt"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shape"
)

// padArg reads a conv/pool padding argument.
func (c *call) padArg(i int) shape.Padding {
	v := c.arg(i)
	if n, ok := intOf(v); ok {
		if n == 0 {
			return shape.Padding{Mode: "valid"}
		}
		return shape.Padding{Mode: "number", N: n}
	}
	if isArray(v) {
		pairs := c.pairs(i, "pad")
		if len(pairs) == 4 {
			return shape.Padding{Mode: "explicit", Explicit: pairs[1:3]}
		}
		c.failf(engine.ValueError, "Unknown padding parameter: %s", v.String())
	}
	p := c.str(i, "valid")
	if p != "same" && p != "valid" {
		c.failf(engine.ValueError, "Unknown padding parameter: %s", p)
	}
	return shape.Padding{Mode: p}
}

// pair2 reads a number or [a, b] argument.
func (c *call) pair2(i int, name string, def int) (int, int) {
	if !c.has(i) {
		return def, def
	}
	v := c.ints(i, name)
	if len(v) == 1 {
		return v[0], v[0]
	}
	if len(v) != 2 {
		c.failf(engine.ValueError, "Argument '%s' passed to '%s' must be a number or a pair of numbers", name, c.api)
	}
	return v[0], v[1]
}

// batched4 turns a rank-3 image into a batch of one; unbatch undoes it.
func (c *call) batched4(x *engine.Tensor, op string) ([]int, bool) {
	switch x.Rank() {
	case 4:
		return x.Shape, false
	case 3:
		return append([]int{1}, x.Shape...), true
	}
	c.failf(engine.ShapeError, "Error in %s: input must be rank 4, but got rank %d.", op, x.Rank())
	return nil, false
}

func unbatch(shape []int, was3 bool) []int {
	if was3 {
		return shape[1:]
	}
	return shape
}

func (s *Shim) initConvOps() {
	conv2d := func(c *call, x, f *engine.Tensor, si, pi, dfi, di, ri int) *engine.Tensor {
		in, was3 := c.batched4(x, "conv2d")
		if f.Rank() != 4 {
			c.failf(engine.ShapeError, "Error in conv2d: filter must be rank 4, but got rank %d.", f.Rank())
		}
		nchw := c.str(dfi, "NHWC") == "NCHW"
		h, w, depth := in[1], in[2], in[3]
		if nchw {
			h, w, depth = in[2], in[3], in[1]
		}
		if depth != f.Shape[2] {
			c.failf(engine.ShapeError, "Error in conv2d: depth of input (%d) must match input depth for filter %d.", depth, f.Shape[2])
		}
		sh, sw := c.pair2(si, "strides", 1)
		dh, dw := c.pair2(di, "dilations", 1)
		if dh > 1 || dw > 1 {
			c.gradErr = fmt.Sprintf("Error in gradient of conv2D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '%d,%d'", dh, dw)
		}
		if (sh > 1 || sw > 1) && (dh > 1 || dw > 1) {
			c.failf(engine.ValueError, "Error in conv2D: Either strides or dilations must be 1. Got strides %d and dilations '%d'", sh, dh)
		}
		oh, ow, err := shape.Spatial2D(h, w, shape.EffectiveFilter(f.Shape[0], dh), shape.EffectiveFilter(f.Shape[1], dw), sh, sw, c.padArg(pi), c.str(ri, ""))
		if err != nil {
			c.fail(err)
		}
		out := []int{in[0], oh, ow, f.Shape[3]}
		if nchw {
			out = []int{in[0], f.Shape[3], oh, ow}
		}
		return c.out(unbatch(out, was3), engine.Float32)
	}
	s.opx("conv2d", func(c *call) sobek.Value {
		x, f := c.tensor(0, "x"), c.tensor(1, "filter")
		return c.done(conv2d(c, x, f, 2, 3, 4, 5, 6))
	})
	s.nsOp("fused", "conv2d", func(c *call) sobek.Value {
		cfg := c.s.config(c.arg(0))
		x, f := c.fieldTensor(cfg, "x"), c.fieldTensor(cfg, "filter")
		c.args = []sobek.Value{nil, nil, cfg.get("strides"), cfg.get("pad"), cfg.get("dataFormat"), cfg.get("dilations"), cfg.get("dimRoundingMode")}
		return c.done(conv2d(c, x, f, 2, 3, 4, 5, 6))
	})
	s.opx("conv1d", func(c *call) sobek.Value {
		x, f := c.tensor(0, "x"), c.tensor(1, "filter")
		in := x.Shape
		was2 := false
		if x.Rank() == 2 {
			in, was2 = append([]int{1}, x.Shape...), true
		} else if x.Rank() != 3 {
			c.failf(engine.ShapeError, "Error in conv1d: input must be rank 3, but got rank %d.", x.Rank())
		}
		if f.Rank() != 3 {
			c.failf(engine.ShapeError, "Error in conv1d: filter must be rank 3, but got rank %d.", f.Rank())
		}
		if in[2] != f.Shape[1] {
			c.failf(engine.ShapeError, "Error in conv1d: depth of input (%d) must match input depth for filter %d.", in[2], f.Shape[1])
		}
		stride, dil := c.int(2, 1), c.int(5, 1)
		if dil > 1 {
			c.gradErr = fmt.Sprintf("Error in gradient of conv2D: dilation rates greater than 1 are not yet supported in gradients. Got dilations '1,%d'", dil)
		}
		_, ow, err := shape.Spatial2D(1, in[1], 1, shape.EffectiveFilter(f.Shape[0], dil), 1, stride, c.padArg(3), c.str(6, ""))
		if err != nil {
			c.fail(err)
		}
		out := []int{in[0], ow, f.Shape[2]}
		if was2 {
			out = out[1:]
		}
		return c.done(c.out(out, engine.Float32))
	})
	depthwise := func(c *call, x, f *engine.Tensor, si, pi, di, ri int) *engine.Tensor {
		in, was3 := c.batched4(x, "depthwiseConv2d")
		if f.Rank() != 4 {
			c.failf(engine.ShapeError, "Error in depthwiseConv2d: filter must be rank 4, but got rank %d.", f.Rank())
		}
		if in[3] != f.Shape[2] {
			c.failf(engine.ShapeError, "Error in depthwiseConv2d: number of input channels (%d) must match the inChannels dimension in filter %d.", in[3], f.Shape[2])
		}
		sh, sw := c.pair2(si, "strides", 1)
		dh, dw := c.pair2(di, "dilations", 1)
		if dh > 1 || dw > 1 {
			c.gradErr = fmt.Sprintf("Error in gradient of depthwiseConv2dNative: dilation rates greater than 1 are not yet supported. Got dilations '%d,%d'", dh, dw)
		}
		oh, ow, err := shape.Spatial2D(in[1], in[2], shape.EffectiveFilter(f.Shape[0], dh), shape.EffectiveFilter(f.Shape[1], dw), sh, sw, c.padArg(pi), c.str(ri, ""))
		if err != nil {
			c.fail(err)
		}
		return c.out(unbatch([]int{in[0], oh, ow, in[3] * f.Shape[3]}, was3), engine.Float32)
	}
	s.opx("depthwiseConv2d", func(c *call) sobek.Value {
		x, f := c.tensor(0, "x"), c.tensor(1, "filter")
		return c.done(depthwise(c, x, f, 2, 3, 5, 6))
	})
	s.nsOp("fused", "depthwiseConv2d", func(c *call) sobek.Value {
		cfg := c.s.config(c.arg(0))
		x, f := c.fieldTensor(cfg, "x"), c.fieldTensor(cfg, "filter")
		c.args = []sobek.Value{nil, nil, cfg.get("strides"), cfg.get("pad"), nil, cfg.get("dilations"), cfg.get("dimRoundingMode")}
		return c.done(depthwise(c, x, f, 2, 3, 5, 6))
	})
	s.opx("separableConv2d", func(c *call) sobek.Value {
		x, df, pf := c.tensor(0, "x"), c.tensor(1, "depthwiseFilter"), c.tensor(2, "pointwiseFilter")
		in, was3 := c.batched4(x, "separableConv2d")
		if df.Rank() != 4 || pf.Rank() != 4 {
			c.failf(engine.ShapeError, "Error in separableConv2d: filters must be rank 4.")
		}
		if in[3] != df.Shape[2] {
			c.failf(engine.ShapeError, "Error in separableConv2d: number of input channels (%d) must match the inChannels dimension in depthwise filter %d.", in[3], df.Shape[2])
		}
		if pf.Shape[0] != 1 || pf.Shape[1] != 1 {
			c.failf(engine.ShapeError, "Error in separableConv2d: pointwise filter must be [1, 1, inChannels * channelMultiplier, outChannels], but got shape %s.", shape.String(pf.Shape))
		}
		if pf.Shape[2] != in[3]*df.Shape[3] {
			c.failf(engine.ShapeError, "Error in separableConv2d: the third dimension of point-wise filter must be %d, but got %d.", in[3]*df.Shape[3], pf.Shape[2])
		}
		sh, sw := c.pair2(3, "strides", 1)
		dh, dw := c.pair2(5, "dilation", 1)
		if dh > 1 || dw > 1 {
			c.gradErr = fmt.Sprintf("Error in gradient of depthwiseConv2dNative: dilation rates greater than 1 are not yet supported. Got dilations '%d,%d'", dh, dw)
		}
		oh, ow, err := shape.Spatial2D(in[1], in[2], shape.EffectiveFilter(df.Shape[0], dh), shape.EffectiveFilter(df.Shape[1], dw), sh, sw, c.padArg(4), "")
		if err != nil {
			c.fail(err)
		}
		return c.done(c.out(unbatch([]int{in[0], oh, ow, pf.Shape[3]}, was3), engine.Float32))
	})
	s.opx("conv2dTranspose", func(c *call) sobek.Value {
		x, f := c.tensor(0, "x"), c.tensor(1, "filter")
		out := c.ints(2, "outputShape")
		in, was3 := c.batched4(x, "conv2dTranspose")
		if len(out) == 3 {
			out = append([]int{in[0]}, out...)
		}
		if len(out) != 4 {
			c.failf(engine.ValueError, "Error in conv2dDerInput: inShape must be length 4, but got length %d.", len(out))
		}
		if f.Rank() != 4 {
			c.failf(engine.ShapeError, "Error in conv2dDerInput: filter must be rank 4, but got rank %d", f.Rank())
		}
		if in[3] != f.Shape[3] {
			c.failf(engine.ShapeError, "Error in conv2dDerInput: depth of input (%d) must match input depth for filter %d.", in[3], f.Shape[3])
		}
		if out[3] != f.Shape[2] {
			c.failf(engine.ShapeError, "Error in conv2dDerInput: depth of output (%d) must match output depth for filter %d.", out[3], f.Shape[2])
		}
		return c.done(c.out(unbatch(out, was3), engine.Float32))
	})
	pool := func(name string, floatOut bool) opFunc {
		return func(c *call) sobek.Value {
			x := c.tensor(0, "x")
			in, was3 := c.batched4(x, name)
			fh, fw := c.pair2(1, "filterSize", 1)
			sh, sw := c.pair2(2, "strides", 1)
			oh, ow, err := shape.Spatial2D(in[1], in[2], fh, fw, sh, sw, c.padArg(3), c.str(4, ""))
			if err != nil {
				c.fail(err)
			}
			dt := x.DType
			if floatOut {
				dt = engine.Float32
			}
			return c.done(c.out(unbatch([]int{in[0], oh, ow, in[3]}, was3), dt))
		}
	}
	s.opx("maxPool", pool("maxPool", false))
	s.opx("avgPool", pool("avgPool", true))
	s.opx("pool", func(c *call) sobek.Value {
		x := c.tensor(0, "input")
		in, was3 := c.batched4(x, "pool")
		fh, fw := c.pair2(1, "windowShape", 1)
		dh, dw := c.pair2(4, "dilations", 1)
		sh, sw := c.pair2(5, "strides", 1)
		oh, ow, err := shape.Spatial2D(in[1], in[2], shape.EffectiveFilter(fh, dh), shape.EffectiveFilter(fw, dw), sh, sw, c.padArg(3), c.str(6, ""))
		if err != nil {
			c.fail(err)
		}
		return c.done(c.out(unbatch([]int{in[0], oh, ow, in[3]}, was3), engine.Float32))
	})
	s.op("maxPoolWithArgmax", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		in, _ := c.batched4(x, "maxPoolWithArgmax")
		fh, fw := c.pair2(1, "filterSize", 1)
		sh, sw := c.pair2(2, "strides", 1)
		oh, ow, err := shape.Spatial2D(in[1], in[2], fh, fw, sh, sw, c.padArg(3), "")
		if err != nil {
			c.fail(err)
		}
		out := []int{in[0], oh, ow, in[3]}
		res, idx := c.out(out, x.DType), c.out(out, engine.Int32)
		c.finish(true, res, idx)
		o := c.s.rt.NewObject()
		_ = o.Set("result", c.s.wrap(res))
		_ = o.Set("indexes", c.s.wrap(idx))
		return o
	})
	batchNorm := func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		c.tensor(1, "mean")
		c.tensor(2, "variance")
		c.optTensor(3, "offset")
		c.optTensor(4, "scale")
		return c.done(c.out(x.Shape, engine.Float32))
	}
	s.opx("batchNorm", batchNorm)
	for r := 2; r <= 4; r++ {
		s.op("batchNorm"+itoa(r)+"d", batchNorm)
	}
	s.opx("localResponseNormalization", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		if x.Rank() != 4 && x.Rank() != 3 {
			c.failf(engine.ShapeError, "Error in localResponseNormalization: x must be rank 3 or 4 but got rank %d.", x.Rank())
		}
		return c.done(c.out(x.Shape, engine.Float32))
	})
}
