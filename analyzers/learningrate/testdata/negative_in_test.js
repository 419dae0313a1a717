// Unit tests choose rates for what they check: a zero rate freezes the
// weights so that a test can see that only the head changes.
const tf = require('@tensorflow/tfjs-node');

describe('transfer learning', () => {
  it('keeps the base model frozen', async () => {
    const model = tf.sequential({ layers: [tf.layers.dense({ units: 2, inputShape: [3], activation: 'relu' }), tf.layers.dense({ units: 1 })] });
    model.compile({ optimizer: tf.train.sgd(0), loss: 'meanSquaredError' });
    await model.fit(tf.ones([4, 3]), tf.ones([4, 1]), { epochs: 1 });
  });
});

// Outside the test the same rate is reported.
const frozen = tf.train.sgd(0); // want "learning rate 0 for tf.train.sgd must be positive"
module.exports = { frozen };
