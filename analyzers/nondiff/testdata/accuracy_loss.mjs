import * as tf from '@tensorflow/tfjs';

// "Optimize the accuracy directly": argMax then equal.
export function compileModel(model) {
  model.compile({
    optimizer: tf.train.adam(1e-3),
    loss: (yTrue, yPred) => {
      const hits = tf.equal(tf.argMax(yTrue, -1), tf.argMax(yPred, -1)); // want "^the loss function given to compile differentiates through equal, which has no gradient in tfjs: training throws \"Cannot compute gradient: gradient function not found\"; compute the loss from the predictions with differentiable ops \\(a cross-entropy, or a soft version of the comparison such as a sigmoid\\) \\(tip 11\\)$"
      return tf.sub(1, tf.mean(tf.cast(hits, 'float32')));
    },
  });
}
