// Package refetch defines an Analyzer that reports data and models loaded
// again on every pass of a training loop (rule refetch-in-loop, tip 16).
//
// It flags fetch, XMLHttpRequest.open, tf.data.csv, tf.loadLayersModel and
// tf.loadGraphModel (and tf.loadModel, their 0.x name) when the call runs
// per training step or epoch — in a loop that trains, in a fit callback
// (onEpochEnd, onBatchEnd, …), or in a function such code calls — and
// its URL is the same on every pass: a constant, or names that the loop
// never changes. The data does not change between epochs, so it is
// downloaded again for nothing: load it once before the loop (and keep it in
// IndexedDB across page loads).
//
// Not flagged: URLs built from the loop's own variables (a new shard per
// step is streaming, not refetching), requests that send (a method other
// than GET, or a body), loads behind a first-time guard (`if (!data)`),
// and code in tests. A plain fetch of an endpoint without a file
// extension may return new data on every call (an environment's next
// state, a server's queue), so it is reported at info; static files
// (.json, .csv, .bin, images) and the tfjs loaders at warning.
package refetch
