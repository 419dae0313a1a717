// Debug printing left in a training script: each print reads a temporary and drops it.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 10, activation: 'relu', inputShape: [5] }),
    tf.layers.dense({ units: 1 }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.001), loss: 'meanSquaredError' });

export async function debugTrain(xs, ys) {
  xs.mean(0).print(); // want "is read with print\\(\\) and never disposed"
  ys.max().print(); // want "is read with print\\(\\) and never disposed"
  await model.fit(xs, ys, {
    epochs: 12,
    batchSize: 32,
    callbacks: {
      onEpochEnd: (epoch) => {
        console.log(`after epoch ${epoch}:`);
        model.predict(xs.slice([0, 0], [3, 5])).print(); // want "2 intermediate tensors \\(slice, predict\\).*per epoch"
      },
    },
  });
}

export async function inspectResiduals(xs, ys) {
  const pred = model.predict(xs);
  for (let k = 0; k < 3; k++) {
    const residual = pred.sub(ys);
    residual.abs().mean().print(); // want "2 intermediate tensors \\(abs, mean\\)"
    residual.dispose();
  }
  pred.dispose();
}

export async function main() {
  const xs = tf.randomNormal([200, 5]);
  const ys = tf.tidy(() => xs.sum(1, true).mul(0.2));
  await debugTrain(xs, ys);
  await inspectResiduals(xs, ys);
  tf.dispose([xs, ys]);
}
