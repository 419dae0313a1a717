// Package readback defines an Analyzer that reports synchronous readbacks of
// tensor data (rule sync-readback, tip 17): dataSync(), arraySync() and
// bufferSync().
//
// A synchronous readback waits for the GPU to finish every queued op and
// blocks the JavaScript thread meanwhile (in a page: no rendering, no input);
// the async forms (data(), array(), buffer()) let the thread run while the
// GPU works. The analyzer reports a readback
//
//   - inside an async function, where `await x.data()` costs nothing — also
//     inside a synchronous tf.tidy (or minimize/variableGrads) callback that
//     runs in an async function;
//   - in a repeated context (loop body, requestAnimationFrame loop, timer,
//     listener, fit callback, array iteration, forEachAsync; see
//     analyzers/contexts), where it stalls the pipeline every iteration.
//
// Nothing is reported on the CPU backend: a file that calls
// setBackend('cpu'), or whose every page or root file loads one that does
// (runctx.Context.CPUBackend) and sets no other backend.
//
// Off the page's critical path a warning becomes info: in a file only Web
// Workers load (runctx.Context.Worker, from the module graph), for a read
// whose value is unused (a deliberate sync point), in a debug-only
// branch, in a loop whose only awaits are of tfjs calls that return no
// promise (`await optimizer.minimize(f)`: the page never renders, as in a
// loop without await), in a loop that sleeps on a timer each step (paced on purpose), for
// one number in a model-free loop that awaits a frame each step, and in a
// loop over the files a user picked (once per pick), and for a tensor
// computed from JS values and the scalar variables of a file whose only
// model is those scalars (a line fitted to clicked points, redrawn per frame). A read in a non-yielding loop stays a warning when the loop runs
// inside code a yielding context repeats (a fit callback, a frame).
//
// The receiver must be a tensor to tfapi, or a value it cannot type at all
// (a parameter, this.model.predict(x)): no other library has methods with
// these names. Receivers of a known non-tensor tfjs class are skipped.
//
// In an async function the finding carries a suggested fix that rewrites
// `X.dataSync()` as `(await X.data())` (arraySync → array, bufferSync →
// buffer). No fix is offered inside tf.tidy callbacks (await cannot be used
// there: see async-tidy), in parameter defaults, or in optional chains.
package readback
