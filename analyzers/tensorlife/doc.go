// Package tensorlife defines an Analyzer that follows every tensor a file
// creates (RULES.md, "What tensor means") to what happens to it:
//
//   - released: disposed (x.dispose(), tf.dispose of it or of a container
//     holding it), returned, created inside a tidy scope, kept (tf.keep), or
//     escaped to someone else (a property, an array or object, an outer
//     variable, a closure that outlives the code, an unknown function);
//   - bound: held by a local variable, whose references decide whether it is
//     ever released;
//   - leaked as a temporary: discarded, chained into another op, read once
//     (dataSync, data, print, .shape), passed to a tfjs op or to a
//     non-owning sink (console.log, a template literal).
//
// Tensor producers are the tfjs APIs whose result is a tensor, a tensor list
// or a tensor map (from tfapi), optimizer.minimize(f, true), tf.tidy when its
// callback returns a tensor, and local functions whose every return produces
// a tensor. Variables (tf.variable) are persistent and not followed.
// The rules built on it are in package undisposed.
package tensorlife
