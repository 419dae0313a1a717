// Package undisposed defines an Analyzer that reports tensors that are never
// released (tip 13), from the facts of package tensorlife:
//
//   - undisposed-tensor: a tensor held by a local variable that is never
//     disposed, returned or handed off;
//   - leaked-temporary: a tensor never bound nor released: a chained
//     intermediate (x.sub(m).div(s) leaks x.sub(m)), a discarded result, a
//     result read once (model.predict(x).dataSync()) or passed straight into
//     another op;
//   - overwritten-tensor: in a repeated context, a variable holding a tensor
//     reassigned to a new one without releasing the old.
//
// In a repeated context (a loop, a re-armed requestAnimationFrame, a fit
// callback, …) a leak grows every time and is an error; elsewhere in a
// function it is a warning. Module top-level code runs once: its bindings
// and one-off temporaries are not reported.
package undisposed
