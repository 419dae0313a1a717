// Image classifier fine-tuning with a sleep helper.
import * as tf from '@tensorflow/tfjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function delay(ms = 2500) {
  return new Promise((res) => {
    setTimeout(() => res(), ms);
  });
}

export async function fineTune(base, images, labels) {
  const model = tf.sequential({ layers: [...base.layers.slice(0, -1), tf.layers.dense({ units: 5, activation: 'softmax' })] });
  model.compile({ optimizer: tf.train.adam(1e-4), loss: 'categoricalCrossentropy' });
  model.fit(images, labels, { epochs: 5, batchSize: 16 });
  await sleep(3000); // want "sleep waits a fixed 3000 ms for training to finish: await model\\.fit\\(…\\) \\(or use its callbacks\\) instead of guessing \\(tip 17\\)"
  const [loss] = model.evaluate(images, labels);
  return loss.dataSync()[0];
}

export async function warmStart(model, ds) {
  const training = model.fitDataset(ds, { epochs: 3 });
  await delay(); // want "delay waits a fixed 2500 ms for training to finish: await model\\.fitDataset\\(…\\)"
  return training;
}
