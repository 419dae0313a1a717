// Linear models: plain SGD on a convex loss is the textbook choice and trains fine. None is reported.
import * as tf from '@tensorflow/tfjs';

// The getting-started model: one dense unit.
export async function fitLine() {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 1, inputShape: [1] }));
  model.compile({ loss: 'meanSquaredError', optimizer: 'sgd' });
  const xs = tf.tensor2d([-1, 0, 1, 2, 3, 4], [6, 1]);
  const ys = tf.tensor2d([-3, -1, 1, 3, 5, 7], [6, 1]);
  await model.fit(xs, ys, { epochs: 250 });
  tf.dispose([xs, ys]);
  return model;
}

// Stacked dense layers without an activation compose to one linear map.
export function stackedLinear(inputDim) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 20, inputShape: [inputDim] }));
  model.add(tf.layers.dense({ units: 20, activation: 'linear' }));
  model.add(tf.layers.dense({ units: 1 }));
  const optimizer = tf.train.sgd(0.01);
  model.compile({ optimizer, loss: 'meanSquaredError' });
  return model;
}

// Polynomial regression on precomputed powers of x: still one linear layer.
export function polynomialFeatures(order) {
  const input = tf.input({ shape: [order + 1] });
  const output = tf.layers.dense({ units: 1, useBias: false, kernelInitializer: 'zeros' }).apply(input);
  const model = tf.model({ inputs: input, outputs: output });
  model.compile({ optimizer: tf.train.sgd(0.5), loss: 'meanSquaredError' });
  return model;
}

// Two linear branches merged: linear as a whole.
export function twoInputsLinear() {
  const a = tf.input({ shape: [3] });
  const b = tf.input({ shape: [2] });
  const left = tf.layers.dense({ units: 4 }).apply(a);
  const right = tf.layers.dense({ units: 4 }).apply(b);
  const merged = tf.layers.concatenate().apply([left, right]);
  const out = tf.layers.dense({ units: 1 }).apply(merged);
  const model = tf.model({ inputs: [a, b], outputs: out });
  model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
  return model;
}

// A sigmoid or softmax on the output only: logistic and softmax regression.
export function logistic(inputDim) {
  const model = tf.sequential({
    layers: [tf.layers.dense({ units: 1, inputShape: [inputDim], activation: 'sigmoid' })],
  });
  model.compile({ optimizer: tf.train.sgd(1), loss: 'binaryCrossentropy' });
  return model;
}

// A convolution whose relu is the last weighted layer's: nothing after it learns, so nothing is hidden.
export function convOnly() {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 1, kernelSize: 8, activation: 'relu' }));
  model.add(tf.layers.flatten());
  model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
  return model;
}

// The deep variant is built only on request: on the other path the model is linear, so the rule stays silent.
export function maybeDeep(inputDim, deep) {
  let model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [inputDim], units: 1 })] });
  if (deep) {
    model = tf.sequential({
      layers: [tf.layers.dense({ inputShape: [inputDim], units: 16, activation: 'relu' }), tf.layers.dense({ units: 1 })],
    });
  }
  model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
  return model;
}
