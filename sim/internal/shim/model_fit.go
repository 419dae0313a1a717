package shim

import (
	"math"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// fitRun is one call of LayersModel.fit, following training.ts: fit
// standardizes and splits the data, fitLoop runs the epochs and batches
// with the callbacks in tfjs's order.
type fitRun struct {
	m        *Model
	t        *async.Task
	site     *engine.Site // the user's call, for shape errors
	internal *engine.Site // tfjs's own tensors
}

// fit is LayersModel.fit(x, y, args).
func (m *Model) fit(t *async.Task, x, y sobek.Value, args cfg, site *engine.Site) (sobek.Value, error) {
	tr := m.train
	if tr != nil && tr.running {
		return nil, valueErr("Cannot start training because another fit() call is ongoing.")
	}
	if !m.s.host.Training(site) {
		m.s.host.Skipped("LayersModel.fit", site)
		return m.s.emptyHistory(), nil
	}
	// At least one batch an epoch: the data may be what the dry run could
	// not read (an empty placeholder), not what the page trains on.
	initial := args.int("initialEpoch", 0)
	m.s.host.Planned(fitEpochs(args.get("epochs"), initial) - initial)
	r := &fitRun{m: m, t: t, site: site, internal: m.s.internalSite("LayersModel.fit")}
	batchSize := args.int("batchSize", 32)
	if args.has("batchSize") && (batchSize <= 0 || args.float("batchSize", 0) != math.Trunc(args.float("batchSize", 0))) {
		return nil, valueErr("batchSize is required to be a positive integer, but got %v", args.get("batchSize"))
	}
	if batchSize <= 0 {
		batchSize = 32
	}
	inputs, targets, xOrig, yOrig, err := m.standardizeXY(x, y, false, r.internal)
	if err != nil {
		return nil, err
	}
	if args.has("classWeight") {
		m.s.host.Note("fit's classWeight is not simulated")
	}
	m.train.running = true
	var originalInputs, originalTargets, valX, valY, inValX, inValY []*engine.Tensor
	defer func() {
		m.train.running = false
		m.disposeNew(inputs, xOrig)
		m.disposeNew(targets, yOrig)
		m.disposeNew(originalInputs, xOrig)
		m.disposeNew(originalTargets, yOrig)
		m.disposeNew(valX, inValX)
		m.disposeNew(valY, inValY)
	}()
	if _, err := t.Await(sobek.Undefined()); err != nil {
		return nil, err
	}
	doValidation := false
	var valIns []*engine.Tensor
	if vd := args.get("validationData"); vd != nil && len(m.s.arrayItems(vd)) > 0 {
		items := m.s.arrayItems(vd)
		switch len(items) {
		case 2:
		case 3:
			return nil, engine.Errorf(engine.NotImplemented, "validationData including sample weights is not supported yet.")
		default:
			return nil, valueErr("When passing validation data, it must contain 2 (valX, valY) or 3 (valX, valY, valSampleWeight) items; %s is invalid.", vd.String())
		}
		doValidation = true
		var err error
		valX, valY, inValX, inValY, err = m.standardizeXY(items[0], items[1], true, r.internal)
		if err != nil {
			return nil, err
		}
		if _, err := t.Await(sobek.Undefined()); err != nil {
			return nil, err
		}
		valIns = append(append([]*engine.Tensor{}, valX...), valY...)
	} else if split := args.float("validationSplit", 0); split > 0 && split < 1 {
		doValidation = true
		n := inputs[0].Shape[0]
		at := int(math.Floor(float64(n) * (1 - split)))
		valX = r.sliceAll(inputs, at, n)
		originalInputs, inputs = inputs, r.sliceAll(inputs, 0, at)
		valY = r.sliceAll(targets, at, n)
		originalTargets, targets = targets, r.sliceAll(targets, 0, at)
		valIns = append(append([]*engine.Tensor{}, valX...), valY...)
	}
	ins := append(append([]*engine.Tensor{}, inputs...), targets...)
	labels := dedupe(m.train.metricsNames)
	metrics := append([]string{}, labels...)
	if doValidation {
		for _, l := range labels {
			metrics = append(metrics, "val_"+l)
		}
	}
	callbacks, err := m.s.standardizeCallbacks(args.get("callbacks"), args.get("yieldEvery"), m)
	if err != nil {
		return nil, err
	}
	epochs := fitEpochs(args.get("epochs"), initial)
	shuffle := args.get("shuffle") == nil || args.get("shuffle").ToBoolean()
	if v := args.get("shuffle"); v != nil && v.String() == "batch" {
		return nil, engine.Errorf(engine.NotImplemented, "batch shuffling is not implemneted yet")
	}
	h, err := r.loop(ins, labels, metrics, batchSize, epochs, initial, shuffle, doValidation, valIns, callbacks)
	if err != nil {
		return nil, err
	}
	if err := m.s.tick(t); err != nil { // await this.fitLoop(...)
		return nil, err
	}
	return h, nil
}

// sliceAll is sliceArrays: rows [start, stop) of every tensor.
func (r *fitRun) sliceAll(ts []*engine.Tensor, start, stop int) []*engine.Tensor {
	out := make([]*engine.Tensor, len(ts))
	for i, t := range ts {
		sh := clone(t.Shape)
		sh[0] = stop - start
		out[i] = r.m.s.E.NewTensor(sh, t.DType, r.internal)
	}
	return out
}

func dedupe(labels []string) []string {
	out := make([]string, len(labels))
	for i, l := range labels {
		n, before := 0, 0
		for j, o := range labels {
			if o == l {
				n++
				if j < i {
					before++
				}
			}
		}
		out[i] = l
		if n > 1 {
			out[i] = l + "_" + itoa(before)
		}
	}
	return out
}

// gather is sliceArraysByIndices: the rows of each tensor at the batch's
// indices (a tidy around gather and the int32 cast).
func (r *fitRun) gather(ins []*engine.Tensor, ids *engine.Tensor) []*engine.Tensor {
	e := r.m.s.E
	out, _ := e.Tidy("", func() ([]*engine.Tensor, error) {
		idx := e.Share(ids, ids.Shape, engine.Int32, r.internal)
		_ = idx
		res := make([]*engine.Tensor, len(ins))
		for i, t := range ins {
			sh := clone(t.Shape)
			sh[0] = ids.Shape[0]
			res[i] = e.NewTensor(sh, t.DType, r.internal)
			e.Record("GatherV2", []*engine.Tensor{t}, []*engine.Tensor{res[i]}, nil, "")
		}
		return res, nil
	})
	return out
}

// fitEpochs is where fit's epoch loop ends: tfjs runs `for (epoch =
// initialEpoch; epoch < epochs; ++epoch)` on the option as given, so a
// string from an <input> ("50") runs all its epochs, 2.5 runs three and a
// value that is not a number none; no option is one epoch.
func fitEpochs(v sobek.Value, initial int) int {
	if v == nil {
		return 1
	}
	f := v.ToFloat() // JavaScript's ToNumber, as the comparison does
	if math.IsNaN(f) || f <= float64(initial) {
		return initial
	}
	return int(math.Min(math.Ceil(f), math.MaxInt32))
}

// loop is fitLoop.
func (r *fitRun) loop(ins []*engine.Tensor, labels, metrics []string, batchSize, epochs, initialEpoch int, shuffle, doValidation bool, valIns []*engine.Tensor, cbs callbackList) (sobek.Value, error) {
	m, s, t := r.m, r.m.s, r.t
	e := s.E
	n := ins[0].Shape[0]
	history := &historyCB{s: s}
	logger := &baseLogger{s: s, metrics: metrics, site: s.internalSite("BaseLogger")}
	all := append(append(callbackList{logger}, cbs...), history)
	params := s.rt.ToValue(map[string]any{"epochs": epochs, "initialEpoch": initialEpoch, "samples": n,
		"steps": nil, "batchSize": batchSize, "verbose": 1, "doValidation": doValidation, "metrics": metrics})
	if err := all.run(s, t, "trainBegin", 0, newLogs()); err != nil {
		return nil, err
	}
	m.train.stop = false
	s.host.Planned((epochs - initialEpoch) * max(1, len(makeBatches(n, batchSize))))
	call := s.NewCall()
	for epoch := initialEpoch; epoch < epochs; epoch++ {
		if err := all.run(s, t, "epochBegin", epoch, newLogs()); err != nil {
			return nil, err
		}
		epochLogs := newLogs()
		idxs := e.NewTensor([]int{n}, engine.Float32, r.internal)
		batches := makeBatches(n, batchSize)
		for bi, b := range batches {
			batchLogs := newLogs()
			if err := all.run(s, t, "batchBegin", bi, batchLogs); err != nil {
				e.Dispose(idxs)
				return nil, err
			}
			_, err := e.Tidy("", func() ([]*engine.Tensor, error) {
				ids := e.NewTensor([]int{b[1] - b[0]}, engine.Float32, r.internal)
				batchLogs.set("batch", logVal{num: float64(bi)})
				batchLogs.set("size", logVal{num: float64(b[1] - b[0])})
				s.Fitting = FitStep{Call: call, Epoch: epoch}
				outs, err := m.trainStep(r.gather(ins, ids), r.site)
				s.Fitting = FitStep{}
				if err != nil {
					return nil, err
				}
				for i, l := range labels {
					batchLogs.set(l, logVal{t: e.Keep(outs[i])})
				}
				if bi == len(batches)-1 && doValidation {
					vals, err := m.testLoop(valIns, batchSize, r.internal)
					if err != nil {
						return nil, err
					}
					for i, l := range labels {
						epochLogs.set("val_"+l, logVal{t: e.Keep(vals[i])})
					}
				}
				return nil, nil
			})
			if err != nil {
				e.Dispose(idxs)
				return nil, err
			}
			if err := all.run(s, t, "batchEnd", bi, batchLogs); err != nil {
				e.Dispose(idxs)
				return nil, err
			}
			s.disposeLogs(batchLogs)
			if !s.host.Training(r.site) {
				// The call's step budget is spent: the fit stops as if a
				// callback had set model.stopTraining.
				s.host.Skipped("LayersModel.fit", r.site)
				m.train.stop = true
			}
			if m.train.stop {
				break
			}
		}
		e.Dispose(idxs)
		if err := all.run(s, t, "epochEnd", epoch, epochLogs); err != nil {
			return nil, err
		}
		if m.train.stop {
			break
		}
	}
	if err := all.run(s, t, "trainEnd", 0, newLogs()); err != nil {
		return nil, err
	}
	if err := history.syncData(t); err != nil {
		return nil, err
	}
	if err := s.tick(t); err != nil { // await this.history.syncData()
		return nil, err
	}
	h := history.value(params)
	m.train.history = h
	return h, nil
}

// makeBatches splits size samples into [start, end) batches.
func makeBatches(size, batchSize int) [][2]int {
	var out [][2]int
	for start := 0; start < size; start += batchSize {
		out = append(out, [2]int{start, min(start+batchSize, size)})
	}
	return out
}

// testLoop is LayersModel.testLoop: in a tidy, the sample-weighted mean of
// every output of the test function over batches.
func (m *Model) testLoop(ins []*engine.Tensor, batchSize int, site *engine.Site) ([]*engine.Tensor, error) {
	e := m.s.E
	return e.Tidy("", func() ([]*engine.Tensor, error) {
		n := ins[0].Shape[0]
		e.NewTensor([]int{n}, engine.Float32, site) // indexArray
		var outs []*engine.Tensor
		for bi, b := range makeBatches(n, batchSize) {
			ids := e.NewTensor([]int{b[1] - b[0]}, engine.Float32, site)
			r := &fitRun{m: m, internal: site}
			batch := r.gather(ins, ids)
			vals, err := m.testStep(batch, site)
			if err != nil {
				return nil, err
			}
			if bi == 0 {
				for range vals {
					outs = append(outs, e.NewTensor([]int{}, engine.Float32, site))
				}
			}
			for i := range vals {
				e.NewTensor([]int{}, engine.Float32, site) // mul(batchSize, out)
				outs[i] = e.NewTensor([]int{}, engine.Float32, site)
			}
		}
		for i := range outs {
			outs[i] = e.NewTensor([]int{}, engine.Float32, site)
		}
		return outs, nil
	})
}

// emptyHistory is what a training call returns once the step budget is spent.
func (s *Shim) emptyHistory() sobek.Value {
	o := s.rt.NewObject()
	_ = o.Set("epoch", s.rt.NewArray())
	_ = o.Set("history", s.rt.NewObject())
	return o
}

// standardizeCallbacks turns fit's callbacks argument into callbacks.
func (s *Shim) standardizeCallbacks(v, yieldEvery sobek.Value, m *Model) (callbackList, error) {
	var items []sobek.Value
	switch {
	case v == nil:
		items = []sobek.Value{s.rt.NewObject()}
	case isArray(v):
		items = s.arrayItems(v)
	default:
		items = []sobek.Value{v}
	}
	var out callbackList
	for _, it := range items {
		o := object(it)
		if o == nil {
			continue
		}
		if cb, ok := s.customCallbackOf(it); ok {
			out = append(out, cb)
			continue
		}
		if es, ok := s.earlyStoppingOf(it); ok {
			es.model = m
			out = append(out, es)
			continue
		}
		if s.isCallbackInstance(it) {
			out = append(out, &jsCallback{s: s, obj: o})
			continue
		}
		c, err := s.newCustomCallback(o, yieldEvery)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}
