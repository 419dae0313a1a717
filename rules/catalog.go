package rules

import "fmt"

// Severity notes shared by the memory rules, worded as in RULES.md.
const (
	repeatedErrorElseWarning = "error per iteration, warning per event (images, predictions), else info, off once"
	repeatedError            = "error per iteration, warning per event (images, predictions), else info"
)

// catalog is RULES.md as data, in its order. Tips of the memory rules follow
// the section title: tip 13 for memory, tip 17 for readback and async waits.
var catalog = []Rule{
	// Memory (tip 13) and readback (tip 17).
	{ID: "undisposed-tensor", Tips: []int{13}, DefaultSeverity: Warning, SeverityNote: repeatedErrorElseWarning, Fix: Suggestion, Implemented: true,
		Summary: "a tensor bound to a local variable that is never disposed, returned or handed off"},
	{ID: "leaked-temporary", Tips: []int{13}, DefaultSeverity: Warning, SeverityNote: repeatedErrorElseWarning, Fix: Suggestion, Implemented: true,
		Summary: "an intermediate tensor never bound nor released: chained ops, discarded or read-once results outside tf.tidy"},
	// Only flagged where code repeats (per iteration or per event).
	{ID: "overwritten-tensor", Tips: []int{13}, DefaultSeverity: Error, SeverityNote: repeatedError, Fix: Suggestion, Implemented: true,
		Summary: "a variable holding an unreleased tensor reassigned to a new tensor (w = w.sub(g) in a loop)"},
	{ID: "async-tidy", Tips: []int{13}, DefaultSeverity: Error, Implemented: true,
		Summary: "tf.tidy with an async callback, or one that returns a Promise or uses await"},
	{ID: "use-after-dispose", Tips: []int{13}, DefaultSeverity: Error, Implemented: true,
		Summary: "a tensor read after dispose() on the same straight-line path"},
	{ID: "variable-in-loop", Tips: []int{13}, DefaultSeverity: Warning, SeverityNote: "warning per iteration, per event for models known to be big, else info", Implemented: true,
		Summary: "tf.variable, models, optimizers or layers constructed in code that runs per iteration or per event"},
	{ID: "sync-readback", Tips: []int{17}, DefaultSeverity: Warning, SeverityNote: "warning per iteration, info per event, off once and in Node", Fix: Suggestion, Implemented: true,
		Summary: "dataSync/arraySync/bufferSync in browser code that runs per iteration or per event"},
	{ID: "unawaited-training", Tips: []int{17}, DefaultSeverity: Warning, Implemented: true,
		Summary: "a fit/fitDataset/trainOnBatch/save/data/array promise nobody waits for, when later code uses the model or data or the call repeats"},
	{ID: "timer-wait", Tips: []int{17}, DefaultSeverity: Info, Implemented: true,
		Summary: "setTimeout or sleep used to wait for training results instead of awaiting them"},

	// The headline checks.
	{ID: "resize-full-tensor", Tips: []int{14}, DefaultSeverity: Warning, Implemented: true,
		Summary: "per frame or per event, tf.image resizing of a full-size fromPixels/webcam tensor: draw into a canvas of the target size first"},
	{ID: "sgd-optimizer", Tips: []int{5}, DefaultSeverity: Warning, Fix: Suggestion, Implemented: true,
		Summary: "plain SGD (tf.train.sgd, optimizer: 'sgd') on a model with a hidden non-linear layer: use tf.train.adam"},
	{ID: "learning-rate", Tips: []int{5, 6}, DefaultSeverity: Info, SeverityNote: "info outside the range, error if ≤ 0", Implemented: true,
		Summary: "a constant learning rate outside the optimizer's working range, or ≤ 0",
		Options: learningRateOptions()},
	{ID: "missing-shuffle", Tips: []int{8}, DefaultSeverity: Warning, Fix: Suggestion, Implemented: true,
		Summary: "training data never shuffled, batched before shuffling, or shuffled with a buffer < 2"},

	// The other tips.
	{ID: "model-size", Tips: []int{1}, DefaultSeverity: Warning, Sim: true, Implemented: true,
		Summary: "float32 weights above the model-size budget (default 2 MiB)"},
	{ID: "prefer-separable-conv", Tips: []int{2}, DefaultSeverity: Info, Implemented: true,
		Summary: "a non-first conv2d (kernel ≥ 3, ≥ 16 input channels, ≥ 16,384 weights) that separableConv2d would shrink"},
	{ID: "deep-without-skip", Tips: []int{3}, DefaultSeverity: Info, Implemented: true,
		Summary: "a tf.sequential stack of many weighted layers: use residual or dense blocks",
		Options: []Option{{Key: "min-layers", Default: 8, Doc: "weighted layers from which a sequential stack is flagged"}}},
	{ID: "saturating-activation", Tips: []int{4}, DefaultSeverity: Info, Implemented: true,
		Summary: "two or more sigmoid/hardSigmoid hidden dense or convolution layers in a model of ≥ 4 weighted layers (tanh trains: not reported)"},
	{ID: "no-lr-schedule", Tips: []int{6}, DefaultSeverity: Info, Implemented: true,
		Summary: "long fit/fitDataset runs with validation data but no learning-rate schedule or early stopping",
		Options: []Option{{Key: "min-epochs", Default: 150, Doc: "epochs from which a run without schedule is flagged"}}},
	{ID: "bad-initializer", Tips: []int{7}, DefaultSeverity: Info, Implemented: true,
		Summary: "zeros/ones/constant kernel initializers on a hidden layer, or normal initializers with stddev ≥ 1"},
	// Off by default: on the corpus, 14 of 17 pages that train on webcam
	// frames the user collects were copies of the transfer-learning codelab
	// and course demos, where a session-only model is the point; an app
	// that keeps what its users teach it turns the rule on.
	{ID: "model-not-saved", Tips: []int{9}, DefaultSeverity: Off, Implemented: true,
		Summary: "a model trained after load on examples the user collects (webcam frames, drawings) that nothing in the program saves"},
	{ID: "manual-weight-export", Tips: []int{9}, DefaultSeverity: Info, Implemented: true,
		Summary: "weights serialized by hand instead of model.save('downloads://…') or indexeddb://"},
	{ID: "localstorage-model", Tips: []int{9, 16}, DefaultSeverity: Warning, SeverityNote: "warning (error if sim size > 5 MB)", Implemented: true,
		Summary: "model.save('localstorage://…') with its ~5 MB quota: use indexeddb://"},
	{ID: "unnormalized-pixels", Tips: []int{10}, DefaultSeverity: Warning, SeverityNote: "warning at fit and at predict after scaled training, info at predict after raw training", Implemented: true,
		Summary: "raw 0-255 pixels from fromPixels/decodeImage reaching fit or predict of a model built in the file without scaling"},
	{ID: "loss-activation-mismatch", Tips: []int{10}, DefaultSeverity: Warning, SeverityNote: "warning, info for pairs that still train", Implemented: true,
		Summary: "a last-layer activation that does not fit the loss"},
	{ID: "shape-mismatch", Tips: []int{10, 12}, DefaultSeverity: Error, Sim: true, Implemented: true,
		Summary: "a shape error met during the dry run, at the call that caused it"},
	{ID: "nondifferentiable-loss", Tips: []int{11}, DefaultSeverity: Info, Implemented: true,
		Summary: "a custom loss differentiated through comparisons or logical ops (tfjs throws), or only through argMax/round/floor/sign/dataSync (no gradient)"},
	{ID: "batch-size", Tips: []int{15}, DefaultSeverity: Warning, Implemented: true,
		Summary: "batchSize: 1 in fit, or one step's activation memory above the step-memory budget"},
	{ID: "refetch-in-loop", Tips: []int{16}, DefaultSeverity: Warning, SeverityNote: "warning for files and models, info for endpoints, local stores and sparse epochs", Implemented: true,
		Summary: "data or models fetched inside a training loop or fit callback instead of cached"},
	{ID: "unquantized-model", Tips: []int{18}, DefaultSeverity: Info, Sim: true, Implemented: true,
		Summary: "float32 weights above 1 MiB saved without quantization"},
	{ID: "memory-growth", Tips: []int{13}, DefaultSeverity: Error, Sim: true, Implemented: true,
		Summary: "tensors still growing per training step in steady state"},
	{ID: "sim-incomplete", DefaultSeverity: Info, Sim: true, Implemented: true,
		Summary: "the dry run stopped early: an API is not simulated or a budget ran out"},
	{ID: "minimize-arguments", Tips: []int{5, 11}, DefaultSeverity: Error, Fix: Suggestion, Implemented: true,
		Summary: "optimizer.minimize(f, varList): the second parameter is returnCost, so the list is ignored"},
	{ID: "syntax-error", DefaultSeverity: Error, Implemented: true,
		Summary: "the file or an inline script does not parse"},
	{ID: "unused-directive", DefaultSeverity: Off, Fix: SafeFix, Implemented: true,
		Summary: "a tfjslint-disable directive that silenced nothing"},
	// Not in RULES.md's table: its "unknown IDs in directives are errors"
	// needs an ID of its own, as ESLint reports unknown rules in comments.
	{ID: "invalid-directive", DefaultSeverity: Error, Implemented: true,
		Summary: "a tfjslint-disable directive names an unknown rule ID (the message names the closest valid one)"},
}

// learningRateRanges are the working ranges of each optimizer, calibrated
// on public tfjs code so that no textbook rate trips them: sgd and
// momentum run up to 1 (0.15 and 0.5 are tutorial rates), the adaptive
// optimizers between 1e-6 and 0.1. The minimum of sgd/momentum is 0
// because "≤ 0" is its own, error-level check.
var learningRateRanges = []struct {
	optimizer string
	min, max  float64
}{
	{"sgd", 0, 1},
	{"momentum", 0, 1},
	{"adam", 1e-6, 0.1},
	{"adamax", 1e-6, 0.1},
	{"adagrad", 1e-6, 0.1},
	{"rmsprop", 1e-6, 0.1},
}

func learningRateOptions() []Option {
	var opts []Option
	for _, r := range learningRateRanges {
		opts = append(opts,
			Option{Key: "min-" + r.optimizer, Default: r.min,
				Doc: fmt.Sprintf("learning rates of tf.train.%s below this are flagged", r.optimizer)},
			Option{Key: "max-" + r.optimizer, Default: r.max,
				Doc: fmt.Sprintf("learning rates of tf.train.%s above this are flagged", r.optimizer)})
	}
	return opts
}
