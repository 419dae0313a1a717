// probe.js calls the functions of the installed @tensorflow/tfjs on small
// inputs and prints, as JSON, what each returned: {name: {kind, async}}, with
// kind named like tfapi.Kind. It is how the table's Result and Async columns
// were derived; surface_test.go compares them again. Functions with global
// side effects (backends, kernels, flags, profiling) are not called, and a function that
// throws for every argument pattern is left out of the output.
//
// Usage: node probe.js [dir]   (dir holds node_modules/@tensorflow/tfjs; default: cwd)
'use strict';
const path = require('path');
const dir = path.resolve(process.argv[2] || '.');
const log = console.log;
console.log = console.warn = () => {};
const tf = require(require.resolve('@tensorflow/tfjs', {paths: [dir]}));

const isT = v => v instanceof tf.Tensor;
const chain = v => {
  const names = [];
  for (let p = Object.getPrototypeOf(v); p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    names.push(p.constructor && p.constructor.name);
  }
  return names;
};
function kind(v) {
  if (v instanceof tf.Variable) return 'Variable';
  if (isT(v)) return 'Tensor';
  if (v instanceof tf.SymbolicTensor) return 'Symbolic';
  if (Array.isArray(v)) {
    const flat = v.flat();
    return flat.length && flat.every(isT) ? 'TensorList' : 'Other';
  }
  if (typeof v === 'function') return 'Function';
  if (v == null || typeof v !== 'object') return 'Other';
  if (v instanceof tf.LayersModel || v instanceof tf.GraphModel) return 'Model';
  if (v instanceof tf.layers.Layer) return 'Layer';
  if (v instanceof tf.Optimizer) return 'Optimizer';
  if (v instanceof tf.data.Dataset) return 'Dataset';
  if (v instanceof tf.Callback) return 'Callback';
  const c = chain(v);
  for (const k of ['Initializer', 'Regularizer', 'Constraint', 'LazyIterator']) {
    if (c.includes(k)) return k === 'LazyIterator' ? 'Iterator' : k;
  }
  const vals = Object.values(v);
  if (vals.length && vals.every(e => isT(e) || Array.isArray(e) && e.length && e.every(isT))) return 'TensorMap';
  return 'Other';
}

// Inputs, made fresh for every attempt (some ops dispose or mutate them).
const inputs = () => ({
  a: tf.tensor2d([[1, 2], [3, 4]]), v: tf.tensor1d([1, 2, 3, 4]), i: tf.tensor1d([0, 1], 'int32'),
  i2: tf.tensor2d([[0, 1], [1, 0]], undefined, 'int32'), b: tf.tensor2d([true, false, false, true], [2, 2], 'bool'),
  x3: tf.ones([1, 4, 1]), x4: tf.ones([1, 4, 4, 1]), x5: tf.ones([1, 4, 4, 4, 1]), c: tf.complex([1, 2], [3, 4]),
  s: tf.tensor1d(['a b', 'c'], 'string'), img: tf.ones([1, 4, 4, 3]),
  boxes: tf.tensor2d([[0, 0, 1, 1], [0, 0, 0.9, 0.9]]), scores: tf.tensor1d([0.9, 0.8]),
});
// Argument patterns tried in order for functions; for methods the receiver is
// the first element.
const patterns = [
  t => [t.a], t => [t.a, t.a], t => [t.a, 0], t => [[2, 2]], t => [[2, 2], 1],
  t => [t.x4, tf.ones([2, 2, 1, 1]), 1, 'same'], t => [t.x5, tf.ones([2, 2, 2, 1, 1]), 1, 'same'],
  t => [t.x3, tf.ones([2, 1, 1]), 1, 'same'], t => [t.x4, 2, 1, 'same'], t => [t.x5, 2, 1, 'same'],
  t => [t.x4, [2, 2], 'avg', 'same'], t => [t.x4, tf.ones([2, 2, 1]), 1, 'same'],
  t => [t.x4, tf.ones([2, 2, 1, 1]), tf.ones([1, 1, 1, 1]), 1, 'same'],
  t => [t.x4, tf.ones([2, 2, 1, 1]), [1, 4, 4, 1], 1, 'same'],
  t => [tf.ones([1, 2, 2, 2, 1]), tf.ones([2, 2, 2, 1, 1]), [1, 2, 2, 2, 1], 1, 'same'],
  t => [0, 1, 3], t => [t.a, t.a, t.a], t => [t.i, 3], t => [t.b, t.a, t.a], t => [2], t => [t.v], t => [t.c],
  t => [t.i, t.i], t => [t.i2, t.i2], t => [t.i, tf.tensor1d([1, 1]), 3], t => [[t.a, t.a]],
  t => [t.a, [[1, 1], [1, 1]]], t => [t.a, [[1, 1], [1, 1]], 'reflect'], t => [t.a, [0, 0], [1, 1]],
  t => [t.a, [1, 1]], t => [t.a, [4]], t => [t.a, 'int32'], t => [t.v, [2, 2]], t => [tf.ones([1, 2]), [2, 2]],
  t => [tf.ones([1, 1, 1, 4]), 2], t => [tf.ones([1, 1, 1])], t => [tf.ones([1, 1, 1]), [0, 0, 0], [1, 1, 1]],
  t => [t.x4, [0, 0, 0, 0], [1, 1, 1, 1]], t => [tf.ones([2]), 0, 1], t => [t.x4, [1, 1], [[0, 0], [0, 0]]],
  t => [t.x4, 2, 'NHWC'], t => [[1, 2], [3, 4]], t => [t.s], t => ['ij,jk->ik', t.a, t.a], t => [t.a, t.a, true],
  t => [tf.tensor1d([1, 2, 3, 4]), 4, 2], t => [t.i, t.i, [3]], t => [1, 4], t => [[2], () => 1],
  t => [t.a, tf.tensor1d([1, 1]), tf.tensor1d([1, 1])], t => [tf.ones([1, 2, 2]), tf.ones([2]), tf.ones([2])],
  t => [t.x4, tf.ones([1]), tf.ones([1])], t => [[[1]]], t => [[[[1]]]], t => [[[[[1]]]]], t => [[[[[[1]]]]]],
  t => [[[[[[[1]]]]]]], t => [tf.ones([4]), tf.tensor2d([[1]], undefined, 'int32'), tf.tensor1d([5])],
  t => [tf.variable(tf.ones([2])), tf.ones([2]), 0.5, 1], t => [t.img],
  t => [t.img, t.boxes, tf.tensor1d([0, 0], 'int32'), [2, 2]], t => [t.boxes, t.scores, 2],
  t => [t.img, tf.tensor2d([[1, 0, 0, 0, 1, 0, 0, 0]])], t => [tf.ones([4, 4, 3])],
  t => [{x: t.x4, filter: tf.ones([2, 2, 1, 1]), strides: 1, pad: 'same'}], t => [{a: t.a, b: t.a}],
  t => [tf.tensor2d([[0, 0]], undefined, 'int32'), tf.tensor1d([1]), tf.tensor1d([2], 'int32'), tf.scalar(0)],
  t => [tf.tensor2d([[0, 0]], undefined, 'int32'), tf.tensor1d([2, 2], 'int32'), tf.tensor1d([4], 'int32')],
  t => [tf.tensor1d(['a', 'b'], 'string'), tf.tensor1d([0, 2], 'int32'), '|', [1], '', '', 0, false],
  t => [tf.tensor1d(['a b'], 'string'), tf.scalar(' ', 'string')], t => [tf.tensor1d(['a'], 'string'), 4],
  t => [{data: new Uint8Array(16), width: 2, height: 2}], t => [x => x.square()], t => [{shape: [2]}],
  t => [tf.scalar(1), tf.ones([2, 4]), tf.zeros([4]), tf.ones([1, 1]), tf.ones([1, 1]), tf.ones([1, 1])],
  t => [[tf.tensor1d([0, 2, 3], 'int32')], tf.tensor1d([1, 2, 3]), tf.tensor1d([0], 'int32'), 1],
  t => [[1, 2], t.a], t => [t.v, tf.tensor1d([0, 1, 0, 1], 'int32'), 2],
  t => [tf.ones([1, 2, 2, 1]), [1, 1], [[0, 0], [0, 0]]], t => [tf.ones([4, 1, 1, 1]), [2, 2], [[0, 0], [0, 0]]],
  t => [{layers: [tf.layers.dense({units: 1, inputShape: [2]})]}], t => [t.b], t => [t.v, 2, 2],
  t => [t.v, 1, 2, 2], t => [t.v, 1, 1, 2, 2], t => [t.v, 1, 1, 1, 2, 2], t => [tf.ones([1])], t => [t.a, [2, 2]],
  t => [tf.ones([1, 1, 1]), [[0, 0], [0, 0], [0, 0]]], t => [t.x4, [[0, 0], [0, 0], [0, 0], [0, 0]]],
  t => [[2, 2], tf.tensor1d([1, 2, 3]), tf.scalar(0), [tf.tensor1d([0, 2, 3], 'int32')], ['ROW_SPLITS']],
];
// A superset config that every layer factory, initializer, regularizer,
// constraint, optimizer and callback accepts.
const config = () => ({
  units: 1, filters: 1, kernelSize: 1, poolSize: 1, rate: 0.5, targetShape: [1], dims: [1], n: 1, inputDim: 2,
  outputDim: 2, axes: 1, stddev: 1, height: 2, width: 2, scale: 1, numTokens: 2, factor: 0.1, shape: [1],
  inputShape: [1], value: 1, cropping: 1, layer: tf.layers.dense({units: 1}), cell: tf.layers.simpleRNNCell({units: 1}),
  cells: [tf.layers.simpleRNNCell({units: 1})],
});
const noCall = new Set([
  'registerBackend', 'removeBackend', 'setBackend', 'setPlatform', 'setWebGLContext', 'enableDebugMode',
  'enableProdMode', 'disposeVariables', 'deprecationWarn', 'disableDeprecationWarnings', 'registerKernel',
  'unregisterKernel', 'registerGradient', 'unregisterGradient', 'copyRegisteredKernels', 'registerOp',
  'deregisterOp', 'registerCallbackConstructor', 'forceHalfFloat', 'print', 'loadLayersModel', 'loadGraphModel',
  'loadGraphModelSync', 'draw', 'toPixels', 'webcam', 'microphone', 'csv', 'dispose', 'throwIfDisposed',
  'dataToGPU', 'profile', 'time',
]);
const probed = ['tf', 'tf.image', 'tf.losses', 'tf.metrics', 'tf.linalg', 'tf.signal', 'tf.spectral', 'tf.math',
  'tf.fused', 'tf.sparse', 'tf.string', 'tf.browser', 'tf.layers', 'tf.train', 'tf.initializers',
  'tf.regularizers', 'tf.constraints', 'tf.callbacks', 'tf.data'];
const configured = ['tf.layers', 'tf.train', 'tf.initializers', 'tf.regularizers', 'tf.constraints', 'tf.callbacks'];

async function attempt(fn, args) {
  let r;
  try {
    r = fn(...args);
  } catch (e) {
    return null;
  }
  if (r && typeof r.then === 'function') {
    try {
      return {kind: kind(await r), async: true};
    } catch (e) {
      return null;
    }
  }
  return {kind: kind(r), async: false};
}

(async () => {
  const out = {};
  for (const ns of probed) {
    const o = ns === 'tf' ? tf : ns === 'tf.train' ? tf.train : tf[ns.slice(3)];
    const keys = ns === 'tf.train' ? Object.getOwnPropertyNames(o) : Object.keys(o);
    for (const k of keys.sort()) {
      if (typeof o[k] !== 'function' || noCall.has(k) || /^[A-Z]/.test(k) || k === 'train') continue;
      const fn = (...args) => o[k](...args);
      let r = null;
      if (configured.includes(ns)) {
        r = await attempt(fn, ns === 'tf.train' ? [0.1, 0.9] : [config()]);
      }
      for (let i = 0; r === null && i < patterns.length; i++) r = await attempt(fn, patterns[i](inputs()));
      if (r) out[ns + '.' + k] = r;
    }
  }
  // Methods: the same patterns, with the first argument as the receiver.
  for (const k of Object.getOwnPropertyNames(tf.Tensor.prototype).sort()) {
    const d = Object.getOwnPropertyDescriptor(tf.Tensor.prototype, k);
    if (k === 'constructor' || d.get || typeof d.value !== 'function' || noCall.has(k)) continue;
    let r = null;
    for (let i = 0; r === null && i < patterns.length; i++) {
      const [recv, ...args] = patterns[i](inputs());
      if (isT(recv)) r = await attempt((...a) => recv[k](...a), args);
    }
    if (r) out['Tensor.' + k] = r;
  }
  log(JSON.stringify(out, null, 1));
})();
