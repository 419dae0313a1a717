// Node script: linear regression with optimizer.minimize(f, true).
const tf = require('@tensorflow/tfjs');

const slope = tf.variable(tf.scalar(0));
const intercept = tf.variable(tf.scalar(0));
const optimizer = tf.train.adam(0.01);

function loss(xs, ys) {
  return tf.losses.meanSquaredError(ys, xs.mul(slope).add(intercept));
}

// minimize(f, true) hands the cost scalar to the caller; this loop never releases it.
async function fit(xs, ys, epochs) {
  for (let epoch = 0; epoch < epochs; epoch++) {
    const cost = optimizer.minimize(() => loss(xs, ys), true); // want "`cost` from optimizer\\.minimize is never disposed.*leaks one tensor per training step"
    if (epoch % 50 === 0) {
      const [value] = await cost.data();
      console.log(`epoch ${epoch}: mse ${value.toFixed(4)}`);
    }
  }
}

// minimize(f) without returnCost returns null: nothing to release here.
function fitQuietly(xs, ys, epochs) {
  for (let epoch = 0; epoch < epochs; epoch++) {
    optimizer.minimize(() => loss(xs, ys));
  }
}

async function main() {
  const xs = tf.tensor1d([0, 1, 2, 3, 4, 5, 6, 7]);
  const ys = tf.tensor1d([1.1, 2.9, 5.2, 7.1, 8.8, 11.2, 13.1, 14.9]);
  await fit(xs, ys, 300);
  fitQuietly(xs, ys, 100);
  // Runs once (its function is only called once): a one-off leak, reported only with report-once.
  const finalCost = optimizer.minimize(() => loss(xs, ys), true);
  console.log(`y = ${slope.dataSync()[0].toFixed(2)} x + ${intercept.dataSync()[0].toFixed(2)}; mse ${finalCost.dataSync()[0]}`);
  tf.dispose([xs, ys]);
}

main();
