// Summing losses over an epoch into a tensor that is replaced every batch.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 64, activation: 'relu', inputShape: [32] }),
    tf.layers.dense({ units: 8 }), // logits
  ],
});
const optimizer = tf.train.adam(0.001);

function lossOn(xs, ys) {
  return tf.losses.softmaxCrossEntropy(ys, model.apply(xs));
}

export async function trainEpoch(batches) {
  let total = tf.scalar(0);
  for (const { xs, ys } of batches) {
    const cost = optimizer.minimize(() => lossOn(xs, ys), true);
    total = total.add(cost); // want "`total` is reassigned to a new tensor"
    cost.dispose();
    await tf.nextFrame();
  }
  const mean = total.div(batches.length);
  total.dispose();
  const value = (await mean.data())[0];
  mean.dispose();
  return value;
}

export async function validate(batches) {
  let correct = tf.scalar(0, 'int32');
  let seen = 0;
  for (const { xs, ys } of batches) {
    const hits = tf.tidy(() => model.predict(xs).argMax(-1).equal(ys.argMax(-1)).sum());
    correct = correct.add(hits); // want "`correct` is reassigned to a new tensor"
    hits.dispose();
    seen += xs.shape[0];
  }
  const accuracy = (await correct.data())[0] / seen;
  correct.dispose();
  return accuracy;
}
