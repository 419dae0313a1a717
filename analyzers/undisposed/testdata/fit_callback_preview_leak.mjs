// Live preview of a regression model while it trains: one prediction per batch.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 32, activation: 'relu', inputShape: [1] }),
    tf.layers.dense({ units: 32, activation: 'relu' }),
    tf.layers.dense({ units: 1 }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.005), loss: 'meanSquaredError' });

// A fixed grid of inputs the preview chart is drawn on; lives as long as the page.
const grid = tf.linspace(-1, 1, 64).reshape([64, 1]);

export async function trainWithPreview(xs, ys, onPreview) {
  const history = await model.fit(xs, ys, {
    epochs: 30,
    batchSize: 32,
    callbacks: {
      onBatchEnd: async (batch, logs) => {
        if (batch % 5 !== 0) return;
        const preview = model.predict(grid); // want "`preview` from model\\.predict is never disposed.*leaks one tensor per batch"
        const curve = await preview.data();
        onPreview({ batch, loss: logs.loss, curve: Array.from(curve) });
      },
      onEpochEnd: async (epoch, logs) => {
        const residual = tf.tidy(() => model.predict(xs).sub(ys).abs().max());
        const worst = (await residual.data())[0];
        residual.dispose();
        console.log(`epoch ${epoch}: loss ${logs.loss.toFixed(4)}, worst residual ${worst.toFixed(3)}`);
      },
    },
  });
  return history.history.loss;
}
