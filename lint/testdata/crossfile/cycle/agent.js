import * as tf from '@tensorflow/tfjs';
import { observe, ACTIONS } from './env.js';

export function policy(model, state) {
  return tf.tidy(() => model.predict(state).argMax(-1));
}

export async function play(model, steps) {
  for (let t = 0; t < steps; t++) {
    const state = observe(); // want "undisposed-tensor: `state` from observe\(\) is never disposed: it leaks one tensor per iteration"
    const action = policy(model, state);
    const a = (await action.data())[0];
    action.dispose();
    console.log(ACTIONS[a]);
  }
}
