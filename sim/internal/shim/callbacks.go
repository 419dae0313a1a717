package shim

import (
	"math"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// logs is a fit log: numbers and scalar tensors by key, in insertion order.
type logs struct {
	keys []string
	vals map[string]logVal
}

type logVal struct {
	num float64
	t   *engine.Tensor
}

func newLogs() *logs { return &logs{vals: map[string]logVal{}} }

func (l *logs) set(k string, v logVal) {
	if _, ok := l.vals[k]; !ok {
		l.keys = append(l.keys, k)
	}
	l.vals[k] = v
}

// resolveLogs is the body of resolveScalarsInLogs: await the scalars'
// data() together, then replace them by numbers and dispose them. The
// caller's await of it is the caller's tick.
func (s *Shim) resolveLogs(t *async.Task, l *logs) error {
	var ts []*engine.Tensor
	var ps []sobek.Value
	for _, k := range l.keys {
		if v := l.vals[k]; v.t != nil {
			ts = append(ts, v.t)
			p, err := s.call(object(s.wrap(v.t)).Get("data"), s.wrap(v.t))
			if err != nil {
				return err
			}
			ps = append(ps, p)
		}
	}
	if len(ts) == 0 {
		return nil
	}
	if err := s.awaitAll(t, ps); err != nil {
		return err
	}
	for _, k := range l.keys {
		if v := l.vals[k]; v.t != nil {
			l.vals[k] = logVal{num: s.plausibleLoss()}
		}
	}
	for _, x := range ts {
		s.E.Dispose(x)
	}
	return nil
}

// tick is `await` of a value that is no pending promise: one microtask.
func (s *Shim) tick(t *async.Task) error {
	_, err := t.Await(sobek.Undefined())
	return err
}

// awaitAll is `await Promise.all(vals)`.
func (s *Shim) awaitAll(t *async.Task, vals []sobek.Value) error {
	all, _ := sobek.AssertFunction(object(s.rt.Get("Promise")).Get("all"))
	p, err := all(s.rt.Get("Promise"), s.array(vals))
	if err != nil {
		return err
	}
	_, err = t.Await(p)
	return err
}

// disposeLogs is disposeTensorsInLogs.
func (s *Shim) disposeLogs(l *logs) {
	for _, k := range l.keys {
		if v := l.vals[k]; v.t != nil {
			s.E.Dispose(v.t)
		}
	}
}

// value makes the JavaScript logs object a callback receives.
func (s *Shim) logsValue(l *logs) sobek.Value {
	o := s.rt.NewObject()
	for _, k := range l.keys {
		if v := l.vals[k]; v.t != nil {
			_ = o.Set(k, s.wrap(v.t))
		} else {
			_ = o.Set(k, v.num)
		}
	}
	return o
}

// callback is one of fit's callbacks (tfjs's BaseCallback). event runs
// the body of the async method: its own awaits happen inside.
type callback interface {
	event(t *async.Task, ev string, index int, l *logs) error
}

// callbackList is CallbackList: `await callback.onX()` for every callback
// in order, each costing the tick of its await.
type callbackList []callback

// run is `await callbackList.onX(...)`, including the caller's tick.
func (cl callbackList) run(s *Shim, t *async.Task, ev string, index int, l *logs) error {
	for _, c := range cl {
		if err := c.event(t, ev, index, l); err != nil {
			return err
		}
		if _, awaited := c.(*jsCallback); !awaited {
			if err := s.tick(t); err != nil {
				return err
			}
		}
	}
	return s.tick(t)
}

// baseLogger is BaseLogger: running totals of the batch logs, averaged into
// the epoch logs.
type baseLogger struct {
	s       *Shim
	metrics []string
	seen    int
	totals  *logs
	site    *engine.Site
}

func (b *baseLogger) event(t *async.Task, ev string, _ int, l *logs) error {
	switch ev {
	case "epochBegin":
		b.seen = 0
		b.totals = newLogs()
	case "batchEnd":
		size := int(l.vals["size"].num)
		b.seen += size
		for _, k := range l.keys {
			v := l.vals[k]
			if v.t == nil {
				old := b.totals.vals[k]
				b.totals.set(k, logVal{num: old.num + v.num*float64(size)})
				continue
			}
			old, had := b.totals.vals[k]
			if !had {
				b.totals.set(k, logVal{})
			}
			total := b.s.E.NewTensor([]int{}, engine.Float32, b.site)
			b.totals.set(k, logVal{t: total})
			if had && old.t != nil {
				b.s.E.Dispose(old.t)
			}
		}
	case "epochEnd":
		if l == nil {
			return nil
		}
		for _, k := range b.metrics {
			v, ok := b.totals.vals[k]
			if !ok {
				continue
			}
			if v.t == nil {
				l.set(k, logVal{num: v.num / float64(max(b.seen, 1))})
				continue
			}
			b.s.E.StartScope("")
			avg := b.s.E.NewTensor([]int{}, engine.Float32, b.site)
			b.s.E.Dispose(v.t)
			b.s.E.Keep(avg)
			b.s.E.EndScope(nil)
			l.set(k, logVal{t: avg})
		}
	}
	return nil
}

// historyCB is History: the epoch logs of every epoch.
type historyCB struct {
	s      *Shim
	epochs []int
	hist   *logs
	series map[string][]logVal
}

func (h *historyCB) event(t *async.Task, ev string, epoch int, l *logs) error {
	switch ev {
	case "trainBegin":
		h.epochs, h.hist, h.series = nil, newLogs(), map[string][]logVal{}
	case "epochEnd":
		h.epochs = append(h.epochs, epoch)
		for _, k := range l.keys {
			if _, ok := h.series[k]; !ok {
				h.hist.set(k, logVal{})
			}
			h.series[k] = append(h.series[k], l.vals[k])
		}
	}
	return nil
}

// syncData is the body of History.syncData: await every scalar's data(),
// then dispose them and keep the numbers.
func (h *historyCB) syncData(t *async.Task) error {
	s := h.s
	var pending []*engine.Tensor
	var ps []sobek.Value
	for _, k := range h.hist.keys {
		for _, v := range h.series[k] {
			if v.t != nil {
				pending = append(pending, v.t)
				p, err := s.call(object(s.wrap(v.t)).Get("data"), s.wrap(v.t))
				if err != nil {
					return err
				}
				ps = append(ps, p)
			}
		}
	}
	if err := s.awaitAll(t, ps); err != nil {
		return err
	}
	for _, k := range h.hist.keys {
		for i, v := range h.series[k] {
			if v.t != nil {
				h.series[k][i] = logVal{num: s.plausibleLoss()}
			}
		}
	}
	for _, x := range pending {
		s.E.Dispose(x)
	}
	return nil
}

// value is the History object fit resolves to.
func (h *historyCB) value(params sobek.Value) sobek.Value {
	s := h.s
	o := s.rt.NewObject()
	ep := make([]sobek.Value, len(h.epochs))
	for i, e := range h.epochs {
		ep[i] = s.rt.ToValue(e)
	}
	_ = o.Set("epoch", s.array(ep))
	hist := s.rt.NewObject()
	for _, k := range h.hist.keys {
		vals := make([]sobek.Value, len(h.series[k]))
		for i, v := range h.series[k] {
			if v.t != nil {
				vals[i] = s.wrap(v.t)
			} else {
				vals[i] = s.rt.ToValue(v.num)
			}
		}
		_ = hist.Set(k, s.array(vals))
	}
	_ = o.Set("history", hist)
	_ = o.Set("params", params)
	return o
}

// customCallback is CustomCallback: the script's onXxx functions, called
// with resolved (numeric) logs, plus yielding to the event loop.
type customCallback struct {
	s          *Shim
	fns        map[string]sobek.Value
	yield      sobek.Value
	yieldEvery string // "auto" (125 ms), "batch", "epoch", "never", or a number of ms
	waitMs     float64
	lastTime   float64
	last       sobek.Value
	epoch      int
}

var callbackEvents = map[string]string{
	"trainBegin": "onTrainBegin", "trainEnd": "onTrainEnd", "epochBegin": "onEpochBegin",
	"epochEnd": "onEpochEnd", "batchBegin": "onBatchBegin", "batchEnd": "onBatchEnd",
}

func (s *Shim) newCustomCallback(o *sobek.Object, yieldEvery sobek.Value) (*customCallback, error) {
	c := &customCallback{s: s, fns: map[string]sobek.Value{}, yieldEvery: "auto", waitMs: 125, lastTime: s.host.Now()}
	for _, name := range callbackEvents {
		if f := o.Get(name); f != nil && isFunction(f) {
			c.fns[name] = f
		}
	}
	if f := o.Get("onYield"); f != nil && isFunction(f) {
		c.yield = f
	}
	if !isNullish(yieldEvery) {
		if isNumber(yieldEvery) {
			c.yieldEvery, c.waitMs = "number", yieldEvery.ToFloat()
		} else {
			c.yieldEvery = yieldEvery.String()
		}
	}
	if c.yieldEvery == "never" && c.yield != nil {
		return nil, valueErr("yieldEvery is `never` but you provided an `onYield` callback. Either change `yieldEvery` or remove the callback")
	}
	return c, nil
}

func (c *customCallback) event(t *async.Task, ev string, index int, l *logs) error {
	s := c.s
	if ev == "epochBegin" {
		c.epoch = index
	}
	f, has := c.fns[callbackEvents[ev]]
	call := func() (sobek.Value, error) {
		if err := s.resolveLogs(t, l); err != nil {
			return nil, err
		}
		if err := s.tick(t); err != nil { // await resolveScalarsInLogs(logs)
			return nil, err
		}
		args := []sobek.Value{s.logsValue(l)}
		if ev != "trainBegin" && ev != "trainEnd" {
			args = []sobek.Value{s.rt.ToValue(index), args[0]}
		}
		return s.call(f, nil, args...)
	}
	if ev != "batchEnd" && ev != "epochEnd" {
		if !has {
			return nil
		}
		res, err := call()
		if err != nil {
			return err
		}
		_, err = t.Await(res)
		return err
	}
	var ps []sobek.Value
	if has {
		res, err := call()
		if err != nil {
			return err
		}
		ps = append(ps, res)
	}
	switch {
	case ev == "batchEnd" && c.yieldEvery == "batch", ev == "epochEnd" && c.yieldEvery == "epoch":
		ps = append(ps, s.host.NextFrame())
	case ev == "batchEnd" && (c.yieldEvery == "auto" || c.yieldEvery == "number"):
		ps = append(ps, c.maybeWait(t, index, l))
	}
	return s.awaitAll(t, ps)
}

// maybeWait is CustomCallback's debounced maybeWait: at most once per
// waitMs of the virtual clock it lets the event loop run (and calls
// onYield); otherwise it returns its last result.
func (c *customCallback) maybeWait(t *async.Task, batch int, l *logs) sobek.Value {
	s := c.s
	now := s.host.Now()
	if now-c.lastTime < c.waitMs {
		if c.last == nil {
			return sobek.Undefined()
		}
		return c.last
	}
	c.lastTime = now
	var ps []sobek.Value
	if c.yield != nil {
		if err := s.resolveLogs(t, l); err == nil {
			if res, err := s.call(c.yield, nil, s.rt.ToValue(c.epoch), s.rt.ToValue(batch), s.logsValue(l)); err == nil {
				ps = append(ps, res)
			}
		}
	}
	ps = append(ps, s.host.NextFrame())
	all, _ := sobek.AssertFunction(object(s.rt.Get("Promise")).Get("all"))
	p, err := all(s.rt.Get("Promise"), s.array(ps))
	if err != nil {
		return sobek.Undefined()
	}
	c.last = p
	return p
}

// jsCallback is an instance of a tf.Callback subclass from the script: its
// methods get the logs as tfjs passes them (scalars unresolved).
type jsCallback struct {
	s   *Shim
	obj *sobek.Object
}

func (c *jsCallback) event(t *async.Task, ev string, index int, l *logs) error {
	f := c.obj.Get(callbackEvents[ev])
	if f == nil || !isFunction(f) {
		return nil
	}
	args := []sobek.Value{c.s.logsValue(l)}
	if ev != "trainBegin" && ev != "trainEnd" {
		args = []sobek.Value{c.s.rt.ToValue(index), args[0]}
	}
	res, err := c.s.call(f, c.obj, args...)
	if err != nil {
		return err
	}
	_, err = t.Await(res)
	return err
}

// earlyStopping is tf.callbacks.earlyStopping.
type earlyStopping struct {
	s             *Shim
	monitor       string
	minDelta      float64
	patience      int
	mode          string
	baseline      *float64
	wait, stopped int
	best          float64
	model         *Model
}

func (e *earlyStopping) event(t *async.Task, ev string, epoch int, l *logs) error {
	switch ev {
	case "trainBegin":
		e.wait, e.stopped = 0, 0
		e.best = inf(e.mode != "max")
		if e.baseline != nil {
			e.best = *e.baseline
		}
	case "epochEnd":
		if err := e.s.resolveLogs(t, l); err != nil {
			return err
		}
		if err := e.s.tick(t); err != nil {
			return err
		}
		v, ok := l.vals[e.monitor]
		if !ok {
			return nil
		}
		better := v.num-e.minDelta < e.best
		if e.mode == "max" {
			better = v.num-e.minDelta > e.best
		}
		if better {
			e.best, e.wait = v.num, 0
			return nil
		}
		e.wait++
		if e.wait >= e.patience {
			e.stopped = epoch
			if e.model != nil && e.model.train != nil {
				e.model.train.stop = true
			}
		}
	}
	return nil
}

func inf(pos bool) float64 {
	if pos {
		return math.Inf(1)
	}
	return math.Inf(-1)
}
