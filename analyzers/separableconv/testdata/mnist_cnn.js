import * as tf from '@tensorflow/tfjs';

// The classic MNIST convnet: the first conv reads one channel and is left
// alone; the second reads the first's 32 filters.
export function createConvModel() {
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [28, 28, 1], kernelSize: 3, filters: 32, activation: 'relu' }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.conv2d({ kernelSize: 3, filters: 64, activation: 'relu' })); // want "^this conv2d \\(3×3 kernel, 32 input channels, 64 filters\\) has 18,496 weights; tf.layers.separableConv2d with the same kernel and filters would have 2,400 \\(tip 2\\)$"
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
  model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}
