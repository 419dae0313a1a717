// Package timerwait defines an Analyzer that reports timers used to wait
// for training (rule timer-wait, tip 17):
//
//   - a setTimeout (or window.setTimeout) whose callback reads training
//     results — calls model.predict/evaluate/save, reads history, logs,
//     .loss or a variable assigned from a fit result — while a fit or
//     fitDataset in the same function is not awaited before the timer is
//     armed: the delay is a guess at how long training takes;
//   - `await new Promise(r => setTimeout(r, N))` with N ≥ 1000 (folded as a
//     constant) in a function that also trains (fit, fitDataset,
//     trainOnBatch, minimize, applyGradients; top-level code counts as one
//     function), and `await sleep(N)` where sleep is a local function that
//     wraps exactly that pattern (or Node's timers/promises setTimeout, or
//     util.promisify(setTimeout)).
//
// Short waits (`setTimeout(r, 0)` to yield to the page), `await
// tf.nextFrame()`, timers for the UI, polling sleeps in functions that do
// not train, and `setTimeout(train, 0)` to start training are not reported.
package timerwait
