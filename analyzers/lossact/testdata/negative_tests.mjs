// Tests build mismatched models on purpose to check error paths.
import * as tf from '@tensorflow/tfjs';

describe('compile', () => {
  it('accepts any activation', () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 3, activation: 'relu' })] });
    model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy' });
  });
});
