package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shape"
)

func (s *Shim) initLinalgOps() {
	s.opx("matMul", func(c *call) sobek.Value {
		a, b := c.tensor(0, "a"), c.tensor(1, "b")
		return c.done(c.matMul(a, b, c.bool(2, false), c.bool(3, false)))
	})
	s.nsOp("fused", "matMul", func(c *call) sobek.Value {
		cfg := c.s.config(c.arg(0))
		a := c.fieldTensor(cfg, "a")
		b := c.fieldTensor(cfg, "b")
		if cfg.has("bias") {
			c.fieldTensor(cfg, "bias")
		}
		return c.done(c.matMul(a, b, cfg.bool("transposeA", false), cfg.bool("transposeB", false)))
	})
	s.opx("dot", func(c *call) sobek.Value {
		a, b := c.tensor(0, "t1"), c.tensor(1, "t2")
		if a.Rank() < 1 || a.Rank() > 2 || b.Rank() < 1 || b.Rank() > 2 {
			c.failf(engine.ValueError, "Error in dot: inputs must all be rank 1 or 2, but got ranks %d and %d.", a.Rank(), b.Rank())
		}
		ai := a.Shape[a.Rank()-1]
		bi := b.Shape[0]
		if ai != bi {
			c.failf(engine.ShapeError, "Error in dot: inner dimensions of inputs must match, but got %d and %d.", ai, bi)
		}
		var out []int
		switch {
		case a.Rank() == 1 && b.Rank() == 1:
			out = []int{}
		case a.Rank() == 1:
			out = []int{b.Shape[1]}
		case b.Rank() == 1:
			out = []int{a.Shape[0]}
		default:
			out = []int{a.Shape[0], b.Shape[1]}
		}
		dt, _ := engine.Upcast(a.DType, b.DType)
		return c.done(c.out(out, dt))
	})
	s.op("outerProduct", func(c *call) sobek.Value {
		a, b := c.tensor(0, "v1"), c.tensor(1, "v2")
		if a.Rank() != 1 || b.Rank() != 1 {
			c.failf(engine.ValueError, "Error in outerProduct: inputs must be rank 1, but got ranks %d and %d.", a.Rank(), b.Rank())
		}
		return c.done(c.out([]int{a.Shape[0], b.Shape[0]}, engine.Float32))
	})
	s.nsOp("linalg", "bandPart", func(c *call) sobek.Value {
		x := c.tensor(0, "a")
		return c.done(c.out(x.Shape, x.DType))
	})
	s.nsOp("linalg", "qr", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		if x.Rank() < 2 {
			c.failf(engine.ValueError, "qr() requires input tensor to have a rank >= 2, but got rank %d", x.Rank())
		}
		m, n := x.Shape[x.Rank()-2], x.Shape[x.Rank()-1]
		batch := x.Shape[:x.Rank()-2]
		k := m
		if c.bool(1, false) {
			k = min(m, n)
		}
		q := c.out(append(append([]int{}, batch...), m, k), engine.Float32)
		r := c.out(append(append([]int{}, batch...), k, n), engine.Float32)
		return c.finish(true, q, r)
	})
}

// matMul allocates the result of a (batched) matrix product.
func (c *call) matMul(a, b *engine.Tensor, ta, tb bool) *engine.Tensor {
	out, err := shape.MatMul(a.Shape, b.Shape, ta, tb)
	if err != nil {
		c.fail(err)
	}
	dt, err := engine.Upcast(a.DType, b.DType)
	if err != nil {
		c.fail(err)
	}
	return c.out(out, dt)
}

// fieldTensor converts a tensor field of a config argument.
func (c *call) fieldTensor(cfg cfg, key string) *engine.Tensor {
	v := cfg.get(key)
	if t := c.s.tensorOf(v); t == nil && !c.scoped {
		c.scoped = true
		c.s.E.StartScope(c.api)
	}
	t, err := c.s.convert(v, key, c.api, true, c.where())
	if err != nil {
		c.fail(err)
	}
	c.inputs = append(c.inputs, t)
	return t
}
