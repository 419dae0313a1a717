package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shape"
)

func (s *Shim) initMoreOps() {
	same := func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		return c.done(c.out(x.Shape, x.DType))
	}
	s.op("dropout", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		if r := c.float(1, 0); r < 0 || r >= 1 {
			c.failf(engine.ValueError, "rate must be a float in the range [0, 1), but got %v.", r)
		}
		return c.done(c.out(x.Shape, engine.Float32))
	})
	s.op("movingAverage", func(c *call) sobek.Value {
		v, x := c.tensor(0, "v"), c.tensor(1, "x")
		if !sameShape(v.Shape, x.Shape) {
			c.failf(engine.ShapeError, "Shape mismatch in v and x")
		}
		return c.done(c.out(v.Shape, v.DType))
	})
	s.op("ensureShape", func(c *call) sobek.Value {
		x := c.anyTensor(0, "x")
		want, ok := c.s.shapeOf(c.arg(1))
		if !ok || len(want) != x.Rank() {
			c.failf(engine.ShapeError, "EnsureShape: Shape of tensor %s is not compatible with expected shape %s.", shape.String(x.Shape), c.arg(1).String())
		}
		for i := range want {
			if want[i] >= 0 && want[i] != x.Shape[i] {
				c.failf(engine.ShapeError, "EnsureShape: Shape of tensor %s is not compatible with expected shape %s.", shape.String(x.Shape), shape.String(want))
			}
		}
		return c.done(c.view(x, x.Shape, x.DType))
	})
	s.opx("spaceToBatchND", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		block := c.ints(1, "blockShape")
		pads := c.pairs(2, "paddings")
		out := append([]int{}, x.Shape...)
		prod := 1
		for i, b := range block {
			if i+1 >= len(out) || i >= len(pads) {
				c.failf(engine.ShapeError, "input rank should be > than [blockShape] but got %d", x.Rank())
			}
			padded := out[i+1] + pads[i][0] + pads[i][1]
			if padded%b != 0 {
				c.failf(engine.ShapeError, "input spatial dimensions %s with paddings must be divisible by blockShapes %s", shape.String(x.Shape), shape.String(block))
			}
			out[i+1] = padded / b
			prod *= b
		}
		out[0] *= prod
		return c.done(c.out(out, x.DType))
	})
	s.opx("batchToSpaceND", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		block := c.ints(1, "blockShape")
		crops := c.pairs(2, "crops")
		out := append([]int{}, x.Shape...)
		prod := 1
		for i, b := range block {
			if i+1 >= len(out) || i >= len(crops) {
				c.failf(engine.ShapeError, "input rank is %d but should be > than blockShape.length %d", x.Rank(), len(block))
			}
			out[i+1] = out[i+1]*b - crops[i][0] - crops[i][1]
			prod *= b
		}
		if out[0]%prod != 0 {
			c.failf(engine.ShapeError, "input tensor batch is %d but is not divisible by the product of the elements of blockShape %d", out[0], prod)
		}
		out[0] /= prod
		return c.done(c.out(out, x.DType))
	})
	s.op("gatherND", func(c *call) sobek.Value {
		x, idx := c.anyTensor(0, "x"), c.tensor(1, "indices")
		if idx.Rank() == 0 {
			c.failf(engine.ValueError, "tf.gatherND() expects the indices to be rank 1 or higher")
		}
		k := idx.Shape[idx.Rank()-1]
		if k > x.Rank() {
			c.failf(engine.ShapeError, "index innermost dimension length must be <= tensor rank; saw: %d vs. %d", k, x.Rank())
		}
		out := append(append([]int{}, idx.Shape[:idx.Rank()-1]...), x.Shape[k:]...)
		return c.done(c.out(out, x.DType))
	})
	s.op("scatterND", func(c *call) sobek.Value {
		c.tensor(0, "indices")
		u := c.tensor(1, "updates")
		return c.done(c.out(c.ints(2, "shape"), u.DType))
	})
	s.op("tensorScatterUpdate", func(c *call) sobek.Value {
		x := c.tensor(0, "tensor")
		c.tensor(1, "indices")
		c.tensor(2, "updates")
		return c.done(c.out(x.Shape, x.DType))
	})
	s.op("diag", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		return c.done(c.out(append(append([]int{}, x.Shape...), x.Shape...), x.DType))
	})
	s.opx("unsortedSegmentSum", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		ids := c.tensor(1, "segmentIds")
		n := c.int(2, 0)
		out := append([]int{n}, x.Shape[ids.Rank():]...)
		return c.done(c.out(out, x.DType))
	})
	bincount := func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		w := c.optTensor(1, "weights")
		size := c.int(2, 0)
		dt := engine.Int32
		if w != nil {
			dt = w.DType
		}
		out := []int{size}
		if x.Rank() == 2 {
			out = []int{x.Shape[0], size}
		}
		return c.done(c.out(out, dt))
	}
	s.op("bincount", bincount)
	s.op("denseBincount", bincount)
	s.op("sparseToDense", func(c *call) sobek.Value {
		c.tensor(0, "sparseIndices")
		v := c.tensor(1, "sparseValues")
		return c.done(c.out(c.ints(2, "outputShape"), v.DType))
	})
	bound := func(c *call) sobek.Value {
		c.tensor(0, "sortedSequence")
		v := c.tensor(1, "values")
		return c.done(c.out(v.Shape, engine.Int32))
	}
	s.op("searchSorted", bound)
	s.op("lowerBound", bound)
	s.op("upperBound", bound)
	s.op("broadcastArgs", func(c *call) sobek.Value {
		a, b := c.tensor(0, "s0"), c.tensor(1, "s1")
		return c.done(c.out([]int{max(a.Size(), b.Size())}, engine.Int32))
	})
	s.op("meshgrid", func(c *call) sobek.Value {
		x := c.tensor(0, "x")
		var y *engine.Tensor
		if c.has(1) {
			y = c.tensor(1, "y")
		} else {
			y = x
		}
		ij := c.s.config(c.arg(2)).str("indexing", "xy") == "ij"
		out := []int{y.Size(), x.Size()}
		if ij {
			out = []int{x.Size(), y.Size()}
		}
		return c.finish(true, c.out(out, x.DType), c.out(out, x.DType))
	})
	s.nsOp("math", "confusionMatrix", func(c *call) sobek.Value {
		c.tensor(0, "labels")
		c.tensor(1, "predictions")
		n := c.int(2, 0)
		return c.done(c.out([]int{n, n}, engine.Int32))
	})
	complexPart := func(c *call) sobek.Value {
		x := c.tensor(0, "input")
		return c.done(c.out(x.Shape, engine.Float32))
	}
	s.opx("real", complexPart)
	s.opx("imag", complexPart)
	fft := func(c *call) sobek.Value {
		x := c.tensor(0, "input")
		return c.done(c.out(x.Shape, engine.Complex64))
	}
	rfft := func(c *call) sobek.Value {
		x := c.tensor(0, "input")
		out := append([]int{}, x.Shape...)
		n := out[len(out)-1]
		if c.has(1) {
			n = c.int(1, n)
		}
		out[len(out)-1] = n/2 + 1
		return c.done(c.out(out, engine.Complex64))
	}
	irfft := func(c *call) sobek.Value {
		x := c.tensor(0, "input")
		out := append([]int{}, x.Shape...)
		out[len(out)-1] = 2 * (out[len(out)-1] - 1)
		return c.done(c.out(out, engine.Float32))
	}
	for name, f := range map[string]opFunc{"fft": fft, "ifft": fft, "rfft": rfft, "irfft": irfft} {
		s.opx(name, f)
		s.nsOp("spectral", name, f)
	}
	window := func(c *call) sobek.Value { return c.done(c.out([]int{c.int(0, 0)}, engine.Float32)) }
	s.nsOp("signal", "hammingWindow", window)
	s.nsOp("signal", "hannWindow", window)
	s.op("cosineWindow", window)
	s.nsOp("signal", "frame", func(c *call) sobek.Value {
		x := c.tensor(0, "signal")
		frameLen, step := c.int(1, 1), c.int(2, 1)
		n := 0
		if step > 0 && x.Size() >= frameLen {
			n = (x.Size()-frameLen)/step + 1
		}
		if c.bool(3, false) && step > 0 {
			n = (x.Size() + step - 1) / step
		}
		return c.done(c.out([]int{n, frameLen}, x.DType))
	})
	s.nsOp("signal", "stft", func(c *call) sobek.Value {
		x := c.tensor(0, "signal")
		frameLen, step := c.int(1, 1), c.int(2, 1)
		fftLen := c.int(3, frameLen)
		n := 0
		if step > 0 && x.Size() >= frameLen {
			n = (x.Size()-frameLen)/step + 1
		}
		return c.done(c.out([]int{n, fftLen/2 + 1}, engine.Complex64))
	})
	s.op("basicLSTMCell", func(c *call) sobek.Value {
		c.tensor(0, "forgetBias")
		w := c.tensor(1, "lstmKernel")
		c.tensor(2, "lstmBias")
		data := c.tensor(3, "data")
		prevC := c.tensor(4, "c")
		c.tensor(5, "h")
		units := w.Shape[1] / 4
		_ = data
		out := []int{prevC.Shape[0], units}
		return c.finish(true, c.out(out, engine.Float32), c.out(out, engine.Float32))
	})
	s.initMetricOps(same)
}

// initMetricOps defines tf.metrics.*, tfjs-layers' metric functions.
func (s *Shim) initMetricOps(same opFunc) {
	lastAxis := func(c *call) sobek.Value {
		a, b := c.tensor(0, "yTrue"), c.tensor(1, "yPred")
		if _, err := shape.Broadcast(a.Shape, b.Shape); err != nil {
			c.fail(err)
		}
		out := a.Shape
		if len(out) > 0 {
			out = out[:len(out)-1]
		}
		return c.done(c.out(out, engine.Float32))
	}
	scalar := func(c *call) sobek.Value {
		a, b := c.tensor(0, "yTrue"), c.tensor(1, "yPred")
		if _, err := shape.Broadcast(a.Shape, b.Shape); err != nil {
			c.fail(err)
		}
		return c.done(c.out([]int{}, engine.Float32))
	}
	for _, n := range []string{"binaryAccuracy", "categoricalAccuracy", "meanSquaredError", "MSE", "mse",
		"meanAbsoluteError", "meanAbsolutePercentageError", "MAPE", "mape", "cosineProximity",
		"binaryCrossentropy", "categoricalCrossentropy"} {
		s.nsOp("metrics", n, lastAxis)
	}
	for _, n := range []string{"precision", "recall", "r2Score"} {
		s.nsOp("metrics", n, scalar)
	}
	s.nsOp("metrics", "sparseCategoricalAccuracy", func(c *call) sobek.Value {
		a, _ := c.tensor(0, "yTrue"), c.tensor(1, "yPred")
		out := a.Shape
		if len(out) > 0 {
			out = out[:len(out)-1]
		}
		return c.done(c.out(out, engine.Float32))
	})
}
