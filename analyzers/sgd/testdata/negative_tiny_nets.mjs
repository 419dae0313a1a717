import * as tf from '@tensorflow/tfjs';

// A 2-2-1 XOR net has 9 weights: a curve fit, where a hand-tuned SGD rate
// trains as well as Adam.
export async function xor() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [2], units: 2, activation: 'sigmoid' }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
  model.compile({ optimizer: tf.train.sgd(0.5), loss: 'meanSquaredError' });
  const xs = tf.tensor2d([[0, 0], [0, 1], [1, 0], [1, 1]]);
  const ys = tf.tensor2d([[0], [1], [1], [0]]);
  await model.fit(xs, ys, { epochs: 5000, shuffle: true });
}

// A functional 1-1-1 softsign net: 4 weights.
export class Step {
  constructor() {
    const input = tf.input({ shape: [1] });
    const hidden = tf.layers.dense({ units: 1, activation: 'softsign' }).apply(input);
    const output = tf.layers.dense({ units: 1 }).apply(hidden);
    this.model = tf.model({ inputs: input, outputs: output });
    this.model.compile({ loss: 'meanSquaredError', optimizer: tf.train.sgd(0.01) });
  }

  async train(xs, ys) {
    await this.model.fit(xs, ys, { epochs: 20 });
  }
}
