// Disposals on some paths only, or after the last use.
import * as tf from '@tensorflow/tfjs';

export function maybeNormalize(x, normalize) {
  const scaled = x.div(255);
  if (!normalize) {
    scaled.dispose();
    return x.clone();
  }
  const mean = scaled.mean();
  const out = scaled.sub(mean);
  tf.dispose([scaled, mean]);
  return out;
}

export function conditional(x, keep) {
  const squared = x.square();
  if (!keep) squared.dispose();
  return keep ? squared.sum() : null;
}

export function withFinally(model, input) {
  const batched = input.expandDims(0);
  try {
    return model.predict(batched).squeeze();
  } finally {
    batched.dispose();
  }
}

export function switchMode(mode, data) {
  const t = tf.tensor(data);
  switch (mode) {
    case 'drop':
      t.dispose();
      return null;
    default:
      return t.relu();
  }
}

export function disposedTwice(data) {
  const t = tf.tensor(data);
  const total = t.sum().dataSync()[0];
  t.dispose();
  tf.dispose(t); // disposing again is a no-op
  console.log('released', t, t.shape, t.dtype);
  return total;
}
