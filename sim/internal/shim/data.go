package shim

import (
	_ "embed"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/script"
)

//go:embed data.js
var dataJS string

// InternalPrefix marks the source names of the shim's own JavaScript, whose
// frames are never an allocation site.
const InternalPrefix = "tfjs-sim:"

func (s *Shim) initData() {
	data := s.ns("data")
	v, err := script.Run(s.rt, InternalPrefix+"data.js", dataJS)
	if err != nil {
		panic(err) // the embedded script is part of the build
	}
	helpers := s.rt.NewObject()
	s.set(helpers, "tensorsIn", func(c sobek.FunctionCall) sobek.Value { return s.wrapAll(s.tensorsIn(c.Argument(0))) })
	lib, err := s.call(v, nil, s.tf, helpers)
	if err != nil {
		panic(err)
	}
	lo := lib.ToObject(s.rt)
	for _, name := range []string{"array", "zip", "func", "generator"} {
		fn := lo.Get(name)
		s.def(data, name, "tf.data."+name, func(c *call) sobek.Value {
			res, err := s.call(fn, nil, c.args...)
			if err != nil {
				c.fail(err)
			}
			return res
		})
	}
	_ = data.Set("Dataset", lo.Get("Dataset"))
	markImplemented("tf.data.Dataset")
	for _, m := range []string{"batch", "concatenate", "filter", "forEachAsync", "map", "mapAsync", "prefetch", "repeat", "shuffle", "skip", "take", "toArray", "iterator"} {
		markImplemented("Dataset." + m)
	}
	markImplemented("Iterator.next")
	csv := lo.Get("csv")
	s.def(data, "csv", "tf.data.csv", func(c *call) sobek.Value {
		source := c.str(0, "")
		text, remote, err := s.host.ReadData(source)
		if remote {
			s.host.Stop("tf.data.csv(" + source + ") reads from the network, which the simulator does not")
			c.failf(engine.NotImplemented, "tf.data.csv is not simulated")
		}
		if err != nil {
			c.fail(err)
		}
		res, err := s.call(csv, nil, s.rt.ToValue(text), c.arg(1))
		if err != nil {
			c.fail(err)
		}
		return res
	})
	markImplemented("CSVDataset.columnNames")
	s.def(data, "microphone", "tf.data.microphone", func(c *call) sobek.Value {
		s.host.Note("tf.data.microphone is not simulated")
		return s.async(func(t *async.Task) (sobek.Value, error) {
			return nil, engine.Errorf(engine.NotImplemented, "tf.data.microphone is not simulated")
		})
	})
	s.def(data, "webcam", "tf.data.webcam", func(c *call) sobek.Value {
		w, h := s.pixelSize(c.arg(0))
		a := s.config(c.arg(1))
		resized := a.has("resizeWidth") && a.has("resizeHeight")
		if resized {
			w, h = a.int("resizeWidth", w), a.int("resizeHeight", h)
		}
		site := c.where()
		it := s.rt.NewObject()
		capture := func() sobek.Value {
			dt := engine.Int32
			if resized {
				dt = engine.Float32
			}
			return s.wrap(s.E.NewTensor([]int{h, w, 3}, dt, s.host.Site("WebcamIterator.capture")))
		}
		s.set(it, "capture", func(sobek.FunctionCall) sobek.Value { return s.resolved(capture()) })
		s.set(it, "next", func(sobek.FunctionCall) sobek.Value {
			o := s.rt.NewObject()
			_ = o.Set("value", capture())
			_ = o.Set("done", false)
			return s.resolved(o)
		})
		s.set(it, "start", func(sobek.FunctionCall) sobek.Value { return s.resolved(sobek.Undefined()) })
		s.set(it, "stop", func(sobek.FunctionCall) sobek.Value { return sobek.Undefined() })
		_ = site
		return s.resolved(it)
	})
	for _, m := range []string{"WebcamIterator.capture", "WebcamIterator.start", "WebcamIterator.stop"} {
		markImplemented(m)
	}
}
