const tf = require('@tensorflow/tfjs-node');

// A step decay in the epoch callback.
const optimizer = tf.train.sgd(0.1);
async function train(model, xs, ys) {
  model.compile({ optimizer, loss: 'meanSquaredError' });
  await model.fit(xs, ys, {
    epochs: 120,
    callbacks: {
      onEpochEnd: (epoch) => {
        if (epoch % 30 === 29) optimizer.learningRate *= 0.5;
      },
    },
  });
}
module.exports = train;
