// Image classifier: fine-tunes a small head and reports accuracy.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [784], units: 128, activation: 'relu' }),
    tf.layers.dense({ units: 10, activation: 'softmax' }),
  ],
});
model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

export async function accuracy(xs, labels) {
  // Reads the predictions inside tidy: the scope is gone after the await.
  return tf.tidy(async () => { // want "^tf\\.tidy with an async callback: tidy ends at the first await and the tensors made after it leak; do the async work outside tf\\.tidy \\(tip 13\\)$"
    const predicted = model.predict(xs).argMax(-1);
    const expected = labels.argMax(-1);
    const hits = await predicted.equal(expected).sum().data();
    return hits[0] / xs.shape[0];
  });
}

export async function trainEpoch(xs, ys) {
  // fit is async: tidy returns its Promise and closes before training starts.
  const history = await tf.tidy(() => model.fit(xs, ys, { epochs: 1, batchSize: 32 })); // want "tf\\.tidy callback returns a Promise \\(model\\.fit\\(…\\) is async\\)"
  return history.history.loss[0];
}

export function normalize(batch) {
  const { mean, variance } = tf.moments(batch, 0);
  return tf.tidy(() => batch.sub(mean).div(variance.sqrt().add(1e-6)));
}

export function watchLoss(xs, ys, intervalMs) {
  return setInterval(() => {
    tf.tidy(async function () { // want "tf\\.tidy with an async callback: tidy ends at the first await"
      const loss = tf.losses.meanSquaredError(ys, model.predict(xs));
      console.log('loss', (await loss.data())[0]);
    });
  }, intervalMs);
}
