// Bindings derived from the namespace: a plain alias and destructuring.
import * as tf from '@tensorflow/tfjs';

const t = tf;
const { train } = tf;
const { sgd, adam } = tf.train;

export function fromAlias(model) {
  model.compile({ optimizer: t.train.sgd(0.05), loss: 'meanSquaredError' }); // want "tf\\.train\\.sgd is plain SGD"
}

export function fromDestructuredTrain(model) {
  const optimizer = train.sgd(0.1); // want "tf\\.train\\.sgd is plain SGD"
  model.compile({ optimizer, loss: 'meanSquaredError' });
}

export function fromDestructuredSgd(model, learningRate) {
  const optimizer = sgd(learningRate); // want "tf\\.train\\.sgd is plain SGD"
  model.compile({ optimizer, loss: 'meanSquaredError' });
}

export function fromDestructuredAdam(model) {
  // adam came out of the same destructuring and is fine.
  model.compile({ optimizer: adam(0.001), loss: 'meanSquaredError' });
}

export async function fitAll(model, xs, ys) {
  for (const setup of [fromAlias, fromDestructuredTrain, fromDestructuredAdam]) {
    setup(model);
    await model.fit(xs, ys, { epochs: 5, batchSize: 32 });
  }
}
