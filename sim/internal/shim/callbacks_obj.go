package shim

import (
	"math"
	"reflect"
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/script"
)

// earlyStoppingObj backs tf.callbacks.earlyStopping(...) objects.
type earlyStoppingObj struct{ e *earlyStopping }

var earlyStoppingType = reflect.TypeOf((*earlyStoppingObj)(nil))

func (p *earlyStoppingObj) Get(key string) sobek.Value {
	switch key {
	case "monitor":
		return p.e.s.rt.ToValue(p.e.monitor)
	case "patience":
		return p.e.s.rt.ToValue(p.e.patience)
	case "stoppedEpoch":
		return p.e.s.rt.ToValue(p.e.stopped)
	}
	return nil
}
func (p *earlyStoppingObj) Set(string, sobek.Value) bool { return false }
func (p *earlyStoppingObj) Has(key string) bool          { return p.Get(key) != nil }
func (p *earlyStoppingObj) Delete(string) bool           { return false }
func (p *earlyStoppingObj) Keys() []string               { return []string{"monitor", "patience"} }

func (s *Shim) earlyStoppingOf(v sobek.Value) (*earlyStopping, bool) {
	o := object(v)
	if o == nil || o.ExportType() != earlyStoppingType {
		return nil, false
	}
	return o.Export().(*earlyStoppingObj).e, true
}

// isCallbackInstance reports an instance of tf.Callback (a subclass the
// script defines).
func (s *Shim) isCallbackInstance(v sobek.Value) bool {
	o := object(v)
	for p := o; p != nil; p = p.Prototype() {
		if p == s.callbackProto {
			return true
		}
	}
	return false
}

func (s *Shim) initCallbacks() {
	// tf.Callback is a real JavaScript class so scripts can extend it.
	v, err := script.Run(s.rt, InternalPrefix+"callback.js", `(class Callback {
		setParams(params) { this.params = params; }
		setModel(model) { this.model = model; }
		async onEpochBegin(epoch, logs) {}
		async onEpochEnd(epoch, logs) {}
		async onBatchBegin(batch, logs) {}
		async onBatchEnd(batch, logs) {}
		async onTrainBegin(logs) {}
		async onTrainEnd(logs) {}
	})`)
	if err == nil {
		ctor := v.ToObject(s.rt)
		s.callbackProto = ctor.Get("prototype").ToObject(s.rt)
		_ = s.tf.Set("Callback", ctor)
	}
	s.initCustomCallback()
	cbs := s.ns("callbacks")
	s.def(cbs, "earlyStopping", "tf.callbacks.earlyStopping", func(c *call) sobek.Value {
		a := s.config(c.arg(0))
		e := &earlyStopping{s: s, monitor: a.str("monitor", "val_loss"), minDelta: math.Abs(a.float("minDelta", 0)),
			patience: a.int("patience", 0), mode: a.str("mode", "auto")}
		if e.mode == "auto" {
			e.mode = "min"
			if strings.Contains(e.monitor, "acc") {
				e.mode = "max"
			}
		}
		if e.mode == "min" {
			e.minDelta = -e.minDelta
		}
		if a.has("baseline") {
			b := a.float("baseline", 0)
			e.baseline = &b
		}
		if a.bool("restoreBestWeights", false) {
			s.host.Note("earlyStopping's restoreBestWeights is not simulated")
		}
		o := s.rt.NewDynamicObject(&earlyStoppingObj{e: e})
		if s.callbackProto != nil {
			_ = o.SetPrototype(s.callbackProto)
		}
		return o
	})
}

// initCustomCallback defines tf.CustomCallback, what fit makes of a config
// object, for scripts that make one themselves: it keeps the yieldEvery
// of its constructor, not fit's.
func (s *Shim) initCustomCallback() {
	s.customCbs = map[*sobek.Object]*customCallback{}
	ctor := s.rt.ToValue(func(c sobek.ConstructorCall) *sobek.Object {
		args := object(c.Argument(0))
		if args == nil {
			panic(s.rt.NewTypeError("Cannot read properties of undefined (reading 'nowFunc')"))
		}
		cb, err := s.newCustomCallback(args, c.Argument(1))
		if err != nil {
			s.throw(err, nil)
		}
		s.customCbs[c.This] = cb
		return c.This
	})
	_ = s.tf.Set("CustomCallback", ctor)
}

// customCallbackOf is the callback a tf.CustomCallback instance stands for.
func (s *Shim) customCallbackOf(v sobek.Value) (*customCallback, bool) {
	o := object(v)
	if o == nil {
		return nil, false
	}
	cb, ok := s.customCbs[o]
	return cb, ok
}
