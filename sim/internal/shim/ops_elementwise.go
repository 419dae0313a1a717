package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shape"
)

// dtypeRule gives an op's output dtype from its input's.
type dtypeRule func(engine.DType) engine.DType

func keepType(d engine.DType) engine.DType { return d }
func toFloat(engine.DType) engine.DType    { return engine.Float32 }
func toBool(engine.DType) engine.DType     { return engine.Bool }
func toInt(engine.DType) engine.DType      { return engine.Int32 }

// unary ops: same shape as x.
var unaryOps = map[string]dtypeRule{
	"abs": keepType, "neg": keepType, "relu": keepType, "relu6": keepType, "square": keepType,
	"sign": keepType, "round": keepType, "ceil": keepType, "floor": keepType, "clone": keepType,
	"step": keepType, "reciprocal": toFloat,
	"acos": toFloat, "acosh": toFloat, "asin": toFloat, "asinh": toFloat, "atan": toFloat, "atanh": toFloat,
	"cos": toFloat, "cosh": toFloat, "sin": toFloat, "sinh": toFloat, "tan": toFloat, "tanh": toFloat,
	"elu": toFloat, "selu": toFloat, "erf": toFloat, "exp": toFloat, "expm1": toFloat, "log": toFloat,
	"log1p": toFloat, "logSigmoid": toFloat, "rsqrt": toFloat, "sigmoid": toFloat, "softplus": toFloat,
	"sqrt": toFloat, "isNaN": toBool, "isInf": toBool, "isFinite": toBool, "logicalNot": toBool,
}

// binary ops: broadcast shapes; arithmetic upcasts, comparisons give bool.
var binaryOps = map[string]dtypeRule{
	"add": nil, "sub": nil, "mul": nil, "div": nil, "divNoNan": nil, "floorDiv": toInt, "pow": nil,
	"maximum": nil, "minimum": nil, "mod": nil, "squaredDifference": nil, "atan2": toFloat,
	"equal": toBool, "notEqual": toBool, "less": toBool, "lessEqual": toBool, "greater": toBool,
	"greaterEqual": toBool, "logicalAnd": toBool, "logicalOr": toBool, "logicalXor": toBool,
	"bitwiseAnd": toInt,
}

func (s *Shim) initElementwiseOps() {
	for name, rule := range unaryOps {
		s.opx(name, func(c *call) sobek.Value {
			x := c.tensor(0, "x")
			return c.done(c.out(x.Shape, rule(x.DType)))
		})
	}
	for name, rule := range binaryOps {
		s.opx(name, func(c *call) sobek.Value {
			a, b := c.tensor(0, "a"), c.tensor(1, "b")
			return c.done(c.binary(a, b, rule))
		})
	}
	s.opx("addN", func(c *call) sobek.Value {
		ts := c.tensorList(0, "tensors")
		if len(ts) == 0 {
			c.failf(engine.ValueError, "Must pass at least one tensor to tf.addN()")
		}
		for _, t := range ts[1:] {
			if !sameShape(t.Shape, ts[0].Shape) {
				c.failf(engine.ShapeError, "All tensors passed to tf.addN() must have the same shape")
			}
		}
		return c.done(c.out(ts[0].Shape, ts[0].DType))
	})
	s.opx("leakyRelu", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		return c.done(c.out(x.Shape, x.DType))
	})
	s.opx("prelu", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		c.tensor(1, "alpha")
		return c.done(c.out(x.Shape, x.DType))
	})
	s.opx("clipByValue", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		if c.float(1, 0) > c.float(2, 0) {
			c.failf(engine.ValueError, "Error in clip: min (%v) must be less than or equal to max (%v).", c.float(1, 0), c.float(2, 0))
		}
		return c.done(c.out(x.Shape, x.DType))
	})
	s.opx("cast", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		return c.done(c.castTo(x, c.dtype(1, x.DType)))
	})
	for name, dt := range map[string]engine.DType{"toFloat": engine.Float32, "toInt": engine.Int32, "toBool": engine.Bool} {
		s.method(name, func(c *call) sobek.Value {
			return c.done(c.castTo(c.tensor(0, "x"), dt))
		})
	}
	s.method("asType", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		return c.done(c.castTo(x, c.dtype(1, x.DType)))
	})
	s.opx("where", func(c *call) sobek.Value {
		cond, a, b := c.tensor(0, "condition"), c.tensor(1, "a"), c.tensor(2, "b")
		ab, err := shape.Broadcast(a.Shape, b.Shape)
		if err != nil {
			c.fail(err)
		}
		out, err := shape.Broadcast(ab, cond.Shape)
		if err != nil {
			c.fail(err)
		}
		dt, err := engine.Upcast(a.DType, b.DType)
		if err != nil {
			c.fail(err)
		}
		return c.done(c.out(out, dt))
	})
	for _, name := range []string{"softmax", "logSoftmax"} {
		s.opx(name, func(c *call) sobek.Value {
			x := c.tensor(0, "logits")
			dim := c.int(1, -1)
			if dim != -1 && dim != x.Rank()-1 {
				c.failf(engine.ValueError, "Softmax along a non-last dimension is not yet supported. Logits was rank %d and dim was %d", x.Rank(), dim)
			}
			return c.done(c.out(x.Shape, engine.Float32))
		})
	}
	for _, name := range []string{"cumsum", "cumprod"} {
		s.opx(name, func(c *call) sobek.Value {
			x := c.tensor(0, "x")
			return c.done(c.out(x.Shape, x.DType))
		})
	}
}

// binary allocates the result of an elementwise op on a and b.
func (c *call) binary(a, b *engine.Tensor, rule dtypeRule) *engine.Tensor {
	out, err := shape.Broadcast(a.Shape, b.Shape)
	if err != nil {
		c.fail(err)
	}
	dt, err := engine.Upcast(a.DType, b.DType)
	if err != nil {
		c.fail(err)
	}
	if rule != nil {
		dt = rule(dt)
	}
	return c.out(out, dt)
}

// castTo is tf.cast: a view of the same data when nothing is lost, as the
// CPU kernel does.
func (c *call) castTo(x *engine.Tensor, dt engine.DType) *engine.Tensor {
	if x.DType == engine.String && dt != engine.String || x.DType != engine.String && dt == engine.String {
		c.failf(engine.ValueError, "Only strings can be casted to strings")
	}
	if dt == x.DType || x.DType == engine.Bool || x.DType == engine.Int32 && dt == engine.Float32 {
		return c.view(x, x.Shape, dt)
	}
	return c.out(x.Shape, dt)
}
