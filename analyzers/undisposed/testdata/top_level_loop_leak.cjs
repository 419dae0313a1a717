// Node script written top to bottom: the loops at module level still run many times.
const tf = require('@tensorflow/tfjs');

const xs = tf.linspace(-2, 2, 101).reshape([101, 1]);
const ys = tf.tidy(() => xs.pow(3).sub(xs.mul(2)).add(tf.randomNormal([101, 1], 0, 0.1)));

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 32, activation: 'relu', inputShape: [1] }),
    tf.layers.dense({ units: 32, activation: 'relu' }),
    tf.layers.dense({ units: 1 }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });

// Runs once: not a leak that grows.
console.log('target range', ys.min().dataSync()[0], ys.max().dataSync()[0]);

(async () => {
  await model.fit(xs, ys, { epochs: 40, batchSize: 16, verbose: 0 });
  const loss = model.evaluate(xs, ys);
  console.log('final mse', (await loss.data())[0]);
  loss.dispose();
})();

for (const x of Array.from({ length: 200 }, (_, i) => i / 50 - 2)) {
  const y = model.predict(tf.tensor2d([[x]])).dataSync()[0]; // want "2 intermediate tensors \\(tensor2d, predict\\)"
  console.log(`f(${x}) ≈ ${y.toFixed(3)} (untrained)`);
}

for (let i = 0; i < 500; i++) {
  tf.randomNormal([1000]).mean().print(); // want "2 intermediate tensors \\(randomNormal, mean\\)"
}
