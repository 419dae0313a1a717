package shim

import (
	"math"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// opx defines tf.name and, when tfjs has it, the Tensor method too.
func (s *Shim) opx(name string, fn opFunc) {
	s.op(name, fn)
	if _, ok := tfapi.Lookup("Tensor." + name); ok {
		s.method(name, fn)
	}
}

func (s *Shim) initOps() {
	s.initCreationOps()
	s.initRandomOps()
	s.initElementwiseOps()
	s.initReductionOps()
	s.initShapeOps()
	s.initLinalgOps()
	s.initConvOps()
	s.initImageOps()
	s.initLossOps()
	s.initMoreOps()
	s.initMoreOps3D()
}

// shapeArg reads a shape argument and checks it is non-negative integers.
func (c *call) shapeArg(i int) []int {
	v := c.arg(i)
	shape, ok := c.s.ints(v)
	if !ok || !isArray(v) && !isNumber(v) {
		c.failf(engine.ValueError, "Error creating a new Tensor. Tensor dimensions must be an array of integers")
	}
	for _, d := range shape {
		if d < 0 {
			c.failf(engine.ValueError, "Tensor must have a shape comprised of positive integers but got shape [%s].", engine.FormatShape(shape))
		}
	}
	return shape
}

func (s *Shim) initCreationOps() {
	s.op("tensor", func(c *call) sobek.Value { return c.tensorN(-1) })
	s.op("scalar", func(c *call) sobek.Value { return c.tensorN(0) })
	for r := 1; r <= 6; r++ {
		s.op("tensor"+itoa(r)+"d", func(c *call) sobek.Value { return c.tensorN(r) })
	}
	s.op("zeros", func(c *call) sobek.Value { return c.done(c.out(c.shapeArg(0), c.dtype(1, engine.Float32))) })
	s.op("ones", func(c *call) sobek.Value { return c.done(c.out(c.shapeArg(0), c.dtype(1, engine.Float32))) })
	s.op("fill", func(c *call) sobek.Value {
		dt := engine.Float32
		if _, ok := c.arg(1).Export().(string); ok {
			dt = engine.String
		}
		return c.done(c.out(c.shapeArg(0), c.dtype(2, dt)))
	})
	like := func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		return c.done(c.out(x.Shape, x.DType))
	}
	s.opx("zerosLike", like)
	s.opx("onesLike", like)
	s.op("eye", func(c *call) sobek.Value {
		rows := c.int(0, 0)
		cols := c.int(1, rows)
		shape := []int{rows, cols}
		if b, ok := c.s.ints(c.arg(2)); ok && c.has(2) {
			shape = append(b, rows, cols)
		}
		return c.done(c.out(shape, c.dtype(3, engine.Float32)))
	})
	s.op("linspace", func(c *call) sobek.Value {
		n := c.int(2, 0)
		if n <= 0 {
			c.failf(engine.ValueError, "The number of values should be positive.")
		}
		return c.done(c.out([]int{n}, engine.Float32))
	})
	s.op("range", func(c *call) sobek.Value {
		start, stop, step := c.float(0, 0), c.float(1, math.NaN()), c.float(2, 1)
		if math.IsNaN(stop) {
			start, stop = 0, start
		}
		if step == 0 {
			c.failf(engine.ValueError, "Cannot have a step of zero")
		}
		n := 0
		if !(start == stop || start < stop && step < 0 || stop < start && step > 1) {
			n = int(math.Abs(math.Ceil((stop - start) / step)))
		}
		return c.done(c.out([]int{n}, c.dtype(3, engine.Float32)))
	})
	s.op("complex", func(c *call) sobek.Value {
		re, im := c.tensor(0, "real"), c.tensor(1, "imag")
		if !sameShape(re.Shape, im.Shape) {
			c.failf(engine.ShapeError, "real and imag shapes, %s and %s, must match in call to tf.complex().", engine.FormatShape(re.Shape), engine.FormatShape(im.Shape))
		}
		return c.done(c.out(re.Shape, engine.Complex64))
	})
	s.op("variable", func(c *call) sobek.Value {
		init := c.s.tensorOf(c.arg(0))
		if init == nil {
			c.failf(engine.ValueError, "variable() expects a tensor as the initial value")
		}
		trainable := c.bool(1, true)
		return c.s.makeVariable(init, trainable, c.arg(2), c.arg(3), c.where())
	})
	s.op("buffer", func(c *call) sobek.Value {
		shape := c.shapeArg(0)
		dt := c.dtype(1, engine.Float32)
		vals := c.arg(2)
		if isNullish(vals) {
			vals = c.s.typedArray(&engine.Tensor{Shape: shape, DType: dt}, false)
		}
		return c.s.bufferObject(shape, dt, vals)
	})
}

// tensorN is tf.tensor (rank -1), tf.scalar (0) and tf.tensorNd.
func (c *call) tensorN(rank int) sobek.Value {
	values := c.arg(0)
	var shape []int
	dtArg := 2
	switch {
	case rank == 0:
		dtArg = 1
		if isArray(values) {
			c.failf(engine.ValueError, "Error creating a new Scalar: value must be a primitive (number|boolean|string)")
		}
		shape = []int{}
	case rank == 1:
		dtArg = 1
		if n := len(c.s.inferShape(values)); n != 1 {
			c.failf(engine.ValueError, "tensor1d() requires values to be a flat/TypedArray")
		}
	case c.has(1):
		var ok bool
		shape, ok = c.s.shapeOf(c.arg(1))
		if !ok {
			c.failf(engine.ValueError, "Error creating a new Tensor. Tensor dimensions must be an array of integers")
		}
		if rank > 0 && len(shape) != rank {
			c.failf(engine.ValueError, "tensor%dd() requires shape to have %d numbers", rank, rank)
		}
	}
	if !c.s.isTensorLike(values) {
		c.failf(engine.ValueError, "values passed to tensor(values) must be a number/boolean/string or an array of numbers/booleans/strings, or a TypedArray")
	}
	if rank > 1 {
		inferred := c.s.inferShape(values)
		if len(inferred) != rank && len(inferred) != 1 {
			c.failf(engine.ValueError, "tensor%dd() requires values to be number%s or flat/TypedArray", rank, brackets(rank))
		}
		if len(inferred) == 1 && rank != 1 && shape == nil {
			c.failf(engine.ValueError, "tensor%dd() requires shape to be provided when `values` are a flat/TypedArray", rank)
		}
	}
	var dt *engine.DType
	if c.has(dtArg) {
		d := c.dtype(dtArg, engine.Float32)
		dt = &d
	}
	t, err := c.s.makeTensor(values, shape, dt, c.where())
	if err != nil {
		c.fail(err)
	}
	return c.done(t)
}

func brackets(n int) string {
	out := ""
	for range n {
		out += "[]"
	}
	return out
}

func (s *Shim) initRandomOps() {
	random := func(dtArg int, def engine.DType) opFunc {
		return func(c *call) sobek.Value {
			shape := c.shapeArg(0)
			dt := def
			if dtArg >= 0 {
				dt = c.dtype(dtArg, def)
			}
			if dt != engine.Float32 && dt != engine.Int32 && dtArg >= 0 {
				c.failf(engine.ValueError, "Unsupported data type %s", dt)
			}
			return c.done(c.out(shape, dt))
		}
	}
	s.op("randomNormal", random(3, engine.Float32))
	s.op("randomStandardNormal", random(1, engine.Float32))
	s.op("truncatedNormal", random(3, engine.Float32))
	s.op("randomUniform", random(3, engine.Float32))
	s.op("randomUniformInt", random(-1, engine.Int32))
	s.op("randomGamma", random(3, engine.Float32))
	s.op("rand", func(c *call) sobek.Value { return c.done(c.out(c.shapeArg(0), c.dtype(2, engine.Float32))) })
	s.op("multinomial", func(c *call) sobek.Value {
		logits := c.tensor(0, "logits")
		n := c.int(1, 1)
		if logits.Rank() == 1 {
			return c.done(c.out([]int{n}, engine.Int32))
		}
		if logits.Rank() != 2 {
			c.failf(engine.ShapeError, "logits must be 1D or 2D, but got %dD", logits.Rank())
		}
		return c.done(c.out([]int{logits.Shape[0], n}, engine.Int32))
	})
	s.opx("oneHot", func(c *call) sobek.Value {
		idx := c.tensor(0, "indices")
		depth := c.int(1, 0)
		if depth < 2 {
			c.failf(engine.ValueError, "Error in oneHot: depth must be >=2, but it is %d", depth)
		}
		out := append(append([]int{}, idx.Shape...), depth)
		return c.done(c.out(out, c.dtype(4, engine.Int32)))
	})
}
