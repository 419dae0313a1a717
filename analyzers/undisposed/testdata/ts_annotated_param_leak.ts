// A training helper in TypeScript: only the annotations say that `model`
// is a tfjs model and `batch` a tensor; nothing in this file builds them.
import * as tf from '@tensorflow/tfjs';

export async function trainEpoch(model: tf.LayersModel, batches: Array<{ xs: tf.Tensor; ys: tf.Tensor }>) {
  for (const { xs, ys } of batches) {
    await model.trainOnBatch(xs, ys);
    const preds = model.predict(xs) as tf.Tensor; // want "`preds` from model.predict is never disposed"
    console.log('first prediction', preds.shape);
  }
}

export function normalize(batch: tf.Tensor4D, scale?: number): tf.Tensor4D {
  return tf.tidy(() => batch.div(scale ?? 255));
}

// An annotation that is not a tfjs type says nothing.
interface Session { predict(input: unknown): number[]; }
export function score(session: Session, input: tf.Tensor): number {
  return session.predict(input)[0];
}
