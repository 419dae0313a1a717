// A literal layers array, constants evaluated, and the compile that configures it.
import * as tf from '@tensorflow/tfjs';

const HIDDEN = 64;
const NUM_CLASSES = 10;
const dense = { units: HIDDEN, activation: 'relu', kernelInitializer: 'heNormal' };

export function build() {
  const model = tf.sequential({ // want "^sequential: conv2d\\(16, 3, relu\\) maxPooling2d flatten dense\\(64, relu, heNormal\\) dropout dense\\(10, softmax\\)$"
    layers: [
      tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 16, kernelSize: 3, activation: 'relu' }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense(dense),
      tf.layers.dropout({ rate: 0.2 }),
      tf.layers.dense({ units: NUM_CLASSES, activation: 'softmax' }),
    ],
  });
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy'] }); // want "^compile loss=categoricalCrossentropy last=dense\\(10, softmax\\)$"
  return model;
}
