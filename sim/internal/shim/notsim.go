package shim

import (
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// NotSimulated lists the tensor-producing APIs of the tfapi table the shim
// does not simulate, with the reason. Calling one ends the run with a
// sim-incomplete note naming it.
var NotSimulated = map[string]string{
	"tf.Tensor":   "an internal constructor; scripts make tensors with tf.tensor and the ops",
	"tf.Variable": "an internal constructor; scripts make variables with tf.variable",

	"tf.booleanMaskAsync":                      valueDependent,
	"tf.whereAsync":                            valueDependent,
	"tf.setdiff1dAsync":                        valueDependent,
	"tf.unique":                                valueDependent,
	"Tensor.unique":                            valueDependent,
	"tf.image.nonMaxSuppression":               valueDependent,
	"tf.image.nonMaxSuppressionAsync":          valueDependent,
	"tf.image.nonMaxSuppressionPadded":         valueDependent,
	"tf.image.nonMaxSuppressionPaddedAsync":    valueDependent,
	"tf.image.nonMaxSuppressionWithScore":      valueDependent,
	"tf.image.nonMaxSuppressionWithScoreAsync": valueDependent,
	"tf.raggedGather":                          valueDependent,
	"tf.raggedRange":                           valueDependent,
	"tf.raggedTensorToTensor":                  valueDependent,
	"tf.sparse.sparseFillEmptyRows":            valueDependent,
	"tf.sparse.sparseReshape":                  valueDependent,
	"tf.sparse.sparseSegmentMean":              valueDependent,
	"tf.sparse.sparseSegmentSum":               valueDependent,
	"tf.string.staticRegexReplace":             "string tensors are not simulated",
	"tf.string.stringNGrams":                   valueDependent,
	"tf.string.stringSplit":                    valueDependent,
	"tf.string.stringToHashBucketFast":         "string tensors are not simulated",
	"tf.multiRNNCell":                          "low-level RNN cell op; use the recurrent layers",

	"tf.io.decodeWeights":       "decoding weight buffers needs the model's files",
	"tf.io.decodeWeightsStream": "decoding weight buffers needs the model's files",
	"tf.io.loadWeights":         "loading weights reads files or the network",

	"GraphModel.execute":                "graph models are loaded from files or the network",
	"GraphModel.executeAsync":           "graph models are loaded from files or the network",
	"GraphModel.predict":                "graph models are loaded from files or the network",
	"GraphModel.predictAsync":           "graph models are loaded from files or the network",
	"GraphModel.getIntermediateTensors": "graph models are loaded from files or the network",
	"MicrophoneIterator.capture":        "audio capture is not simulated",
	"Layer.call":                        "custom layers (subclasses of tf.layers.Layer) are not simulated",
	"RNN.getStates":                     "stateful recurrent layers are not simulated",
	"RNN.getInitialState":               "stateful recurrent layers are not simulated",
}

// valueDependent is why ops whose output shape depends on tensor values are
// not simulated: the simulator has shapes, not values.
const valueDependent = "its output shape depends on tensor values, which the simulator does not compute"

func (s *Shim) initNotSimulated() {
	for name, why := range NotSimulated {
		ns, fn, ok := cutLast(name)
		if !ok || Implemented(name) {
			continue
		}
		target := s.tf
		if strings.HasPrefix(ns, "Tensor") {
			target = s.tensorProto
		} else if ns != "tf" {
			target = s.ns(strings.TrimPrefix(ns, "tf."))
		}
		if v := target.Get(fn); v != nil && !sobek.IsUndefined(v) {
			continue // the shim defines it (the tf.Tensor class for instanceof)
		}
		api, reason := name, why
		_ = target.Set(fn, s.fn(func(sobek.FunctionCall) sobek.Value {
			s.host.Note(api + " is not simulated (" + reason + ")")
			s.throw(engine.Errorf(engine.NotImplemented, "tfjslint sim: %s is not simulated", api), nil)
			return nil
		}))
	}
}

// cutLast splits "tf.image.foo" into "tf.image" and "foo".
func cutLast(name string) (string, string, bool) {
	i := strings.LastIndex(name, ".")
	if i < 0 {
		return "", "", false
	}
	return name[:i], name[i+1:], true
}

// TensorProducing lists the table's APIs that produce tensors.
func TensorProducing() []tfapi.API {
	var out []tfapi.API
	for _, a := range tfapi.All() {
		if a.Result.IsTensorish() {
			out = append(out, a)
		}
	}
	return out
}
