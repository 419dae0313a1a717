// Package loopalloc defines an Analyzer that reports trainable state built
// in code that runs repeatedly (rule variable-in-loop, tip 13): tf.variable
// (and x.variable()), models (tf.sequential, tf.model), optimizers
// (tf.train.*, new tf.SGDOptimizer(…) and the other optimizer classes) and
// layers (tf.layers.*).
//
// Each of these allocates weights or slot variables that tf.tidy does not
// release, so making one per iteration, frame or event leaks memory and
// throws the training state away (a new variable starts from its initial
// value, a new optimizer from zero moments, a new layer from fresh random
// weights).
//
// Where (contexts.Info): the innermost repeated context of the call.
//
//   - requestAnimationFrame/setTimeout loops, setInterval, event listeners
//     and fit callbacks: every construction is reported.
//   - Loops and array iteration callbacks also run once at set-up, over a
//     configuration (`for (const units of [64, 32]) model.add(tf.layers.dense({units}))`,
//     `shapes.map((s) => tf.variable(tf.zeros(s)))`), which is correct. There
//     a construction is reported only when the same loop body also trains or
//     predicts (fit, fitDataset, trainOnBatch, minimize, applyGradients,
//     predict, execute, evaluate): a training or inference loop.
//
// Never reported, in any context:
//
//   - the object is collected rather than replaced: passed directly to
//     .add/.push/.unshift/.set, put in an array literal, or stored with
//     `a[i] = …`;
//   - lazy initialisation: inside `if (!x) { x = … }` (also `x == null`,
//     `typeof x === 'undefined'`, `x.isDisposed`, `!cache.has(k)`, an
//     `initialized` flag set in the same branch), on the right of `||`,
//     `??`, `||=`, `??=`, in a `x ? x : …` branch, and, in loops and fit
//     callbacks, under `if (i === 0)`;
//   - the object is disposed in the same repeated body (`model.dispose()`,
//     `tf.dispose(v)`, `tf.disposeVariables()` for variables), also when a
//     local helper (or a helper returning another's result) returns it and
//     the loop around the call disposes the result: a model per
//     cross-validation fold;
//   - layers, when the same repeated body (or a helper it calls) builds the
//     model they belong to: the model is what is reported.
package loopalloc
