const tf = require('@tensorflow/tfjs-node');

function randomBatch(size) {
  return tf.tidy(() => {
    const xs = tf.randomNormal([size, 10]);
    const ys = xs.sum(1, true);
    return { xs, ys };
  });
}

function noise(shape) {
  return tf.randomUniform(shape);
}

async function loadTable(path) {
  const csv = tf.data.csv(path);
  return await csv.toArray();
}

module.exports = { randomBatch, noise, makeNoise: noise, loadTable };
