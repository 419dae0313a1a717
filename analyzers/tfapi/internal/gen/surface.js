// surface.js prints the API surface of the installed @tensorflow/tfjs as JSON:
// the members of every namespace and the methods of the classes tfapi's table
// describes. The tfapi table was written from its output; surface_test.go
// checks the table against it.
//
// Usage: node surface.js [dir]   (dir holds node_modules/@tensorflow/tfjs; default: cwd)
'use strict';
const path = require('path');
const dir = path.resolve(process.argv[2] || '.');
const log = console.log;
console.log = () => {}; // tfjs greets Node users on load; keep stdout JSON only
console.warn = () => {};
const tf = require(require.resolve('@tensorflow/tfjs', {paths: [dir]}));

// Namespaces: the plain objects among the exports (tf.ENV, an Environment
// instance, is not one), and tf.train, a class whose static methods are the
// optimizer factories.
const functions = (o, keys) => keys.filter(k => typeof o[k] === 'function').sort();
const namespaces = {tf: functions(tf, Object.keys(tf).filter(k => k !== 'train'))};
for (const k of Object.keys(tf)) {
  const v = tf[k];
  const proto = v && typeof v === 'object' ? Object.getPrototypeOf(v) : undefined;
  if (proto === Object.prototype || proto === null) namespaces['tf.' + k] = functions(v, Object.keys(v));
}
namespaces['tf.train'] = functions(tf.train, Object.getOwnPropertyNames(tf.train));

// Methods: every function on the prototype chain, without accessors.
function methods(proto) {
  const out = new Set();
  for (let p = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const k of Object.getOwnPropertyNames(p)) {
      const d = Object.getOwnPropertyDescriptor(p, k);
      if (k !== 'constructor' && !d.get && !d.set && typeof d.value === 'function') out.add(k);
    }
  }
  return [...out].sort();
}

const classes = {
  Tensor: tf.Tensor, Variable: tf.Variable, TensorBuffer: tf.TensorBuffer, SymbolicTensor: tf.SymbolicTensor,
  LayerVariable: tf.LayerVariable, Layer: tf.layers.Layer, RNN: tf.RNN, RNNCell: tf.layers.RNNCell,
  LayersModel: tf.LayersModel, Sequential: tf.Sequential, GraphModel: tf.GraphModel, Optimizer: tf.Optimizer,
  SGDOptimizer: tf.SGDOptimizer, MomentumOptimizer: tf.MomentumOptimizer, AdamOptimizer: tf.AdamOptimizer,
  AdamaxOptimizer: tf.AdamaxOptimizer, AdagradOptimizer: tf.AdagradOptimizer, AdadeltaOptimizer: tf.AdadeltaOptimizer,
  RMSPropOptimizer: tf.RMSPropOptimizer, Dataset: tf.data.Dataset, CSVDataset: tf.data.CSVDataset,
  TextLineDataset: tf.data.TextLineDataset,
};
const out = {version: tf.version.tfjs, namespaces, methods: {}};
for (const [name, C] of Object.entries(classes)) out.methods[name] = methods(C.prototype);

// Iterators are not exported: take the prototype of a live one. The browser-only
// WebcamIterator and MicrophoneIterator cannot be made under Node.
tf.data.array([1]).iterator().then(it => {
  out.methods.Iterator = methods(Object.getPrototypeOf(it));
  log(JSON.stringify(out, null, 1));
});
