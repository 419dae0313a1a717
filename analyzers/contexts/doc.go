// Package contexts defines an Analyzer that finds where code runs
// repeatedly and where it runs inside a tidy scope, for the memory rules:
//
//   - repeated contexts (RULES.md): loop bodies, requestAnimationFrame and
//     setTimeout callbacks that re-arm themselves, setInterval callbacks,
//     event listeners, model.fit callbacks (onBatchEnd, onEpochEnd, …, in
//     config objects, tf.CustomCallback and Callback subclasses),
//     Dataset.forEachAsync and array iteration callbacks (forEach, map, …;
//     both walk finite data unless the callback trains); a loop bounded to
//     one pass (`for (let i = 0; i < 1; i++)`) is not a repeated context;
//   - tidy scopes: the callbacks of tf.tidy, optimizer.minimize,
//     tf.variableGrads, tf.grad(s), tf.valueAndGrad(s), Dataset.map/filter,
//     and local functions whose every call site is in a tidy scope; the
//     statements between `tf.engine().startScope()` and the endScope() of
//     the same block (endScope disposes what the scope made).
//
// A callback passed inline as a call argument runs where it is passed (it is
// "transparent"); any other nested function is a boundary: it runs when it
// is called, which the analysis does not follow.
package contexts
