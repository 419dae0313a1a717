// Networks trained through optimizer.minimize: a hand-built MLP, a layers model inside the loss and a loss over
// many weight tensors. Plain SGD makes all three crawl.
import * as tf from '@tensorflow/tfjs';

const HIDDEN = 16;
const w1 = tf.variable(tf.randomNormal([2, HIDDEN], 0, 0.5));
const b1 = tf.variable(tf.zeros([HIDDEN]));
const w2 = tf.variable(tf.randomNormal([HIDDEN, 1], 0, 0.5));
const b2 = tf.variable(tf.zeros([1]));

function forward(xs) {
  const hidden = tf.sigmoid(xs.matMul(w1).add(b1));
  return hidden.matMul(w2).add(b2).sigmoid();
}

const optimizer = tf.train.sgd(0.1); // want "tf\\.train\\.sgd is plain SGD on a hand-built network \\(sigmoid between 2 weighted ops, line 12\\)"

export function trainXor(xs, ys, steps) {
  for (let i = 0; i < steps; i++) {
    const cost = optimizer.minimize(() => tf.losses.logLoss(ys, forward(xs)), true);
    cost.dispose();
  }
}

// A layers model called inside a custom loss.
const encoder = tf.sequential({
  layers: [
    tf.layers.dense({ inputShape: [32], units: 8, activation: 'relu' }),
    tf.layers.dense({ units: 32 }),
  ],
});
const reconstruction = tf.train.sgd(0.002); // want "tf\\.train\\.sgd is plain SGD on a model with a hidden non-linear layer \\(dense layer with activation 'relu', line 28\\)"

export function denoise(noisy, clean) {
  return reconstruction.minimize(() => tf.losses.meanSquaredError(clean, encoder.predict(noisy)), true);
}

// Many weight tensors: a deep linear stack trained by hand is already past curve fitting.
export class DeepLinear {
  constructor(dims) {
    this.k1 = tf.variable(tf.randomNormal([8, 8]));
    this.k2 = tf.variable(tf.randomNormal([8, 8]));
    this.k3 = tf.variable(tf.randomNormal([8, 8]));
    this.k4 = tf.variable(tf.randomNormal([8, 8]));
    this.k5 = tf.variable(tf.randomNormal([8, 1]));
    this.opt = tf.train.sgd(0.05); // want "tf\\.train\\.sgd is plain SGD on a loss over 5 weight tensors: "
  }

  step(xs, ys) {
    this.opt.minimize(() => {
      const out = xs.matMul(this.k1.add(this.k2).add(this.k3).add(this.k4)).matMul(this.k5);
      return tf.losses.meanSquaredError(ys, out);
    });
  }
}
