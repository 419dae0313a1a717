// Unit tests (jest globals) use tiny batches on purpose.
import * as tf from '@tensorflow/tfjs';

describe('training', () => {
  it('runs one step', async () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1 })] });
    model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
    await model.fit(tf.zeros([8, 2]), tf.zeros([8, 1]), { epochs: 1, batchSize: 1 });
  });
});
