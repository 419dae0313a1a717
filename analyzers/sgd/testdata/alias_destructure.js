// Bindings derived from the namespace: a plain alias and destructuring.
import * as tf from '@tensorflow/tfjs';

const t = tf;
const { train } = tf;
const { sgd, adam } = tf.train;
const { layers, sequential } = tf;

function mlp(inputDim) {
  const model = sequential();
  model.add(layers.dense({ inputShape: [inputDim], units: 16, activation: 'relu' }));
  model.add(layers.dense({ units: 1 }));
  return model;
}

export function fromAlias(inputDim) {
  const model = mlp(inputDim);
  model.compile({ optimizer: t.train.sgd(0.05), loss: 'meanSquaredError' }); // want "tf\\.train\\.sgd is plain SGD on a model with a hidden non-linear layer \\(dense layer with activation 'relu', line 11\\)"
  return model;
}

export function fromDestructuredTrain(inputDim) {
  const model = mlp(inputDim);
  const optimizer = train.sgd(0.01); // want "tf\\.train\\.sgd is plain SGD"
  model.compile({ optimizer, loss: 'meanSquaredError' });
  return model;
}

export function fromDestructuredSgd(inputDim, learningRate) {
  const model = mlp(inputDim);
  const optimizer = sgd(learningRate); // want "tf\\.train\\.sgd is plain SGD"
  model.compile({ optimizer, loss: 'meanSquaredError' });
  return model;
}

export function fromDestructuredAdam(inputDim) {
  // adam came out of the same destructuring and is fine.
  const model = mlp(inputDim);
  model.compile({ optimizer: adam(0.001), loss: 'meanSquaredError' });
  return model;
}

export async function fitAll(inputDim, xs, ys) {
  for (const setup of [fromAlias, fromDestructuredTrain, fromDestructuredAdam]) {
    const model = setup(inputDim);
    await model.fit(xs, ys, { epochs: 5, batchSize: 32 });
  }
}
