// Denoising regression trained with a hand-written loop: each step adds fresh
// input noise. The noise tensor is never disposed, so the loop leaks one
// tensor per optimizer step.
import * as tf from '@tensorflow/tfjs';

const xs = tf.randomUniform([64, 4]);
const ys = xs.sum(1, true).mul(0.5);

const kernel = tf.variable(tf.randomNormal([4, 8], 0, 0.3));
const head = tf.variable(tf.randomNormal([8, 1], 0, 0.3));
const optimizer = tf.train.adam(0.01);

function forward(input) {
  return input.matMul(kernel).relu().matMul(head);
}

async function train(steps) {
  for (let step = 0; step < steps; step++) {
    const noise = tf.randomNormal(xs.shape, 0, 0.05);
    const cost = optimizer.minimize(() => tf.losses.meanSquaredError(ys, forward(xs.add(noise))), true);
    if (step % 5 === 0) {
      console.log(`step ${step}: loss ${(await cost.data())[0].toFixed(4)}`);
    }
    cost.dispose();
  }
}

await train(40);
