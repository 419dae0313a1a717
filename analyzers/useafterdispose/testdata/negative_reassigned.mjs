// Code that disposes and then reuses the *name*, not the tensor.
import * as tf from '@tensorflow/tfjs';

export function decay(weights, steps) {
  let w = tf.tensor1d(weights);
  for (let i = 0; i < steps; i++) {
    const next = w.mul(0.9);
    w.dispose();
    w = next;
  }
  return w;
}

export function restart(shape) {
  let state = tf.zeros(shape);
  state.dispose();
  state = tf.randomNormal(shape); // a fresh tensor before any use
  return state.add(1);
}

export function swap(a, b) {
  let current = tf.tensor(a);
  tf.dispose(current);
  if (b.length > 0) {
    current = tf.tensor(b);
  } else {
    current = tf.zeros([1]);
  }
  return current.square();
}

export function guarded(values) {
  let t = tf.tensor(values);
  const sum = t.sum();
  t.dispose();
  t = null;
  if (t && !t.isDisposed) {
    t.print();
  }
  return sum;
}
