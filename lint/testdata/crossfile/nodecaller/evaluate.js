// A Node script: it checks the model on a test set after training.
import * as tf from '@tensorflow/tfjs-node';
import { decode } from './model.js';

async function main() {
  const model = await tf.loadLayersModel('file://./model/model.json');
  const inputs = tf.randomUniform([100, 8]).unstack();
  let ones = 0;
  for (const input of inputs) {
    const batch = input.expandDims(0);
    ones += decode(model, batch);
    batch.dispose();
  }
  tf.dispose(inputs);
  console.log(`${ones} of 100`);
}

main();
