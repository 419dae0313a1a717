// Package gen keeps the tfapi table honest against real TensorFlow.js.
//
// Two Node scripts read an installed @tensorflow/tfjs; the table in
// analyzers/tfapi was written from their output for tfjs 4.22.0:
//
//   - surface.js lists the API surface: every namespace's functions and
//     classes, and the methods of the classes the table describes.
//   - probe.js calls the functions and Tensor methods on small inputs and
//     records what each returned (a Tensor, an array or object of tensors, a
//     layer, a Promise of ..., ...).
//
// surface_test.go runs both and requires that every name in the table exists
// in tfjs, that every real function of a user-facing namespace and every
// Tensor, Dataset and Optimizer method is in the table, and that the table's
// Result and Async agree with every probe.
//
// The tests need Node and the tfjs packages: they use TFJSLINT_TFJS_DIR, or
// else the oracle harness in testdata/oracle, as the directory holding
// node_modules/@tensorflow/tfjs. They skip when either is missing, unless
// TFJSLINT_REQUIRE_EXTERNAL=1.
package gen
