// Package modeldesc defines an Analyzer that describes, statically, the
// models a file builds: for each tf.sequential and tf.model, its layers in
// order (class, units or filters, kernel size, activation, initializers,
// declared input shape and the position of each layer's construction; a
// tf.input's shape), its topology (a sequential stack, or a functional
// graph of layer.apply calls with its merges) and the compile calls that
// configure it (optimizer, loss, metrics).
//
// Layers come from literal configs in tf.sequential({layers: […]}),
// model.add(tf.layers.X({…})) on the variable, page global or class field
// holding the model, and the apply chains leading to the outputs of
// tf.model({inputs, outputs}); constants (const units = 64, config objects)
// are evaluated. Adds under a condition or in a loop may not run and are
// left out; a model whose layers are all known and ordered is Exact.
//
// The structure rules (sgd-optimizer, loss-activation-mismatch …) read
// models through this one description, so they agree on the same code.
package modeldesc
