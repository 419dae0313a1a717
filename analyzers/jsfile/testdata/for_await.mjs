// sobek does not support `for await`: the whole file is a syntax error.
import * as tf from '@tensorflow/tfjs';
import { batches } from './async_generator.mjs';

export async function train(model, ds) {
  for await (const batch of batches(ds)) { // want "^Unexpected token await$"
    await model.trainOnBatch(batch.xs, batch.ys);
    tf.dispose(batch);
  }
}
