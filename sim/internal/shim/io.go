package shim

import (
	_ "embed"
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/script"
)

//go:embed loadmodel.js
var loadModelJS string

// loadLocal is tf.loadLayersModel of the project's own model.json (a
// relative or file:// URL): the model its topology describes, without
// weights. ok is false for a URL the host does not read (the network,
// browser storage): the caller stops the run there.
func (s *Shim) loadLocal(c *call, url string, fromArtifacts sobek.Value) (sobek.Value, bool) {
	if strings.HasPrefix(url, "localstorage://") || strings.HasPrefix(url, "indexeddb://") || strings.HasPrefix(url, "downloads://") {
		return nil, false
	}
	text, remote, err := s.host.ReadData(url)
	if remote {
		return nil, false
	}
	return s.async(func(*async.Task) (sobek.Value, error) {
		if err != nil {
			return nil, err
		}
		parse, _ := sobek.AssertFunction(s.rt.Get("JSON").ToObject(s.rt).Get("parse"))
		json, err := parse(sobek.Undefined(), s.rt.ToValue(text))
		if err != nil {
			return nil, err
		}
		v, err := s.call(fromArtifacts, nil, json)
		if m := s.modelOf(v); err == nil && m != nil {
			m.Loaded = true
		}
		return v, err
	}), true
}

// ioHandler marks the IOHandler objects tf.io makes.
const ioHandlerKey = "__tfjsSimHandler"

func (s *Shim) initIO() {
	io := s.ns("io")
	handler := func(kind string) opFunc {
		return func(c *call) sobek.Value {
			o := s.rt.NewObject()
			_ = o.Set(ioHandlerKey, kind)
			if kind == "http" {
				_ = o.Set("path", c.arg(0))
			}
			if isFunction(c.arg(0)) {
				_ = o.Set("save", c.arg(0))
			}
			return o
		}
	}
	s.def(io, "withSaveHandler", "tf.io.withSaveHandler", handler("withSaveHandler"))
	s.def(io, "withSaveHandlerSync", "tf.io.withSaveHandlerSync", handler("withSaveHandler"))
	s.def(io, "http", "tf.io.http", handler("http"))
	s.def(io, "browserHTTPRequest", "tf.io.browserHTTPRequest", handler("http"))
	s.def(io, "browserFiles", "tf.io.browserFiles", handler("browserFiles"))
	s.def(io, "fromMemory", "tf.io.fromMemory", handler("fromMemory"))
	s.def(io, "fromMemorySync", "tf.io.fromMemorySync", handler("fromMemory"))
	s.def(io, "isHTTPScheme", "tf.io.isHTTPScheme", func(c *call) sobek.Value {
		u := c.str(0, "")
		return s.rt.ToValue(strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://"))
	})
	for _, name := range []string{"copyModel", "moveModel", "removeModel"} {
		s.def(io, name, "tf.io."+name, func(c *call) sobek.Value {
			return s.resolved(s.rt.ToValue(map[string]any{"modelTopologyType": "JSON"}))
		})
	}
	s.def(io, "listModels", "tf.io.listModels", func(c *call) sobek.Value { return s.resolved(s.rt.NewObject()) })
	v, err := script.Run(s.rt, InternalPrefix+"loadmodel.js", loadModelJS)
	if err != nil {
		panic(err) // the embedded script is part of the build
	}
	fromArtifacts, err := s.call(v, nil, s.tf)
	if err != nil {
		panic(err)
	}
	load := func(api string) opFunc {
		return func(c *call) sobek.Value {
			src := c.arg(0)
			where := "an IOHandler"
			if _, ok := src.Export().(string); ok {
				where = src.String()
				if api == "tf.loadLayersModel" {
					if m, ok := s.loadLocal(c, where, fromArtifacts); ok {
						return m
					}
				}
			}
			s.host.Stop(api + "(" + where + ") loads a model, which the simulator does not do")
			return s.async(func(*async.Task) (sobek.Value, error) {
				return nil, engine.Errorf(engine.NotImplemented, "%s is not simulated", api)
			})
		}
	}
	s.def(s.tf, "loadLayersModel", "tf.loadLayersModel", load("tf.loadLayersModel"))
	s.def(s.tf, "loadGraphModel", "tf.loadGraphModel", load("tf.loadGraphModel"))
	s.def(s.ns("models"), "modelFromJSON", "tf.models.modelFromJSON", load("tf.models.modelFromJSON"))
	s.def(s.tf, "loadGraphModelSync", "tf.loadGraphModelSync", func(c *call) sobek.Value {
		s.host.Stop("tf.loadGraphModelSync loads a model, which the simulator does not do")
		c.failf(engine.NotImplemented, "tf.loadGraphModelSync is not simulated")
		return nil
	})
}

// save is LayersModel.save: the destination is recorded, nothing is
// written. Saving over HTTP would need the network: the run stops there.
func (s *Shim) save(m *Model, dest sobek.Value, args cfg, site *engine.Site) sobek.Value {
	where := ""
	switch {
	case isNullish(dest):
		s.throw(valueErr("LayersModel.save() cannot proceed because the IOHandler provided does not have the `save` attribute defined."), site)
	case object(dest) != nil:
		o := object(dest)
		kind := o.Get(ioHandlerKey)
		switch {
		case kind != nil && kind.String() == "http":
			where = "http:" + o.Get("path").String()
		case kind != nil:
			where = "io." + kind.String()
		case isFunction(o.Get("save")):
			where = "a custom IOHandler"
		default:
			s.throw(valueErr("LayersModel.save() cannot proceed because the IOHandler provided does not have the `save` attribute defined."), site)
		}
	default:
		where = dest.String()
		scheme, _, ok := strings.Cut(where, "://")
		known := map[string]bool{"localstorage": true, "indexeddb": true, "downloads": true, "file": true, "http": true, "https": true}
		if !ok || !known[scheme] {
			s.throw(valueErr("Cannot find any save handlers for URL '%s'", where), site)
		}
	}
	if err := m.ensureBuilt(); err != nil {
		s.throw(err, site)
	}
	s.host.Saved(m, where, site)
	if strings.HasPrefix(where, "http") {
		s.host.Stop("model.save(" + where + ") sends the model over the network, which the simulator does not do")
	}
	if args.bool("includeOptimizer", false) && m.train != nil && m.train.optimizer != nil {
		s.E.NewTensor([]int{}, engine.Int32, s.internalSite("Optimizer.getWeights"))
	}
	bytes := int64(0)
	for _, w := range m.weights() {
		bytes += w.V.Bytes()
	}
	info := map[string]any{"dateSaved": nil, "modelTopologyType": "JSON", "weightDataBytes": bytes}
	return s.resolved(s.rt.ToValue(map[string]any{"modelArtifactsInfo": info}))
}
