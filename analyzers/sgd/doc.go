// Package sgd defines an Analyzer that reports plain stochastic gradient
// descent (rule sgd-optimizer, tip 5): tf.train.sgd(…), new
// tf.SGDOptimizer(…) and optimizer: 'sgd' in model.compile. Plain SGD needs a
// hand-tuned learning rate and converges slowly on the short training runs of
// the browser; Adam adapts its step per parameter. The suggestion replaces
// the optimizer with tf.train.adam(0.001) or 'adam'. Optimizers in
// functions nothing can call (not exported, never referenced) are skipped.
// A small dense net that the file trains for rate × steps ≥ 2500 is
// reported at info without a fix (budget.go): SGD has converged there.
package sgd
