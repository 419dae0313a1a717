package shim

import (
	"fmt"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// defaultPixels is the size of an image, canvas or video whose size the
// page does not say.
const defaultPixels = 224

// pixelSize reads the width and height of a pixel source: a video's
// videoWidth/videoHeight, else width/height (ImageData, canvas, img,
// PixelData objects).
func (s *Shim) pixelSize(v sobek.Value) (int, int) {
	c := s.config(v)
	w, h := c.int("videoWidth", 0), c.int("videoHeight", 0)
	if w <= 0 || h <= 0 {
		w, h = c.int("width", 0), c.int("height", 0)
	}
	if w <= 0 || h <= 0 {
		w, h = defaultPixels, defaultPixels
	}
	return w, h
}

func (s *Shim) initBrowser() {
	fromPixels := func(c *call) *engine.Tensor {
		if !c.has(0) {
			c.failf(engine.ValueError, "pixels passed to tf.browser.fromPixels() can not be null")
		}
		n := c.int(1, 3)
		if n > 4 || n < 1 {
			c.failf(engine.ValueError, "Cannot construct Tensor with more than 4 channels from pixels.")
		}
		w, h := s.pixelSize(c.arg(0))
		return c.out([]int{h, w, n}, engine.Int32)
	}
	s.nsOp("browser", "fromPixels", func(c *call) sobek.Value { return c.done(fromPixels(c)) })
	s.nsOp("browser", "fromPixelsAsync", func(c *call) sobek.Value {
		t := fromPixels(c)
		return s.async(func(*async.Task) (sobek.Value, error) { return s.wrap(t), nil })
	})
	s.nsOp("browser", "toPixels", func(c *call) sobek.Value {
		x := c.tensor(0, "img")
		if x.Rank() != 2 && x.Rank() != 3 {
			c.failf(engine.ShapeError, "toPixels only supports rank 2 or 3 tensors, got rank %d.", x.Rank())
		}
		h, w := x.Shape[0], x.Shape[1]
		// The pixels drawn into a canvas are the page's output, not
		// values it reads: over the readback budget the drawing goes on
		// (an animation loop that draws feature maps every tick must not
		// fail there and skip its cleanup, which real tfjs never does);
		// an array the script asked for stops the run as readbacks do.
		canvas := len(c.args) > 1 && !sobek.IsUndefined(c.args[1]) && !sobek.IsNull(c.args[1])
		if !canvas && !s.host.Materialize(h*w*4) {
			s.host.Stop(fmt.Sprintf("readback budget reached: reading back %d more elements is over the simulator's limit", h*w*4))
			s.throwf("tfjslint sim: readback budget exceeded")
		}
		arr, err := s.rt.New(s.rt.Get("Uint8ClampedArray"), s.rt.ToValue(h*w*4))
		if err != nil {
			c.fail(err)
		}
		return s.resolved(arr)
	})
	s.nsOp("browser", "draw", func(c *call) sobek.Value {
		c.tensor(0, "image")
		return sobek.Undefined()
	})
}
