import * as tf from '@tensorflow/tfjs';

export const IMAGE_SIZE = 64;

export function createModel(classes) {
  const model = tf.sequential();
  model.add(tf.layers.flatten({ inputShape: [IMAGE_SIZE, IMAGE_SIZE, 3] }));
  model.add(tf.layers.dense({ units: classes, activation: 'softmax' }));
  model.compile({ optimizer: tf.train.adam(0.001), loss: 'categoricalCrossentropy' });
  return model;
}

export const loadPretrained = async (url) => await tf.loadLayersModel(url);
