// House-price regression: ES module, namespace import.
import * as tf from '@tensorflow/tfjs';

export function buildModel(numFeatures) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [numFeatures], units: 32, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 16, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({
    optimizer: tf.train.sgd(0.01), // want "^tf\\.train\\.sgd is plain SGD on a model with a hidden non-linear layer \\(dense layer with activation 'relu', line 6\\): it converges slowly and needs a hand-tuned learning rate; use tf\\.train\\.adam\\(0\\.01\\) \\(tip 5\\)$"
    loss: 'meanSquaredError',
  });
  return model;
}

// Used by the hyper-parameter sweep; the call spans lines, the finding is where it starts.
export function makeOptimizer(learningRate) {
  return tf.train.sgd( // want "tf\\.train\\.sgd is plain SGD"
    learningRate,
  );
}

export async function train(model, features, targets, epochs = 30) {
  const history = await model.fit(features, targets, {
    epochs,
    batchSize: 32,
    validationSplit: 0.2,
    callbacks: {
      onEpochEnd: (epoch, logs) => console.log(`epoch ${epoch}: val_loss=${logs.val_loss.toFixed(4)}`),
    },
  });
  return history.history.val_loss.at(-1);
}

export async function sweep(model, features, targets) {
  for (const lr of [0.1, 0.03, 0.01]) {
    model.compile({ optimizer: makeOptimizer(lr), loss: 'meanSquaredError' });
    console.log(lr, await train(model, features, targets, 10));
  }
}
