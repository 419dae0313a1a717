// sobek's parser has no `for await`; the file goes through esbuild, which
// rewrites the loop, and parses.
import * as tf from '@tensorflow/tfjs';
import { batches } from './async_generator.mjs';

export async function train(model, ds) {
  for await (const batch of batches(ds)) {
    await model.trainOnBatch(batch.xs, batch.ys);
    tf.dispose(batch);
  }
}
