// A small regression trainer with the async mistakes people make when they
// first move training into a web worker or a Node service.
import * as tf from '@tensorflow/tfjs';

const xs = tf.tensor2d([[0], [1], [2], [3], [4], [5], [6], [7]]);
const ys = tf.tensor2d([[1], [3], [5], [7], [9], [11], [13], [15]]);

function buildModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 1, inputShape: [1] }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  return model;
}

// Reads the prediction for x = 10 inside tidy... but awaits inside it.
async function predictTen(model) {
  return tf.tidy(async () => {
    const out = model.predict(tf.tensor2d([[10]]));
    return (await out.data())[0];
  });
}

export async function main() {
  const model = buildModel();

  // Fire-and-forget: the next lines run while the model is still untrained.
  model.fit(xs, ys, { epochs: 200, shuffle: true });

  // ...so the author waits a fixed two seconds and hopes training is done.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  console.log('f(10) ≈', await predictTen(model));

  const batch = tf.tensor2d([[8], [9]]);
  const preds = model.predict(batch);
  batch.dispose();
  preds.dispose();
  console.log('predictions:', preds.dataSync());

  tf.dispose([xs, ys]);
  model.dispose();
}

main();
