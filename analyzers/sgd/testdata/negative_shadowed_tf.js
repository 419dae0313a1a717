// Unit test for the training loop: `tf` is a hand-written fake, not TensorFlow.js.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';

import { runTraining } from './training.js';

const calls = [];
const tf = {
  train: {
    sgd(learningRate) {
      calls.push(['sgd', learningRate]);
      return { minimize: () => 0.5, dispose() {} };
    },
  },
  tidy: (fn) => fn(),
};

test('runTraining builds one optimizer and steps it', async () => {
  const optimizer = tf.train.sgd(0.1);
  const model = { compile(cfg) { calls.push(['compile', cfg.optimizer]); }, fit: async () => ({ history: {} }) };
  model.compile({ optimizer, loss: 'meanSquaredError' });
  await runTraining({ tf, model, optimizer, steps: 3 });
  assert.deepEqual(calls[0], ['sgd', 0.1]);
});
