// A unit test of a hand-written round trip: tests are not reported.
import * as tf from '@tensorflow/tfjs';

describe('weights round trip', () => {
  it('restores the same values', () => {
    const model = tf.sequential({layers: [tf.layers.dense({inputShape: [2], units: 1})]});
    const values = model.getWeights().map(w => Array.from(w.dataSync()));
    localStorage.setItem('w', JSON.stringify(values));
    model.setWeights(JSON.parse(localStorage.getItem('w')).map((v, i) => tf.tensor(v, model.getWeights()[i].shape)));
  });
});
