// Package engine is the simulator's model of the tfjs-core engine: tensors
// with ids, shapes, dtypes and byte sizes but no values, the scopes of
// tf.tidy, tf.keep and dispose, variables, the gradient tape, and the
// tf.memory() counters. Its bookkeeping follows tfjs 4.22.0's engine.ts
// line by line (trackTensor, disposeTensor, endScope, gradients), because
// the memory trace the simulator reports must equal the real one.
//
// The engine knows nothing about JavaScript: allocation sites are opaque
// values the caller attaches to the tensors it creates.
package engine
