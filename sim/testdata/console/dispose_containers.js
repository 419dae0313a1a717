// What tf.dispose(container) releases: tfjs walks a container with for…in,
// so named properties of arrays, nested objects, class instances and their
// prototypes' enumerable properties all count; Maps and Sets hold nothing.
const tf = require('@tensorflow/tfjs');

const model = tf.sequential();
model.add(tf.layers.dense({units: 3, inputShape: [2]}));
const optimizer = tf.train.adam();
console.log('model', tf.memory().numTensors);
tf.dispose({model, optimizer});
console.log('after disposing the model', tf.memory().numTensors);

const record = [tf.zeros([2])];
record['dense/kernel'] = [tf.ones([3]), tf.ones([3])];
record.nested = {deep: [tf.ones([1])], again: record};
console.log('array with named properties', tf.memory().numTensors);
tf.dispose(record);
console.log('after', tf.memory().numTensors);

class Holder {
  constructor() {
    this.t = tf.ones([2]);
    this.shared = this.t;
  }
}
Holder.prototype.inherited = tf.ones([5]);
const holder = new Holder();
console.log('instance', tf.memory().numTensors);
tf.dispose(holder);
console.log('after', tf.memory().numTensors, Holder.prototype.inherited.isDisposed);

const set = new Set([tf.ones([1])]);
const map = new Map([['a', tf.ones([1])]]);
tf.dispose([set, map, 'text', 3, null, undefined, new Float32Array(4)]);
console.log('Map and Set', tf.memory().numTensors);
