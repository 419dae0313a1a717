// Long op chains, all inside tf.tidy: only the returned tensor survives.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 16, activation: 'relu', inputShape: [3] }),
    tf.layers.dense({ units: 1, activation: 'sigmoid' }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.001), loss: 'binaryCrossentropy', metrics: ['accuracy'] });

export function standardize(x, mean, std) {
  return tf.tidy(() => x.sub(mean).div(std));
}

export function augment(batch) {
  return tf.tidy(() => {
    const noise = tf.randomNormal(batch.shape, 0, 0.05);
    const jittered = batch.add(noise).clipByValue(-3, 3);
    return jittered.mul(tf.randomUniform([batch.shape[0], 1], 0.9, 1.1));
  });
}

export async function train(rows, labels, epochs = 20) {
  const raw = tf.tensor2d(rows);
  const ys = tf.tensor2d(labels, [labels.length, 1]);
  const { mean, variance } = tf.moments(raw, 0);
  const std = tf.tidy(() => variance.sqrt().add(1e-7));
  const xs = standardize(raw, mean, std);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const augmented = augment(xs);
    const h = await model.fit(augmented, ys, { epochs: 1, batchSize: 32 });
    augmented.dispose();
    console.log(`epoch ${epoch}: loss ${h.history.loss[0].toFixed(4)}`);
  }
  const accuracy = tf.tidy(() => model.predict(xs).round().equal(ys).toFloat().mean());
  console.log('train accuracy', (await accuracy.data())[0]);
  tf.dispose([raw, ys, mean, variance, std, xs, accuracy]);
}
