const tf = require('@tensorflow/tfjs');

// Accuracy and the loss value read for logging; the returned loss is the
// cross-entropy.
const model = tf.sequential({ layers: [tf.layers.dense({ units: 3, inputShape: [4], activation: 'softmax' })] });
const optimizer = tf.train.adam();
let accuracy = 0;
let lastLoss = 0;
function step(xs, ys) {
  optimizer.minimize(() => {
    const pred = model.predict(xs);
    accuracy = pred.argMax(1).equal(ys.argMax(1)).mean().dataSync()[0];
    const loss = tf.losses.softmaxCrossEntropy(ys, pred);
    lastLoss = loss.dataSync()[0];
    return loss;
  });
}
module.exports = { step, model };
