// Package tfapi is "types for tfjs": its Analyzer finds the bindings of the
// TensorFlow.js namespace in a file (ES module imports, require, the global
// tf of script pages, aliases and destructuring), gives every call and `new`
// its canonical API name from the API table (tf.train.sgd, Tensor.dataSync,
// LayersModel.fit, ...) and the class of the values they produce.
package tfapi
