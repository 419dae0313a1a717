// Hyperparameter search in Node (CommonJS).
const tf = require('@tensorflow/tfjs-node');

function buildModel(units) {
  const model = tf.sequential(); // want "tf\\.sequential is created every iteration of the loop on line 14 that calls this function: build the model once outside and reuse it, or dispose\\(\\) the previous one"
  model.add(tf.layers.dense({ inputShape: [8], units, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1 }));
  return model;
}

async function search(xs, ys) {
  const results = [];
  // Each candidate model is trained and kept alive forever.
  for (const [units, lr] of [[16, 0.01], [32, 0.003], [64, 0.001]]) {
    const model = buildModel(units);
    // The optimizer belongs to this iteration's model: only the model is reported.
    model.compile({ optimizer: tf.train.adam(lr), loss: 'meanSquaredError' });
    const h = await model.fit(xs, ys, { epochs: 10, verbose: 0 });
    results.push({ units, lr, loss: h.history.loss.at(-1) });
  }
  return results;
}

function buildDisposable(units) {
  return tf.sequential({ layers: [tf.layers.dense({ inputShape: [8], units: 1 })] });
}

async function searchClean(xs, ys) {
  const optimizer = tf.train.adam(0.01);
  const scores = [];
  for (const units of [16, 32, 64]) {
    const model = buildDisposable(units);
    model.compile({ optimizer, loss: 'meanSquaredError' });
    await model.fit(xs, ys, { epochs: 10, verbose: 0 });
    scores.push(model.evaluate(xs, ys).dataSync()[0]);
    model.dispose();
  }
  return scores;
}

module.exports = { search, searchClean };
