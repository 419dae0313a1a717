package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shape"
)

// axisArg reads an optional axis argument (number or array); nil = all.
func (c *call) axisArg(i int) []int {
	if !c.has(i) {
		return nil
	}
	return c.ints(i, "axis")
}

// reduceOps keep dims per keepDims (argument 2) and compute their dtype.
var reduceOps = map[string]dtypeRule{
	"sum": engine.SumOutType, "prod": engine.SumOutType, "mean": toFloat, "max": keepType, "min": keepType,
	"all": toBool, "any": toBool, "logSumExp": toFloat, "euclideanNorm": toFloat,
}

func (s *Shim) initReductionOps() {
	for name, rule := range reduceOps {
		s.opx(name, func(c *call) sobek.Value {
			x := c.tensor(0, "x")
			out := c.reduced(x, c.axisArg(1), c.bool(2, false))
			return c.done(c.out(out, rule(x.DType)))
		})
	}
	s.opx("norm", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		return c.done(c.out(c.reduced(x, c.axisArg(2), c.bool(3, false)), engine.Float32))
	})
	for _, name := range []string{"argMax", "argMin"} {
		s.opx(name, func(c *call) sobek.Value {
			x := c.tensor(0, "x")
			axes, err := shape.Axes([]int{c.int(1, 0)}, x.Rank())
			if err != nil {
				c.fail(err)
			}
			return c.done(c.out(shape.Reduce(x.Shape, axes, false), engine.Int32))
		})
	}
	s.op("moments", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		out := c.reduced(x, c.axisArg(1), c.bool(2, false))
		mean, variance := c.out(out, engine.Float32), c.out(out, engine.Float32)
		c.finish(true, mean, variance)
		o := c.s.rt.NewObject()
		_ = o.Set("mean", c.s.wrap(mean))
		_ = o.Set("variance", c.s.wrap(variance))
		return o
	})
	s.opx("topk", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		k := c.int(1, 1)
		if x.Rank() == 0 {
			c.failf(engine.ValueError, "topk() expects the input to be of rank 1 or higher")
		}
		last := x.Shape[x.Rank()-1]
		if k < 0 || k > last {
			c.failf(engine.ValueError, "'k' passed to topk() must be >= 0 and <= the last dimension (%d) but got %d", last, k)
		}
		out := append(append([]int{}, x.Shape[:x.Rank()-1]...), k)
		values, indices := c.out(out, x.DType), c.out(out, engine.Int32)
		c.finish(true, values, indices)
		o := c.s.rt.NewObject()
		_ = o.Set("values", c.s.wrap(values))
		_ = o.Set("indices", c.s.wrap(indices))
		return o
	})
}

// reduced is the shape after reducing x over axis.
func (c *call) reduced(x *engine.Tensor, axis []int, keepDims bool) []int {
	axes, err := shape.Axes(axis, x.Rank())
	if err != nil {
		c.fail(err)
	}
	return shape.Reduce(x.Shape, axes, keepDims)
}
