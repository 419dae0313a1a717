// Package deepstack defines an Analyzer that reports a tf.sequential stack
// of many weighted layers (rule deep-without-skip, tip 3): a plain stack
// that deep trains worse than one with skip connections (residual or dense
// blocks, built with the functional API's tf.layers.add or concatenate).
//
// Weighted layers are those with trainable kernels (dense, convolutions,
// recurrent layers; not normalization); the threshold is the rule's
// min-layers option (8). Only exactly known sequential models are judged,
// from modeldesc; functional models may already have skips and are left
// alone. The rule is info: depth is a design choice, the tip a hint.
package deepstack
