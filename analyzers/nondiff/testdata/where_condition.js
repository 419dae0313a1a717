import * as tf from '@tensorflow/tfjs';

// A piecewise loss whose branch depends on the prediction: tf.where's
// condition is still differentiated through, and greater has no gradient.
const piecewise = (yTrue, yPred) => {
  const err = yPred.sub(yTrue);
  const big = err.abs().greater(1); // want "the loss function given to compile differentiates through greater"
  return tf.where(big, err.abs(), err.square()).mean();
};

export const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [4] })] });
model.compile({ optimizer: 'sgd', loss: piecewise });
