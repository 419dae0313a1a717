package shim

import (
	"slices"
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
	"github.com/tfjslint/tfjslint/sim/internal/shape"
)

// training is what LayersModel.compile sets up.
type training struct {
	optimizer      *Optimizer
	optimizerOwned bool
	losses         []lossFn // one per output
	metrics        []metricFn
	metricsNames   []string
	collected      []*Weight
	stop           bool
	running        bool
	history        sobek.Value
}

// lossFn is a loss: a tfjs-layers loss by name, or the script's function.
type lossFn struct {
	name string
	js   sobek.Value
}

// metricFn is one entry of metricsTensors: a metric (or, for models with
// several outputs, an output's loss) and the output it applies to.
type metricFn struct {
	name   string
	js     sobek.Value
	output int
	loss   bool
}

var lossNames = []string{"meanSquaredError", "meanAbsoluteError", "meanAbsolutePercentageError",
	"meanSquaredLogarithmicError", "squaredHinge", "hinge", "categoricalHinge", "logcosh",
	"categoricalCrossentropy", "sparseCategoricalCrossentropy", "binaryCrossentropy",
	"kullbackLeiblerDivergence", "poisson", "cosineProximity"}

var metricNames = []string{"binaryAccuracy", "categoricalAccuracy", "precision", "categoricalCrossentropy",
	"sparseCategoricalCrossentropy", "mse", "MSE", "mae", "MAE", "mape", "MAPE", "cosine"}

// lossOf is losses.get.
func (s *Shim) lossOf(v sobek.Value) (lossFn, error) {
	if isFunction(v) {
		return lossFn{name: jsFuncName(v), js: v}, nil
	}
	name := v.String()
	if slices.Contains(lossNames, name) {
		return lossFn{name: name}, nil
	}
	msg := "Unknown loss " + name
	if strings.Contains(strings.ToLower(name), "softmaxcrossentropy") {
		msg += `. Use "categoricalCrossentropy" as the string name for tf.losses.softmaxCrossEntropy`
	}
	return lossFn{}, valueErr("%s", msg)
}

func jsFuncName(v sobek.Value) string {
	if o := object(v); o != nil {
		if n := o.Get("name"); n != nil {
			return n.String()
		}
	}
	return ""
}

// compile is LayersModel.compile.
func (m *Model) compile(args cfg, site *engine.Site) error {
	if err := m.ensureBuilt(); err != nil {
		return err
	}
	t := &training{}
	if m.train != nil {
		t.history = m.train.history
	}
	opt := args.get("optimizer")
	switch {
	case opt == nil:
		return valueErr("User-defined optimizer must be an instance of tf.Optimizer.")
	case m.s.optimizerOf(opt) != nil:
		t.optimizer = m.s.optimizerOf(opt)
	default:
		name := opt.String()
		o, err := m.s.optimizerFromName(name, site)
		if err != nil {
			return err
		}
		t.optimizer, t.optimizerOwned = o, true
	}
	outNames := make([]string, len(m.outputs))
	for i, x := range m.outputs {
		outNames[i] = x.layer.Name
	}
	lossArg := args.get("loss")
	switch {
	case lossArg == nil:
		return valueErr("When passing an Array as loss, it should have one entry per model output. The model has %d output(s), but you passed loss=.", len(m.outputs))
	case isArray(lossArg):
		items := m.s.arrayItems(lossArg)
		if len(items) != len(m.outputs) {
			return valueErr("When passing an Array as loss, it should have one entry per model output. The model has %d output(s), but you passed loss=%s.", len(m.outputs), lossArg.String())
		}
		for _, it := range items {
			l, err := m.s.lossOf(it)
			if err != nil {
				return err
			}
			t.losses = append(t.losses, l)
		}
	case isFunction(lossArg) || !isObjectValue(lossArg):
		l, err := m.s.lossOf(lossArg)
		if err != nil {
			return err
		}
		for range m.outputs {
			t.losses = append(t.losses, l)
		}
	default:
		lo := object(lossArg)
		for _, k := range lo.Keys() {
			if !slices.Contains(outNames, k) {
				return valueErr("Unknown entry in loss dictionary: \"%s\". Only expected the following keys: %s", k, strings.Join(outNames, ","))
			}
		}
		for _, n := range outNames {
			l, err := m.s.lossOf(lo.Get(n))
			if err != nil {
				return err
			}
			t.losses = append(t.losses, l)
		}
	}
	t.metricsNames = []string{"loss"}
	if len(m.outputs) > 1 {
		for i := range m.outputs {
			t.metrics = append(t.metrics, metricFn{name: t.losses[i].name, js: t.losses[i].js, output: i, loss: true})
			t.metricsNames = append(t.metricsNames, outNames[i]+"_loss")
		}
	}
	perOutput, err := m.collectMetrics(args.get("metrics"), outNames)
	if err != nil {
		return err
	}
	for i, list := range perOutput {
		for _, mv := range list {
			mf, label, err := m.metricOf(mv, i, t.losses[i])
			if err != nil {
				return err
			}
			if len(outNames) > 1 {
				label = outNames[i] + "_" + label
			}
			t.metrics = append(t.metrics, mf)
			t.metricsNames = append(t.metricsNames, label)
		}
	}
	t.collected = m.trainableWeights()
	m.train = t
	return nil
}

func isObjectValue(v sobek.Value) bool {
	o := object(v)
	return o != nil && o.ClassName() == "Object"
}

// collectMetrics is training.ts collectMetrics: the metrics of each output.
func (m *Model) collectMetrics(v sobek.Value, outNames []string) ([][]sobek.Value, error) {
	out := make([][]sobek.Value, len(outNames))
	if v == nil || isArray(v) && len(m.s.arrayItems(v)) == 0 {
		return out, nil
	}
	var list []sobek.Value
	switch {
	case isArray(v):
		list = m.s.arrayItems(v)
	case isFunction(v):
		list = []sobek.Value{v}
	case isObjectValue(v):
		o := object(v)
		for i, n := range outNames {
			mv := o.Get(n)
			if isNullish(mv) {
				continue
			}
			if isArray(mv) {
				out[i] = m.s.arrayItems(mv)
			} else {
				out[i] = []sobek.Value{mv}
			}
		}
		return out, nil
	default:
		list = []sobek.Value{v}
	}
	for i := range out {
		out[i] = list
	}
	return out, nil
}

// metricOf resolves one metric of output i as compile does, with its log
// label ("acc", "mse", ...).
func (m *Model) metricOf(v sobek.Value, i int, loss lossFn) (metricFn, string, error) {
	if isFunction(v) {
		name := jsFuncName(v)
		return metricFn{name: name, js: v, output: i}, name, nil
	}
	name := v.String()
	switch name {
	case "accuracy", "acc", "crossentropy", "ce":
		acc := name == "accuracy" || name == "acc"
		out := m.outputs[i].Shape
		var fn string
		switch {
		case out[len(out)-1] == 1 || loss.name == "binaryCrossentropy" && loss.js == nil:
			fn = map[bool]string{true: "binaryAccuracy", false: "binaryCrossentropy"}[acc]
		case loss.name == "sparseCategoricalCrossentropy" && loss.js == nil:
			fn = map[bool]string{true: "sparseCategoricalAccuracy", false: "sparseCategoricalCrossentropy"}[acc]
		default:
			fn = map[bool]string{true: "categoricalAccuracy", false: "categoricalCrossentropy"}[acc]
		}
		label := "ce"
		if acc {
			label = "acc"
		}
		return metricFn{name: fn, output: i}, label, nil
	}
	if !slices.Contains(metricNames, name) {
		return metricFn{}, "", valueErr("Unknown metric %s", name)
	}
	return metricFn{name: name, output: i}, name, nil
}

// optimizerFromName is tfjs-layers' getOptimizer.
func (s *Shim) optimizerFromName(name string, site *engine.Site) (*Optimizer, error) {
	const eps = 1e-7
	var class string
	o := &Optimizer{}
	switch name {
	case "Adagrad", "adagrad":
		class, o.lr, o.initAccum = "AdagradOptimizer", 0.01, 0.1
	case "Adadelta", "adadelta":
		class, o.lr, o.rho, o.eps = "AdadeltaOptimizer", 1, 0.95, eps
	case "Adam", "adam":
		class, o.lr, o.beta1, o.beta2, o.eps = "AdamOptimizer", 0.001, 0.9, 0.999, eps
	case "Adamax", "adamax":
		class, o.lr, o.beta1, o.beta2, o.eps = "AdamaxOptimizer", 0.002, 0.9, 0.999, eps
	case "RMSProp", "rmsprop":
		class, o.lr, o.decay, o.eps = "RMSPropOptimizer", 0.001, 0.9, eps
	case "SGD", "sgd":
		class, o.lr = "SGDOptimizer", 0.01
	default:
		return nil, valueErr("Unknown Optimizer %s", name)
	}
	return s.newOptimizer(class, o, site), nil
}

// lossShape is the shape of a built-in loss or metric of yTrue and yPred
// (they reduce the last axis), with the broadcast errors tfjs would hit.
func lossShape(name string, yTrue, yPred []int) ([]int, error) {
	switch name {
	case "binaryCrossentropy":
		if !slices.Equal(yTrue, yPred) {
			return nil, shapeErr("logits and labels must have the same shape, but got shapes %s and %s", shapeJSON(yTrue), shapeJSON(yPred))
		}
	case "sparseCategoricalCrossentropy", "sparseCategoricalAccuracy":
		if engine.SizeOf(yTrue)*yPred[len(yPred)-1] != engine.SizeOf(yPred) {
			return nil, shapeErr("Size(%d) must match the product of shape %s", engine.SizeOf(yTrue)*yPred[len(yPred)-1], engine.FormatShape(yPred))
		}
		return clone(yPred[:len(yPred)-1]), nil
	case "precision", "recall":
		if _, err := shape.Broadcast(yTrue, yPred); err != nil {
			return nil, err
		}
		return []int{}, nil
	}
	b, err := shape.Broadcast(yTrue, yPred)
	if err != nil {
		return nil, err
	}
	if len(b) == 0 {
		return b, nil
	}
	return b[:len(b)-1], nil
}
