// Package nondiff defines an Analyzer that reports a custom loss whose
// value the optimizer cannot differentiate (rule nondifferentiable-loss,
// tip 11). A custom loss is a function given as compile's loss (its second
// parameter is the prediction), or the callback of optimizer.minimize,
// tf.variableGrads, tf.grad(s) and tf.valueAndGrad(s) (what depends on the
// model's predict/apply/execute, on a tf.variable or on a tf.grad
// function's parameters is differentiated).
//
// What tfjs 4.22 does, checked in Node (see the rule's docs):
//   - a comparison or logical op (equal, greater, logicalAnd …) on a value
//     that depends on the weights throws "gradient function not found"
//     as soon as the loss is differentiated, even inside tf.where's
//     condition and even when another path carries a gradient: reported
//     wherever it feeds the returned loss;
//   - argMax, argMin, round, floor, ceil, sign and step have a zero
//     gradient, and dataSync/arraySync/data/array leave the graph: the
//     loss trains nothing only when every path from the weights to it goes
//     through them, so they are reported only then (an argMax that picks
//     indices for oneHot or gather beside a differentiable path is fine);
//   - int casts pass the gradient through (cast's gradient is the
//     identity), so they are not reported.
//
// Calls of functions the file does not show keep their arguments'
// dependence, so the rule stays silent when it cannot see the op.
package nondiff
