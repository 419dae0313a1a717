// Package useafterdispose defines an Analyzer that reports tensors used after
// they were disposed on the same straight-line path (rule use-after-dispose,
// tip 13).
//
// A disposal is `x.dispose()` or `tf.dispose(x)` (also `tf.dispose([x, …])`
// and `tf.dispose({x, …})`) written as a statement directly in a statement
// list — a block, a function body, a case clause or the top level — so that it
// runs whenever the statements after it run. A use is reported when a later
// statement of the same list (at any depth, but not inside a nested function
// other than an inline tf.tidy callback) reads the variable before anything
// assigns it again:
//
//   - a method call on it (`x.add(1)`, `x.dataSync()`), which throws
//     "Tensor is disposed";
//   - passing it to a tfjs API (`tf.concat([x, y])`, `model.predict(x)`);
//   - for a variable known to hold a tensor, turning it into a string
//     (template literal, `'…' + x`), which calls dataSync.
//
// Reading properties (`x.shape`, `x.isDisposed`, `x.dtype`), disposing again
// and passing it to console or to functions outside tfjs are not uses: they do
// not touch the tensor's data. A dispose inside an if/else branch, a loop
// that may not run, or a try block does not count for the code after that
// statement, and a write to the variable (even a conditional one) ends the
// path. When the variable is also assigned inside another function (a reset
// handler), a call or await between the dispose and the use may have
// replaced the tensor, so the use is not reported.
//
// For a variable the resolver cannot type (a parameter, a destructured
// value), only calls of Tensor methods and tfjs API arguments count, so that
// disposable objects of other libraries are not mistaken for tensors;
// variables holding known models, layers, optimizers or datasets are left
// alone.
package useafterdispose
