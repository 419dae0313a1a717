import * as tf from '@tensorflow/tfjs';

// Masks and class indices computed from the labels only, and an int cast of
// the prediction (cast passes the gradient through).
export function maskedLoss(yTrue: tf.Tensor, yPred: tf.Tensor): tf.Tensor {
  const mask = tf.notEqual(yTrue, -1).toFloat();
  const classes = tf.oneHot(tf.argMax(yTrue, -1), 10).toFloat();
  return tf.losses.softmaxCrossEntropy(classes, yPred.toFloat()).mul(mask.mean());
}

export function compileIt(model: tf.LayersModel) {
  model.compile({ optimizer: 'adam', loss: maskedLoss, metrics: ['accuracy'] });
}
