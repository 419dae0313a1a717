// The RNN type is picked by name; every case adds a recurrent layer (or throws), so one of them always runs.
const tf = require('@tensorflow/tfjs');

function createModel(rnnType, hiddenSize, maxLen, vocabularySize, learningRate) {
  const model = tf.sequential();
  switch (rnnType) {
    case 'SimpleRNN':
      model.add(tf.layers.simpleRNN({ units: hiddenSize, inputShape: [maxLen, vocabularySize] }));
      break;
    case 'GRU':
      model.add(tf.layers.gru({ units: hiddenSize, inputShape: [maxLen, vocabularySize] }));
      break;
    case 'LSTM':
      model.add(tf.layers.lstm({ units: hiddenSize, inputShape: [maxLen, vocabularySize] }));
      break;
    default:
      throw new Error(`unsupported RNN type ${rnnType}`);
  }
  model.add(tf.layers.repeatVector({ n: maxLen }));
  model.add(tf.layers.timeDistributed({ layer: tf.layers.dense({ units: vocabularySize, activation: 'softmax' }) }));
  model.compile({ optimizer: tf.train.sgd(learningRate), loss: 'categoricalCrossentropy' }); // want "simpleRNN layer \\(tanh by default\\), line 8"
  return model;
}

// Optional hidden layers: whether they exist depends on the caller, so nothing is known to be hidden.
function createRegressor(numFeatures, hiddenLayers) {
  const model = tf.sequential();
  for (let i = 0; i < hiddenLayers; i++) {
    model.add(tf.layers.dense({ units: 16, activation: 'relu', inputShape: i === 0 ? [numFeatures] : undefined }));
  }
  if (hiddenLayers === 0) {
    model.add(tf.layers.dense({ units: 1, inputShape: [numFeatures] }));
  } else {
    model.add(tf.layers.dense({ units: 1 }));
  }
  model.compile({ optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError' });
  return model;
}

module.exports = { createModel, createRegressor };
