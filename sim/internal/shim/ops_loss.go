package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shape"
)

// Reduction values of tf.Reduction.
const (
	reductionNone               = 0
	reductionMean               = 1
	reductionSum                = 2
	reductionSumByNonzeroWeight = 3
)

func (s *Shim) initLossOps() {
	red := s.rt.NewObject()
	_ = red.Set("NONE", reductionNone)
	_ = red.Set("MEAN", reductionMean)
	_ = red.Set("SUM", reductionSum)
	_ = red.Set("SUM_BY_NONZERO_WEIGHTS", reductionSumByNonzeroWeight)
	_ = s.tf.Set("Reduction", red)

	// Every loss takes (labels, predictions, weights?, ..., reduction) with
	// the reduction at redArg; the elementwise losses must match shapes.
	pair := func(name string, redArg int, perElement func(c *call, a, b *engine.Tensor) []int) opFunc {
		return func(c *call) sobek.Value {
			a, b := c.tensor(0, "labels"), c.tensor(1, "predictions")
			w := c.optTensor(2, "weights")
			losses := perElement(c, a, b)
			return c.done(c.weighted(losses, w, c.int(redArg, reductionSumByNonzeroWeight)))
		}
	}
	match := func(name string) func(c *call, a, b *engine.Tensor) []int {
		return func(c *call, a, b *engine.Tensor) []int {
			if !sameShape(a.Shape, b.Shape) {
				c.failf(engine.ShapeError, "Error in %s:  Shapes %s and %s must match", name, engine.FormatShape(a.Shape), engine.FormatShape(b.Shape))
			}
			return a.Shape
		}
	}
	s.nsOp("losses", "meanSquaredError", pair("meanSquaredError", 3, match("meanSquaredError")))
	s.nsOp("losses", "absoluteDifference", pair("absoluteDifference", 3, match("absoluteDifference")))
	s.nsOp("losses", "hingeLoss", pair("hingeLoss", 3, match("hingeLoss")))
	s.nsOp("losses", "huberLoss", pair("huberLoss", 4, match("huberLoss")))
	s.nsOp("losses", "logLoss", pair("logLoss", 4, match("logLoss")))
	s.nsOp("losses", "sigmoidCrossEntropy", pair("sigmoidCrossEntropy", 4, match("sigmoidCrossEntropy")))
	s.nsOp("losses", "softmaxCrossEntropy", pair("softmaxCrossEntropy", 4, func(c *call, a, b *engine.Tensor) []int {
		match("softmaxCrossEntropy")(c, a, b)
		return shape.Reduce(a.Shape, []int{a.Rank() - 1}, false)
	}))
	s.nsOp("losses", "cosineDistance", func(c *call) sobek.Value {
		a, b := c.tensor(0, "labels"), c.tensor(1, "predictions")
		match("cosineDistance")(c, a, b)
		axes, err := shape.Axes([]int{c.int(2, 0)}, a.Rank())
		if err != nil {
			c.fail(err)
		}
		w := c.optTensor(3, "weights")
		return c.done(c.weighted(shape.Reduce(a.Shape, axes, true), w, c.int(4, reductionSumByNonzeroWeight)))
	})
	s.nsOp("losses", "computeWeightedLoss", func(c *call) sobek.Value {
		l := c.tensor(0, "losses")
		w := c.optTensor(1, "weights")
		return c.done(c.weighted(l.Shape, w, c.int(2, reductionSumByNonzeroWeight)))
	})
}

// weighted allocates computeWeightedLoss's result for losses of shape l.
func (c *call) weighted(l []int, w *engine.Tensor, reduction int) *engine.Tensor {
	if w != nil {
		if _, err := shape.Broadcast(l, w.Shape); err != nil {
			c.fail(err)
		}
	}
	if reduction == reductionNone {
		return c.out(l, engine.Float32)
	}
	return c.out([]int{}, engine.Float32)
}
