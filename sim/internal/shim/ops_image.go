package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

func (s *Shim) initImageOps() {
	resize := func(name string, keepDType bool) opFunc {
		return func(c *call) sobek.Value {
			x := c.tensor(0, "images")
			if x.Rank() != 3 && x.Rank() != 4 {
				c.failf(engine.ShapeError, "Error in %s: x must be rank 3 or 4, but got rank %d.", name, x.Rank())
			}
			size := c.ints(1, "size")
			if len(size) != 2 {
				c.failf(engine.ValueError, "Error in %s: new shape must 2D, but got shape %s.", name, engine.FormatShape(size))
			}
			if c.bool(3, false) && c.bool(2, false) {
				c.failf(engine.ValueError, "Error in %s: If halfPixelCenters is true, alignCorners must be false.", name)
			}
			out := append([]int{}, x.Shape...)
			out[len(out)-3], out[len(out)-2] = size[0], size[1]
			dt := engine.Float32
			if keepDType {
				dt = x.DType
			}
			return c.done(c.out(out, dt))
		}
	}
	s.nsOp("image", "resizeBilinear", resize("resizeBilinear", false))
	s.nsOp("image", "resizeNearestNeighbor", resize("resizeNearestNeighbor", true))
	s.method("resizeBilinear", resize("resizeBilinear", false))
	s.method("resizeNearestNeighbor", resize("resizeNearestNeighbor", true))
	s.nsOp("image", "cropAndResize", func(c *call) sobek.Value {
		img, boxes, idx := c.tensor(0, "image"), c.tensor(1, "boxes"), c.tensor(2, "boxInd")
		size := c.ints(3, "cropSize")
		if img.Rank() != 4 {
			c.failf(engine.ShapeError, "Error in cropAndResize: image must be rank 4,but got rank %d.", img.Rank())
		}
		if boxes.Rank() != 2 || boxes.Shape[1] != 4 {
			c.failf(engine.ShapeError, "Error in cropAndResize: boxes must be have size [%d,4] but had shape %s.", boxes.Shape[0], engine.FormatShape(boxes.Shape))
		}
		if idx.Rank() != 1 || idx.Shape[0] != boxes.Shape[0] {
			c.failf(engine.ShapeError, "Error in cropAndResize: boxInd must be have size [%d] but had shape %s.", boxes.Shape[0], engine.FormatShape(idx.Shape))
		}
		if len(size) != 2 {
			c.failf(engine.ValueError, "Error in cropAndResize: cropSize must be of length 2, but got length %d.", len(size))
		}
		return c.done(c.out([]int{boxes.Shape[0], size[0], size[1], img.Shape[3]}, engine.Float32))
	})
	same := func(c *call) sobek.Value {
		x := c.tensor(0, "image")
		return c.done(c.out(x.Shape, x.DType))
	}
	s.nsOp("image", "flipLeftRight", same)
	s.nsOp("image", "rotateWithOffset", same)
	s.nsOp("image", "transform", func(c *call) sobek.Value {
		x := c.tensor(0, "image")
		out := append([]int{}, x.Shape...)
		if c.has(4) {
			size := c.ints(4, "outputShape")
			if len(size) == 2 && len(out) == 4 {
				out[1], out[2] = size[0], size[1]
			}
		}
		return c.done(c.out(out, engine.Float32))
	})
	channels := func(n int) opFunc {
		return func(c *call) sobek.Value {
			x := c.tensor(0, "image")
			out := append([]int{}, x.Shape...)
			if len(out) > 0 {
				out[len(out)-1] = n
			}
			return c.done(c.out(out, x.DType))
		}
	}
	s.nsOp("image", "rgbToGrayscale", channels(1))
	s.nsOp("image", "grayscaleToRGB", channels(3))
	s.nsOp("image", "threshold", func(c *call) sobek.Value {
		x := c.tensor(0, "image")
		out := append([]int{}, x.Shape...)
		out[len(out)-1] = 1
		return c.done(c.out(out, engine.Int32))
	})
}
