// An async loop over epochs with await, a pipeline rebuilt across statements.
import * as tf from '@tensorflow/tfjs';

export async function train(model, examples, epochs, onEpoch) {
  let ds = tf.data.array(examples);
  ds = ds.batch(32); // want "\\.batch\\(\\) before \\.shuffle\\(\\)"
  ds = ds.shuffle(64);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const history = await model.fitDataset(ds, { epochs: 1 });
    await onEpoch(epoch, history.history.loss[0]);
  }
}

export async function trainEach(model, examples) {
  const ds = tf.data.array(examples)
    .batch(8) // want "\\.batch\\(\\) before \\.shuffle\\(\\)"
    .map((b) => b)
    .shuffle(16);
  await model.fitDataset(ds, { epochs: 3 });
}
