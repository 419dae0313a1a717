const tf = require('@tensorflow/tfjs');

// tanh hidden layers train as well as relu at this depth (zero-centred,
// derivative 1 at 0); a hidden sigmoid of unknown activation is not judged.
function policy(act) {
  return tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [8], units: 64, activation: 'tanh' }),
      tf.layers.dense({ units: 64, activation: 'tanh' }),
      tf.layers.dense({ units: 64, activation: 'softsign' }),
      tf.layers.dense({ units: 64, activation: act }),
      tf.layers.dense({ units: 4, activation: 'softmax' }),
    ],
  });
}
module.exports = policy;
