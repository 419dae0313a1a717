import * as tf from '@tensorflow/tfjs';
import { policy } from './agent.js';

export const ACTIONS = ['left', 'right'];
let position = 0;

export function observe() {
  return tf.tensor2d([[position, Math.random()]]);
}

// agent.js imports this file and this file imports agent.js: the cycle is
// broken at this import (the file reached first, agent.js, is analysed
// first), so the tensor policy() returns is not known here.
export function replay(model) {
  for (let i = 0; i < 10; i++) {
    const act = policy(model, tf.zeros([1, 2]));
    console.log(act.shape);
  }
}
