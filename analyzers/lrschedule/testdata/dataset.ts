import * as tf from '@tensorflow/tfjs';

// fitDataset over a batched dataset with array callbacks.
export async function trainOn(model: tf.LayersModel, ds: tf.data.Dataset<tf.TensorContainer>, valDs: tf.data.Dataset<tf.TensorContainer>): Promise<void> {
  const cfg = {
    epochs: 180, // want "fitDataset runs 180 epochs"
    validationData: valDs,
    callbacks: [{ onEpochEnd: async (epoch: number) => { await tf.nextFrame(); } }],
  };
  await model.fitDataset(ds.batch(32), cfg);
}
