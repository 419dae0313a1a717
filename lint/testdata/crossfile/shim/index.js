// A policy-gradient page on the CPU backend: tf comes from the project's
// own tensorflow.js, which passes @tensorflow/tfjs on whole.
import * as tf from './tensorflow';
import { tidy } from './tensorflow';

tf.setBackend('cpu');

const model = tf.sequential({
  layers: [tf.layers.dense({ units: 2, inputShape: [4], activation: 'softmax' })],
});

function act(state) {
  // Inside tf.tidy: the intermediates are freed, and on the CPU backend the
  // read waits for no GPU.
  return tidy(() => model.predict(tf.tensor2d([state])).argMax(1).dataSync()[0]);
}

export function play(steps) {
  let state = [0, 0, 0, 0];
  for (let i = 0; i < steps; i++) {
    const action = act(state);
    state = state.map((v) => v + (action ? 0.1 : -0.1));
  }
  return state;
}

export function leakyScore(state) {
  for (let i = 0; i < 100; i++) {
    tf.tensor1d(state).square().sum(); // want "leaked-temporary: 3 intermediate tensors .* per iteration"
  }
}
