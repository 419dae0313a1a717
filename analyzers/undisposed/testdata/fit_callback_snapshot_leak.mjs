// Keeping the best validation predictions while fit runs.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 32, activation: 'relu', inputShape: [6] }),
    tf.layers.dense({ units: 1 }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.003), loss: 'meanSquaredError' });

export async function trainAndKeepBest(xs, ys, valXs, valYs) {
  let bestLoss = Infinity;
  let bestPredictions = model.predict(valXs);
  let lastPredictions = model.predict(valXs);
  await model.fit(xs, ys, {
    epochs: 40,
    batchSize: 32,
    validationData: [valXs, valYs],
    callbacks: {
      onEpochEnd: (epoch, logs) => {
        lastPredictions = model.predict(valXs); // want "`lastPredictions` is reassigned to a new tensor"
        if (logs.val_loss < bestLoss) {
          bestLoss = logs.val_loss;
          bestPredictions = model.predict(valXs); // want "`bestPredictions` is reassigned to a new tensor"
        }
      },
    },
  });
  const residuals = tf.tidy(() => bestPredictions.sub(valYs).abs());
  const drift = tf.tidy(() => lastPredictions.sub(bestPredictions).abs().mean());
  const result = { bestLoss, residuals: await residuals.array(), drift: (await drift.data())[0] };
  tf.dispose([bestPredictions, lastPredictions, residuals, drift]);
  return result;
}
