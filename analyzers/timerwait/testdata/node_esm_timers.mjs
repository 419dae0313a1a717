// node --experimental-vm-modules train.mjs: a Node ES module with the promise timers of Node.
import tf from '@tensorflow/tfjs-node';
import { setTimeout as pause } from 'node:timers/promises';
import { readFile } from 'node:fs/promises';

const config = JSON.parse(await readFile(new URL('./config.json', import.meta.url), 'utf8'));
const WARMUP_MS = 5 * 1000;

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 64, activation: 'relu', inputShape: [config.features] }),
    tf.layers.dense({ units: 1 }),
  ],
});
model.compile({ optimizer: tf.train.adam(1e-3), loss: 'meanAbsoluteError' });

const xs = tf.randomNormal([512, config.features]);
const ys = tf.randomNormal([512, 1]);

const training = model.fit(xs, ys, { epochs: config.epochs, batchSize: 64 });
await pause(WARMUP_MS); // want "pause waits a fixed 5000 ms for training to finish: await model\\.fit\\(…\\) \\(or use its callbacks\\) instead of guessing \\(tip 17\\)"
console.log('weights after warm-up', model.getWeights()[0].shape);
await training;
await pause(100);
await model.save('file://./out/model');
