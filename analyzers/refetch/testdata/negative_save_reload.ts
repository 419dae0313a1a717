// Each epoch saves the model and reads it back to test it: a new model
// each time, not the same data.
import * as tf from '@tensorflow/tfjs-node';

async function testAccuracy(): Promise<void> {
  const m = await tf.loadLayersModel('file://./out/model.json');
  m.summary();
}

export async function train(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor): Promise<void> {
  await model.fit(xs, ys, {
    epochs: 20,
    callbacks: {
      onEpochEnd: async () => {
        await model.save('file://./out');
        await testAccuracy();
      },
    },
  });
}
