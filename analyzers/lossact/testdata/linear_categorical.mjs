// ES module: a classifier whose last dense layer has no activation, compiled with a categorical loss.
import * as tf from '@tensorflow/tfjs';

const NUM_CLASSES = 10;

export function build() {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [32, 32, 3], filters: 16, kernelSize: 3, activation: 'relu' }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: NUM_CLASSES, activation: 'softmax' }));
  model.add(tf.layers.dense({ units: NUM_CLASSES, activation: 'linear' }));
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy'] }); // want "^loss 'categoricalCrossentropy' expects a softmax's class probabilities, but the model's output is linear \\(no activation\\) \\(dense layer on line 11\\): use activation: 'softmax' on the last layer, or tf\\.losses\\.softmaxCrossEntropy on the logits \\(tip 10\\)$"
  return model;
}
