import * as tf from '@tensorflow/tfjs';

// Early stopping stops a long run.
export async function train(model, xs, ys) {
  await model.fit(xs, ys, {
    epochs: 300,
    validationSplit: 0.1,
    callbacks: tf.callbacks.earlyStopping({ monitor: 'val_loss', patience: 10 }),
  });
}
