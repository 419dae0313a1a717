// Rates that are not fixed literals: reassigned, computed, or passed in. Nothing to report.
import * as tf from '@tensorflow/tfjs';

function schedule(epoch, base) {
  return base * Math.pow(0.5, Math.floor(epoch / 10));
}

export async function trainWithSchedule(model, xs, ys, epochs) {
  let lr = 0.1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    lr = schedule(epoch, 0.001);
    model.compile({ optimizer: tf.train.adam(lr), loss: 'meanSquaredError' });
    await model.fit(xs, ys, { epochs: 1, initialEpoch: 0 });
  }
}

export function decayed(epoch, decay) {
  const baseLr = 0.5;
  return tf.train.adam(baseLr * decay ** epoch);
}

export function fromParameter(learningRate) {
  return tf.train.rmsprop(learningRate);
}

export function fromOptions({ learningRate = 0.001 } = {}) {
  return tf.train.adam(learningRate);
}

export function fromEnvironment() {
  const lr = Number(process.env.LEARNING_RATE ?? '0.001');
  return tf.train.sgd(lr);
}

export function warmup(step) {
  let rate = 1;
  rate = Math.min(1e-3, (step + 1) * 1e-5);
  return tf.train.adam(rate);
}
