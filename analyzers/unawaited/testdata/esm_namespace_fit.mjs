// Linear regression demo: fit y = 2x - 1 and report a prediction.
import * as tf from '@tensorflow/tfjs';

const xs = tf.tensor2d([-1, 0, 1, 2, 3, 4], [6, 1]);
const ys = tf.tensor2d([-3, -1, 1, 3, 5, 7], [6, 1]);

function buildModel() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 1, inputShape: [1] }));
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  return model;
}

export function trainAndPredict(x) {
  const model = buildModel();
  model.fit(xs, ys, { epochs: 250, verbose: 0 }); // want "model\\.fit\\(…\\) returns a Promise that is never awaited: training runs in the background, and code after it sees an untrained model \\(tip 17\\)"
  const prediction = model.predict(tf.tensor2d([x], [1, 1]));
  return prediction.dataSync()[0];
}

export async function trainAndStore() {
  const model = buildModel();
  await model.fit(xs, ys, { epochs: 250, verbose: 0 });
  model.save('indexeddb://linear-regression'); // a failed save goes unnoticed, but nothing here waits for it: not reported
  return model;
}

export async function checkpointEveryEpoch() {
  const model = buildModel();
  await model.fit(xs, ys, {
    epochs: 20,
    callbacks: {
      onEpochEnd: async (epoch, logs) => {
        console.log(`epoch ${epoch}: loss ${logs.loss.toFixed(4)}`);
        model.save(`indexeddb://linear-regression-${epoch}`); // want "model\\.save\\(…\\) returns a Promise"
      },
    },
  });
}
