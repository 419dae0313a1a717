// Fit callbacks that look at predictions every batch and every epoch, and clean up after themselves.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 64, activation: 'relu', inputShape: [16] }),
    tf.layers.dense({ units: 4, activation: 'softmax' }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.002), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

export async function train(xs, ys, probe, chart) {
  const probeLabels = tf.tidy(() => ys.slice([0, 0], [probe.shape[0], 4]).argMax(-1));
  const stopper = new tf.CustomCallback({
    onEpochEnd: async (epoch, logs) => {
      const predicted = tf.tidy(() => model.predict(probe).argMax(-1));
      const hits = tf.tidy(() => predicted.equal(probeLabels).sum());
      const correct = (await hits.data())[0];
      tf.dispose([predicted, hits]);
      chart.push({ epoch, loss: logs.loss, probeAccuracy: correct / probe.shape[0] });
      if (logs.val_loss < 0.05) model.stopTraining = true;
    },
  });
  try {
    await model.fit(xs, ys, {
      epochs: 30,
      batchSize: 32,
      validationSplit: 0.2,
      callbacks: [
        stopper,
        new tf.CustomCallback({
          onBatchEnd: async (batch) => {
            if (batch % 20 !== 0) return;
            const preview = model.predict(probe);
            const rows = await preview.array();
            preview.dispose();
            chart.preview(batch, rows);
          },
        }),
      ],
    });
  } finally {
    probeLabels.dispose();
  }
}
