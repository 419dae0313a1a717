package shim

import (
	"fmt"
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// checkInputData is training.ts checkInputData (predict's shape check).
func (m *Model) checkInputData(xs []*engine.Tensor, checkBatch bool) error {
	names := m.inputNames()
	if len(xs) != len(names) {
		return valueErr("Error when checking model : the Array of Tensors that you are passing to your model is not the size the the model expected. Expected to see %d Tensor(s), but instead got %d Tensors(s).", len(names), len(xs))
	}
	for i, x := range xs {
		want := m.inputs[i].layer.batchInputShape
		if want == nil {
			continue
		}
		if x.Rank() != len(want) {
			return shapeErr("Error when checking : expected %s to have %d dimension(s), but got array with shape %s", names[i], len(want), shapeJSON(x.Shape))
		}
		for j, d := range want {
			if j == 0 && !checkBatch {
				continue
			}
			if d != engine.Unknown && d != x.Shape[j] {
				return shapeErr("Error when checking : expected %s to have shape %s but got array with shape %s.", names[i], shapeJSON(want), shapeJSON(x.Shape))
			}
		}
	}
	return nil
}

// predict is LayersModel.predict: batches of the input through the model
// inside tidies, then one concatenated output per model output.
func (m *Model) predict(x sobek.Value, args cfg, site *engine.Site) ([]*engine.Tensor, error) {
	if err := m.ensureBuilt(); err != nil {
		return nil, err
	}
	orig, err := m.tensorsArg(x, m.inputNames(), "input")
	if err != nil {
		return nil, err
	}
	xs, err := m.rank2(orig, site)
	if err != nil {
		return nil, err
	}
	defer m.disposeNew(xs, orig)
	if err := m.checkInputData(xs, false); err != nil {
		return nil, err
	}
	batchSize := args.int("batchSize", 32)
	if batchSize <= 0 {
		return nil, valueErr("batchSize is required to be a positive integer, but got %d", batchSize)
	}
	e := m.s.E
	return e.Tidy("", func() ([]*engine.Tensor, error) {
		n := xs[0].Shape[0]
		var perOut [][]*engine.Tensor
		for _, b := range makeBatches(n, batchSize) {
			outs, err := e.Tidy("", func() ([]*engine.Tensor, error) {
				batch := make([]*engine.Tensor, len(xs))
				for i, x := range xs {
					sh := clone(x.Shape)
					sh[0] = b[1] - b[0]
					batch[i] = e.NewTensor(sh, x.DType, site)
					e.Record("Slice", []*engine.Tensor{x}, []*engine.Tensor{batch[i]}, nil, "")
				}
				return m.forward(batch, false, site)
			})
			if err != nil {
				return nil, err
			}
			if perOut == nil {
				perOut = make([][]*engine.Tensor, len(outs))
			}
			for i, o := range outs {
				perOut[i] = append(perOut[i], o)
			}
		}
		res := make([]*engine.Tensor, len(perOut))
		for i, parts := range perOut {
			sh := clone(parts[0].Shape)
			sh[0] = 0
			for _, p := range parts {
				sh[0] += p.Shape[0]
			}
			res[i] = e.NewTensor(sh, parts[0].DType, site)
			e.Record("Concat", parts, []*engine.Tensor{res[i]}, nil, "")
		}
		return res, nil
	})
}

// evaluate is LayersModel.evaluate: the test loop over the data.
func (m *Model) evaluate(x, y sobek.Value, args cfg, site *engine.Site) ([]*engine.Tensor, error) {
	batchSize := args.int("batchSize", 32)
	if batchSize <= 0 {
		return nil, valueErr("batchSize is required to be a positive integer, but got %d", batchSize)
	}
	xs, ys, xOrig, yOrig, err := m.standardizeXY(x, y, true, site)
	if err != nil {
		return nil, err
	}
	defer func() {
		m.disposeNew(xs, xOrig)
		m.disposeNew(ys, yOrig)
	}()
	ins := append(append([]*engine.Tensor{}, xs...), ys...)
	return m.testLoop(ins, batchSize, site)
}

// trainOnBatch is LayersModel.trainOnBatch: one step on one batch.
func (m *Model) trainOnBatch(t *async.Task, x, y sobek.Value, site *engine.Site) (sobek.Value, error) {
	s := m.s
	if !s.host.Training(site) {
		s.host.Skipped("LayersModel.trainOnBatch", site)
		return s.rt.ToValue(0), nil
	}
	xs, ys, xOrig, yOrig, err := m.standardizeXY(x, y, true, site)
	if err != nil {
		return nil, err
	}
	if _, err := t.Await(sobek.Undefined()); err != nil {
		return nil, err
	}
	losses, err := m.trainStep(append(append([]*engine.Tensor{}, xs...), ys...), site)
	if err != nil {
		return nil, err
	}
	vals := make([]sobek.Value, len(losses))
	for i, l := range losses {
		p, err := s.call(object(s.wrap(l)).Get("data"), s.wrap(l))
		if err != nil {
			return nil, err
		}
		if _, err := t.Await(p); err != nil {
			return nil, err
		}
		vals[i] = s.rt.ToValue(s.plausibleLoss())
	}
	for _, l := range losses {
		s.E.Dispose(l)
	}
	m.disposeNew(xs, xOrig)
	m.disposeNew(ys, yOrig)
	if len(vals) == 1 {
		return vals[0], nil
	}
	return s.array(vals), nil
}

// summaryLines is model.summary()'s table.
func (m *Model) summaryLines() []string {
	const width = 86
	cols := []int{32, 61, 74}
	row := func(fields ...string) string {
		var b strings.Builder
		for i, f := range fields {
			b.WriteString(f)
			if i < len(cols) {
				for b.Len() < cols[i] {
					b.WriteByte(' ')
				}
			}
		}
		return b.String()
	}
	sep := strings.Repeat("_", width)
	lines := []string{sep, row("Layer (type)", "Input Shape", "Output shape", "Param #"), strings.Repeat("=", width)}
	var trainable, total int
	for i, l := range m.Layers() {
		in := "[]"
		if len(l.inbound) > 0 {
			var parts []string
			for _, x := range l.inbound[0].inputs {
				parts = append(parts, shapeJSON(x.Shape))
			}
			in = "[" + strings.Join(parts, ",") + "]"
		}
		out := ""
		if sh := l.OutputShapes(); len(sh) == 1 {
			out = shapeJSON(sh[0])
		} else if sh != nil {
			out = shapesJSON(sh)
		}
		lines = append(lines, row(fmt.Sprintf("%s (%s)", l.Name, l.Class), in, out, itoa(l.CountParams())))
		if i < len(m.Layers())-1 {
			lines = append(lines, sep)
		}
	}
	for _, w := range m.weights() {
		total += w.V.Size()
		if w.Trainable {
			trainable += w.V.Size()
		}
	}
	lines = append(lines, strings.Repeat("=", width),
		fmt.Sprintf("Total params: %d", total),
		fmt.Sprintf("Trainable params: %d", trainable),
		fmt.Sprintf("Non-trainable params: %d", total-trainable), sep)
	return lines
}
