// Package asynctidy defines an Analyzer that reports tf.tidy calls whose
// callback is asynchronous (rule async-tidy, tip 13).
//
// tf.tidy runs its callback synchronously and ends its scope as soon as the
// callback returns. An async callback returns at its first await (or at once,
// with a Promise), so the scope closes early: the tensors the callback makes
// after an await belong to no scope and leak, and the tensor it resolves to is
// disposed because tidy only sees the Promise. tfjs merely logs "Cannot return
// a Promise inside of tidy".
//
// The analyzer reports a tf.tidy (any local name: named imports, aliases,
// destructuring, the global tf of script pages) whose callback
//
//   - is an async function or arrow (inline, or a local function or class
//     method passed by name, also through .bind);
//   - returns a Promise: the result of an async tfjs API (model.fit(…),
//     x.data(), tf.browser.toPixels(…), …), of a local async function or
//     method, of .then/.catch/.finally on one of those, of new Promise(…) or
//     Promise.all(…); or, on receivers the resolver cannot type, of the
//     unmistakable fit(xs, ys…)/fitDataset/trainOnBatch/executeAsync/
//     predictAsync and the argument-less data()/array()/bytes().
//
// Functions defined inside the callback are not part of it: an async helper
// that the callback defines but does not return is fine, and so is awaiting
// a tidy's result outside it (`await tf.tidy(() => x.square()).data()`).
package asynctidy
