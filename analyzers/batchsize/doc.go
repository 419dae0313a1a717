// Package batchsize defines an Analyzer for the static half of rule
// batch-size (tip 15): batchSize: 1 in the config of model.fit. One
// optimizer step per sample pays the full per-step overhead of the browser
// backends (kernel dispatch, a loss readback, callbacks, a frame yield) for
// a single row, and gives the noisiest gradient there is.
//
// It is reported when the data has 16 rows or more, or an unknown number
// of them (counted from x, else from y, through local functions that make
// the input, a choice between two tables (at most the larger), a table held
// in a constant object); not for a known handful of rows (an XOR table, where per-sample
// steps are a fair choice and cost nothing), nor for a model whose input
// fixes its batch to 1 (batchInputShape, inputLayer batchSize, stateful
// recurrent layers), where batchSize: 1 is required. On a small model
// (a dense/recurrent stack of at most 1000 weights, weights.go) it is
// reported at info: a step costs its overhead at any batch size there, and
// batch 1 buys more updates per epoch. The dry run reports the other half (a step
// over the step-memory budget).
package batchsize
