// CommonJS on Node: two inputs, the first one's rows count.
const tf = require('@tensorflow/tfjs-node');
const BATCH = 1;

async function train(model, images, meta, labels) {
  const a = tf.tensor4d(images, [images.length / 784, 28, 28, 1]);
  const b = tf.tensor2d(meta);
  return model.fit([a, b], labels, { epochs: 10, batchSize: BATCH }); // want "one sample per optimizer step"
}

module.exports = { train };
