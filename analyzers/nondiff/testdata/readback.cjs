const tf = require('@tensorflow/tfjs-node');

// A hand-written regression that reads the prediction out of the graph.
const w = tf.variable(tf.scalar(0.5));
const x = tf.tensor1d([1, 2, 3]);
const y = tf.tensor1d([2, 4, 6]);

for (let i = 0; i < 100; i++) {
  const { value, grads } = tf.variableGrads(() => {
    const pred = w.mul(x).dataSync(); // want "the function given to tf.variableGrads reads the values out of the graph with dataSync, and nothing else connects the returned loss to the weights"
    const err = pred.map((p, j) => (p - y.dataSync()[j]) ** 2);
    return tf.scalar(err.reduce((a, b) => a + b, 0));
  });
  tf.dispose([value, grads]);
}
