package shim

import (
	"slices"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// tensorsArg reads x or y of fit/evaluate/predict: a tensor, an array of
// tensors, or an object of tensors by input/output name.
func (m *Model) tensorsArg(v sobek.Value, names []string, prefix string) ([]*engine.Tensor, error) {
	s := m.s
	if t := s.tensorOf(v); t != nil {
		if len(names) > 1 {
			return nil, valueErr("The model %s expects %d Tensor(s), but only received one Tensor. Found: Tensor with shape %s", prefix, len(names), engine.FormatShape(t.Shape))
		}
		return []*engine.Tensor{t}, nil
	}
	if isArray(v) {
		items := s.arrayItems(v)
		if len(items) != len(names) {
			return nil, valueErr("Error when checking model %s: the Array of Tensors that you are passing to your model is not the size the model expected. Expected to see %d Tensor(s), but instead got the following list of Tensor(s): %s", prefix, len(names), v.String())
		}
		out := make([]*engine.Tensor, len(items))
		for i, it := range items {
			if out[i] = s.tensorOf(it); out[i] == nil {
				return nil, valueErr("Error when checking model %s: expected a Tensor at index %d", prefix, i)
			}
		}
		return out, nil
	}
	o := object(v)
	if o == nil {
		return nil, valueErr("Error when checking model %s: expected Tensor(s) but got %v", prefix, v)
	}
	var out []*engine.Tensor
	for _, n := range names {
		t := s.tensorOf(o.Get(n))
		if t == nil {
			return nil, valueErr("No data provided for \"%s\". Need data for each key in: %v", n, names)
		}
		out = append(out, t)
	}
	return out, nil
}

// rank2 is ensureTensorsRank2OrHigher: rank-1 tensors get a new
// expandDims(x, 1) tensor.
func (m *Model) rank2(ts []*engine.Tensor, site *engine.Site) ([]*engine.Tensor, error) {
	out := make([]*engine.Tensor, len(ts))
	for i, t := range ts {
		switch t.Rank() {
		case 0:
			return nil, valueErr("Expected tensor to be at least 1D, but received a 0D tensor (scalar).")
		case 1:
			out[i] = m.s.E.Share(t, []int{t.Shape[0], 1}, t.DType, site)
		default:
			out[i] = t
		}
	}
	return out, nil
}

// disposeNew is disposeNewTensors: dispose what standardization made.
func (m *Model) disposeNew(ts, orig []*engine.Tensor) {
	for _, t := range ts {
		if t != nil && !slices.Contains(orig, t) && !t.IsDisposed() {
			m.s.E.Dispose(t)
		}
	}
}

// checkShapes is standardizeInputData's shape check (checkBatchAxis
// false skips the batch dimension).
func checkShapes(ts []*engine.Tensor, names []string, shapes [][]int, checkBatch bool, prefix string) error {
	for i, t := range ts {
		want := shapes[i]
		if want == nil {
			continue
		}
		if t.Rank() != len(want) {
			return shapeErr("Error when checking %s: expected %s to have %d dimension(s). but got array with shape %s", prefix, names[i], len(want), engine.FormatShape(t.Shape))
		}
		for j, d := range want {
			if j == 0 && !checkBatch {
				continue
			}
			if d >= 0 && t.Shape[j] != d {
				return shapeErr("%s expected a batch of elements where each example has shape [%s] (i.e.,tensor shape [*,%s]) but the %s received an input with %d examples, each with shape [%s] (tensor shape [%s])",
					prefix, engine.FormatShape(want[1:]), engine.FormatShape(want[1:]), prefix, t.Shape[0], engine.FormatShape(t.Shape[1:]), engine.FormatShape(t.Shape))
			}
		}
	}
	return nil
}

// inputNames and outputNames are the model's feed names.
func (m *Model) inputNames() []string {
	out := make([]string, len(m.inputs))
	for i, x := range m.inputs {
		out[i] = x.layer.Name
	}
	return out
}

func (m *Model) outputNames() []string {
	out := make([]string, len(m.outputs))
	for i, x := range m.outputs {
		out[i] = x.layer.Name
	}
	return out
}

// standardizeXY is standardizeUserDataXY: the x and y tensors (with new
// rank-2 views) checked against the model. The second result holds every
// tensor standardization made, for disposeNewTensors.
func (m *Model) standardizeXY(x, y sobek.Value, checkBatch bool, site *engine.Site) ([]*engine.Tensor, []*engine.Tensor, []*engine.Tensor, []*engine.Tensor, error) {
	t := m.train
	if t == nil || t.optimizer == nil {
		return nil, nil, nil, nil, engine.Errorf(engine.ValueError, "You must compile a model before training/testing. Use LayersModel.compile(modelCompileArgs).")
	}
	xOrig, err := m.tensorsArg(x, m.inputNames(), "input")
	if err != nil {
		return nil, nil, nil, nil, err
	}
	yOrig, err := m.tensorsArg(y, m.outputNames(), "target")
	if err != nil {
		return nil, nil, nil, nil, err
	}
	xs, err := m.rank2(xOrig, site)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	ys, err := m.rank2(yOrig, site)
	if err != nil {
		m.disposeNew(xs, xOrig)
		return nil, nil, nil, nil, err
	}
	inShapes := make([][]int, len(m.inputs))
	for i, in := range m.inputs {
		inShapes[i] = in.layer.batchInputShape
	}
	outShapes := make([][]int, len(m.outputs))
	for i, o := range m.outputs {
		outShapes[i] = clone(o.Shape)
		if t.losses[i].name == "sparseCategoricalCrossentropy" && t.losses[i].js == nil {
			outShapes[i] = append(outShapes[i][:len(outShapes[i])-1], 1)
		}
	}
	fail := func(err error) ([]*engine.Tensor, []*engine.Tensor, []*engine.Tensor, []*engine.Tensor, error) {
		m.disposeNew(xs, xOrig)
		m.disposeNew(ys, yOrig)
		return nil, nil, nil, nil, err
	}
	if err := checkShapes(xs, m.inputNames(), inShapes, checkBatch, "input"); err != nil {
		return fail(err)
	}
	if err := checkShapes(ys, m.outputNames(), outShapes, checkBatch, "target"); err != nil {
		return fail(err)
	}
	if err := checkLengths(xs, ys); err != nil {
		return fail(err)
	}
	if err := m.checkLossTargets(ys); err != nil {
		return fail(err)
	}
	return xs, ys, xOrig, yOrig, nil
}

// checkLengths is checkArrayLengths.
func checkLengths(xs, ys []*engine.Tensor) error {
	set := func(ts []*engine.Tensor) []int {
		var out []int
		for _, t := range ts {
			if !slices.Contains(out, t.Shape[0]) {
				out = append(out, t.Shape[0])
			}
		}
		return out
	}
	sx, sy := set(xs), set(ys)
	if len(sx) > 1 {
		return shapeErr("All input Tensors (x) should have the same number of samples. Got array shapes: %s", shapesOf(xs))
	}
	if len(sy) > 1 {
		return shapeErr("All target Tensors (y) should have the same number of samples. Got array shapes: %s", shapesOf(ys))
	}
	if len(sx) > 0 && len(sy) > 0 && sx[0] != sy[0] {
		return shapeErr("Input Tensors should have the same number of samples as target Tensors. Found %d input sample(s) and %d target sample(s).", sx[0], sy[0])
	}
	return nil
}

func shapesOf(ts []*engine.Tensor) string {
	sh := make([][]int, len(ts))
	for i, t := range ts {
		sh[i] = t.Shape
	}
	return shapesJSON(sh)
}

// checkLossTargets is checkLossAndTargetCompatibility.
func (m *Model) checkLossTargets(ys []*engine.Tensor) error {
	for i, y := range ys {
		lf := m.train.losses[i]
		if lf.js != nil {
			continue
		}
		out := m.outputs[i].Shape
		if lf.name == "categoricalCrossentropy" && y.Shape[y.Rank()-1] == 1 {
			return shapeErr("You are passing a target array of shape %s while using a loss 'categorical_crossentropy'. 'categorical_crossentropy'expects targets to be binary matrices (1s and 0s) of shape [samples, classes].", engine.FormatShape(y.Shape))
		}
		switch lf.name {
		case "meanSquaredError", "binaryCrossentropy", "categoricalCrossentropy":
			for j := 1; j < len(y.Shape) && j < len(out); j++ {
				if out[j] >= 0 && y.Shape[j] != out[j] {
					return shapeErr("A target Tensor with shape %s was passed for an output of shape %s, while using a loss function that expects targets to have the same shape as the output.", engine.FormatShape(y.Shape), jsShape(out))
				}
			}
		}
	}
	return nil
}

// jsShape prints a shape as JavaScript's String([null, 3]) does: ",3".
func jsShape(s []int) string {
	out := ""
	for i, d := range s {
		if i > 0 {
			out += ","
		}
		if d != engine.Unknown {
			out += itoa(d)
		}
	}
	return out
}
