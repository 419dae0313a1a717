// A stateful LSTM: batches must keep their order, so shuffle: false is right.
import * as tf from '@tensorflow/tfjs';

export async function trainSequence(xs, ys, windows) {
  const model = tf.sequential();
  model.add(tf.layers.lstm({ units: 32, batchInputShape: [1, 10, 1], stateful: true, returnSequences: false }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  for (let epoch = 0; epoch < 20; epoch++) {
    await model.fit(xs, ys, { epochs: 1, batchSize: 1, shuffle: false });
    model.resetStates();
  }
  const ds = tf.data.array(windows).batch(1);
  await model.fitDataset(ds, { epochs: 1 });
  return model;
}
