// Package lossact defines an Analyzer that reports a model's output
// activation that does not fit its loss (rule loss-activation-mismatch,
// tip 10): categorical cross-entropies on an output that is not a softmax,
// binaryCrossentropy on an output that is not a sigmoid, a softmax over a
// single unit (always 1), and the tf.losses functions that take logits
// (softmaxCrossEntropy, sigmoidCrossEntropy) after a softmax or sigmoid.
//
// The model comes from modeldesc: the rule speaks only when the model's
// layers are all known and its output activation is a constant, for every
// model the compiled value may hold.
package lossact
