import * as tf from '@tensorflow/tfjs';

// A callback that stops once the loss is small enough.
export async function fitUntil(model, xs, ys, target) {
  await model.fit(xs, ys, {
    epochs: 1000,
    callbacks: {
      onEpochEnd: async (epoch, logs) => {
        if (logs.loss < target) model.stopTraining = true;
      },
    },
  });
}
