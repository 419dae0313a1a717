package shim

import (
	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// node allocates the result of an internal op and records it for
// gradients, as the tfjs op would.
func (s *Shim) node(name string, inputs []*engine.Tensor, sh []int, dt engine.DType, site *engine.Site) *engine.Tensor {
	t := s.E.NewTensor(sh, dt, site)
	s.E.Record(name, inputs, []*engine.Tensor{t}, inputs, "")
	return t
}

// scalarOf is tfc.mean(x): the scalar every loss and metric ends in.
func (s *Shim) scalarOf(x *engine.Tensor, site *engine.Site) *engine.Tensor {
	return s.node("Mean", []*engine.Tensor{x}, []int{}, engine.Float32, site)
}

// applyLoss computes a loss or metric of (yTrue, yPred): built-ins by
// shape, the script's functions by calling them.
func (m *Model) applyLoss(name string, js sobek.Value, yTrue, yPred *engine.Tensor, site *engine.Site) (*engine.Tensor, error) {
	s := m.s
	if js != nil {
		res, err := s.call(js, nil, s.wrap(yTrue), s.wrap(yPred))
		if err != nil {
			return nil, err
		}
		t := s.tensorOf(res)
		if t == nil {
			return nil, valueErr("The loss or metric function %s must return a tensor", name)
		}
		return t, nil
	}
	sh, err := lossShape(name, yTrue.Shape, yPred.Shape)
	if err != nil {
		return nil, err
	}
	return s.node(name, []*engine.Tensor{yTrue, yPred}, sh, engine.Float32, site), nil
}

// trainStep is the function makeTrainFunction returns, on one batch
// (inputs then targets): minimize the total loss over the collected
// trainable weights, keeping the metric values. It returns the loss and
// then the metrics, as fitLoop's `outs`.
func (m *Model) trainStep(batch []*engine.Tensor, site *engine.Site) ([]*engine.Tensor, error) {
	s, t := m.s, m.train
	nIn := len(m.inputs)
	inputs, targets := batch[:nIn], batch[nIn:nIn+len(m.outputs)]
	vars := make([]*engine.Tensor, len(t.collected))
	for i, w := range t.collected {
		vars[i] = w.V
	}
	var metrics []*engine.Tensor
	value, err := t.optimizer.minimize(func() (*engine.Tensor, error) {
		outputs, err := m.forward(inputs, true, site)
		if err != nil {
			return nil, err
		}
		var total *engine.Tensor
		var lossValues []*engine.Tensor
		for i, lf := range t.losses {
			loss, err := m.applyLoss(lf.name, lf.js, targets[i], outputs[i], site)
			if err != nil {
				return nil, err
			}
			lossValues = append(lossValues, s.scalarOf(loss, site))
			if i == 0 {
				total = loss
			} else {
				total = s.node("Add", []*engine.Tensor{total, loss}, loss.Shape, engine.Float32, site)
			}
		}
		for i, mf := range t.metrics {
			var v *engine.Tensor
			if len(m.outputs) > 1 && i < len(m.outputs) {
				v = lossValues[i]
			} else {
				r, err := m.applyLoss(mf.name, mf.js, targets[mf.output], outputs[mf.output], site)
				if err != nil {
					return nil, err
				}
				v = s.scalarOf(r, site)
			}
			s.E.Keep(v)
			metrics = append(metrics, v)
		}
		return s.scalarOf(total, site), nil
	}, true, vars, true, site)
	if err != nil {
		return nil, err
	}
	return append([]*engine.Tensor{value}, metrics...), nil
}

// testStep is the function makeTestFunction makes: in a tidy, the
// running total loss per output and the mean of every metric.
func (m *Model) testStep(batch []*engine.Tensor, site *engine.Site) ([]*engine.Tensor, error) {
	s, t := m.s, m.train
	nIn := len(m.inputs)
	inputs, targets := batch[:nIn], batch[nIn:nIn+len(m.outputs)]
	return s.E.Tidy("", func() ([]*engine.Tensor, error) {
		outputs, err := m.forward(inputs, false, site)
		if err != nil {
			return nil, err
		}
		var vals []*engine.Tensor
		var total *engine.Tensor
		for i, lf := range t.losses {
			l, err := m.applyLoss(lf.name, lf.js, targets[i], outputs[i], site)
			if err != nil {
				return nil, err
			}
			loss := s.scalarOf(l, site)
			if i == 0 {
				total = loss
			} else {
				total = s.E.NewTensor([]int{}, engine.Float32, site)
			}
			vals = append(vals, total)
		}
		for _, mf := range t.metrics {
			r, err := m.applyLoss(mf.name, mf.js, targets[mf.output], outputs[mf.output], site)
			if err != nil {
				return nil, err
			}
			vals = append(vals, s.scalarOf(r, site))
		}
		return vals, nil
	})
}
