// TypeScript: the same fold loop without releasing each fold's model.
import * as tf from '@tensorflow/tfjs';

async function buildSmall(inputs: number): Promise<tf.LayersModel> {
  const model = tf.sequential(); // want "tf\\.sequential is created every iteration of the loop on line 16"
  model.add(tf.layers.dense({ inputShape: [inputs], units: 1, activation: 'sigmoid' }));
  return model;
}

async function buildModel(inputs: number): Promise<tf.LayersModel> {
  return await buildSmall(inputs);
}

export async function crossValidate(xs: tf.Tensor2D, ys: tf.Tensor2D, folds: number): Promise<number> {
  let total = 0;
  for (let fold = 0; fold < folds; fold++) {
    const model = await buildModel(xs.shape[1]);
    model.compile({ optimizer: 'adam', loss: 'binaryCrossentropy' });
    await model.fit(xs, ys, { epochs: 5, batchSize: 32 });
    total += (model.evaluate(xs, ys) as tf.Scalar).dataSync()[0];
  }
  return total / folds;
}
