// Default import of the tfjs package (works through the CommonJS interop in Node and most bundlers).
import tf from '@tensorflow/tfjs';

export class ModelFactory {
  static mlp(inputDim, hidden, outputDim) {
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [inputDim], units: hidden, activation: 'relu' }));
    model.add(tf.layers.dense({ units: outputDim, activation: 'softmax' }));
    return model;
  }
}

export async function trainIris(features, labels) {
  const model = ModelFactory.mlp(4, 10, 3);
  // Constructing the optimizer class directly instead of going through tf.train.
  const optimizer = new tf.SGDOptimizer(0.1); // want "^tf\\.SGDOptimizer is plain SGD on a model with a hidden non-linear layer \\(dense layer with activation 'relu', line 7\\): it converges slowly and needs a hand-tuned learning rate; use tf\\.train\\.adam\\(0\\.001\\): the learning rate changes to Adam's default \\(0\\.1 is outside Adam's range 0\\.0001–0\\.01\\) \\(tip 5\\)$"
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

  const xs = tf.tensor2d(features);
  const ys = tf.oneHot(tf.tensor1d(labels, 'int32'), 3);
  await model.fit(xs, ys, { epochs: 25, batchSize: 8, validationSplit: 0.1 });
  tf.dispose([xs, ys]);
  return model;
}

// The model comes from callers outside this file; the only models this file builds are MLPs, so that is what
// it trains.
export function restartWithSgd(model) {
  model.compile({ optimizer: tf.train.sgd(0.01), loss: 'categoricalCrossentropy' }); // want "tf\\.train\\.sgd is plain SGD"
}
