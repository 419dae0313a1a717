import * as tf from '@tensorflow/tfjs';
import { makeCallbacks } from './callbacks';

// Callbacks built elsewhere may schedule; an epochs count from the UI is
// not known.
export async function run(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor, epochs: number) {
  await model.fit(xs, ys, { epochs: 150, callbacks: makeCallbacks(model) });
  const cbs = [makeCallbacks(model)];
  await model.fit(xs, ys, { epochs: 150, callbacks: cbs });
  await model.fit(xs, ys, { epochs });
}
